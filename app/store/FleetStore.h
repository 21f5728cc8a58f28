#pragma once

#include "fleet/Device.h"
#include "fleet/Lwm2mDeviceUpdate.h"
#include "fleet/MqttDeviceUpdate.h"
#include "store/CacheDatabase.h"
#include "store/JournalRepository.h"
#include "store/TelemetryRepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <functional>

class FleetStoreWorker;

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
    void failed(const QString &message);

private:
    QThread m_thread;
    FleetStoreWorker *m_worker = nullptr;
};

Q_DECLARE_METATYPE(CacheDatabase::OpenResult)
