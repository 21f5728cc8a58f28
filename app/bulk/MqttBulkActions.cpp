#include "bulk/MqttBulkActions.h"

#include "mqtt/MqttCommandClient.h"
#include "mqtt/MqttDmProtocol.h"

#include <QPointer>

QStringList MqttBulkActions::operationIds()
{
    return {QStringLiteral("reboot"),
            QStringLiteral("factory_reset"),
            QStringLiteral("disable"),
            QStringLiteral("config")};
}

QString MqttBulkActions::commandOp(const QString &operationId)
{
    if (operationId == QLatin1String("reboot"))
        return QStringLiteral("reboot");
    if (operationId == QLatin1String("factory_reset"))
        return QStringLiteral("factory-reset");
    if (operationId == QLatin1String("disable"))
        return QStringLiteral("disable");
    if (operationId == QLatin1String("config"))
        return QStringLiteral("config");
    return {};
}

void MqttBulkActions::report(const MqttCommandResult &result, const BulkRun::Done &done)
{
    switch (result.status) {
    case MqttCommandResult::Status::Ok:
    case MqttCommandResult::Status::Accepted:
        done(BulkRun::Outcome::Succeeded, {});
        return;
    case MqttCommandResult::Status::TimedOut:
        done(BulkRun::Outcome::TimedOut, result.message);
        return;
    case MqttCommandResult::Status::Error:
    case MqttCommandResult::Status::Failed:
        break;
    }
    done(BulkRun::Outcome::Failed, result.message);
}

BulkRun::Action MqttBulkActions::action(ClientFor clientFor,
                                        const QString &operationId,
                                        const QJsonObject &args,
                                        int timeoutMs)
{
    const QString op = commandOp(operationId);
    if (op.isEmpty() || !clientFor)
        return {};
    return [clientFor, op, args, timeoutMs](const BulkRun::Target &target,
                                            const BulkRun::Done &done) {
        if (target.key.isEmpty() || target.profile.isEmpty()) {
            done(BulkRun::Outcome::Failed, tr("the device is not bound to a broker"));
            return;
        }
        MqttCommandClient *client = clientFor(target.profile);
        if (!client) {
            done(BulkRun::Outcome::Failed,
                 tr("the broker profile \"%1\" is not connected").arg(target.profile));
            return;
        }
        MqttCommandReply *reply = client->send(target.key, op, args, timeoutMs);
        QObject::connect(
            reply, &MqttCommandReply::finished, reply, [reply, done](const MqttCommandResult &r) {
                report(r, done);
                reply->deleteLater();
            });
    };
}

JournalRepository::AuditEntry MqttBulkActions::auditEntry(const QUuid &deviceId,
                                                          const QString &profile,
                                                          const QString &deviceKey,
                                                          const QString &op,
                                                          const QJsonObject &args,
                                                          const MqttCommandResult &result)
{
    JournalRepository::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.actor = JournalRepository::currentActor();
    entry.action = QStringLiteral("mqtt-") + op;
    if (!deviceId.isNull())
        entry.devices = {deviceId};
    entry.parameters = {{QStringLiteral("profile"), profile},
                        {QStringLiteral("device"), deviceKey},
                        {QStringLiteral("topic"), MqttDmProtocol::commandTopic(deviceKey, op)},
                        {QStringLiteral("args"), args}};
    entry.result = result.succeeded()
                       ? MqttCommandResult::statusId(result.status)
                       : QStringLiteral("%1: %2").arg(MqttCommandResult::statusId(result.status),
                                                      result.message);
    return entry;
}

JournalRepository::JournalEntry MqttBulkActions::journalEntry(const QUuid &deviceId,
                                                              const QString &profile,
                                                              const QString &deviceKey,
                                                              const QString &op,
                                                              const MqttCommandResult &result)
{
    JournalRepository::JournalEntry e;
    e.deviceId = deviceId;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = QStringLiteral("operation");
    const QString outcome = MqttCommandResult::statusId(result.status);
    e.message = result.message.isEmpty()
                    ? QStringLiteral("%1: %2").arg(op, outcome)
                    : QStringLiteral("%1: %2 (%3)").arg(op, outcome, result.message);
    e.data = {{QStringLiteral("operation"), op},
              {QStringLiteral("outcome"), outcome},
              {QStringLiteral("reason"), result.message},
              {QStringLiteral("endpoint"), deviceKey},
              {QStringLiteral("profile"), profile},
              {QStringLiteral("protocol"), QStringLiteral("mqtt")}};
    return e;
}
