#include "store/FleetStore.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "store/FleetRepository.h"
#include "store/GroupRepository.h"
#include "store/TelemetryRepository.h"

#include <QSqlDatabase>
#include <QTimer>
#include <utility>

namespace {
const QString SessionKey = QStringLiteral("gui_session");
const QString SessionOpen = QStringLiteral("open");
const QString SessionClosed = QStringLiteral("closed");
} // namespace

// Lives on FleetStore's worker thread and owns that thread's SQLite connections.
class FleetStoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit FleetStoreWorker(FleetStore *store)
        : m_store(store)
        , m_connection(QStringLiteral("fleetstore-%1").arg(quintptr(this)))
    {}

    void open(const QString &path, bool markSession)
    {
        closeConnection();
        m_result = CacheDatabase::open(path, CacheDatabase::Kind::Fleet, m_connection);
        bool unclean = false;
        if (m_result.ok()) {
            FleetRepository repo(QSqlDatabase::database(m_connection));
            if (markSession && !m_result.readOnly) {
                unclean = repo.meta(SessionKey) == SessionOpen;
                repo.setMeta(SessionKey, SessionOpen);
                m_sessionMarked = true;
            }
            m_uncleanPrevious = unclean;
        }
        emit m_store->opened(m_result, unclean);
        if (!m_result.ok()) {
            emit m_store->failed(m_result.message);
            return;
        }
        const auto telemetry = CacheDatabase::open(
            AppPaths::telemetryDbFor(path), CacheDatabase::Kind::Telemetry, telemetryConnection());
        if (!telemetry.ok() || !telemetry.message.isEmpty())
            emit m_store->failed(telemetry.message);
        reload();
        loadGroups();
        loadHeldOperations();
        if (!m_pollTimer) {
            m_pollTimer = new QTimer(this);
            connect(m_pollTimer, &QTimer::timeout, this, &FleetStoreWorker::pollForChanges);
        }
        if (m_watchIntervalMs > 0)
            m_pollTimer->start(m_watchIntervalMs);
    }

    void reload()
    {
        if (!m_result.ok())
            return;
        FleetRepository repo(QSqlDatabase::database(m_connection));
        QString error;
        const DeviceList devices = repo.loadDevices(&error);
        m_dataVersion = repo.dataVersion();
        if (!error.isEmpty()) {
            emit m_store->failed(error);
            return;
        }
        emit m_store->devicesLoaded(devices, repo.lastSync());
        emit m_store->unreachableProfilesLoaded(repo.unreachableProfiles());
    }

    void setProfileReachable(const QString &profile, bool reachable, const QDateTime &when)
    {
        if (!m_result.ok() || m_result.readOnly)
            return; // shown as read-only already
        FleetRepository repo(QSqlDatabase::database(m_connection));
        const auto previous = repo.profileState(profile);
        repo.setProfileReachable(profile, reachable, when);
        if (!previous || previous->reachable != reachable)
            emit m_store->unreachableProfilesLoaded(repo.unreachableProfiles());
    }

    void upsert(const DeviceList &devices)
    {
        if (!m_result.ok() || m_result.readOnly) {
            emit m_store->failed(CacheDatabase::tr("The cache is read-only; nothing was changed."));
            return;
        }
        FleetRepository repo(QSqlDatabase::database(m_connection));
        QString error;
        if (!repo.upsertDevices(devices, &error)) {
            emit m_store->failed(error);
            return;
        }
        reload();
    }

    void applyLwm2m(const QString &profile,
                    const Lwm2mDeviceUpdateList &updates,
                    bool fullSnapshot,
                    QPointer<QObject> context,
                    const FleetStore::Lwm2mApplied &done)
    {
        QHash<QString, QUuid> ids;
        QString error;
        bool ok = false;
        if (!m_result.ok() || m_result.readOnly) {
            error = CacheDatabase::tr("The cache is read-only; nothing was changed.");
        } else {
            FleetRepository repo(QSqlDatabase::database(m_connection));
            ok = repo.applyLwm2mUpdates(profile, updates, fullSnapshot, &ids, &error);
            if (ok) {
                repo.setLastSync(QDateTime::currentDateTimeUtc());
                reload();
            }
        }
        if (!ok)
            emit m_store->failed(error);
        if (done && context)
            QMetaObject::invokeMethod(context, [done, ok, ids, error] { done(ok, ids, error); });
    }

    // Live MQTT data comes in many small batches: they are coalesced and written at most once a
    // second, and the fleet is reloaded only when a device really changed.
    void applyMqtt(const QString &profile, const MqttDeviceUpdateList &updates)
    {
        m_mqttPending[profile] += updates;
        if (!m_mqttTimer) {
            m_mqttTimer = new QTimer(this);
            m_mqttTimer->setSingleShot(true);
            m_mqttTimer->setInterval(1000);
            connect(m_mqttTimer, &QTimer::timeout, this, &FleetStoreWorker::flushMqtt);
            QTimer::singleShot(0, this, &FleetStoreWorker::flushMqtt); // the first batch at once
            return;
        }
        if (!m_mqttTimer->isActive())
            m_mqttTimer->start();
    }

    void flushMqtt()
    {
        const QHash<QString, MqttDeviceUpdateList> pending = std::exchange(m_mqttPending, {});
        if (pending.isEmpty() || !m_result.ok() || m_result.readOnly)
            return; // a read-only cache is shown as such already; live data is not an error
        FleetRepository repo(QSqlDatabase::database(m_connection));
        int written = 0;
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            QString error;
            int n = 0;
            if (!repo.applyMqttUpdates(it.key(), it.value(), nullptr, &error, &n))
                emit m_store->failed(error);
            written += n;
        }
        if (written > 0) {
            repo.setLastSync(QDateTime::currentDateTimeUtc());
            reload();
        }
    }

    void appendTelemetry(const QVector<TelemetrySample> &samples)
    {
        if (!m_result.ok() || m_result.readOnly || !QSqlDatabase::contains(telemetryConnection()))
            return;
        TelemetryRepository repo(QSqlDatabase::database(telemetryConnection()));
        QString error;
        if (!repo.append(samples, &error))
            qCWarning(lcStore) << "telemetry append failed:" << error;
    }

    void record(const JournalRepository::AuditEntry &audit,
                const QVector<JournalRepository::JournalEntry> &journal)
    {
        if (!m_result.ok() || m_result.readOnly) {
            emit m_store->failed(CacheDatabase::tr("The cache is read-only; the audit log was not "
                                                   "written."));
            return;
        }
        JournalRepository repo(QSqlDatabase::database(m_connection));
        QString error;
        if (!repo.appendAudit(audit, &error) || !repo.appendJournal(journal, &error)) {
            emit m_store->failed(error);
            return;
        }
        QSet<QUuid> devices;
        for (const JournalRepository::JournalEntry &entry : journal)
            devices.insert(entry.deviceId);
        if (!devices.isEmpty())
            emit m_store->journalAppended(devices);
    }

    void loadGroups()
    {
        if (!m_result.ok())
            return;
        GroupRepository repo(QSqlDatabase::database(m_connection));
        QString error;
        const auto groups = repo.staticGroups(&error);
        const auto filters = repo.savedFilters(&error);
        if (!error.isEmpty())
            emit m_store->failed(error);
        else
            emit m_store->groupsLoaded(groups, filters);
    }

    void changeGroups(const std::function<bool(GroupRepository &, QString *)> &change)
    {
        QString error = CacheDatabase::tr("The cache is read-only; nothing was changed.");
        if (m_result.ok() && !m_result.readOnly) {
            GroupRepository repo(QSqlDatabase::database(m_connection));
            if (change(repo, &error)) {
                loadGroups();
                return;
            }
        }
        emit m_store->groupChangeFailed(error);
    }

    // Open operations and those that finished in the last day (the dock shows their results).
    void loadHeldOperations()
    {
        if (!m_result.ok())
            return;
        HeldOperationRepository repo(QSqlDatabase::database(m_connection));
        QString error;
        HeldOperationList all = repo.list(true, &error);
        if (!error.isEmpty()) {
            emit m_store->failed(error);
            return;
        }
        const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
        HeldOperationList shown;
        for (const HeldOperation &op : std::as_const(all)) {
            if (op.isOpen() || op.state == HeldOperation::State::Running || op.updatedAt >= dayAgo)
                shown.append(op);
        }
        emit m_store->heldOperationsLoaded(shown);
    }

    void
    changeHeldOperations(const std::function<bool(HeldOperationRepository &, QString *)> &change)
    {
        QString error = CacheDatabase::tr("The cache is read-only; nothing was changed.");
        if (m_result.ok() && !m_result.readOnly) {
            HeldOperationRepository repo(QSqlDatabase::database(m_connection));
            if (change(repo, &error)) {
                loadHeldOperations();
                return;
            }
        }
        emit m_store->failed(error);
    }

    void loadTimeline(const QUuid &deviceId, int limit)
    {
        if (!m_result.ok())
            return;
        JournalRepository repo(QSqlDatabase::database(m_connection));
        emit m_store->timelineLoaded(deviceId, repo.journal(deviceId, limit));
    }

    void checkIntegrity()
    {
        if (!m_result.ok())
            return;
        const bool full = m_uncleanPrevious;
        const QStringList problems
            = CacheDatabase::checkIntegrity(QSqlDatabase::database(m_connection), full);
        emit m_store->integrityChecked(full, problems);
    }

    void closeCleanly()
    {
        if (m_pollTimer)
            m_pollTimer->stop();
        if (m_result.ok() && m_sessionMarked) {
            FleetRepository repo(QSqlDatabase::database(m_connection));
            repo.setMeta(SessionKey, SessionClosed);
        }
        closeConnection();
    }

    void setWatchInterval(int ms)
    {
        m_watchIntervalMs = ms;
        if (!m_pollTimer)
            return;
        if (ms > 0 && m_result.ok())
            m_pollTimer->start(ms);
        else
            m_pollTimer->stop();
    }

