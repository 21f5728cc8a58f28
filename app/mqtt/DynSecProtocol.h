#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// The JSON API of mosquitto's dynamic-security plugin 2.0.11 ($CONTROL/dynamic-security/v1,
// protocols.md §3.2): command objects, the request envelope, and the parsing of the broker's
// responses. Pure functions, no connection; DynSecClient sends and matches them.
class DynSecProtocol
{
    Q_DECLARE_TR_FUNCTIONS(DynSecProtocol)

public:
    static const QString CommandTopic;  // $CONTROL/dynamic-security/v1
    static const QString ResponseTopic; // $CONTROL/dynamic-security/v1/response

    struct Acl
    {
        QString
            type; // publishClientSend, publishClientReceive, subscribeLiteral, subscribePattern, …
        QString topic;
        int priority = 0;
        bool allow = true;
        bool operator==(const Acl &o) const
        {
            return type == o.type && topic == o.topic && priority == o.priority && allow == o.allow;
        }
    };

    struct Client
    {
        QString username;
        QString clientId; // fixed client id, if any
        QString textName;
        bool disabled = false;
        QStringList roles;
        QStringList groups;
    };

    struct Role
    {
        QString name;
        QString textName;
        QVector<Acl> acls;
    };

    struct Group
    {
        QString name;
        QString textName;
        QStringList roles;
        QStringList clients;
    };

    struct NewClient
    {
        QString username;
        QByteArray password;
        QString clientId; // optional: the only client id this account may connect with
        QString textName; // optional
        QStringList roles;
    };

    // One element of a response's "responses" array.
    struct Response
    {
        QString command;
        QString correlationData;
        QString error; // the plugin's refusal; success is the absence of "error"
        QJsonObject data;
    };

    // Commands (without correlationData; DynSecClient adds it).
    static QJsonObject listClients();
    static QJsonObject listRoles();
    static QJsonObject listGroups();
    static QJsonObject getClient(const QString &username);
    static QJsonObject createClient(const NewClient &client);
    static QJsonObject enableClient(const QString &username);
    static QJsonObject disableClient(const QString &username);
    static QJsonObject deleteClient(const QString &username);
    static QJsonObject createRole(const QString &rolename,
                                  const QVector<Acl> &acls = {},
                                  const QString &textName = QString());
    static QJsonObject deleteRole(const QString &rolename);
    static QJsonObject addRoleAcl(const QString &rolename, const Acl &acl);
    static QJsonObject
    addClientRole(const QString &username, const QString &rolename, int priority = -1);

    // {"commands":[…]}, compact.
    static QByteArray envelope(const QVector<QJsonObject> &commands);

    // The per-device account of docs/mqtt-dm-convention.md "Accounts": user <id>, role
    // fd-device-<id> with exactly these ACLs (2.0.11 has no %c substitution: one role per device).
    static QString deviceRoleName(const QString &deviceId);
    static QVector<Acl> deviceAccountAcls(const QString &deviceId);
    // The convention's device id: 1–64 characters from [A-Za-z0-9._-] (so also one topic level
    // and a user name). Returns the problem in words, or an empty string.
    static QString deviceIdProblem(const QString &deviceId);

    // Parses a message received on ResponseTopic. False with *error for anything that is not
    // {"responses":[{"command":…}, …]}.
    static bool
    parseResponses(const QByteArray &payload, QVector<Response> *responses, QString *error);
    // Checks that a successful response carries the data its command promises (listClients:
    // data.clients, getClient: data.client, …). Returns the problem in words, or an empty string.
    static QString dataProblem(const QString &command, const QJsonObject &data);

    // Reading data of successful responses. listClients/listRoles/listGroups accept both the
    // verbose (objects) and the plain (names) shapes.
    static QVector<Client> clients(const QJsonObject &data);
    static Client client(const QJsonObject &data); // getClient
    static QVector<Role> roles(const QJsonObject &data);
    static QVector<Group> groups(const QJsonObject &data);
    static Client clientFromJson(const QJsonObject &object);

    // A random password for a new account: 24 bytes from the system's CSPRNG, base64url (32
    // characters). Shown once to the operator, never stored by FleetDesk.
    static QByteArray generatePassword();
};
