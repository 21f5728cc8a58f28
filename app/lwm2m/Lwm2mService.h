#pragma once

#include "lwm2m/CoapLogEntry.h"
#include "lwm2m/Lwm2mNode.h"
#include "lwm2m/Lwm2mProtocolLog.h"
#include "lwm2m/Lwm2mRegistration.h"
#include "lwm2m/Lwm2mResponse.h"
#include "lwm2m/Lwm2mSample.h"
#include "lwm2m/Lwm2mServerConnection.h"
#include "profiles/ConnectionProfile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>

class FleetStore;
class Lwm2mServiceWorker;

// The application's LwM2M side: owns one Lwm2mServerConnection per LwM2M server profile, all on
// one worker thread, so the GUI thread never waits on the network or parses big JSON. Every call
// returns at once; results come back on the caller's context object's thread, events as signals
// (queued to the thread this object lives on).
class Lwm2mService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Lwm2mResponse &response)>;
    // Builds the request on the worker thread, on that profile's connection.
    using Operation = std::function<Lwm2mReply *(Lwm2mServerConnection &connection)>;
    // skipped: entries lost in a burst bigger than the capacity, before these.
    using ProtocolLogEntries = std::function<void(const CoapLogEntryList &entries, qint64 skipped)>;
    using ProtocolLogState
        = std::function<void(Lwm2mProtocolLog::State state, const QString &message)>;

    // store: where registrations and telemetry go (may be nullptr); it must outlive the service.
    explicit Lwm2mService(FleetStore *store, QObject *parent = nullptr);
    ~Lwm2mService() override;

    // secret: from SecretStore, only when profile.needsSecret(). Replaces a running connection of
    // the same profile name.
    void startConnection(const ConnectionProfile &profile, const QByteArray &secret = {});
    void stopConnection(const QString &profileName);
    void stopAll();

    // Requests. Each returns a request id at once; done runs later on context's thread (not at
    // all when context is gone). Unknown profile: done gets an Unreachable error.
    quint64 request(const QString &profileName, Operation operation, QObject *context, Done done);
    quint64 read(const QString &profileName,
                 const QString &endpoint,
                 const QString &path,
                 QObject *context,
                 Done done);
    quint64 write(const QString &profileName,
                  const QString &endpoint,
                  const QString &path,
                  const Lwm2mNode &node,
                  bool replace,
                  QObject *context,
                  Done done);
    quint64 execute(const QString &profileName,
                    const QString &endpoint,
                    const QString &path,
                    const QString &arguments,
                    QObject *context,
                    Done done);
    // Owned observation: kept across re-registrations; values arrive as notification().
    quint64 observe(const QString &profileName,
                    const QString &endpoint,
                    const QString &path,
                    QObject *context,
                    Done done);
    quint64 cancelObservation(const QString &profileName,
                              const QString &endpoint,
                              const QString &path,
                              QObject *context,
                              Done done);

    // The CoAP protocol log of one endpoint (Lwm2mProtocolLog): its own event stream
    // /api/event?ep=endpoint through the profile's connection (URL, TLS, credentials), parsed on
    // the worker thread. New entries (in batches) and state changes run on context's thread.
    // Returns a log id for closeProtocolLog() at once. The log closes by itself when context is
    // destroyed, and when the profile's connection stops (state Unavailable); without a
    // connection it reports Unavailable at once. capacity: entries the worker keeps.
    quint64 openProtocolLog(const QString &profileName,
                            const QString &endpoint,
                            QObject *context,
                            ProtocolLogEntries onEntries,
                            ProtocolLogState onState,
                            int capacity = Lwm2mProtocolLog::DefaultCapacity);
    void closeProtocolLog(quint64 logId);

signals:
    void connectionStateChanged(const QString &profileName,
                                Lwm2mServerConnection::State state,
                                const QString &message);
    void synchronised(const QString &profileName, int registeredCount);
    void deviceRegistered(const QString &profileName, const Lwm2mRegistration &registration);
    void deviceDeregistered(const QString &profileName, const QString &endpoint);
    void deviceSleeping(const QString &profileName, const QString &endpoint);
    void deviceAwake(const QString &profileName, const QString &endpoint);
    void notification(const Lwm2mSample &sample);
    // Queue mode: request id waits for the device to wake up.
    void requestWaitingForWakeUp(quint64 requestId);

private:
    QThread m_thread;
    Lwm2mServiceWorker *m_worker = nullptr;
    FleetStore *m_store;
    std::atomic<quint64> m_nextRequestId{1};
    // Protocol log id -> the connection to its context's destroyed().
    QHash<quint64, QMetaObject::Connection> m_logContexts;
};
