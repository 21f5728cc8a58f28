#pragma once

#include "mqtt/DynSecProtocol.h"
#include "mqtt/MqttConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimer>

// An MqttConnection that behaves like mosquitto's dynamic-security plugin 2.0.11 in memory, for
// tests of what sits on top of DynSecClient (no network): it acknowledges the response subscription
// after "connecting" and answers the commands it knows on $CONTROL/dynamic-security/v1/response, on
// a later event-loop turn, with the plugin's shapes and error texts.
class FakeDynSecBroker : public MqttConnection
{
public:
    struct Account
    {
        QString textName;
        bool disabled = false;
        QStringList roles;
    };

    FakeDynSecBroker()
    {
        clients.insert(QStringLiteral("fleetdesk-admin"), {QString(), false, {"admin"}});
        roles.insert(QStringLiteral("admin"), {});
    }

    State state() const override { return m_state; }
    void connectToBroker() override
    {
        later([this] {
            m_state = State::Connected;
            emit stateChanged(m_state, QString());
            for (const QString &filter : std::as_const(m_wanted))
                emit subscribed(filter, 1);
        });
    }
    void disconnectFromBroker() override
    {
        m_state = State::Disconnected;
        emit stateChanged(m_state, QString());
    }
    void subscribe(const QString &filter, int) override { m_wanted.append(filter); }
    void unsubscribe(const QString &) override {}
    int publish(const MqttMessage &message) override
    {
        const int id = ++m_lastId;
        const QJsonArray commands
            = QJsonDocument::fromJson(message.payload).object().value("commands").toArray();
        QJsonArray responses;
        for (const QJsonValue &c : commands)
            responses.append(answer(c.toObject()));
        ++commandCount;
        later([this, responses] {
            MqttMessage reply;
            reply.topic = DynSecProtocol::ResponseTopic;
            reply.payload = QJsonDocument(QJsonObject{{"responses", responses}}).toJson();
            emit messagesReceived({reply});
        });
        return id;
    }

    QMap<QString, Account> clients;
    QMap<QString, QVector<DynSecProtocol::Acl>> roles;
    int commandCount = 0;

private:
    void later(std::function<void()> f) { QTimer::singleShot(0, this, std::move(f)); }

    QJsonObject answer(const QJsonObject &c)
    {
        const QString command = c.value("command").toString();
        QJsonObject r{{"command", command}};
        if (c.contains("correlationData"))
            r.insert("correlationData", c.value("correlationData"));
        const QString user = c.value("username").toString();
        const QString role = c.value("rolename").toString();
        auto fail = [&](const char *text) {
            r.insert("error", QLatin1String(text));
            return r;
        };
        if (command == "listClients") {
            QJsonArray list;
            for (auto it = clients.cbegin(); it != clients.cend(); ++it) {
                QJsonArray rs;
                for (const QString &name : it->roles)
                    rs.append(QJsonObject{{"rolename", name}});
                QJsonObject o{{"username", it.key()}, {"roles", rs}, {"groups", QJsonArray()}};
                if (it->disabled)
                    o.insert("disabled", true);
                if (!it->textName.isEmpty())
                    o.insert("textname", it->textName);
                list.append(o);
            }
            r.insert("data", QJsonObject{{"totalCount", list.size()}, {"clients", list}});
        } else if (command == "listRoles") {
            QJsonArray list;
            for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
                QJsonArray acls;
                for (const auto &acl : *it)
                    acls.append(QJsonObject{{"acltype", acl.type},
                                            {"topic", acl.topic},
                                            {"priority", acl.priority},
                                            {"allow", acl.allow}});
                list.append(QJsonObject{{"rolename", it.key()}, {"acls", acls}});
            }
            r.insert("data", QJsonObject{{"totalCount", list.size()}, {"roles", list}});
        } else if (command == "listGroups") {
            r.insert("data", QJsonObject{{"totalCount", 0}, {"groups", QJsonArray()}});
        } else if (command == "createRole") {
            if (roles.contains(role))
                return fail("Role already exists");
            QVector<DynSecProtocol::Acl> acls;
            for (const QJsonValue &a : c.value("acls").toArray()) {
                const QJsonObject o = a.toObject();
                acls.append({o.value("acltype").toString(),
                             o.value("topic").toString(),
                             o.value("priority").toInt(),
                             o.value("allow").toBool()});
            }
            roles.insert(role, acls);
        } else if (command == "deleteRole") {
            if (!roles.remove(role))
                return fail("Role not found");
        } else if (command == "createClient") {
            if (clients.contains(user))
                return fail("Client already exists");
            Account a;
            a.textName = c.value("textname").toString();
            for (const QJsonValue &v : c.value("roles").toArray()) {
                const QString name = v.toObject().value("rolename").toString();
                if (!roles.contains(name))
                    return fail("Role not found");
                a.roles.append(name);
            }
            clients.insert(user, a);
        } else if (command == "deleteClient") {
            if (!clients.remove(user))
                return fail("Client not found");
        } else if (command == "enableClient" || command == "disableClient") {
            if (!clients.contains(user))
                return fail("Client not found");
            clients[user].disabled = command == "disableClient";
        } else {
            return fail("Unknown command");
        }
        return r;
    }

    State m_state = State::Disconnected;
    QStringList m_wanted;
    int m_lastId = 0;
};
