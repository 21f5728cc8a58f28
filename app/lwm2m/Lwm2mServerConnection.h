#pragma once

#include "fleet/Lwm2mDeviceUpdate.h"
#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mEventStream.h"
#include "lwm2m/Lwm2mRegistration.h"
#include "lwm2m/Lwm2mSample.h"
#include "profiles/ConnectionProfile.h"
#include "store/FleetStore.h" // QPointer<FleetStore> needs the complete type

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUuid>

class QTimer;

// One LwM2M server profile: follows its event stream, resynchronises fully after every
// (re)connect, maps registrations onto devices in the fleet cache (binding {LwM2M, profile,
// endpoint}), reads each device's identity (/3/0, /4/0) with bounded concurrency on first sight and
// on every registration, keeps the observations FleetDesk owns alive across re-registrations, and
// turns notifications into samples. Lives on one thread (Lwm2mService's worker, or the CLI's).
class Lwm2mServerConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Connecting, Synchronising, Online, Reconnecting };
    Q_ENUM(State)

    explicit Lwm2mServerConnection(const ConnectionProfile &profile,
                                   const QByteArray &secret = {},
                                   QObject *parent = nullptr);
    ~Lwm2mServerConnection() override;

    // Where registrations and samples go (thread-safe FleetStore calls); nullptr = nowhere.
    void setStore(FleetStore *store) { m_store = store; }
    void start();
    void stop();

    QString profileName() const { return m_profile.name; }
    State state() const { return m_state; }
    LeshanRestClient *client() const { return m_client; }
    Lwm2mEventStream *events() const { return m_events; }

    // At most this many identity reads in flight at once (default 8).
    void setMaxIdentityRequests(int count) { m_maxIdentityInFlight = qMax(1, count); }
    int maxIdentityRequests() const { return m_maxIdentityInFlight; }
    // Seconds Leshan waits for a device on identity reads (default 10).
    void setIdentityTimeout(int seconds) { m_identityTimeoutSeconds = seconds; }
    void setReadIdentity(bool on) { m_readIdentity = on; }

    // Registered endpoints as last seen.
    Lwm2mRegistrationList registrations() const;
    QUuid deviceId(const QString &endpoint) const { return m_deviceIds.value(endpoint); }
    // True once synchronised, with no identity read, cache write or resync outstanding.
    bool isIdle() const;
    int identityReadsDone() const { return m_identityDone; }

    // Observations owned by FleetDesk: remembered on success, re-established after every
    // registration of the endpoint and every resync.
    Lwm2mReply *observe(const QString &endpoint, const QString &path, const QString &format = {});
    Lwm2mReply *cancelObservation(const QString &endpoint,
                                  const QString &path,
                                  LeshanRestClient::CancelMode mode
                                  = LeshanRestClient::CancelMode::Passive);
    QList<QPair<QString, QString>> observations() const;

signals:
    void stateChanged(Lwm2mServerConnection::State state, const QString &message);
    void synchronised(int registeredCount);
    void deviceRegistered(const Lwm2mRegistration &registration);
    void deviceUpdated(const Lwm2mRegistration &registration);
    void deviceDeregistered(const QString &endpoint);
    void deviceSleeping(const QString &endpoint);
    void deviceAwake(const QString &endpoint);
    void identityRead(const QString &endpoint);
    void notificationReceived(const Lwm2mSample &sample);
    void observationRestored(const QString &endpoint,
                             const QString &path,
                             bool ok,
                             const QString &message);
    void idle();

private:
    struct IdentityJob
    {
        QString endpoint;
        QString path;
    };

    void setState(State state, const QString &message = {});
    void resync();
    void onRegistration(const QJsonObject &data);
    void onUpdated(const QJsonObject &data);
    void onDeregistration(const QJsonObject &data);
    void onSleepState(const QString &endpoint, bool asleep);
    void onNotification(const QJsonObject &data, bool send);
    void remember(const Lwm2mRegistration &registration, Health health);
    void queueUpdate(const Lwm2mDeviceUpdate &update);
    void flushUpdates(bool fullSnapshot = false);
    void enqueueIdentity(const QString &endpoint);
    void pumpIdentity();
    void identityFinished(const IdentityJob &job, const Lwm2mResponse &response);
    void reobserve(const QString &endpoint);
    void checkLifetimes();
    void emitSamples(const Lwm2mSampleList &samples);
    void checkIdle();

    ConnectionProfile m_profile;
    LeshanRestClient *m_client;
    Lwm2mEventStream *m_events;
    QPointer<FleetStore> m_store;
    State m_state = State::Stopped;
    bool m_synced = false;
    bool m_resyncRunning = false;
    bool m_wasIdle = false;

    QHash<QString, Lwm2mRegistration> m_registrations;
    QHash<QString, qint64> m_lastHeardMs; // local monotonic-ish wall clock per endpoint
    QHash<QString, QUuid> m_deviceIds;
    QHash<QString, Lwm2mDeviceUpdate> m_pendingUpdates;
    QHash<QString, Lwm2mSampleList> m_unresolvedSamples;
    int m_storeWritesPending = 0;
    QTimer *m_flushTimer;
    QTimer *m_lifetimeTimer;
    QTimer *m_resyncRetryTimer;

    QList<IdentityJob> m_identityQueue;
    QSet<QString> m_identityQueued;
    int m_identityInFlight = 0;
    int m_maxIdentityInFlight = 8;
    int m_identityTimeoutSeconds = 10;
    int m_identityDone = 0;
    bool m_readIdentity = true;

    QHash<QString, QSet<QString>> m_observations; // endpoint -> paths
};
