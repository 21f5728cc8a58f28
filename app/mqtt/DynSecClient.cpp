#include "mqtt/DynSecClient.h"

#include "common/Logging.h"

#include <QRandomGenerator>
#include <QTimer>
#include <memory>

DynSecReply::DynSecReply(QString command, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
{}

QString DynSecReply::errorId() const
{
    switch (m_error) {
    case Error::None:
        return QStringLiteral("none");
    case Error::Rejected:
        return QStringLiteral("dynsec");
    case Error::Timeout:
        return QStringLiteral("timeout");
    case Error::Malformed:
        return QStringLiteral("malformed");
    case Error::NotAuthorised:
        return QStringLiteral("auth");
    case Error::Connection:
        break;
    }
    return MqttConnection::errorId(m_connectionError);
}

void DynSecReply::finish(Error error,
                         const QString &errorString,
                         const QJsonObject &data,
                         MqttConnection::Error connectionError)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    m_data = data;
    m_connectionError = connectionError;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

DynSecClient::DynSecClient(MqttConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_prefix = QStringLiteral("fleetdesk-%1-")
                   .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    if (!connection)
        return;
    connect(connection, &MqttConnection::messagesReceived, this, &DynSecClient::onMessages);
    connect(connection, &MqttConnection::stateChanged, this, &DynSecClient::onStateChanged);
    connect(connection, &MqttConnection::errorOccurred, this, &DynSecClient::onError);
    connect(connection, &MqttConnection::subscribed, this, [this](const QString &filter, int) {
        if (filter != DynSecProtocol::ResponseTopic)
            return;
        m_ready = true;
        const QStringList order = m_order;
        for (const QString &correlation : order)
            publishPending(correlation);
    });
    connect(connection,
            &MqttConnection::subscribeFailed,
            this,
            [this](const QString &filter, const QString &reason) {
                if (filter != DynSecProtocol::ResponseTopic)
                    return;
                // reason names the topic: "The broker refused the subscription to …: …"
                m_refusal
                    = tr("%1. This account is not a dynamic-security administrator.").arg(reason);
                failAll(DynSecReply::Error::NotAuthorised, m_refusal);
            });
    connect(
        connection, &MqttConnection::publishFailed, this, [this](int id, const QString &reason) {
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
                if (it->sent && it->publishId == id) {
                    complete(it.key(),
                             DynSecReply::Error::NotAuthorised,
                             tr("The broker refused the command: %1").arg(reason));
                    return;
                }
            }
        });
    connection->subscribe(DynSecProtocol::ResponseTopic, 1);
}

DynSecClient::~DynSecClient()
{
    // Replies still pending outlive the client only as finished objects.
    const QStringList order = m_order;
    for (const QString &correlation : order)
        complete(correlation,
                 DynSecReply::Error::Connection,
                 tr("The broker administration was closed before a reply arrived."),
                 {},
                 MqttConnection::Error::ConnectionLost);
}

QString DynSecClient::nextCorrelation()
{
    return m_prefix + QString::number(++m_counter);
}

DynSecReply *DynSecClient::send(const QJsonObject &command)
{
    const QString name = command.value(QStringLiteral("command")).toString();
    auto *reply = new DynSecReply(name, this);
    if (!m_connection) {
        reply->finish(DynSecReply::Error::Connection,
                      tr("There is no connection to a broker."),
                      {},
                      MqttConnection::Error::InvalidSettings);
        return reply;
    }
    if (!m_refusal.isEmpty()) {
        // Until the next connection: the broker already said this account may not administer.
        reply->finish(DynSecReply::Error::NotAuthorised, m_refusal);
        return reply;
    }
    const QString correlation = nextCorrelation();
    Pending p;
    p.reply = reply;
    p.command = command;
    p.command.insert(QStringLiteral("correlationData"), correlation);
    p.deadline = new QTimer(reply);
    p.deadline->setSingleShot(true);
    connect(p.deadline, &QTimer::timeout, this, [this, correlation] {
        const auto it = m_pending.constFind(correlation);
        if (it == m_pending.cend())
            return;
        QString text = tr("No reply from the broker's dynamic-security plugin within %1 s.")
                           .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        if (!it->sent)
            text += QLatin1Char(' ')
                    + (m_connection && m_connection->state() == MqttConnection::State::Connected
                           ? tr("The broker did not acknowledge the subscription to its replies.")
                           : tr("There was no connection to send the command on."));
        else if (it->sentBeforeLoss)
            text += QLatin1Char(' ')
                    + tr("The connection was lost after the command was sent: whether it was "
                         "carried out is unknown.");
        else
            text += QLatin1Char(' ') + tr("Is the dynamic-security plugin loaded?");
        if (!m_lastUnreadable.isEmpty())
            text += QLatin1Char(' ')
                    + tr("A reply that could not be read arrived: %1.").arg(m_lastUnreadable);
        complete(correlation, DynSecReply::Error::Timeout, text);
    });
    p.deadline->start(m_timeoutMs);
    m_pending.insert(correlation, p);
    m_order.append(correlation);
    if (m_ready)
        publishPending(correlation);
    return reply;
}

