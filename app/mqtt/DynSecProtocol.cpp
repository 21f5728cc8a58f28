#include "mqtt/DynSecProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>

const QString DynSecProtocol::CommandTopic = QStringLiteral("$CONTROL/dynamic-security/v1");
const QString DynSecProtocol::ResponseTopic
    = QStringLiteral("$CONTROL/dynamic-security/v1/response");

namespace {

QJsonObject command(const char *name)
{
    return {{QStringLiteral("command"), QLatin1String(name)}};
}

QJsonObject withUser(const char *name, const QString &username)
{
    QJsonObject c = command(name);
    c.insert(QStringLiteral("username"), username);
    return c;
}

QJsonObject aclJson(const DynSecProtocol::Acl &acl)
{
    return {{QStringLiteral("acltype"), acl.type},
            {QStringLiteral("topic"), acl.topic},
            {QStringLiteral("priority"), acl.priority},
            {QStringLiteral("allow"), acl.allow}};
}

// A list entry is either a name (plain listing) or an object with the name under `key`.
QString entryName(const QJsonValue &value, const QString &key)
{
    return value.isString() ? value.toString() : value.toObject().value(key).toString();
}

QStringList names(const QJsonValue &list, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out.append(entryName(v, key));
    return out;
}

bool isArrayOfNamesOrObjects(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() && !v.isObject())
            return false;
    }
    return true;
}

} // namespace

QJsonObject DynSecProtocol::listClients()
{
    QJsonObject c = command("listClients");
    c.insert(QStringLiteral("verbose"), true);
    c.insert(QStringLiteral("count"), -1);
    return c;
}

QJsonObject DynSecProtocol::listRoles()
{
    QJsonObject c = command("listRoles");
    c.insert(QStringLiteral("verbose"), true);
    c.insert(QStringLiteral("count"), -1);
    return c;
}

QJsonObject DynSecProtocol::listGroups()
{
    QJsonObject c = command("listGroups");
    c.insert(QStringLiteral("verbose"), true);
    c.insert(QStringLiteral("count"), -1);
    return c;
}

QJsonObject DynSecProtocol::getClient(const QString &username)
{
    return withUser("getClient", username);
}

QJsonObject DynSecProtocol::createClient(const NewClient &client)
{
    QJsonObject c = withUser("createClient", client.username);
    c.insert(QStringLiteral("password"), QString::fromUtf8(client.password));
    if (!client.clientId.isEmpty())
        c.insert(QStringLiteral("clientid"), client.clientId);
    if (!client.textName.isEmpty())
        c.insert(QStringLiteral("textname"), client.textName);
    if (!client.roles.isEmpty()) {
        QJsonArray roles;
        for (const QString &role : client.roles)
            roles.append(QJsonObject{{QStringLiteral("rolename"), role}});
        c.insert(QStringLiteral("roles"), roles);
    }
    return c;
}

QJsonObject DynSecProtocol::enableClient(const QString &username)
{
    return withUser("enableClient", username);
}

QJsonObject DynSecProtocol::disableClient(const QString &username)
{
    return withUser("disableClient", username);
}

QJsonObject DynSecProtocol::deleteClient(const QString &username)
{
    return withUser("deleteClient", username);
}

QJsonObject DynSecProtocol::createRole(const QString &rolename,
                                       const QVector<Acl> &acls,
                                       const QString &textName)
{
    QJsonObject c = command("createRole");
    c.insert(QStringLiteral("rolename"), rolename);
    if (!textName.isEmpty())
        c.insert(QStringLiteral("textname"), textName);
    if (!acls.isEmpty()) {
        QJsonArray list;
        for (const Acl &acl : acls)
            list.append(aclJson(acl));
        c.insert(QStringLiteral("acls"), list);
    }
    return c;
}

QJsonObject DynSecProtocol::deleteRole(const QString &rolename)
{
    QJsonObject c = command("deleteRole");
    c.insert(QStringLiteral("rolename"), rolename);
    return c;
}

QJsonObject DynSecProtocol::addRoleAcl(const QString &rolename, const Acl &acl)
{
    QJsonObject c = aclJson(acl);
    c.insert(QStringLiteral("command"), QStringLiteral("addRoleACL"));
    c.insert(QStringLiteral("rolename"), rolename);
    return c;
}

QJsonObject
DynSecProtocol::addClientRole(const QString &username, const QString &rolename, int priority)
{
    QJsonObject c = withUser("addClientRole", username);
    c.insert(QStringLiteral("rolename"), rolename);
    if (priority >= 0)
        c.insert(QStringLiteral("priority"), priority);
    return c;
}

QByteArray DynSecProtocol::envelope(const QVector<QJsonObject> &commands)
{
    QJsonArray list;
    for (const QJsonObject &c : commands)
        list.append(c);
    return QJsonDocument(QJsonObject{{QStringLiteral("commands"), list}})
        .toJson(QJsonDocument::Compact);
}

QString DynSecProtocol::deviceRoleName(const QString &deviceId)
{
    return QStringLiteral("fd-device-") + deviceId;
}

QVector<DynSecProtocol::Acl> DynSecProtocol::deviceAccountAcls(const QString &deviceId)
{
    const QString root = QStringLiteral("fd/v1/") + deviceId;
    return {{QStringLiteral("publishClientSend"), root + QStringLiteral("/#"), 0, true},
            {QStringLiteral("subscribePattern"), root + QStringLiteral("/cmd/#"), 0, true},
            {QStringLiteral("publishClientReceive"), root + QStringLiteral("/cmd/#"), 0, true}};
}

