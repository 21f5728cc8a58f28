#pragma once

#include "campaign/CampaignSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <QVector>
#include <optional>

// What the fleet cache keeps about a campaign (schema 5, docs/campaign-engine.md): the campaign,
// each targeted device's state — the latest word of the journal — and the journal itself.

// One device's step in a campaign. The state is committed before the command that follows it goes
// out (journal before send), so after a crash the runner knows what it may have sent.
enum class CampaignDeviceState {
    Pending,     // waiting for its wave, stage, window and a concurrency slot
    Skipped,     // a precondition failed (dry run or right before start): terminal, with the reason
    Downloading, // the package URI (LwM2M /5/0/1) or firmware-update command (MQTT) is being sent
    Downloaded,  // LwM2M: the device reports Downloaded (/5/0/3 = 2)
    Updating,    // Execute Update (/5/0/2) is being sent; the device installs and reboots
    Succeeded,   // the device reported the target version after its reboot: terminal
    Failed,      // after its retries, with the reason and the device's result code: terminal
    Cancelled    // the campaign was aborted before the device started: terminal
};

enum class CampaignState {
    Ready,           // created, never run
    Running,         // a runner works on it (or will, once one holds the lease)
    Paused,          // by an operator or by itself (reason): in-flight devices finish, none start
    WaitingApproval, // approval_after_wave: a wave is done, an operator's resume goes on
    Aborted,         // stopped for good; in-flight devices finish
    Completed        // every device is terminal
};

struct CampaignDeviceRecord
{
    QUuid deviceId;
    int position = 0; // order within the campaign (stage, then the dry run's order)
    int wave = 0;     // 0 = the canary
    int stage = 0;    // index into spec.order; order.size() for devices in no stage
    CampaignDeviceState state = CampaignDeviceState::Pending;
    int attempt = 0; // attempts started so far
    QString reason;  // why skipped / failed, in words; a retry's last failure while pending
    std::optional<int> resultCode; // LwM2M Update Result (/5/0/5) or the MQTT equivalent
    QString fromVersion;           // the firmware the device ran when the campaign took it
    QString reportedVersion;       // what it reported last
    QString mark;                  // "never_back": a device that never came back is flagged
    QDateTime startedAt;           // first command of the current attempt (UTC)
    QDateTime finishedAt;
    QDateTime updatedAt;

    // Filled by the repository from the devices table (not stored with the campaign).
    QString name;
    QString model;
    QString protocol; // "lwm2m", "mqtt"

    bool isTerminal() const;
    bool isInFlight() const; // Downloading, Downloaded, Updating
};

struct CampaignRecord
{
    qint64 id = 0;
    QString name;
    CampaignSpec spec;
    QByteArray specJson; // the document as stored
    CampaignState state = CampaignState::Ready;
    QString requested;  // "pause", "resume", "abort" or empty: an operator's command for the runner
    QString reason;     // why it paused / aborted / completed as it did, in words
    QString packageUrl; // where devices download the image from
    // "HOST:PORT" when FleetDesk's own firmware server serves the package: the runner starts it
    // there (so the URL stays valid across restarts); empty for an external URL.
    QString serveAddress;
    QDateTime createdAt;
    QString createdBy;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime updatedAt;
};

struct CampaignEvent
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QUuid deviceId; // null for campaign-level events
    QDateTime at;
    QString state; // a device state id, or a campaign state id for campaign-level events
    QString detail;
};

// Counts for the dashboard, status and reports.
struct CampaignProgress
{
    int total = 0;
    QHash<CampaignDeviceState, int> byState;
    int count(CampaignDeviceState state) const { return byState.value(state); }
    int inFlight() const;
    int terminal() const;
    int percentDone() const; // terminal / total, 0..100
};

class CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignText)

public:
    // Stable ids (cache, JSON, CSV, CLI); never translated.
    static QString deviceStateId(CampaignDeviceState state);
    static std::optional<CampaignDeviceState> deviceStateFromId(const QString &id);
    static QString stateId(CampaignState state);
    static std::optional<CampaignState> stateFromId(const QString &id);
    // Words for people (translated).
    static QString deviceStateName(CampaignDeviceState state);
    static QString stateName(CampaignState state);
    // LwM2M Firmware Update Result (/5/0/5) in words: 1 "Firmware updated successfully", 8
    // "Firmware update failed" …; unknown codes as "Result N".
    static QString updateResultName(int code);
};

inline size_t qHash(CampaignDeviceState state, size_t seed = 0)
{
    return ::qHash(int(state), seed);
}

Q_DECLARE_METATYPE(CampaignRecord)
Q_DECLARE_METATYPE(CampaignDeviceRecord)
