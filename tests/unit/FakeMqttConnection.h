#pragma once

#include "mqtt/MqttConnection.h"

#include <QTimer>
#include <QVector>

// A named test double of MqttConnection for the device-management tests: no broker; records what
// is subscribed and published; the test delivers messages and moves the state. Subscriptions are
// acknowledged (subscribed) on the next event-loop turn while connected, like a real broker.
class FakeMqttConnection : public MqttConnection
{
    Q_OBJECT

public:
    using MqttConnection::MqttConnection;

    State state() const override { return m_state; }
    void connectToBroker() override { setState(State::Connected); }
    void disconnectFromBroker() override { setState(State::Disconnected); }
    void subscribe(const QString &filter, int qos) override
    {
        subscriptions.append({filter, qos});
        if (m_state == State::Connected)
            acknowledge(filter, qos);
    }
    void unsubscribe(const QString &filter) override { Q_UNUSED(filter) }
    int publish(const MqttMessage &message) override
    {
        publishedMessages.append(message);
        const int id = ++m_nextId;
        if (m_state == State::Connected && acknowledgePublishes)
            QTimer::singleShot(0, this, [this, id] { emit published(id); });
        emit publishedSomething();
        return id;
    }

    void setState(State state, const QString &reason = {})
    {
        const bool connecting = state == State::Connected && m_state != State::Connected;
        m_state = state;
        emit stateChanged(state, reason);
        if (connecting) {
            for (const auto &s : std::as_const(subscriptions))
                acknowledge(s.first, s.second);
        }
    }

    // One batch, as MosquittoConnection delivers them.
    void deliver(const QVector<MqttMessage> &messages) { emit messagesReceived(messages); }
    void deliver(const QString &topic, const QByteArray &payload, bool retain = false)
    {
        MqttMessage m;
        m.topic = topic;
        m.payload = payload;
        m.qos = 1;
        m.retain = retain;
        deliver(QVector<MqttMessage>{m});
    }

    QVector<QPair<QString, int>> subscriptions;
    QVector<MqttMessage> publishedMessages;
    bool acknowledgePublishes = true;

signals:
    void publishedSomething();

private:
    void acknowledge(const QString &filter, int qos)
    {
        QTimer::singleShot(0, this, [this, filter, qos] { emit subscribed(filter, qos); });
    }

    State m_state = State::Disconnected;
    int m_nextId = 0;
};
