#pragma once

#include "lwm2m/Lwm2mNode.h"
#include "lwm2m/Lwm2mRegistration.h"
#include "lwm2m/Lwm2mResponse.h"
#include "lwm2m/Lwm2mSample.h"
#include "lwm2m/Lwm2mServerConnection.h"
#include "profiles/ConnectionProfile.h"

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
};
