#include "mqtt/MqttCommandClient.h"

#include "common/Logging.h"
#include "mqtt/MqttDeviceTracker.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

QString MqttCommandResult::statusId(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Accepted:
        return QStringLiteral("accepted");
    case Status::Error:
        return QStringLiteral("error");
    case Status::TimedOut:
        return QStringLiteral("timed_out");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

MqttCommandClient::MqttCommandClient(MqttConnection *connection,
                                     MqttDeviceTracker *tracker,
                                     bool mqtt5,
                                     QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tracker(tracker)
    , m_mqtt5(mqtt5)
{
    qRegisterMetaType<MqttCommandResult>();
    if (connection) {
        connect(
            connection, &MqttConnection::messagesReceived, this, &MqttCommandClient::onMessages);
        connect(connection,
                &MqttConnection::stateChanged,
                this,
                [this](MqttConnection::State state, const QString &reason) {
                    if (state == MqttConnection::State::Connected) {
                        dispatchWaiting();
                        return;
                    }
                    if (!reason.isEmpty())
                        m_lastError = reason;
                    if (state != MqttConnection::State::Disconnected)
                        return;
                    // Given up (refused, or disconnected on purpose): nothing waiting can go out.
                    const auto pending = m_pending.values();
                    for (MqttCommandReply *reply : pending) {
                        if (!reply->m_dispatched)
                            fail(reply,
                                 MqttCommandResult::Status::Failed,
                                 QStringLiteral("not_connected"),
                                 m_lastError.isEmpty()
                                     ? tr("no connection to the broker")
                                     : tr("no connection to the broker: %1").arg(m_lastError));
                    }
                });
        connect(connection,
                &MqttConnection::errorOccurred,
                this,
                [this](MqttConnection::Error, const QString &message) { m_lastError = message; });
        connect(
            connection, &MqttConnection::publishFailed, this, [this](int id, const QString &why) {
                const auto pending = m_pending.values();
                for (MqttCommandReply *reply : pending) {
                    if (reply->m_publishId == id)
                        fail(reply,
                             MqttCommandResult::Status::Failed,
                             QStringLiteral("refused"),
                             tr("the broker refused the command: %1").arg(why));
                }
            });
    }
    if (tracker) {
        connect(tracker, &MqttDeviceTracker::settled, this, &MqttCommandClient::dispatchWaiting);
    }
}

void MqttCommandClient::start()
{
    if (m_started || !m_connection)
        return;
    m_started = true;
    m_connection->subscribe(MqttDmProtocol::responseFilter(), 1);
    // Firmware progress finishes a waited firmware-update (the tracker wants the same filter: the
    // connection subscribes it once).
    m_connection->subscribe(QStringLiteral("fd/v1/+/firmware"), 1);
}

bool MqttCommandClient::changesDevice(const QString &op)
{
    return op != QLatin1String("get-config");
}

MqttCommandReply *MqttCommandClient::send(const QString &deviceId,
                                          const QString &op,
                                          const QJsonObject &args,
                                          int timeoutMs,
                                          bool waitForFirmware)
{
    auto *reply = new MqttCommandReply(this);
    reply->m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply->m_deviceId = deviceId;
    reply->m_op = op;
    reply->m_args = args;
    reply->m_waitForFirmware = waitForFirmware && op == QLatin1String("firmware-update");
    reply->m_timeoutMs = timeoutMs;
    reply->m_sequence = ++m_sequence;
    m_pending.insert(reply->m_requestId, reply);
    connect(reply, &QObject::destroyed, this, [this, id = reply->m_requestId] {
        m_pending.remove(id);
    });
    if (!MqttDmProtocol::isValidDeviceId(deviceId) || !MqttDmProtocol::isValidOp(op)) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, reply, [this, reply] {
            fail(reply,
                 MqttCommandResult::Status::Failed,
                 QStringLiteral("bad_request"),
                 tr("\"%1\" is not a valid device id or \"%2\" not a valid command")
                     .arg(reply->m_deviceId.left(80), reply->m_op.left(80)));
        });
        return reply;
    }
    reply->m_deadline.setSingleShot(true);
    reply->m_deadline.setTimerType(Qt::PreciseTimer); // a deadline never fires early
    connect(&reply->m_deadline, &QTimer::timeout, this, [this, reply] { onTimeout(reply); });
    reply->m_deadline.start(timeoutMs);
    start();
    QTimer::singleShot(0, reply, [this, reply] { dispatch(reply); });
    return reply;
}