void DynSecClient::publishPending(const QString &correlation)
{
    auto it = m_pending.find(correlation);
    if (it == m_pending.end() || it->sent || !m_connection)
        return;
    MqttMessage message;
    message.topic = DynSecProtocol::CommandTopic;
    message.payload = DynSecProtocol::envelope({it->command});
    message.qos = 1;
    it->sent = true;
    it->publishId = m_connection->publish(message);
    qCDebug(lcMqtt) << "dynsec" << it->command.value(QStringLiteral("command")).toString()
                    << correlation;
}

void DynSecClient::complete(const QString &correlation,
                            DynSecReply::Error error,
                            const QString &text,
                            const QJsonObject &data,
                            MqttConnection::Error connectionError)
{
    const Pending p = m_pending.take(correlation);
    m_order.removeOne(correlation);
    if (p.reply)
        p.reply->finish(error, text, data, connectionError);
}

void DynSecClient::failAll(DynSecReply::Error error,
                           const QString &text,
                           MqttConnection::Error connectionError)
{
    const QStringList order = m_order;
    for (const QString &correlation : order)
        complete(correlation, error, text, {}, connectionError);
}

void DynSecClient::onMessages(const QVector<MqttMessage> &messages)
{
    for (const MqttMessage &m : messages) {
        if (m.topic != DynSecProtocol::ResponseTopic)
            continue;
        QVector<DynSecProtocol::Response> responses;
        QString problem;
        if (!DynSecProtocol::parseResponses(m.payload, &responses, &problem)) {
            m_lastUnreadable = problem;
            qCWarning(lcMqtt) << "unreadable dynamic-security reply:" << problem;
            emit unreadableReply(problem);
            continue;
        }
        for (const DynSecProtocol::Response &r : std::as_const(responses)) {
            const auto it = m_pending.constFind(r.correlationData);
            if (r.correlationData.isEmpty() || it == m_pending.cend() || !it->sent)
                continue; // another console's reply, or none of ours
            const QString wanted = it->command.value(QStringLiteral("command")).toString();
            if (r.command != wanted) {
                complete(r.correlationData,
                         DynSecReply::Error::Malformed,
                         tr("The reply to %1 names the command \"%2\".").arg(wanted, r.command));
            } else if (!r.error.isEmpty()) {
                complete(r.correlationData,
                         DynSecReply::Error::Rejected,
                         tr("The broker refused %1: %2").arg(wanted, r.error));
            } else if (const QString bad = DynSecProtocol::dataProblem(r.command, r.data);
                       !bad.isEmpty()) {
                complete(r.correlationData,
                         DynSecReply::Error::Malformed,
                         tr("The broker's reply cannot be read: %1.").arg(bad));
            } else {
                complete(r.correlationData, DynSecReply::Error::None, QString(), r.data);
            }
        }
    }
}

void DynSecClient::onStateChanged(MqttConnection::State state, const QString &reason)
{
    if (state == MqttConnection::State::Connected) {
        m_everConnected = true;
        m_refusal.clear(); // the subscription is asked for again on every connection
        return;
    }
    if (m_ready) {
        m_ready = false;
        for (Pending &p : m_pending) {
            if (p.sent)
                p.sentBeforeLoss = true;
        }
    }
    if (state == MqttConnection::State::Disconnected)
        failAll(DynSecReply::Error::Connection,
                reason.isEmpty() ? tr("The connection to the broker was closed.") : reason,
                MqttConnection::Error::ConnectionLost);
}

void DynSecClient::onError(MqttConnection::Error error, const QString &message)
{
    // Refusals a retry cannot fix, and any failure before the first connection, end every request
    // (the connection itself may keep retrying; the caller decides).
    const bool final = error == MqttConnection::Error::Tls || error == MqttConnection::Error::Auth
                       || error == MqttConnection::Error::Refused
                       || error == MqttConnection::Error::InvalidSettings;
    if (final || !m_everConnected)
        failAll(error == MqttConnection::Error::Auth ? DynSecReply::Error::NotAuthorised
                                                     : DynSecReply::Error::Connection,
                message,
                error);
}

