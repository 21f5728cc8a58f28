#pragma once

#include "mqtt/DynSecProtocol.h"
#include "mqtt/MqttConnection.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

// The outcome of one dynamic-security request. Always finishes asynchronously (never inside the
// call that created it), exactly once, and deletes itself afterwards.
class DynSecReply : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        Rejected,      // the plugin answered with "error" (e.g. "Client already exists")
        Timeout,       // no matching reply before the deadline
        Malformed,     // a reply with our correlation data that cannot be read
        NotAuthorised, // the broker refused the response subscription or the command
        Connection,    // the connection failed (connectionError() says how)
    };
    Q_ENUM(Error)

    explicit DynSecReply(QString command, QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    QString command() const { return m_command; }
    Error error() const { return m_error; }
    MqttConnection::Error connectionError() const { return m_connectionError; }
    QString errorString() const { return m_errorString; }
    QJsonObject data() const { return m_data; }
    // For the CLI's error.code: dynsec, timeout, malformed, auth, or the connection's code.
    QString errorId() const;

    // For DynSecClient.
    void finish(Error error,
                const QString &errorString,
                const QJsonObject &data = {},
                MqttConnection::Error connectionError = MqttConnection::Error::None);

signals:
    void finished();

private:
    QString m_command;
    Error m_error = Error::None;
    MqttConnection::Error m_connectionError = MqttConnection::Error::None;
    QString m_errorString;
    QJsonObject m_data;
    bool m_finished = false;
};

// Administers a mosquitto broker through its dynamic-security plugin (protocols.md §3.2) over an
// MqttConnection the caller owns and connects. Subscribes $CONTROL/dynamic-security/v1/response
// (responses go to every subscriber), publishes each command to $CONTROL/dynamic-security/v1 with a
// unique correlationData, and matches replies on it: replies to other correlation data (another
// console) are ignored. Commands wait until the response subscription is acknowledged. Each
// request has a deadline. Give it a connection on which nobody else subscribes the response topic
// (the wanted-subscription set would not subscribe it again, so no acknowledgement would come).
class DynSecClient : public QObject
{
    Q_OBJECT

public:
    explicit DynSecClient(MqttConnection *connection, QObject *parent = nullptr);
    ~DynSecClient() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // True once the broker acknowledged the response subscription on the current connection.
    bool isReady() const { return m_ready; }

    // One command (DynSecProtocol's builders); correlationData is added here.
    DynSecReply *send(const QJsonObject &command);

    DynSecReply *listClients() { return send(DynSecProtocol::listClients()); }
    DynSecReply *listRoles() { return send(DynSecProtocol::listRoles()); }
    DynSecReply *listGroups() { return send(DynSecProtocol::listGroups()); }
    DynSecReply *getClient(const QString &username)
    {
        return send(DynSecProtocol::getClient(username));
    }
    DynSecReply *createClient(const DynSecProtocol::NewClient &client)
    {
        return send(DynSecProtocol::createClient(client));
    }
    DynSecReply *enableClient(const QString &username)
    {
        return send(DynSecProtocol::enableClient(username));
    }
    DynSecReply *disableClient(const QString &username)
    {
        return send(DynSecProtocol::disableClient(username));
    }
    DynSecReply *deleteClient(const QString &username)
    {
        return send(DynSecProtocol::deleteClient(username));
    }
    DynSecReply *createRole(const QString &rolename, const QVector<DynSecProtocol::Acl> &acls = {})
    {
        return send(DynSecProtocol::createRole(rolename, acls));
    }
    DynSecReply *deleteRole(const QString &rolename)
    {
        return send(DynSecProtocol::deleteRole(rolename));
    }
    DynSecReply *addRoleAcl(const QString &rolename, const DynSecProtocol::Acl &acl)
    {
        return send(DynSecProtocol::addRoleAcl(rolename, acl));
    }
    DynSecReply *addClientRole(const QString &username, const QString &rolename)
    {
        return send(DynSecProtocol::addClientRole(username, rolename));
    }

    // docs/mqtt-dm-convention.md "Accounts": role fd-device-<id> with exactly the convention's
    // ACLs, then client <id> with that role. If the client cannot be created, the new role is
    // deleted again. The reply's command is "createDeviceAccount".
    DynSecReply *createDeviceAccount(const QString &deviceId,
                                     const QByteArray &password,
                                     const QString &textName = QString());
    // Deletes client <id> and role fd-device-<id>; succeeds when both are gone afterwards (a part
    // that did not exist is not an error unless neither existed).
    DynSecReply *deleteDeviceAccount(const QString &deviceId);

signals:
    // A message on the response topic that could not be read at all (so it cannot be matched).
    void unreadableReply(const QString &reason);

private:
    struct Pending
    {
        QPointer<DynSecReply> reply;
        QJsonObject command;
        QTimer *deadline = nullptr;
        int publishId = -1;
        bool sent = false;
        bool sentBeforeLoss = false;
    };

    QString nextCorrelation();
    void publishPending(const QString &correlation);
    void complete(const QString &correlation,
                  DynSecReply::Error error,
                  const QString &text,
                  const QJsonObject &data = {},
                  MqttConnection::Error connectionError = MqttConnection::Error::None);
    void failAll(DynSecReply::Error error,
                 const QString &text,
                 MqttConnection::Error connectionError = MqttConnection::Error::None);
    void onMessages(const QVector<MqttMessage> &messages);
    void onStateChanged(MqttConnection::State state, const QString &reason);
    void onError(MqttConnection::Error error, const QString &message);

    QPointer<MqttConnection> m_connection;
    QHash<QString, Pending> m_pending;
    QStringList m_order; // correlation ids in send order (so commands go out in call order)
    QString m_prefix;
    quint64 m_counter = 0;
    int m_timeoutMs = 10000;
    bool m_ready = false;
    bool m_everConnected = false;
    QString m_lastUnreadable;
    QString m_refusal; // the response subscription was refused on this connection
};
