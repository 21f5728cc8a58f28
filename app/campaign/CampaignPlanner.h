#pragma once

#include "campaign/CampaignRecord.h"
#include "campaign/CampaignSpec.h"
#include "fleet/Device.h"
#include "fleet/FleetQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// What a device reports right now, as far as a campaign cares (from its server or broker).
struct CampaignDeviceStatus
{
    bool reachable = false; // its server/broker answered about it
    bool online = false;    // registered / connected
    QString version;        // /3/0/3 or identity.firmware_version
    int updateState = -1;   // /5/0/3: 0 Idle, 1 Downloading, 2 Downloaded, 3 Updating; -1 unknown
    int updateResult = -1;  // /5/0/5; -1 unknown
    QString session;        // changes when the device re-registers / reconnects
    std::optional<int> batteryPercent;
    std::optional<int> signalDbm;
    bool busy = false; // rebooting, or another operation runs
    QString error;     // why it could not be asked, in words
};

// The dry run: every targeted device, eligible or skipped with the reason, counts per reason and
// estimates. Pure: the caller resolves the fleet, the query context and what devices report.
struct CampaignPlanEntry
{
    Device device;
    bool eligible = false;
    QString reasonId; // "" when eligible; else one of CampaignPlanner::reasonIds()
    QString reason;   // in words, with the numbers ("battery 12 % below 30 %")
    int wave = -1;    // eligible devices: 0 = canary
    int stage = 0;
};

struct CampaignPlan
{
    QVector<CampaignPlanEntry> entries; // eligible ones first, in rollout order; then skipped ones
    QStringList unknownTargets;         // `targets.devices` entries no device matches
    QHash<QString, int> countsByReason; // reason id → devices
    int eligible = 0;
    QVector<int> waveSizes;
    qint64 estimatedSeconds = 0; // rough: waves × ceil(size / concurrency) × per-device estimate
    qint64 estimatedBytes = 0;   // image size × eligible devices
    QVector<CampaignProblem> problems; // target errors, validatePlan, validateSchedule

    int skipped() const { return int(entries.size()) - eligible; }
    // The campaign's device rows for CampaignRepository::create.
    QVector<CampaignDeviceRecord> records() const;
};

class CampaignPlanner
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPlanner)

public:
    struct Inputs
    {
        DeviceList fleet;
        FleetQueryContext queryContext;          // static groups and saved filters
        QSet<QUuid> inOtherCampaigns;            // CampaignRepository::devicesInOtherCampaigns
        QHash<QUuid, CampaignDeviceStatus> live; // what devices report now (optional per device)
        qint64 imageBytes = 0;                   // the image's size; 0 = not in the library
        int perDeviceSeconds = 120; // estimate of one update (download, install, reboot)
        QDateTime now;              // for the schedule checks (UTC)
    };

    static CampaignPlan plan(const CampaignSpec &spec, const Inputs &inputs);

    // Which devices the targets name (query, group or list); unknown list entries in *unknown.
    static DeviceList resolveTargets(const CampaignSpec &spec,
                                     const DeviceList &fleet,
                                     const FleetQueryContext &context,
                                     QStringList *unknown,
                                     QString *error);

    // Why a device may not start now, or empty when it may: the preconditions, checked in the dry
    // run and again right before each device starts.
    static QString checkPreconditions(const CampaignSpec &spec,
                                      const Device &device,
                                      const std::optional<CampaignDeviceStatus> &live,
                                      QString *reasonId);

    // "wrong_model", "already_on_version", "retired", "unbound", "offline", "sleeping",
    // "battery_low", "signal_low", "busy", "update_not_idle", "in_other_campaign", "duplicate".
    static QStringList reasonIds();
    static QString reasonName(const QString &reasonId); // translated, short ("Battery too low")
};