void MqttCommandClient::dispatchWaiting()
{
    const auto pending = m_pending.values();
    for (MqttCommandReply *reply : pending) {
        if (!reply->m_dispatched && !reply->m_finished)
            dispatch(reply);
    }
}

void MqttCommandClient::dispatch(MqttCommandReply *reply)
{
    if (reply->m_dispatched || reply->m_finished || !m_connection)
        return;
    if (m_connection->state() != MqttConnection::State::Connected)
        return; // again when connected
    if (m_tracker && !m_tracker->isSettled())
        return; // again when the retained statuses are in
    if (m_tracker) {
        const MqttDeviceState *device = m_tracker->device(reply->m_deviceId);
        if (!device || !device->online || !*device->online) {
            // Never queued at the broker to fire hours later (docs/mqtt-dm-convention.md).
            fail(
                reply, MqttCommandResult::Status::Failed, QStringLiteral("offline"), tr("offline"));
            return;
        }
    }
    const QJsonObject payload{{QStringLiteral("id"), reply->m_requestId},
                              {QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()},
                              {QStringLiteral("args"), reply->m_args}};
    MqttMessage message;
    message.topic = MqttDmProtocol::commandTopic(reply->m_deviceId, reply->m_op);
    message.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    message.qos = 1;
    if (m_mqtt5) {
        message.properties.responseTopic = MqttDmProtocol::responseTopic(reply->m_deviceId);
        message.properties.correlationData = reply->m_requestId.toUtf8();
        message.properties.contentType = QStringLiteral("application/json");
    }
    reply->m_dispatched = true;
    reply->m_publishId = m_connection->publish(message);
    qCDebug(lcMqtt) << "command" << reply->m_op << "to" << reply->m_deviceId << "id"
                    << reply->m_requestId;
}

MqttCommandReply *MqttCommandClient::oldestDispatched(const QString &deviceId) const
{
    MqttCommandReply *oldest = nullptr;
    for (MqttCommandReply *reply : m_pending) {
        if (reply->m_deviceId == deviceId && reply->m_dispatched && !reply->m_accepted
            && (!oldest || reply->m_sequence < oldest->m_sequence))
            oldest = reply;
    }
    return oldest;
}

void MqttCommandClient::onMessages(const QVector<MqttMessage> &messages)
{
    if (m_pending.isEmpty())
        return;
    for (const MqttMessage &message : messages) {
        const auto topic = MqttDmProtocol::parseTopic(message.topic);
        if (topic && topic->kind == QLatin1String("firmware")) {
            // Read here, in order with the answers of the same batch (an "accepted" and the final
            // state can arrive together).
            QString error;
            MqttFirmwareProgress progress;
            const auto o = MqttDmProtocol::parseObject(message.payload, &error);
            if (o && MqttDmProtocol::parseFirmware(*o, &progress))
                onFirmware(topic->deviceId, progress);
            continue;
        }
        if (!topic || topic->kind != QLatin1String("rsp"))
            continue;
        // MQTT 5: the correlation data names the request.
        const QByteArray &correlation = message.properties.correlationData;
        if (!correlation.isEmpty()) {
            MqttCommandReply *reply = m_pending.value(QString::fromUtf8(correlation));
            if (reply && reply->m_deviceId == topic->deviceId)
                onAnswer(reply, message.payload);
            continue; // someone else's request
        }
        // 3.1.1: the request id in the payload.
        QString error;
        const std::optional<QJsonObject> o = MqttDmProtocol::parseObject(message.payload, &error);
        const QString id = o ? o->value(QStringLiteral("id")).toString() : QString();
        if (!id.isEmpty()) {
            MqttCommandReply *reply = m_pending.value(id);
            if (reply && reply->m_deviceId == topic->deviceId)
                onAnswer(reply, message.payload);
            continue;
        }
        // Garbage with no id on the device's answer topic: the answer to its oldest open command.
        if (MqttCommandReply *reply = oldestDispatched(topic->deviceId))
            onAnswer(reply, message.payload);
    }
}

