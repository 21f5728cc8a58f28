#pragma once

#include "MqttCommands.h"
#include "mqtt/MqttConnectionSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <functional>
#include <map>
#include <memory>

class MosquittoConnection;
class MqttCommandClient;
class MqttDeviceTracker;
struct ConnectionProfile;

// fleetdesk-cli mqtt devices|command (docs/cli.md): the devices of the convention
// (docs/mqtt-dm-convention.md) seen on a broker, and one command to one device. Dispatched from
// MqttCommands, which resolves --broker.
class MqttDeviceCommands
{
    Q_DECLARE_TR_FUNCTIONS(MqttDeviceCommands)

public:
    using ResolveBroker = std::function<bool(MqttConnectionSettings *settings, int *exitCode)>;

    MqttDeviceCommands(MqttCommands::Context context, ResolveBroker resolveBroker);

    static bool handles(const QString &subcommand); // devices, command
    static QString usageText();

    int run(); // positional[0] = devices | command

private:
    QString option(const QString &name) const { return m_ctx.options.value(name); }
    bool flag(const QString &name) const { return m_ctx.flags.contains(name); }
    // The broker profile name the fleet cache keys devices by; empty for a bare URL target.
    QString profileId() const;
    int devices(const MqttConnectionSettings &settings);
    int command(const MqttConnectionSettings &settings);

    MqttCommands::Context m_ctx;
    ResolveBroker m_resolveBroker;
};

// The MQTT brokers of a `bulk` run: one connection, device tracker and command client per broker
// profile of the selection (BulkCommands dispatches MQTT devices here, LwM2M ones to Leshan).
class MqttBulkBrokers
{
public:
    MqttBulkBrokers();
    ~MqttBulkBrokers(); // polite DISCONNECTs

    bool has(const QString &profile) const { return m_brokers.count(profile) > 0; }
    void add(const ConnectionProfile &profile, const QByteArray &secret);
    MqttCommandClient *client(const QString &profile) const;

private:
    struct Broker;
    std::map<QString, std::unique_ptr<Broker>> m_brokers;
};
