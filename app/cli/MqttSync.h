#pragma once

#include "fleet/MqttDeviceUpdate.h"
#include "profiles/ConnectionProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QVector>
#include <memory>
#include <vector>

// The MQTT half of `fleetdesk-cli sync` (docs/cli.md): one connection and device tracker per
// broker profile; collects the retained births, identities and attributes of the convention's
// devices (docs/mqtt-dm-convention.md) for the cache. A broker is done when its retained state
// is in (and the duration has passed), or when it cannot be reached.
class MqttSync : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString profile;
        bool reachable = false; // connected at least once
        bool settled = false;   // the retained state is in
        QString error;          // why not, in words
        MqttDeviceUpdateList updates;
    };

    explicit MqttSync(QObject *parent = nullptr);
    ~MqttSync() override;

    void add(const ConnectionProfile &profile, const QByteArray &secret);
    bool isEmpty() const { return m_brokers.empty(); }
    int size() const { return int(m_brokers.size()); }

    // Connects to every broker; durationSeconds: keep collecting at least this long.
    void start(double durationSeconds);
    // Every broker settled or failed, and the duration has passed.
    bool isDone() const;
    // Disconnects politely and returns what each broker gave.
    QVector<Result> finish();

signals:
    void brokerSettled(const QString &profile, int devices);
    void brokerFailed(const QString &profile, const QString &message);
    void done();

private:
    struct Broker;
    void check();

    std::vector<std::unique_ptr<Broker>> m_brokers;
    bool m_durationOver = true;
    bool m_doneEmitted = false;
};
