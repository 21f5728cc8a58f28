#include "MqttDynsecCommands.h"

#include "mqtt/DynSecClient.h"
#include "mqtt/DynSecProtocol.h"
#include "mqtt/MosquittoConnection.h"
#include "store/CacheDatabase.h"
#include "store/JournalRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

const QString AuditConnection = QStringLiteral("fleetdesk-cli-dynsec");

struct CacheCloser
{
    ~CacheCloser() { CacheDatabase::close(AuditConnection); }
};

QJsonObject aclJson(const DynSecProtocol::Acl &acl)
{
    return {{QStringLiteral("acltype"), acl.type},
            {QStringLiteral("topic"), acl.topic},
            {QStringLiteral("priority"), acl.priority},
            {QStringLiteral("allow"), acl.allow}};
}

QJsonArray aclsJson(const QVector<DynSecProtocol::Acl> &acls)
{
    QJsonArray list;
    for (const auto &acl : acls)
        list.append(aclJson(acl));
    return list;
}

// A plain text table: columns padded to their widest cell, two spaces apart.
QString table(const QStringList &header, const QVector<QStringList> &rows)
{
    QVector<int> widths(header.size());
    for (int c = 0; c < header.size(); ++c)
        widths[c] = int(header[c].size());
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));
    }
    auto format = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < cells.size(); ++c)
            line += c + 1 < cells.size() ? cells[c].leftJustified(widths[c] + 2) : cells[c];
        return line;
    };
    QStringList lines{format(header)};
    for (const QStringList &row : rows)
        lines.append(format(row));
    return lines.join(QLatin1Char('\n'));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

MqttDynsecCommands::MqttDynsecCommands(MqttCommands &mqtt, const MqttCommands::Context &context)
    : m_mqtt(mqtt)
    , m_ctx(context)
{}

QString MqttDynsecCommands::usageText()
{
    return QStringLiteral(
        "  mqtt dynsec list-clients|list-roles|list-groups --broker URL|PROFILE\n"
        "  mqtt dynsec create-client NAME --broker URL|PROFILE [--client-password-stdin]\n"
        "              [--fixed-client-id ID] [--textname T] [--roles R1,R2]\n"
        "  mqtt dynsec enable-client|disable-client|delete-client NAME --broker URL|PROFILE\n"
        "  mqtt dynsec create-device-account|delete-device-account ID --broker URL|PROFILE\n"
        "              [--client-password-stdin] [--textname T]\n");
}

MqttDynsecCommands::Outcome
MqttDynsecCommands::execute(const MqttConnectionSettings &settings,
                            const std::function<DynSecReply *(DynSecClient &)> &request)
{
    Outcome outcome;
    MosquittoConnection connection(settings);
    DynSecClient client(&connection);
    client.setTimeout(m_ctx.timeoutSeconds * 1000);
    QEventLoop loop;
    DynSecReply *reply = request(client);
    QObject::connect(reply, &DynSecReply::finished, &loop, [&] {
        outcome.ok = reply->error() == DynSecReply::Error::None;
        outcome.errorId = reply->errorId();
        outcome.errorText = reply->errorString();
        outcome.data = reply->data();
        loop.quit();
    });
    connection.connectToBroker();
    loop.exec();

    if (connection.state() != MqttConnection::State::Disconnected) {
        // A polite DISCONNECT before leaving (the destructor would send one too).
        QEventLoop closing;
        QObject::connect(&connection,
                         &MqttConnection::stateChanged,
                         &closing,
                         [&](MqttConnection::State state, const QString &) {
                             if (state == MqttConnection::State::Disconnected)
                                 closing.quit();
                         });
        QTimer::singleShot(3000, &closing, &QEventLoop::quit);
        connection.disconnectFromBroker();
        closing.exec();
    }
    return outcome;
}

