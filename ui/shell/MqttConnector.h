#pragma once

#include "bulk/BulkRun.h"
#include "mqtt/MqttConnection.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

class EventLog;
class FleetStore;
class MqttCommandClient;
class MqttDeviceTracker;
class ProfileStore;
class SecretStore;

// Composition root glue for MQTT brokers (like Lwm2mConnector): one live MosquittoConnection per
// valid broker profile (secrets from the keychain, read asynchronously), each with a device
// tracker that puts the convention's devices (docs/mqtt-dm-convention.md) into the fleet cache and
// a command client for the Devices menu. Other views (the topic explorer) share the connection
// through connectionAdded() / connection().
class MqttConnector : public QObject
{
    Q_OBJECT

public:
    MqttConnector(FleetStore *store,
                  SecretStore *secrets,
                  EventLog *eventLog,
                  QObject *parent = nullptr);
    ~MqttConnector() override;

    // Starts connections for the broker profiles of the store; stops those of removed or changed
    // profiles.
    void apply(const ProfileStore &profiles);
    void stopAll();

    MqttConnection *connection(const QString &profile) const;
    MqttDeviceTracker *tracker(const QString &profile) const;
    MqttCommandClient *commandClient(const QString &profile) const;
    QStringList profileIds() const { return m_brokers.keys(); }
    // True for every broker profile of the last apply(), connected or not.
    bool isBrokerProfile(const QString &profile) const
    {
        return m_brokerProfiles.contains(profile);
    }

    // The Devices menu's per-device action for both protocols: MQTT devices get the convention's
    // command, the others lwm2mAction.
    BulkRun::Action bulkAction(const QString &operationId, BulkRun::Action lwm2mAction) const;

signals:
    void connectionAdded(const QString &profileId, MqttConnection *connection);
    // Emitted before the connection is deleted.
    void connectionRemoved(const QString &profileId, MqttConnection *connection);
    void connectedCountChanged(int connected);
    // The broker accepted the connection, or the connection failed or was lost; for the cache's
    // reachability and to run operations held offline when it comes back.
    void reachabilityChanged(const QString &profileId, bool reachable);

private:
    struct Broker;
    void start(const QString &profileId,
               const QString &fingerprint,
               MqttConnection *connection,
               bool mqtt5);
    void stop(const QString &profileId);
    void
    onStateChanged(const QString &profileId, MqttConnection::State state, const QString &reason);
    void emitConnectedCount();

    FleetStore *m_store;
    SecretStore *m_secrets;
    EventLog *m_eventLog;
    QHash<QString, std::shared_ptr<Broker>> m_brokers;
    QHash<QString, QString> m_wanted; // profile → fingerprint of the settings it was started with
    QSet<QString> m_brokerProfiles;
};
