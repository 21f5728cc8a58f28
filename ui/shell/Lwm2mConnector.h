#pragma once

#include "lwm2m/Lwm2mServerConnection.h"

#include <QHash>
#include <QObject>
#include <QSet>

class EventLog;
class Lwm2mService;
class ProfileStore;
class SecretStore;

// Composition root glue: keeps one live connection per valid LwM2M server profile (secrets from the
// keychain, read asynchronously), and reports how many servers are online.
class Lwm2mConnector : public QObject
{
    Q_OBJECT

public:
    Lwm2mConnector(Lwm2mService *service,
                   SecretStore *secrets,
                   EventLog *eventLog,
                   QObject *parent = nullptr);

    // Starts connections for the profiles of the store, stops those of removed profiles.
    void apply(const ProfileStore &profiles);

signals:
    void onlineCountChanged(int online);
    // The server answered (Online) or stopped answering (Reconnecting); for the cache's
    // reachability and to run operations held offline when it comes back.
    void reachabilityChanged(const QString &profile, bool reachable);

private:
    void onStateChanged(const QString &profile,
                        Lwm2mServerConnection::State state,
                        const QString &message);

    Lwm2mService *m_service;
    SecretStore *m_secrets;
    EventLog *m_eventLog;
    QSet<QString> m_running;
    QHash<QString, Lwm2mServerConnection::State> m_states;
};