void MqttDynsecCommands::audit(const QString &action,
                               const QJsonObject &parameters,
                               const Outcome &outcome)
{
    JournalRepository::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.actor = JournalRepository::currentActor();
    entry.action = action;
    entry.parameters = parameters;
    entry.parameters.insert(QStringLiteral("broker"), option(QStringLiteral("broker")));
    entry.result
        = outcome.ok ? QStringLiteral("succeeded") : QStringLiteral("failed: ") + outcome.errorText;
    QString error;
    const auto opened
        = CacheDatabase::open(m_ctx.fleetDbPath, CacheDatabase::Kind::Fleet, AuditConnection);
    CacheCloser closer;
    if (!opened.ok()) {
        error = opened.message;
    } else {
        JournalRepository journal(QSqlDatabase::database(AuditConnection));
        if (journal.appendAudit(entry, &error))
            return;
    }
    std::fprintf(stderr,
                 "fleetdesk-cli: the audit log could not be written: %s\n",
                 error.toUtf8().constData());
}

int MqttDynsecCommands::run()
{
    const QString command = m_ctx.positional.value(1);
    static const QStringList lists = {QStringLiteral("list-clients"),
                                      QStringLiteral("list-roles"),
                                      QStringLiteral("list-groups")};
    static const QStringList changes = {QStringLiteral("create-client"),
                                        QStringLiteral("enable-client"),
                                        QStringLiteral("disable-client"),
                                        QStringLiteral("delete-client"),
                                        QStringLiteral("create-device-account"),
                                        QStringLiteral("delete-device-account")};
    if (!lists.contains(command) && !changes.contains(command))
        return m_ctx.usage(tr("unknown command \"mqtt dynsec %1\" (one of %2)")
                               .arg(command, (lists + changes).join(QStringLiteral(", "))));
    const bool isList = lists.contains(command);
    if (isList && m_ctx.positional.size() != 2)
        return m_ctx.usage(tr("mqtt dynsec %1 takes no positional arguments").arg(command));
    const QString name = m_ctx.positional.value(2);
    if (!isList && (name.isEmpty() || m_ctx.positional.size() != 3))
        return m_ctx.usage(tr("mqtt dynsec %1 needs exactly one %2")
                               .arg(command,
                                    command.endsWith(QLatin1String("device-account"))
                                        ? QStringLiteral("device ID")
                                        : QStringLiteral("client NAME")));
    const bool isDeviceAccount = command.endsWith(QLatin1String("device-account"));
    if (isDeviceAccount) {
        const QString problem = DynSecProtocol::deviceIdProblem(name);
        if (!problem.isEmpty())
            return m_ctx.usage(problem);
    }
    const bool creates = command.startsWith(QLatin1String("create-"));
    if (!creates
        && (flag(QStringLiteral("client-password-stdin"))
            || !option(QStringLiteral("fixed-client-id")).isEmpty()
            || !option(QStringLiteral("textname")).isEmpty()))
        return m_ctx.usage(tr("--client-password-stdin, --fixed-client-id and --textname are for "
                              "create-client and create-device-account"));
    if (command != QLatin1String("create-client")
        && (!option(QStringLiteral("fixed-client-id")).isEmpty()
            || !option(QStringLiteral("roles")).isEmpty()))
        return m_ctx.usage(tr("--fixed-client-id and --roles are for create-client"));

    // The broker and the admin's secret, exactly as mqtt pub|sub (the admin's password is the first
    // line on standard input for a URL target with --password-stdin).
    MqttConnectionSettings settings;
    int exitCode = 0;
    if (!m_mqtt.resolveBroker(&settings, &exitCode))
        return exitCode;

    // The new account's password: the next line on standard input, or generated and shown once.
    QByteArray password;
    bool generated = false;
    if (creates) {
        if (flag(QStringLiteral("client-password-stdin"))) {
            password = m_ctx.readStdinSecret();
            if (password.isEmpty())
                return m_ctx.out.error(ExitCode::Usage,
                                       QStringLiteral("no_secret"),
                                       tr("no password for the new client was read from "
                                          "standard input"));
        } else {
            password = DynSecProtocol::generatePassword();
            generated = true;
        }
    }

    if (command == QLatin1String("list-clients"))
        return listClients(execute(settings, [](DynSecClient &c) { return c.listClients(); }));
    if (command == QLatin1String("list-roles"))
        return listRoles(execute(settings, [](DynSecClient &c) { return c.listRoles(); }));
    if (command == QLatin1String("list-groups"))
        return listGroups(execute(settings, [](DynSecClient &c) { return c.listGroups(); }));

    // Changes: each is written to the audit log, whatever its outcome.
    QString action;
    QJsonObject parameters;
    QJsonObject result;
    QString text;
    Outcome outcome;
    if (command == QLatin1String("create-client")) {
        DynSecProtocol::NewClient client;
        client.username = name;
        client.password = password;
        client.clientId = option(QStringLiteral("fixed-client-id"));
        client.textName = option(QStringLiteral("textname"));
        for (const QString &role :
             option(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            client.roles.append(role.trimmed());
        action = QStringLiteral("mqtt_dynsec_create_client");
        parameters = {{QStringLiteral("username"), name},
                      {QStringLiteral("clientid"), client.clientId},
                      {QStringLiteral("textname"), client.textName},
                      {QStringLiteral("roles"), QJsonArray::fromStringList(client.roles)}};
        outcome = execute(settings, [&](DynSecClient &c) { return c.createClient(client); });
        result = {{QStringLiteral("created"), true},
                  {QStringLiteral("username"), name},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(client.roles)}};
        text = tr("created client %1").arg(name);
    } else if (command == QLatin1String("create-device-account")) {
        action = QStringLiteral("mqtt_dynsec_create_device_account");
        const QString role = DynSecProtocol::deviceRoleName(name);
        const QJsonArray acls = aclsJson(DynSecProtocol::deviceAccountAcls(name));
        parameters = {{QStringLiteral("username"), name},
                      {QStringLiteral("rolename"), role},
                      {QStringLiteral("acls"), acls}};
        const QString textName = option(QStringLiteral("textname"));
        outcome = execute(settings, [&](DynSecClient &c) {
            return c.createDeviceAccount(name, password, textName);
        });
        result = {{QStringLiteral("created"), true},
                  {QStringLiteral("username"), name},
                  {QStringLiteral("rolename"), role},
                  {QStringLiteral("acls"), acls}};
        text = tr("created device account %1 with role %2").arg(name, role);
    } else if (command == QLatin1String("delete-device-account")) {
        action = QStringLiteral("mqtt_dynsec_delete_device_account");
        parameters = {{QStringLiteral("username"), name},
                      {QStringLiteral("rolename"), DynSecProtocol::deviceRoleName(name)}};
        outcome = execute(settings, [&](DynSecClient &c) { return c.deleteDeviceAccount(name); });
        result = outcome.data;
        result.insert(QStringLiteral("deleted"), true);
        text = tr("deleted device account %1").arg(name);
    } else {
        // enable-client, disable-client, delete-client
        const QString verb = command.section(QLatin1Char('-'), 0, 0);
        action = QStringLiteral("mqtt_dynsec_%1_client").arg(verb);
        parameters = {{QStringLiteral("username"), name}};
        outcome = execute(settings, [&](DynSecClient &c) {
            return verb == QLatin1String("enable")    ? c.enableClient(name)
                   : verb == QLatin1String("disable") ? c.disableClient(name)
                                                      : c.deleteClient(name);
        });
        const QString done = verb + QLatin1Char('d');
        result = {{done, true}, {QStringLiteral("username"), name}};
        text = verb == QLatin1String("enable")    ? tr("enabled client %1").arg(name)
               : verb == QLatin1String("disable") ? tr("disabled client %1").arg(name)
                                                  : tr("deleted client %1").arg(name);
    }
    audit(action, parameters, outcome);
    if (!outcome.ok)
        return m_ctx.out.error(ExitCode::Failure, outcome.errorId, outcome.errorText);

    if (creates) {
        result.insert(QStringLiteral("password_generated"), generated);
        if (generated) {
            // Shown exactly once, here; FleetDesk never stores it.
            result.insert(QStringLiteral("password"), QString::fromUtf8(password));
            text += QLatin1Char('\n')
                    + tr("password (shown only now; FleetDesk does not store it): %1")
                          .arg(QString::fromUtf8(password));
        }
    }
    m_ctx.out.documentOrLine(result, text);
    return ExitCode::Success;
}

int MqttDynsecCommands::listClients(const Outcome &outcome)
{
    if (!outcome.ok)
        return m_ctx.out.error(ExitCode::Failure, outcome.errorId, outcome.errorText);
    const auto clients = DynSecProtocol::clients(outcome.data);
    if (m_ctx.out.json) {
        QJsonArray list;
        for (const auto &c : clients)
            list.append(
                QJsonObject{{QStringLiteral("username"), c.username},
                            {QStringLiteral("clientid"), c.clientId},
                            {QStringLiteral("textname"), c.textName},
                            {QStringLiteral("disabled"), c.disabled},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(c.roles)},
                            {QStringLiteral("groups"), QJsonArray::fromStringList(c.groups)}});
        m_ctx.out.document(
            {{QStringLiteral("clients"), list}, {QStringLiteral("count"), int(clients.size())}});
        return ExitCode::Success;
    }
    QVector<QStringList> rows;
    for (const auto &c : clients)
        rows.append({c.username,
                     c.disabled ? tr("disabled") : tr("enabled"),
                     orDash(c.clientId),
                     orDash(c.roles.join(QLatin1Char(','))),
                     orDash(c.groups.join(QLatin1Char(','))),
                     orDash(c.textName)});
    m_ctx.out.line(
        table({tr("USERNAME"), tr("STATE"), tr("CLIENT ID"), tr("ROLES"), tr("GROUPS"), tr("NAME")},
              rows));
    return ExitCode::Success;
}

