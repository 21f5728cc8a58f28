#pragma once

#include "MqttCommands.h"

#include <QCoreApplication>
#include <QJsonObject>

class DynSecClient;
class DynSecReply;

// fleetdesk-cli mqtt dynsec list-clients|list-roles|list-groups|create-client|enable-client|
// disable-client|delete-client|create-device-account|delete-device-account --broker B …
// (docs/cli.md): broker administration through mosquitto's dynamic-security plugin (DynSecClient).
// The broker and the admin's credentials are resolved exactly as for mqtt pub|sub. Every change is
// written to the audit log in the cache.
class MqttDynsecCommands
{
    Q_DECLARE_TR_FUNCTIONS(MqttDynsecCommands)

public:
    MqttDynsecCommands(MqttCommands &mqtt, const MqttCommands::Context &context);

    static QString usageText();
    int run(); // positional[0] = "dynsec", positional[1] = the subcommand

private:
    struct Outcome
    {
        bool ok = false;
        QString errorId;
        QString errorText;
        QJsonObject data;
    };

    QString option(const QString &name) const { return m_ctx.options.value(name); }
    bool flag(const QString &name) const { return m_ctx.flags.contains(name); }
    Outcome execute(const MqttConnectionSettings &settings,
                    const std::function<DynSecReply *(DynSecClient &)> &request);
    void audit(const QString &action, const QJsonObject &parameters, const Outcome &outcome);
    int listClients(const Outcome &outcome);
    int listRoles(const Outcome &outcome);
    int listGroups(const Outcome &outcome);

    MqttCommands &m_mqtt;
    const MqttCommands::Context &m_ctx;
};
