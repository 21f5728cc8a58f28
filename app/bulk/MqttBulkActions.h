#pragma once

#include "bulk/BulkRun.h"
#include "store/JournalRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <functional>

class MqttCommandClient;
struct MqttCommandResult;

// The MQTT side of the Devices menu and `fleetdesk-cli bulk` (docs/mqtt-dm-convention.md): which
// command each bulk operation sends, and how an answer becomes a per-device outcome. Also the audit
// and journal entries of a single command.
class MqttBulkActions
{
    Q_DECLARE_TR_FUNCTIONS(MqttBulkActions)

public:
    // "reboot" → reboot, "factory_reset" → factory-reset, "disable" → disable, "config" → config.
    static QStringList operationIds();
    static QString commandOp(const QString &operationId); // empty when MQTT has no such command

    static void report(const MqttCommandResult &result, const BulkRun::Done &done);

    // The client of a broker profile (nullptr: not connected / not an MQTT profile).
    using ClientFor = std::function<MqttCommandClient *(const QString &profile)>;
    // The per-device action: target.key is the device id, target.profile the broker profile.
    static BulkRun::Action action(ClientFor clientFor,
                                  const QString &operationId,
                                  const QJsonObject &args = {},
                                  int timeoutMs = 30000);

    // One command's audit entry and journal entry, the way bulk runs record theirs.
    static JournalRepository::AuditEntry auditEntry(const QUuid &deviceId,
                                                    const QString &profile,
                                                    const QString &deviceKey,
                                                    const QString &op,
                                                    const QJsonObject &args,
                                                    const MqttCommandResult &result);
    static JournalRepository::JournalEntry journalEntry(const QUuid &deviceId,
                                                        const QString &profile,
                                                        const QString &deviceKey,
                                                        const QString &op,
                                                        const MqttCommandResult &result);
};
