#include "shell/Lwm2mConnector.h"

#include "common/EventLog.h"
#include "lwm2m/Lwm2mService.h"
#include "profiles/ProfileStore.h"
#include "security/SecretStore.h"

#include <QPointer>

Lwm2mConnector::Lwm2mConnector(Lwm2mService *service,
                               SecretStore *secrets,
                               EventLog *eventLog,
                               QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_secrets(secrets)
    , m_eventLog(eventLog)
{
    connect(
        m_service, &Lwm2mService::connectionStateChanged, this, &Lwm2mConnector::onStateChanged);
}

void Lwm2mConnector::apply(const ProfileStore &profiles)
{
    QSet<QString> wanted;
    for (const ProfileStore::Entry &entry : profiles.entries()) {
        const ConnectionProfile &profile = entry.profile;
        if (!entry.isValid() || profile.kind != ConnectionProfile::Kind::Lwm2mServer
            || !profile.connectAtStart)
            continue;
        wanted.insert(profile.name);
        if (!profile.needsSecret()) {
            m_service->startConnection(profile);
            continue;
        }
        QPointer<Lwm2mConnector> self(this);
        m_secrets->read(profile.secretKey(), [self, profile](const SecretStore::Result &result) {
            if (!self)
                return;
            if (!result.ok) {
                self->m_eventLog->add(EventLog::Severity::Error,
                                      profile.name,
                                      tr("Not connected: the keychain did not give the secret of "
                                         "this profile (%1).")
                                          .arg(result.error));
                return;
            }
            self->m_service->startConnection(profile, result.secret);
        });
    }
    for (const QString &name : std::as_const(m_running)) {
        if (!wanted.contains(name)) {
            m_service->stopConnection(name);
            m_states.remove(name);
        }
    }
    m_running = wanted;
    int online = 0;
    for (auto state : std::as_const(m_states))
        online += state == Lwm2mServerConnection::State::Online ? 1 : 0;
    emit onlineCountChanged(online);
}

void Lwm2mConnector::onStateChanged(const QString &profile,
                                    Lwm2mServerConnection::State state,
                                    const QString &message)
{
    const auto previous = m_states.value(profile, Lwm2mServerConnection::State::Stopped);
    m_states.insert(profile, state);
    if (previous != state && !message.isEmpty()) {
        const bool bad = state == Lwm2mServerConnection::State::Reconnecting;
        m_eventLog->add(
            bad ? EventLog::Severity::Warning : EventLog::Severity::Info, profile, message);
    }
    if (previous != state && state == Lwm2mServerConnection::State::Online)
        emit reachabilityChanged(profile, true);
    else if (previous != state && state == Lwm2mServerConnection::State::Reconnecting)
        emit reachabilityChanged(profile, false);
    int online = 0;
    for (auto s : std::as_const(m_states))
        online += s == Lwm2mServerConnection::State::Online ? 1 : 0;
    emit onlineCountChanged(online);
}
