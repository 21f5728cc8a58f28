#pragma once

#include "campaign/CampaignDriver.h"
#include "campaign/CampaignRecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUuid>
#include <functional>
#include <memory>

class CampaignRepository;
class JournalRepository;

// Runs one campaign (docs/campaign-engine.md): per-device state machines over the protocol drivers,
// waves, concurrency, thresholds, approval, window, group order; journal before send; one runner
// per campaign through a lease row; pause / resume / abort requests from the database. No GUI.
// Opens its own connection to the fleet cache on the thread it runs on (start() is called there).
class CampaignEngine : public QObject
{
    Q_OBJECT

public:
    using DriverFor = std::function<CampaignDriver *(const Device &device)>; // nullptr: none
    using Clock = std::function<QDateTime()>;

    CampaignEngine(QString dbPath, qint64 campaignId, DriverFor drivers, QObject *parent = nullptr);
    ~CampaignEngine() override;

    void setOwner(const QString &owner) { m_owner = owner; } // "cli", "gui"
    void setActor(const QString &actor) { m_actor = actor; } // for the audit log
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPollInterval(int ms) { m_pollMs = ms; }
    void setLeaseStaleAfter(int seconds) { m_staleAfterS = seconds; }

    // Takes the lease, reconciles devices that were in flight, runs. False with *error when another
    // runner holds the campaign or the campaign cannot run (finished, not found, cache).
    bool start(QString *error);
    // Leaves the campaign as it is (devices in flight are reconciled by the next runner).
    void stop();

    qint64 campaignId() const { return m_campaignId; }
    bool isRunning() const { return m_running; }

signals:
    void deviceChanged(const CampaignDeviceRecord &device);
    void stateChanged(CampaignState state, const QString &reason);
    // The campaign paused or aborted by itself (threshold, canary): for a notification + banner.
    void stoppedItself(qint64 campaignId, const QString &name, const QString &reason);
    // No more work for this runner: completed, aborted with nothing in flight, or paused /
    // waiting for approval with nothing in flight when runUntilStopped is false.
    void finished(CampaignState state, const QString &reason);

public:
    // CLI `campaign run` waits while paused (an operator may resume from the window); the default
    // returns finished() when paused with nothing in flight.
    void setRunWhilePaused(bool on) { m_runWhilePaused = on; }

private:
    struct Slot
    {
        QDateTime started;      // real time, for the device timeout
        qint64 nextPollMs = 0;  // monotonic
        bool busy = false;      // a request to the device is outstanding
        bool reconcile = false; // first look after a restart: nothing sent before it
        bool checked = false;   // preconditions checked right before start
    };

    void tick();
    void takeRequest();
    void schedule();
    void beginDevice(const QUuid &id);
    void onPrecheck(const QUuid &id, const CampaignDeviceStatus &status);
    void sendDownload(const QUuid &id);
    void sendExecute(const QUuid &id);
    void poll(const QUuid &id);
    void onStatus(const QUuid &id, const CampaignDeviceStatus &status);
    void failAttempt(const QUuid &id,
                     const QString &reason,
                     std::optional<int> code,
                     const QString &mark = {});
    void skip(const QUuid &id, const QString &reason);
    void succeed(const QUuid &id, const QString &version);
    bool commit(const CampaignDeviceRecord &record, const QString &detail);
    void journal(const CampaignDeviceRecord &record, const QString &message);
    void audit(const QUuid &id, const QString &action);
    void setCampaignState(CampaignState state, const QString &reason, bool byItself);
    void abortCampaign(const QString &reason, bool byItself);
    bool evaluateThresholds();
    void acknowledgeFailures();
    void slotFreed();
    bool evaluateWaveEnd(int wave);
    int currentWave() const;
    bool stageOpen(int stage) const;
    void finish(CampaignState state, const QString &reason);
    QDateTime now() const;
    qint64 monotonicMs() const { return m_monotonic.elapsed(); }
    CampaignDriver *driver(const QUuid &id) const;

    QString m_dbPath;
    QString m_connection;
    qint64 m_campaignId;
    DriverFor m_drivers;
    QString m_owner = QStringLiteral("cli");
    QString m_leaseOwner;
    QString m_actor;
    Clock m_clock;
    int m_pollMs = 1000;
    int m_staleAfterS = 10;
    bool m_running = false;
    bool m_runWhilePaused = false;
    std::unique_ptr<CampaignRepository> m_repo;
    std::unique_ptr<JournalRepository> m_journal;
    CampaignRecord m_campaign;
    CampaignDriver::Package m_package;
    QVector<QUuid> m_order; // position order
    QHash<QUuid, CampaignDeviceRecord> m_records;
    QHash<QUuid, Device> m_devices;
    QHash<QUuid, Slot> m_inFlight;
    QVector<int> m_waveSizes;               // devices per wave (skipped ones not counted)
    int m_evaluatedWaves = 0;               // waves whose end was evaluated (from the journal)
    QHash<int, int> m_acknowledgedFailures; // wave → failures seen when it last resumed
    QTimer m_tick;
    QElapsedTimer m_monotonic;
    qint64 m_lastHeartbeatMs = 0;
    bool m_scheduleQueued = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