int MqttDynsecCommands::listRoles(const Outcome &outcome)
{
    if (!outcome.ok)
        return m_ctx.out.error(ExitCode::Failure, outcome.errorId, outcome.errorText);
    const auto roles = DynSecProtocol::roles(outcome.data);
    if (m_ctx.out.json) {
        QJsonArray list;
        for (const auto &r : roles)
            list.append(QJsonObject{{QStringLiteral("rolename"), r.name},
                                    {QStringLiteral("textname"), r.textName},
                                    {QStringLiteral("acls"), aclsJson(r.acls)}});
        m_ctx.out.document(
            {{QStringLiteral("roles"), list}, {QStringLiteral("count"), int(roles.size())}});
        return ExitCode::Success;
    }
    QVector<QStringList> rows;
    for (const auto &r : roles) {
        if (r.acls.isEmpty())
            rows.append({r.name, QStringLiteral("-"), QString(), QString()});
        for (int i = 0; i < r.acls.size(); ++i) {
            const auto &acl = r.acls.at(i);
            rows.append({i == 0 ? r.name : QString(),
                         acl.type,
                         acl.topic,
                         acl.allow ? tr("allow") : tr("deny")});
        }
    }
    m_ctx.out.line(table({tr("ROLE"), tr("ACL TYPE"), tr("TOPIC"), tr("ACCESS")}, rows));
    return ExitCode::Success;
}

