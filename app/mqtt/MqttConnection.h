#pragma once

#include "mqtt/MqttMessage.h"

#include <QObject>
#include <QString>
#include <QVector>

// One connection to an MQTT broker (docs/mqtt.md). FleetDesk's own interface, so the rest of the
// application and the tests do not depend on libmosquitto. Every call returns at once; results
// arrive as signals on the thread the object lives on. Received messages arrive in batches, at a
// bounded rate (MqttMessageBatcher). After a loss of the connection it reconnects by itself
// (exponential backoff with jitter, capped at 30 s) and subscribes its wanted filters again, once
// per connection; it gives up only on refusals that a retry cannot fix (TLS, credentials).
class MqttConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected, // not connected and not trying (initially, after disconnectFromBroker or a
                      // refusal)
        Connecting,   // TCP/TLS/CONNECT in progress
        Connected,    // CONNACK accepted
        Reconnecting, // lost; waiting for the next attempt
    };
    Q_ENUM(State)

    enum class Error {
        None,
        InvalidSettings, // the settings cannot work (see the message)
        Unreachable,     // no TCP connection (refused, no route, name not resolved)
        Tls,             // certificate refused or TLS handshake failed
        Auth,            // the broker refused the credentials or the client is not authorised
        Refused,         // other CONNACK refusals (protocol version, client id, server unavailable)
        ConnectionLost,  // an established connection broke (followed by a reconnect)
        Protocol,        // anything else libmosquitto reports
    };
    Q_ENUM(Error)

    using QObject::QObject;

    virtual State state() const = 0;
    virtual void connectToBroker() = 0;
    virtual void disconnectFromBroker() = 0;
    // Wanted subscriptions: sent now when connected and again after each reconnect.
    virtual void subscribe(const QString &filter, int qos) = 0;
    virtual void unsubscribe(const QString &filter) = 0;
    // Returns an id for published()/publishFailed(). MQTT 5 properties are sent only with MQTT 5.
    virtual int publish(const MqttMessage &message) = 0;

    static QString errorId(Error error); // for the CLI's error.code
    static QString stateText(State state);

signals:
    void stateChanged(MqttConnection::State state, const QString &reason);
    void errorOccurred(MqttConnection::Error error, const QString &message);
    void messagesReceived(const QVector<MqttMessage> &messages);
    void published(int id);
    void publishFailed(int id, const QString &reason);
    void subscribed(const QString &filter, int grantedQos);
    void subscribeFailed(const QString &filter, const QString &reason);
};