QString DynSecProtocol::deviceIdProblem(const QString &deviceId)
{
    // docs/mqtt-dm-convention.md: 1–64 characters from [A-Za-z0-9._-].
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (deviceId.isEmpty())
        return tr("the device id is empty");
    if (!valid.match(deviceId).hasMatch())
        return tr("the device id \"%1\" is not 1–64 characters from A–Z, a–z, 0–9, \".\", \"_\" "
                  "and \"-\" (docs/mqtt-dm-convention.md)")
            .arg(deviceId);
    return {};
}

bool DynSecProtocol::parseResponses(const QByteArray &payload,
                                    QVector<Response> *responses,
                                    QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the reply is not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("responses")).isArray()) {
        *error = tr("the reply has no \"responses\" array");
        return false;
    }
    responses->clear();
    const QJsonArray list = doc.object().value(QStringLiteral("responses")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("command")).isString()) {
            *error = tr("a response in the reply has no \"command\"");
            return false;
        }
        Response r;
        r.command = o.value(QStringLiteral("command")).toString();
        // correlationData is echoed as we sent it (a string); anything else is not ours.
        r.correlationData = o.value(QStringLiteral("correlationData")).toString();
        const QJsonValue err = o.value(QStringLiteral("error"));
        if (!err.isUndefined() && !err.isNull()) {
            r.error = err.toString();
            if (r.error.isEmpty())
                r.error = tr("an unspecified error");
        }
        r.data = o.value(QStringLiteral("data")).toObject();
        responses->append(r);
    }
    return true;
}

QString DynSecProtocol::dataProblem(const QString &command, const QJsonObject &data)
{
    auto listProblem = [&](const char *key) -> QString {
        if (!isArrayOfNamesOrObjects(data.value(QLatin1String(key))))
            return tr("the %1 reply has no \"%2\" list").arg(command, QLatin1String(key));
        return {};
    };
    if (command == QLatin1String("listClients"))
        return listProblem("clients");
    if (command == QLatin1String("listRoles"))
        return listProblem("roles");
    if (command == QLatin1String("listGroups"))
        return listProblem("groups");
    if (command == QLatin1String("getClient")) {
        const QJsonValue c = data.value(QStringLiteral("client"));
        if (!c.isObject() || !c.toObject().value(QStringLiteral("username")).isString())
            return tr("the getClient reply has no client");
    }
    return {};
}

DynSecProtocol::Client DynSecProtocol::clientFromJson(const QJsonObject &o)
{
    Client c;
    c.username = o.value(QStringLiteral("username")).toString();
    c.clientId = o.value(QStringLiteral("clientid")).toString();
    c.textName = o.value(QStringLiteral("textname")).toString();
    c.disabled = o.value(QStringLiteral("disabled")).toBool();
    c.roles = names(o.value(QStringLiteral("roles")), QStringLiteral("rolename"));
    c.groups = names(o.value(QStringLiteral("groups")), QStringLiteral("groupname"));
    return c;
}

QVector<DynSecProtocol::Client> DynSecProtocol::clients(const QJsonObject &data)
{
    QVector<Client> out;
    for (const QJsonValue &v : data.value(QStringLiteral("clients")).toArray()) {
        if (v.isString()) {
            Client c;
            c.username = v.toString();
            out.append(c);
        } else {
            out.append(clientFromJson(v.toObject()));
        }
    }
    return out;
}

DynSecProtocol::Client DynSecProtocol::client(const QJsonObject &data)
{
    return clientFromJson(data.value(QStringLiteral("client")).toObject());
}

QVector<DynSecProtocol::Role> DynSecProtocol::roles(const QJsonObject &data)
{
    QVector<Role> out;
    for (const QJsonValue &v : data.value(QStringLiteral("roles")).toArray()) {
        Role r;
        if (v.isString()) {
            r.name = v.toString();
        } else {
            const QJsonObject o = v.toObject();
            r.name = o.value(QStringLiteral("rolename")).toString();
            r.textName = o.value(QStringLiteral("textname")).toString();
            for (const QJsonValue &a : o.value(QStringLiteral("acls")).toArray()) {
                const QJsonObject acl = a.toObject();
                r.acls.append({acl.value(QStringLiteral("acltype")).toString(),
                               acl.value(QStringLiteral("topic")).toString(),
                               acl.value(QStringLiteral("priority")).toInt(),
                               acl.value(QStringLiteral("allow")).toBool()});
            }
        }
        out.append(r);
    }
    return out;
}

QVector<DynSecProtocol::Group> DynSecProtocol::groups(const QJsonObject &data)
{
    QVector<Group> out;
    for (const QJsonValue &v : data.value(QStringLiteral("groups")).toArray()) {
        Group g;
        if (v.isString()) {
            g.name = v.toString();
        } else {
            const QJsonObject o = v.toObject();
            g.name = o.value(QStringLiteral("groupname")).toString();
            g.textName = o.value(QStringLiteral("textname")).toString();
            g.roles = names(o.value(QStringLiteral("roles")), QStringLiteral("rolename"));
            g.clients = names(o.value(QStringLiteral("clients")), QStringLiteral("username"));
        }
        out.append(g);
    }
    return out;
}

QByteArray DynSecProtocol::generatePassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
