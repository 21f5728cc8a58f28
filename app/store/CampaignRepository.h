#pragma once

#include "campaign/CampaignRecord.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

// The campaign tables of the fleet cache (schema 5): campaigns, campaign_devices, campaign_events
// and campaign_leases. Every device transition is one transaction (row + event) committed before
// the command that follows it goes out. Pause, resume and abort are requests in the database, so a
// window can steer a campaign that `fleetdesk-cli campaign run` runs, and the other way round.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(QSqlDatabase db);

    // A new campaign in state Ready with its planned devices (eligible ones Pending with their
    // wave and stage; skipped ones Skipped with the reason). Returns the id, 0 on failure.
    qint64 create(const CampaignSpec &spec,
                  const QString &packageUrl,
                  const QString &serveAddress,
                  const QVector<CampaignDeviceRecord> &devices,
                  const QString &actor,
                  QString *error = nullptr);

    QVector<CampaignRecord> list(QString *error = nullptr) const; // newest first
    std::optional<CampaignRecord> find(qint64 id, QString *error = nullptr) const;
    // The campaign's devices in position order, with name, model and protocol from the fleet.
    QVector<CampaignDeviceRecord> devices(qint64 id, QString *error = nullptr) const;
    std::optional<CampaignDeviceRecord> device(qint64 id, const QUuid &deviceId) const;
    CampaignProgress progress(qint64 id) const;
    // Journal entries after `afterId`, oldest first (limit 0 = all).
    QVector<CampaignEvent> events(qint64 id, qint64 afterId = 0, int limit = 0) const;
    // Devices taking part in another campaign that is not finished (Ready, Running, Paused,
    // WaitingApproval) and not terminal there.
    QSet<QUuid> devicesInOtherCampaigns(qint64 exceptId = 0) const;

    // Journal before send: the device's new row and a journal entry, in one transaction.
    bool transition(qint64 id,
                    const CampaignDeviceRecord &device,
                    const QString &detail = {},
                    QString *error = nullptr);
    bool
    setState(qint64 id, CampaignState state, const QString &reason = {}, QString *error = nullptr);
    // Abort: every Pending device becomes Cancelled, in the same transaction as the state.
    bool abort(qint64 id, const QString &reason, QString *error = nullptr);

    // An operator's pause / resume / abort. With a live runner it becomes a request the runner
    // takes within a second; without one it is applied here (resume: Paused/WaitingApproval →
    // Running, to be picked up by the next runner). Refused for a finished campaign.
    bool request(qint64 id, const QString &command, const QString &actor, QString *error = nullptr);
    QString takeRequest(qint64 id); // the pending request, cleared

    struct Lease
    {
        QString owner; // "cli" / "gui" + a random token
        qint64 pid = 0;
        QString host;
        QDateTime heartbeat;
    };
    // One runner per campaign: granted when no lease exists, the holder's heartbeat is older than
    // staleAfterS, or the holder's process is gone (same host). Otherwise false with *holder.
    bool acquireLease(qint64 id,
                      const QString &owner,
                      int staleAfterS,
                      Lease *holder = nullptr,
                      QString *error = nullptr);
    bool heartbeat(qint64 id, const QString &owner);
    void releaseLease(qint64 id, const QString &owner);
    std::optional<Lease> lease(qint64 id) const;
    // A lease whose process still runs and whose heartbeat is fresh.
    bool hasLiveRunner(qint64 id, int staleAfterS = 10) const;

private:
    QSqlDatabase m_db;
};
