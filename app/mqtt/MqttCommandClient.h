#pragma once

#include "mqtt/MqttConnection.h"
#include "mqtt/MqttDmProtocol.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

class MqttDeviceTracker;

// The outcome of one command (docs/mqtt-dm-convention.md "Commands").
struct MqttCommandResult
{
    enum class Status {
        Ok,       // the device answered ok (or, for a waited firmware update, it finished)
        Accepted, // the device started it (firmware-update without waiting)
        Error,    // the device answered error: code and message say why
        TimedOut, // no answer (or no final firmware state) before the deadline
        Failed,   // not sent (offline, no connection) or an invalid answer: message says why
    };

    Status status = Status::Failed;
    QString code;    // the device's error code, or offline / invalid_response / not_connected …
    QString message; // in words (translated)
    QJsonObject answer; // the device's answer as received (empty when there was none)
    QJsonObject result; // the answer's "result"
    std::optional<MqttFirmwareProgress> firmware; // the final firmware state, when waited for

    bool succeeded() const { return status == Status::Ok || status == Status::Accepted; }
    static QString statusId(Status status); // ok, accepted, error, timed_out, failed
};

Q_DECLARE_METATYPE(MqttCommandResult)

// One command in flight; finished() is emitted exactly once. Owned by the client; delete it (e.g.
// deleteLater) after finished() when no longer needed.
class MqttCommandReply : public QObject
{
    Q_OBJECT

public:
    const QString &requestId() const { return m_requestId; }
    const QString &deviceId() const { return m_deviceId; }
    const QString &op() const { return m_op; }
    bool isFinished() const { return m_finished; }
    const MqttCommandResult &result() const { return m_result; }

signals:
    void accepted(); // firmware-update: the device started (waiting for the final state)
    void firmwareProgress(const MqttFirmwareProgress &progress);
    void finished(const MqttCommandResult &result);

private:
    friend class MqttCommandClient;
    using QObject::QObject;

    QString m_requestId;
    QString m_deviceId;
    QString m_op;
    QJsonObject m_args;
    bool m_waitForFirmware = false;
    bool m_dispatched = false;
    bool m_accepted = false;
    bool m_finished = false;
    int m_publishId = -1;
    int m_timeoutMs = 0;
    qint64 m_sequence = 0;
    QTimer m_deadline;
    MqttCommandResult m_result;
};

// Sends commands of the convention to devices through one broker connection: publishes
// fd/v1/<id>/cmd/<op> QoS 1 with {"id","ts","args"}, with MQTT 5 also the response topic and
// correlation data, and matches the answers on fd/v1/+/rsp by correlation data first, then by "id"
// (the 3.1.1 fallback). Gives each command a deadline; an offline device is not sent anything; an
// answer that is not a JSON object with "status" fails the command. firmware-update can wait for
// the final state on the device's firmware topic. Lives on the connection's thread.
class MqttCommandClient : public QObject
{
    Q_OBJECT

public:
    MqttCommandClient(MqttConnection *connection,
                      MqttDeviceTracker *tracker,
                      bool mqtt5,
                      QObject *parent = nullptr);

    void start(); // subscribes to the answers

    // The command waits (within its deadline) for the connection and for the tracker to have the
    // retained status, then goes out unless the device is offline.
    MqttCommandReply *send(const QString &deviceId,
                           const QString &op,
                           const QJsonObject &args = {},
                           int timeoutMs = 30000,
                           bool waitForFirmware = false);

    // Ops that change the device (audited); get-config does not.
    static bool changesDevice(const QString &op);

private:
    void dispatchWaiting();
    void dispatch(MqttCommandReply *reply);
    void finish(MqttCommandReply *reply, MqttCommandResult result);
    void fail(MqttCommandReply *reply,
              MqttCommandResult::Status status,
              const QString &code,
              const QString &message);
    void onMessages(const QVector<MqttMessage> &messages);
    void onAnswer(MqttCommandReply *reply, const QByteArray &payload);
    void onFirmware(const QString &deviceId, const MqttFirmwareProgress &progress);
    void onTimeout(MqttCommandReply *reply);
    MqttCommandReply *oldestDispatched(const QString &deviceId) const;

    QPointer<MqttConnection> m_connection;
    QPointer<MqttDeviceTracker> m_tracker;
    bool m_mqtt5;
    bool m_started = false;
    qint64 m_sequence = 0;
    QHash<QString, MqttCommandReply *> m_pending; // request id → reply
    QString m_lastError;
};
