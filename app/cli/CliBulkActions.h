#pragma once

#include "MqttDeviceCommands.h"
#include "bulk/BulkRun.h"
#include "fleet/Device.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <functional>
#include <map>
#include <memory>

class LeshanRestClient;
class ProfileStore;

// The per-device actions of `bulk` and `queue run` (docs/cli.md): one Leshan REST client per LwM2M
// server profile and one broker connection per MQTT broker profile of the devices; LwM2M devices
// get the resource's execute (Lwm2mBulkActions), MQTT devices the convention's command
// (MqttBulkActions).
class CliBulkActions
{
    Q_DECLARE_TR_FUNCTIONS(CliBulkActions)

public:
    using ReadSecret = std::function<bool(const QString &key, QByteArray *secret, QString *error)>;

    CliBulkActions(ReadSecret readSecret, int timeoutSeconds);
    ~CliBulkActions();

    // Opens the clients the devices need; false with *error when a secret cannot be read. Devices
    // without a usable profile fail one by one when their action runs.
    bool prepare(const ProfileStore &profiles, const DeviceList &devices, QString *error);
    // Empty when the operation is unknown.
    BulkRun::Action action(const QString &operationId);

    // Which of the profiles do not answer now (profile → why, in words): an HTTP answer of any
    // status from an LwM2M server's REST API, a TCP connection to a broker count as reachable.
    // Profiles that are not in the store are left out.
    static QHash<QString, QString>
    unreachable(const ProfileStore &profiles, const QSet<QString> &names, int timeoutMs);

private:
    ReadSecret m_readSecret;
    int m_timeoutSeconds;
    std::map<QString, std::unique_ptr<LeshanRestClient>> m_clients;
    MqttBulkBrokers m_brokers;
    QSet<QUuid> m_mqttDevices;
};