void MqttCommandClient::onAnswer(MqttCommandReply *reply, const QByteArray &payload)
{
    if (reply->m_finished || reply->m_accepted)
        return; // the device answers once; a repeat changes nothing
    QString error;
    const std::optional<QJsonObject> o = MqttDmProtocol::parseObject(payload, &error);
    const QString status = o ? o->value(QStringLiteral("status")).toString() : QString();
    if (!o
        || (status != QLatin1String("ok") && status != QLatin1String("accepted")
            && status != QLatin1String("error"))) {
        qCWarning(lcMqtt).noquote() << "invalid answer from" << reply->m_deviceId << "to"
                                    << reply->m_op << ":" << (o ? tr("no valid status") : error);
        fail(reply,
             MqttCommandResult::Status::Failed,
             QStringLiteral("invalid_response"),
             tr("the device answered with an invalid response"));
        return;
    }
    MqttCommandResult result;
    result.answer = *o;
    result.result = o->value(QStringLiteral("result")).toObject();
    if (status == QLatin1String("error")) {
        result.status = MqttCommandResult::Status::Error;
        result.code = o->value(QStringLiteral("code")).toString().left(64);
        const QString text = o->value(QStringLiteral("message")).toString().left(500);
        if (result.code == QLatin1String("unsupported"))
            result.message = tr("the device does not support the command \"%1\"").arg(reply->m_op);
        else if (result.code.isEmpty())
            result.message = text.isEmpty() ? tr("the device answered with an error") : text;
        else
            result.message
                = text.isEmpty() ? result.code : QStringLiteral("%1: %2").arg(result.code, text);
        finish(reply, result);
        return;
    }
    if (status == QLatin1String("accepted") && reply->m_waitForFirmware) {
        result.status = MqttCommandResult::Status::Accepted;
        reply->m_result = result;
        reply->m_accepted = true;
        emit reply->accepted();
        return; // the firmware topic's final state finishes it
    }
    result.status = status == QLatin1String("ok") ? MqttCommandResult::Status::Ok
                                                  : MqttCommandResult::Status::Accepted;
    finish(reply, result);
}

void MqttCommandClient::onFirmware(const QString &deviceId, const MqttFirmwareProgress &progress)
{
    const auto pending = m_pending.values();
    for (MqttCommandReply *reply : pending) {
        if (reply->m_deviceId != deviceId || !reply->m_accepted || reply->m_finished)
            continue;
        if (!progress.requestId.isEmpty() && progress.requestId != reply->m_requestId)
            continue; // progress of another request
        emit reply->firmwareProgress(progress);
        if (!progress.isFinal())
            continue;
        MqttCommandResult result = reply->m_result;
        result.firmware = progress;
        if (progress.succeeded()) {
            result.status = MqttCommandResult::Status::Ok;
        } else {
            result.status = MqttCommandResult::Status::Failed;
            result.code = QStringLiteral("firmware_result_%1").arg(progress.result);
            result.message = tr("the firmware update failed: %1")
                                 .arg(MqttDmProtocol::firmwareResultText(progress.result));
        }
        finish(reply, result);
    }
}

void MqttCommandClient::onTimeout(MqttCommandReply *reply)
{
    if (reply->m_finished)
        return;
    const int seconds = qMax(1, reply->m_timeoutMs / 1000);
    QString message;
    if (reply->m_accepted)
        message = tr("the firmware update did not finish within %1 s").arg(seconds);
    else if (reply->m_dispatched)
        message = tr("no answer within %1 s").arg(seconds);
    else if (m_connection && m_connection->state() != MqttConnection::State::Connected)
        message
            = m_lastError.isEmpty()
                  ? tr("no connection to the broker within %1 s").arg(seconds)
                  : tr("no connection to the broker within %1 s: %2").arg(seconds).arg(m_lastError);
    else
        message = tr("the device's status did not arrive within %1 s").arg(seconds);
    fail(reply, MqttCommandResult::Status::TimedOut, QStringLiteral("timeout"), message);
}

void MqttCommandClient::fail(MqttCommandReply *reply,
                             MqttCommandResult::Status status,
                             const QString &code,
                             const QString &message)
{
    MqttCommandResult result = reply->m_result;
    result.status = status;
    result.code = code;
    result.message = message;
    finish(reply, result);
}

void MqttCommandClient::finish(MqttCommandReply *reply, MqttCommandResult result)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_deadline.stop();
    reply->m_result = std::move(result);
    m_pending.remove(reply->m_requestId);
    emit reply->finished(reply->m_result);
}