private:
    void pollForChanges()
    {
        if (!m_result.ok())
            return;
        FleetRepository repo(QSqlDatabase::database(m_connection));
        if (repo.dataVersion() != m_dataVersion) {
            reload();
            loadGroups();         // the CLI may have changed groups or filters
            loadHeldOperations(); // … or the queue (fleetdesk-cli queue run)
        }
    }

    QString telemetryConnection() const { return m_connection + QStringLiteral("-telemetry"); }

    void closeConnection()
    {
        if (QSqlDatabase::contains(m_connection))
            CacheDatabase::close(m_connection);
        if (QSqlDatabase::contains(telemetryConnection()))
            CacheDatabase::close(telemetryConnection());
        m_sessionMarked = false;
        m_result = {};
    }

    FleetStore *m_store;
    QString m_connection;
    CacheDatabase::OpenResult m_result;
    bool m_uncleanPrevious = false;
    bool m_sessionMarked = false;
    qint64 m_dataVersion = -1;
    int m_watchIntervalMs = 2000;
    QTimer *m_pollTimer = nullptr;
    QHash<QString, MqttDeviceUpdateList> m_mqttPending;
    QTimer *m_mqttTimer = nullptr;
};

FleetStore::FleetStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Device>();
    qRegisterMetaType<DeviceList>();
    qRegisterMetaType<CacheDatabase::OpenResult>();
    m_thread.setObjectName(QStringLiteral("FleetStore"));
    m_worker = new FleetStoreWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FleetStore::~FleetStore()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->closeCleanly(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FleetStore::open(const QString &fleetDbPath, bool markSession)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, fleetDbPath, markSession] { w->open(fleetDbPath, markSession); });
}

