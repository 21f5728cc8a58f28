#include "shell/MqttConnector.h"

#include "bulk/MqttBulkActions.h"
#include "common/EventLog.h"
#include "mqtt/MosquittoConnection.h"
#include "mqtt/MqttCommandClient.h"
#include "mqtt/MqttDeviceTracker.h"
#include "profiles/ProfileStore.h"
#include "security/SecretStore.h"
#include "store/FleetStore.h"

#include <QPointer>

struct MqttConnector::Broker
{
    QString fingerprint;
    std::unique_ptr<MqttConnection> connection;
    std::unique_ptr<MqttDeviceTracker> tracker;
    std::unique_ptr<MqttCommandClient> client;
    MqttConnection::State state = MqttConnection::State::Disconnected;
    int reportedGarbage = 0;
};

namespace {

// What a connection was built from: a change means a new connection.
QString fingerprint(const ConnectionProfile &p)
{
    return QStringList{p.url.toString(),
                       p.username,
                       p.mqttVersion,
                       QString::number(int(p.auth)),
                       p.caFile,
                       p.verifyPeer ? QStringLiteral("1") : QStringLiteral("0"),
                       p.pinnedSha256,
                       p.clientCertFile,
                       p.clientKeyFile}
        .join(QChar(0x1f));
}

} // namespace