DynSecReply *DynSecClient::createDeviceAccount(const QString &deviceId,
                                               const QByteArray &password,
                                               const QString &textName)
{
    auto *outer = new DynSecReply(QStringLiteral("createDeviceAccount"), this);
    const QString problem = DynSecProtocol::deviceIdProblem(deviceId);
    if (!problem.isEmpty()) {
        outer->finish(DynSecReply::Error::Rejected, problem);
        return outer;
    }
    const QString role = DynSecProtocol::deviceRoleName(deviceId);
    QPointer<DynSecReply> guard(outer);
    DynSecReply *roleReply = createRole(role, DynSecProtocol::deviceAccountAcls(deviceId));
    connect(roleReply, &DynSecReply::finished, this, [=] {
        if (!guard)
            return;
        if (roleReply->error() != DynSecReply::Error::None) {
            outer->finish(
                roleReply->error(), roleReply->errorString(), {}, roleReply->connectionError());
            return;
        }
        DynSecProtocol::NewClient client;
        client.username = deviceId;
        client.password = password;
        client.textName = textName;
        client.roles = {role};
        DynSecReply *clientReply = createClient(client);
        connect(clientReply, &DynSecReply::finished, this, [=] {
            if (!guard)
                return;
            if (clientReply->error() == DynSecReply::Error::None) {
                outer->finish(
                    DynSecReply::Error::None,
                    QString(),
                    {{QStringLiteral("username"), deviceId}, {QStringLiteral("rolename"), role}});
                return;
            }
            // Roll back the role we just made, then report the client's failure.
            const DynSecReply::Error error = clientReply->error();
            const QString text = clientReply->errorString();
            const MqttConnection::Error connectionError = clientReply->connectionError();
            DynSecReply *undo = deleteRole(role);
            connect(undo, &DynSecReply::finished, this, [=] {
                if (!guard)
                    return;
                outer->finish(error,
                              undo->error() == DynSecReply::Error::None
                                  ? text + QLatin1Char(' ')
                                        + tr("The role %1 was removed again.").arg(role)
                                  : text + QLatin1Char(' ')
                                        + tr("The role %1 could not be removed again: %2")
                                              .arg(role, undo->errorString()),
                              {},
                              connectionError);
            });
        });
    });
    return outer;
}

DynSecReply *DynSecClient::deleteDeviceAccount(const QString &deviceId)
{
    auto *outer = new DynSecReply(QStringLiteral("deleteDeviceAccount"), this);
    const QString problem = DynSecProtocol::deviceIdProblem(deviceId);
    if (!problem.isEmpty()) {
        outer->finish(DynSecReply::Error::Rejected, problem);
        return outer;
    }
    const QString role = DynSecProtocol::deviceRoleName(deviceId);
    QPointer<DynSecReply> guard(outer);
    DynSecReply *clientReply = deleteClient(deviceId);
    DynSecReply *roleReply = deleteRole(role);
    // Both go out at once (in this order); the role's reply comes last.
    struct Parts
    {
        DynSecReply::Error clientError = DynSecReply::Error::None;
        QString clientText;
        MqttConnection::Error clientConnectionError = MqttConnection::Error::None;
    };
    auto parts = std::make_shared<Parts>();
    connect(clientReply, &DynSecReply::finished, this, [=] {
        parts->clientError = clientReply->error();
        parts->clientText = clientReply->errorString();
        parts->clientConnectionError = clientReply->connectionError();
    });
    connect(roleReply, &DynSecReply::finished, this, [=] {
        if (!guard)
            return;
        const bool clientOk = parts->clientError == DynSecReply::Error::None;
        const bool roleOk = roleReply->error() == DynSecReply::Error::None;
        // "not found" for one part is fine (a half-made account); anything else is a failure.
        const bool clientGone = clientOk
                                || (parts->clientError == DynSecReply::Error::Rejected
                                    && parts->clientText.contains(QLatin1String("not found")));
        const bool roleGone = roleOk
                              || (roleReply->error() == DynSecReply::Error::Rejected
                                  && roleReply->errorString().contains(QLatin1String("not found")));
        if (!clientOk && !roleOk && clientGone && roleGone) {
            outer->finish(DynSecReply::Error::Rejected,
                          tr("There is no account for the device %1: neither the client nor the "
                             "role %2 exists.")
                              .arg(deviceId, role));
        } else if (clientGone && roleGone) {
            outer->finish(DynSecReply::Error::None,
                          QString(),
                          {{QStringLiteral("username"), deviceId},
                           {QStringLiteral("rolename"), role},
                           {QStringLiteral("client_deleted"), clientOk},
                           {QStringLiteral("role_deleted"), roleOk}});
        } else if (!clientGone) {
            outer->finish(parts->clientError, parts->clientText, {}, parts->clientConnectionError);
        } else {
            outer->finish(
                roleReply->error(), roleReply->errorString(), {}, roleReply->connectionError());
        }
    });
    return outer;
}