int MqttDynsecCommands::listGroups(const Outcome &outcome)
{
    if (!outcome.ok)
        return m_ctx.out.error(ExitCode::Failure, outcome.errorId, outcome.errorText);
    const auto groups = DynSecProtocol::groups(outcome.data);
    if (m_ctx.out.json) {
        QJsonArray list;
        for (const auto &g : groups)
            list.append(
                QJsonObject{{QStringLiteral("groupname"), g.name},
                            {QStringLiteral("textname"), g.textName},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(g.roles)},
                            {QStringLiteral("clients"), QJsonArray::fromStringList(g.clients)}});
        m_ctx.out.document(
            {{QStringLiteral("groups"), list}, {QStringLiteral("count"), int(groups.size())}});
        return ExitCode::Success;
    }
    if (groups.isEmpty()) {
        m_ctx.out.line(tr("no groups"));
        return ExitCode::Success;
    }
    QVector<QStringList> rows;
    for (const auto &g : groups)
        rows.append({g.name,
                     orDash(g.roles.join(QLatin1Char(','))),
                     orDash(g.clients.join(QLatin1Char(','))),
                     orDash(g.textName)});
    m_ctx.out.line(table({tr("GROUP"), tr("ROLES"), tr("CLIENTS"), tr("NAME")}, rows));
    return ExitCode::Success;
}