MqttConnector::MqttConnector(FleetStore *store,
                             SecretStore *secrets,
                             EventLog *eventLog,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_eventLog(eventLog)
{}

MqttConnector::~MqttConnector()
{
    stopAll();
}

void MqttConnector::apply(const ProfileStore &profiles)
{
    QHash<QString, QString> wanted;
    QSet<QString> brokerProfiles;
    for (const ProfileStore::Entry &entry : profiles.entries()) {
        const ConnectionProfile &profile = entry.profile;
        if (profile.kind != ConnectionProfile::Kind::MqttBroker)
            continue;
        brokerProfiles.insert(profile.name);
        if (!entry.isValid() || !profile.connectAtStart)
            continue;
        wanted.insert(profile.name, fingerprint(profile));
    }
    m_brokerProfiles = brokerProfiles;
    // Stop what is gone or changed.
    const QStringList running = m_wanted.keys();
    for (const QString &name : running) {
        if (wanted.value(name) != m_wanted.value(name)) {
            stop(name);
            m_wanted.remove(name);
        }
    }
    for (const ProfileStore::Entry &entry : profiles.entries()) {
        const ConnectionProfile &profile = entry.profile;
        if (!wanted.contains(profile.name) || m_wanted.contains(profile.name))
            continue;
        const QString print = wanted.value(profile.name);
        m_wanted.insert(profile.name, print);
        auto connectWith = [this, profile, print](const QByteArray &secret) {
            if (m_wanted.value(profile.name) != print)
                return; // changed again meanwhile
            const MqttConnectionSettings settings
                = MqttConnectionSettings::fromProfile(profile, secret);
            const QStringList problems = settings.validate();
            if (!problems.isEmpty()) {
                m_eventLog->add(EventLog::Severity::Error,
                                profile.name,
                                tr("Not connected: %1").arg(problems.join(QStringLiteral("; "))));
                return;
            }
            start(profile.name, print, new MosquittoConnection(settings), settings.isMqtt5());
        };
        if (!profile.needsSecret()) {
            connectWith({});
            continue;
        }
        QPointer<MqttConnector> self(this);
        m_secrets->read(profile.secretKey(),
                        [self, profile, connectWith](const SecretStore::Result &result) {
                            if (!self)
                                return;
                            if (!result.ok) {
                                self->m_eventLog->add(
                                    EventLog::Severity::Error,
                                    profile.name,
                                    tr("Not connected: the keychain did not give the secret of "
                                       "this profile (%1).")
                                        .arg(result.error));
                                return;
                            }
                            connectWith(result.secret);
                        });
    }
    emitConnectedCount();
}

void MqttConnector::start(const QString &profileId,
                          const QString &fingerprint,
                          MqttConnection *connection,
                          bool mqtt5)
{
    stop(profileId);
    auto broker = std::make_shared<Broker>();
    broker->fingerprint = fingerprint;
    broker->connection.reset(connection);
    broker->tracker = std::make_unique<MqttDeviceTracker>(connection, profileId);
    broker->client = std::make_unique<MqttCommandClient>(connection, broker->tracker.get(), mqtt5);
    m_brokers.insert(profileId, broker);

    connect(connection,
            &MqttConnection::stateChanged,
            this,
            [this, profileId](MqttConnection::State state, const QString &reason) {
                onStateChanged(profileId, state, reason);
            });
    connect(connection,
            &MqttConnection::errorOccurred,
            this,
            [this, profileId](MqttConnection::Error error, const QString &message) {
                if (error != MqttConnection::Error::ConnectionLost)
                    m_eventLog->add(EventLog::Severity::Error, profileId, message);
            });
    if (m_store)
        connect(broker->tracker.get(),
                &MqttDeviceTracker::updatesReady,
                m_store,
                [store = m_store](const QString &profile, const MqttDeviceUpdateList &updates) {
                    store->applyMqttUpdates(profile, updates);
                });
    std::weak_ptr<Broker> weak = broker;
    connect(broker->tracker.get(),
            &MqttDeviceTracker::garbageIgnored,
            this,
            [this, profileId, weak](const QString &topic, const QString &reason) {
                const auto b = weak.lock();
                if (!b)
                    return;
                // The first one, then one line per thousand: a broken device must not flood the
                // log.
                const int count = b->tracker->garbageCount();
                if (count != 1 && count % 1000 != 0)
                    return;
                m_eventLog->add(EventLog::Severity::Warning,
                                profileId,
                                tr("Ignored a malformed device message on %1 (%2); %Ln ignored so "
                                   "far.",
                                   nullptr,
                                   count)
                                    .arg(topic.left(200), reason));
            });
    broker->tracker->start();
    broker->client->start();
    emit connectionAdded(profileId, connection);
    connection->connectToBroker();
}

void MqttConnector::stop(const QString &profileId)
{
    const auto broker = m_brokers.take(profileId);
    if (!broker)
        return;
    emit connectionRemoved(profileId, broker->connection.get());
    broker->client.reset();
    broker->tracker.reset();
    broker->connection.reset(); // a polite DISCONNECT on its worker thread
    emitConnectedCount();
}

void MqttConnector::stopAll()
{
    const QStringList names = m_brokers.keys();
    for (const QString &name : names)
        stop(name);
    m_wanted.clear();
}

MqttConnection *MqttConnector::connection(const QString &profile) const
{
    const auto b = m_brokers.value(profile);
    return b ? b->connection.get() : nullptr;
}

MqttDeviceTracker *MqttConnector::tracker(const QString &profile) const
{
    const auto b = m_brokers.value(profile);
    return b ? b->tracker.get() : nullptr;
}

MqttCommandClient *MqttConnector::commandClient(const QString &profile) const
{
    const auto b = m_brokers.value(profile);
    return b ? b->client.get() : nullptr;
}

BulkRun::Action MqttConnector::bulkAction(const QString &operationId,
                                          BulkRun::Action lwm2mAction) const
{
    QPointer<MqttConnector> self(const_cast<MqttConnector *>(this));
    BulkRun::Action mqttAction = MqttBulkActions::action(
        [self](const QString &profile) -> MqttCommandClient * {
            return self ? self->commandClient(profile) : nullptr;
        },
        operationId);
    if (!mqttAction && !lwm2mAction)
        return {};
    return
        [self, mqttAction, lwm2mAction](const BulkRun::Target &target, const BulkRun::Done &done) {
            if (self && self->isBrokerProfile(target.profile)) {
                if (mqttAction)
                    mqttAction(target, done);
                else
                    done(BulkRun::Outcome::Failed, tr("this operation is not available over MQTT"));
                return;
            }
            if (lwm2mAction)
                lwm2mAction(target, done);
            else
                done(BulkRun::Outcome::Failed, tr("this operation is not available over LwM2M"));
        };
}

void MqttConnector::onStateChanged(const QString &profileId,
                                   MqttConnection::State state,
                                   const QString &reason)
{
    const auto broker = m_brokers.value(profileId);
    if (!broker)
        return;
    const MqttConnection::State previous = broker->state;
    broker->state = state;
    if (previous != state) {
        const bool bad = state == MqttConnection::State::Reconnecting
                         || (state == MqttConnection::State::Disconnected && !reason.isEmpty());
        const QString text
            = reason.isEmpty()
                  ? tr("Broker: %1").arg(MqttConnection::stateText(state))
                  : tr("Broker: %1 (%2)").arg(MqttConnection::stateText(state), reason);
        if (state == MqttConnection::State::Connected || bad)
            m_eventLog->add(
                bad ? EventLog::Severity::Warning : EventLog::Severity::Info, profileId, text);
        if (state == MqttConnection::State::Connected || bad)
            emit reachabilityChanged(profileId, state == MqttConnection::State::Connected);
    }
    emitConnectedCount();
}

void MqttConnector::emitConnectedCount()
{
    int connected = 0;
    for (const auto &b : std::as_const(m_brokers))
        connected += b->state == MqttConnection::State::Connected ? 1 : 0;
    emit connectedCountChanged(connected);
}