void FleetStore::reload()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->reload(); });
}

void FleetStore::upsertDevices(const DeviceList &devices)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, devices] { w->upsert(devices); });
}

void FleetStore::applyLwm2mUpdates(const QString &profile,
                                   const Lwm2mDeviceUpdateList &updates,
                                   bool fullSnapshot,
                                   QObject *context,
                                   Lwm2mApplied done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker,
         profile,
         updates,
         fullSnapshot,
         ctx = QPointer<QObject>(context),
         done = std::move(done)] { w->applyLwm2m(profile, updates, fullSnapshot, ctx, done); });
}

void FleetStore::applyMqttUpdates(const QString &profile, const MqttDeviceUpdateList &updates)
{
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, profile, updates] { w->applyMqtt(profile, updates); });
}

void FleetStore::appendTelemetry(const QVector<TelemetrySample> &samples)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, samples] { w->appendTelemetry(samples); });
}

void FleetStore::record(const JournalRepository::AuditEntry &audit,
                        const QVector<JournalRepository::JournalEntry> &journal)
{
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, audit, journal] { w->record(audit, journal); });
}

void FleetStore::setProfileReachable(const QString &profile, bool reachable, const QDateTime &when)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, profile, reachable, when] {
        w->setProfileReachable(profile, reachable, when);
    });
}

void FleetStore::loadGroups()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->loadGroups(); });
}

void FleetStore::changeGroups(GroupChange change)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, change = std::move(change)] { w->changeGroups(change); });
}

void FleetStore::loadHeldOperations()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->loadHeldOperations(); });
}

void FleetStore::changeHeldOperations(HeldChange change)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, change = std::move(change)] { w->changeHeldOperations(change); });
}

void FleetStore::loadTimeline(const QUuid &deviceId, int limit)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, deviceId, limit] { w->loadTimeline(deviceId, limit); });
}

void FleetStore::checkIntegrity()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->checkIntegrity(); });
}

void FleetStore::closeCleanly()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->closeCleanly(); }, Qt::BlockingQueuedConnection);
}

void FleetStore::setWatchInterval(int milliseconds)
{
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, milliseconds] { w->setWatchInterval(milliseconds); });
}

#include "FleetStore.moc"
