#pragma once

#include "fleet/Device.h"
#include "fleet/Lwm2mDeviceUpdate.h"
#include "fleet/MqttDeviceUpdate.h"
#include "store/CacheDatabase.h"
#include "store/HeldOperationRepository.h"
#include "store/JournalRepository.h"
#include "store/TelemetryRepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <functional>

class FleetStoreWorker;
class GroupRepository;

// The GUI's asynchronous access to the cache. A worker thread owns the SQLite connections; every
// call returns at once and answers with a signal. It notices commits by other processes (the CLI)
// and reloads.
class FleetStore : public QObject
{
    Q_OBJECT

public:
    explicit FleetStore(QObject *parent = nullptr);
    ~FleetStore() override;

    // Opens the fleet cache (and telemetry beside it). markSession: record a running session so the
    // next start can tell an unclean shutdown (full integrity check then).
    void open(const QString &fleetDbPath, bool markSession = true);
    void reload();
    void upsertDevices(const DeviceList &devices);
    // Callable from any thread. Applies an LwM2M server connection's findings (see
    // FleetRepository::applyLwm2mUpdates), then reloads (devicesLoaded). done, if given, runs on
    // context's thread with the endpoint -> device id map.
    using Lwm2mApplied
        = std::function<void(bool ok, const QHash<QString, QUuid> &ids, const QString &error)>;
    void applyLwm2mUpdates(const QString &profile,
                           const Lwm2mDeviceUpdateList &updates,
                           bool fullSnapshot,
                           QObject *context = nullptr,
                           Lwm2mApplied done = {});
    // Callable from any thread. Applies an MQTT broker connection's findings (see
    // FleetRepository::applyMqttUpdates), then reloads (devicesLoaded) when something changed.
    void applyMqttUpdates(const QString &profile, const MqttDeviceUpdateList &updates);
    // Callable from any thread: appends samples to the telemetry database.
    void appendTelemetry(const QVector<TelemetrySample> &samples);
    // The audit log entry of an operator action and the device journal entries it produced.
    void record(const JournalRepository::AuditEntry &audit,
                const QVector<JournalRepository::JournalEntry> &journal);
    // Callable from any thread: records whether a profile's server or broker answered (see
    // FleetRepository::setProfileReachable); unreachableProfilesLoaded follows when it changed.
    void setProfileReachable(const QString &profile, bool reachable, const QDateTime &when);
    // Static groups and saved filters (GroupRepository). groupsLoaded answers loadGroups() and
    // follows open, every change here and changes by other processes; a refused change answers
    // groupChangeFailed (the reason in words) instead.
    void loadGroups();
    void createGroup(const QString &name);
    void deleteGroup(const QString &name);
    void renameGroup(const QString &from, const QString &to);
    // createIfMissing: "Add to group…" with a new name creates the group in the same transaction.
    void addToGroup(const QString &group, const QList<QUuid> &ids, bool createIfMissing = false);
    void removeFromGroup(const QString &group, const QList<QUuid> &ids);
    void saveFilter(const QString &name, const QString &query, bool replace = false);
    void deleteFilter(const QString &name);
    void renameFilter(const QString &from, const QString &to);
    // The device's journal, newest first, at most limit entries: timelineLoaded.
    void loadTimeline(const QUuid &deviceId, int limit = 1000);
    // Operations held offline (FleetStoreHeld.cpp, docs/offline.md): heldOperationsLoaded (open
    // ones and those finished in the last day) follows open, every change here and changes by
    // other processes; a refused change answers failed.
    void loadHeldOperations();
    void holdOperations(const DeviceList &devices,
                        const QString &operation,
                        const QJsonObject &parameters);
    void setHeldOperationState(qint64 id, HeldOperation::State state, const QString &result = {});
    void discardHeldOperations(const QVector<qint64> &ids);
    // Runs in the background: quick_check, or a full integrity_check after an unclean shutdown.
    void checkIntegrity();
    // Marks the session as cleanly closed and closes the connections (blocks until done; for exit).
    void closeCleanly();

    // How often to look for commits by other processes (0 = never).
    void setWatchInterval(int milliseconds);

signals:
    void opened(const CacheDatabase::OpenResult &result, bool previousSessionUnclean);
    void devicesLoaded(const DeviceList &devices, const QDateTime &lastSync);
    void integrityChecked(bool full, const QStringList &problems);
    // The profiles whose server or broker was unreachable when last tried; after open, every
    // reload and every change of reachability.
    void unreachableProfilesLoaded(const QSet<QString> &profiles);
    void groupsLoaded(const QHash<QString, QSet<QUuid>> &staticGroups,
                      const QHash<QString, QString> &savedFilters);
    void groupChangeFailed(const QString &message);
    void timelineLoaded(const QUuid &deviceId,
                        const QVector<JournalRepository::JournalEntry> &entries);
    // record() appended journal entries for these devices (health changes come with devicesLoaded).
    void journalAppended(const QSet<QUuid> &deviceIds);
    void heldOperationsLoaded(const HeldOperationList &operations);
    void failed(const QString &message);

private:
    // The group and filter calls above (FleetStoreGroups.cpp) run one GroupRepository change.
    using GroupChange = std::function<bool(GroupRepository &repo, QString *error)>;
    void changeGroups(GroupChange change);
    using HeldChange = std::function<bool(HeldOperationRepository &repo, QString *error)>;
    void changeHeldOperations(HeldChange change);

    QThread m_thread;
    FleetStoreWorker *m_worker = nullptr;
};

Q_DECLARE_METATYPE(CacheDatabase::OpenResult)
