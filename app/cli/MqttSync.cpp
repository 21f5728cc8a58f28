#include "MqttSync.h"

#include "mqtt/MosquittoConnection.h"
#include "mqtt/MqttConnectionSettings.h"
#include "mqtt/MqttDeviceTracker.h"

#include <QEventLoop>
#include <QTimer>

struct MqttSync::Broker
{
    Result result;
    std::unique_ptr<MosquittoConnection> connection;
    std::unique_ptr<MqttDeviceTracker> tracker;
    bool failed = false;
};

MqttSync::MqttSync(QObject *parent)
    : QObject(parent)
{}

MqttSync::~MqttSync() = default;

void MqttSync::add(const ConnectionProfile &profile, const QByteArray &secret)
{
    auto broker = std::make_unique<Broker>();
    broker->result.profile = profile.name;
    const MqttConnectionSettings settings = MqttConnectionSettings::fromProfile(profile, secret);
    broker->connection = std::make_unique<MosquittoConnection>(settings);
    broker->tracker = std::make_unique<MqttDeviceTracker>(broker->connection.get(), profile.name);
    Broker *b = broker.get();
    connect(b->connection.get(),
            &MqttConnection::stateChanged,
            this,
            [this, b](MqttConnection::State state, const QString &) {
                if (state == MqttConnection::State::Connected)
                    b->result.reachable = true;
            });
    connect(b->connection.get(),
            &MqttConnection::errorOccurred,
            this,
            [this, b](MqttConnection::Error, const QString &message) {
                // Before the first connection any error means: not reachable now (the connection
                // would keep retrying; sync reports and moves on).
                if (b->result.reachable || b->failed)
                    return;
                b->failed = true;
                b->result.error = message;
                emit brokerFailed(b->result.profile, message);
                check();
            });
    connect(b->tracker.get(), &MqttDeviceTracker::settled, this, [this, b] {
        if (b->result.settled)
            return;
        b->result.settled = true;
        emit brokerSettled(b->result.profile, int(b->tracker->devices().size()));
        check();
    });
    m_brokers.push_back(std::move(broker));
}

void MqttSync::start(double durationSeconds)
{
    m_durationOver = durationSeconds <= 0;
    if (!m_durationOver) {
        QTimer::singleShot(int(durationSeconds * 1000), this, [this] {
            m_durationOver = true;
            check();
        });
    }
    for (const auto &b : m_brokers) {
        b->tracker->start();
        b->connection->connectToBroker();
    }
    QTimer::singleShot(0, this, &MqttSync::check);
}

bool MqttSync::isDone() const
{
    if (!m_durationOver)
        return false;
    for (const auto &b : m_brokers) {
        if (!b->failed && !b->result.settled)
            return false;
    }
    return true;
}

void MqttSync::check()
{
    if (!m_doneEmitted && isDone()) {
        m_doneEmitted = true;
        emit done();
    }
}

QVector<MqttSync::Result> MqttSync::finish()
{
    QVector<Result> results;
    for (const auto &b : m_brokers) {
        Result r = b->result;
        if (!r.settled && r.error.isEmpty())
            r.error = r.reachable ? tr("the broker's retained state did not arrive in time")
                                  : tr("no connection to the broker in time");
        for (const MqttDeviceState &s : b->tracker->devices())
            r.updates.append(b->tracker->update(s));
        results.append(r);
        b->tracker.reset();
        MosquittoConnection *connection = b->connection.get();
        if (connection->state() != MqttConnection::State::Disconnected) {
            QEventLoop closing;
            connect(connection,
                    &MqttConnection::stateChanged,
                    &closing,
                    [&closing](MqttConnection::State state, const QString &) {
                        if (state == MqttConnection::State::Disconnected)
                            closing.quit();
                    });
            QTimer::singleShot(3000, &closing, &QEventLoop::quit);
            connection->disconnectFromBroker();
            closing.exec();
        }
        b->connection.reset();
    }
    return results;
}
