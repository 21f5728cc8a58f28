#pragma once

#include "fleet/Device.h"
#include "store/CacheDatabase.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

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
