// DynSecProtocol (command building, reply parsing) and DynSecClient (correlation, deadlines,
// refusals, garbage, the device-account sequence) over a scripted MqttConnection: no broker.
// The expected JSON is written as plain ASCII literals, which reads like the plugin's
// documentation.
#undef QT_NO_CAST_FROM_ASCII
#include "mqtt/DynSecClient.h"
#include "mqtt/DynSecProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

// An MqttConnection the test drives by hand: it records subscriptions and publishes, and delivers
// whatever the test "receives".
class ScriptedConnection : public MqttConnection
{
public:
    State state() const override { return m_state; }
    void connectToBroker() override { setState(State::Connected); }
    void disconnectFromBroker() override { setState(State::Disconnected); }
    void subscribe(const QString &filter, int) override { subscriptions.append(filter); }
    void unsubscribe(const QString &) override {}
    int publish(const MqttMessage &message) override
    {
        published.append(message);
        return ++m_lastId;
    }

    void setState(State state, const QString &reason = QString())
    {
        m_state = state;
        emit stateChanged(state, reason);
    }
    void acknowledgeSubscription() { emit subscribed(DynSecProtocol::ResponseTopic, 1); }
    void receive(const QByteArray &payload, const QString &topic = DynSecProtocol::ResponseTopic)
    {
        MqttMessage m;
        m.topic = topic;
        m.payload = payload;
        emit messagesReceived({m});
    }
    // The single command of the last published envelope.
    QJsonObject lastCommand() const
    {
        const QJsonObject envelope = QJsonDocument::fromJson(published.last().payload).object();
        return envelope.value(QStringLiteral("commands")).toArray().first().toObject();
    }
    QString lastCorrelation() const
    {
        return lastCommand().value(QStringLiteral("correlationData")).toString();
    }
    // A broker reply to the last command: {"responses":[{command, correlationData, extra…}]}.
    void answerLast(const QJsonObject &extra = {})
    {
        QJsonObject r = extra;
        r.insert(QStringLiteral("command"), lastCommand().value(QStringLiteral("command")));
        r.insert(QStringLiteral("correlationData"), lastCorrelation());
        receive(responses({r}));
    }
    static QByteArray responses(const QVector<QJsonObject> &list)
    {
        QJsonArray array;
        for (const QJsonObject &o : list)
            array.append(o);
        return QJsonDocument(QJsonObject{{QStringLiteral("responses"), array}}).toJson();
    }

    QStringList subscriptions;
    QVector<MqttMessage> published;

private:
    State m_state = State::Disconnected;
    int m_lastId = 0;
};

struct Outcome
{
    bool finished = false;
    DynSecReply::Error error = DynSecReply::Error::None;
    QString text;
    QString id;
    QJsonObject data;
};

// Records the reply's outcome when it finishes (the reply deletes itself afterwards).
std::shared_ptr<Outcome> watch(DynSecReply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &DynSecReply::finished, reply, [reply, outcome] {
        outcome->finished = true;
        outcome->error = reply->error();
        outcome->text = reply->errorString();
        outcome->id = reply->errorId();
        outcome->data = reply->data();
    });
    return outcome;
}

} // namespace

class tst_DynSecClient : public QObject
{
    Q_OBJECT

private slots:
    // --- DynSecProtocol ---
    void buildsCommandsWithThePluginsFieldNames();
    void deviceAccountAclsAreExactlyTheConventions();
    void acceptsOnlyTheConventionsDeviceIds();
    void parsesResponsesAndRefusesGarbage();
    void checksTheDataOfKnownCommands();
    void readsVerboseAndPlainListings();
    void generatesLongDistinctPasswords();

    // --- DynSecClient ---
    void waitsForTheResponseSubscriptionThenPublishesWithUniqueCorrelation();
    void matchesRepliesOnCorrelationDataOnly();
    void reportsTheBrokersErrorInWords();
    void aMatchingReplyForAnotherCommandIsMalformed();
    void aReplyWithoutItsDataIsMalformed();
    void garbageIsReportedAndNamedWhenTheRequestTimesOut();
    void timesOutWithoutAReply();
    void aRefusedResponseSubscriptionMeansNotAnAdministrator();
    void aRefusedLoginEndsEveryRequestAsAuth();
    void finishesAsynchronously();
    void createsADeviceAccountRoleFirstThenClient();
    void rollsTheRoleBackWhenTheClientCannotBeCreated();
    void deletesADeviceAccountEvenIfHalfMade();
};

void tst_DynSecClient::buildsCommandsWithThePluginsFieldNames()
{
    QCOMPARE(DynSecProtocol::listClients(),
             (QJsonObject{{"command", "listClients"}, {"verbose", true}, {"count", -1}}));
    QCOMPARE(DynSecProtocol::disableClient("dev-1"),
             (QJsonObject{{"command", "disableClient"}, {"username", "dev-1"}}));
    QCOMPARE(DynSecProtocol::enableClient("dev-1").value("command").toString(),
             QStringLiteral("enableClient"));
    QCOMPARE(DynSecProtocol::deleteClient("dev-1").value("command").toString(),
             QStringLiteral("deleteClient"));

    DynSecProtocol::NewClient minimal;
    minimal.username = "u";
    minimal.password = "p";
    QCOMPARE(DynSecProtocol::createClient(minimal),
             (QJsonObject{{"command", "createClient"}, {"username", "u"}, {"password", "p"}}));
    DynSecProtocol::NewClient full = minimal;
    full.clientId = "cid";
    full.textName = "Pump 7";
    full.roles = {"r1", "r2"};
    QCOMPARE(DynSecProtocol::createClient(full),
             (QJsonObject{
                 {"command", "createClient"},
                 {"username", "u"},
                 {"password", "p"},
                 {"clientid", "cid"},
                 {"textname", "Pump 7"},
                 {"roles",
                  QJsonArray{QJsonObject{{"rolename", "r1"}}, QJsonObject{{"rolename", "r2"}}}}}));

    QCOMPARE(DynSecProtocol::createRole("r", {{"subscribePattern", "a/#", 3, false}}),
             (QJsonObject{{"command", "createRole"},
                          {"rolename", "r"},
                          {"acls",
                           QJsonArray{QJsonObject{{"acltype", "subscribePattern"},
                                                  {"topic", "a/#"},
                                                  {"priority", 3},
                                                  {"allow", false}}}}}));
    QCOMPARE(DynSecProtocol::deleteRole("r"),
             (QJsonObject{{"command", "deleteRole"}, {"rolename", "r"}}));
    QCOMPARE(DynSecProtocol::addRoleAcl("r", {"publishClientSend", "x/#", 0, true}),
             (QJsonObject{{"command", "addRoleACL"},
                          {"rolename", "r"},
                          {"acltype", "publishClientSend"},
                          {"topic", "x/#"},
                          {"priority", 0},
                          {"allow", true}}));
    QCOMPARE(DynSecProtocol::addClientRole("u", "r"),
             (QJsonObject{{"command", "addClientRole"}, {"username", "u"}, {"rolename", "r"}}));
    QCOMPARE(DynSecProtocol::addClientRole("u", "r", 5).value("priority").toInt(), 5);

    QCOMPARE(DynSecProtocol::envelope({DynSecProtocol::listRoles()}),
             QByteArray(R"({"commands":[{"command":"listRoles","count":-1,"verbose":true}]})"));
}

void tst_DynSecClient::deviceAccountAclsAreExactlyTheConventions()
{
    QCOMPARE(DynSecProtocol::deviceRoleName("pump-7"), QStringLiteral("fd-device-pump-7"));
    const QVector<DynSecProtocol::Acl> expected
        = {{"publishClientSend", "fd/v1/pump-7/#", 0, true},
           {"subscribePattern", "fd/v1/pump-7/cmd/#", 0, true},
           {"publishClientReceive", "fd/v1/pump-7/cmd/#", 0, true}};
    QCOMPARE(DynSecProtocol::deviceAccountAcls("pump-7"), expected);
}

void tst_DynSecClient::acceptsOnlyTheConventionsDeviceIds()
{
    QVERIFY(DynSecProtocol::deviceIdProblem("pump-7").isEmpty());
    QVERIFY(DynSecProtocol::deviceIdProblem("Site_2.pump-7").isEmpty());
    QVERIFY(DynSecProtocol::deviceIdProblem(QString(64, 'x')).isEmpty());
    QVERIFY(!DynSecProtocol::deviceIdProblem("").isEmpty());
    QVERIFY(DynSecProtocol::deviceIdProblem("a/b").contains("a/b"));
    QVERIFY(!DynSecProtocol::deviceIdProblem("a+").isEmpty());
    QVERIFY(!DynSecProtocol::deviceIdProblem("#").isEmpty());
    QVERIFY(!DynSecProtocol::deviceIdProblem("Ünïcode").isEmpty());
    QVERIFY(!DynSecProtocol::deviceIdProblem("a b").isEmpty());
    QVERIFY(!DynSecProtocol::deviceIdProblem(QString("a\nb")).isEmpty());
    QVERIFY(!DynSecProtocol::deviceIdProblem(QString(65, 'x')).isEmpty());
}

void tst_DynSecClient::parsesResponsesAndRefusesGarbage()
{
    QVector<DynSecProtocol::Response> responses;
    QString error;
    // The reply captured from the real 2.0.11 plugin (protocols.md §3.2).
    QVERIFY(DynSecProtocol::parseResponses(
        R"({"responses":[{"command":"createRole"},
            {"command":"createClient","correlationData":"abc"},
            {"command":"createClient","error":"Client already exists"},
            {"command":"listClients","data":{"totalCount":2,"clients":["admin","dev1"]}}]})",
        &responses,
        &error));
    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses[0].command, QStringLiteral("createRole"));
    QVERIFY(responses[0].correlationData.isEmpty());
    QCOMPARE(responses[1].correlationData, QStringLiteral("abc"));
    QVERIFY(responses[1].error.isEmpty());
    QCOMPARE(responses[2].error, QStringLiteral("Client already exists"));
    QCOMPARE(responses[3].data.value("totalCount").toInt(), 2);

    QVERIFY(!DynSecProtocol::parseResponses("not json", &responses, &error));
    QVERIFY2(error.contains("not JSON"), qPrintable(error));
    QVERIFY(!DynSecProtocol::parseResponses("", &responses, &error));
    QVERIFY(!DynSecProtocol::parseResponses("[1,2]", &responses, &error));
    QVERIFY2(error.contains("responses"), qPrintable(error));
    QVERIFY(!DynSecProtocol::parseResponses(R"({"responses":{}})", &responses, &error));
    QVERIFY(!DynSecProtocol::parseResponses(R"({"responses":[42]})", &responses, &error));
    QVERIFY2(error.contains("command"), qPrintable(error));
    QVERIFY(!DynSecProtocol::parseResponses(R"({"responses":[{"data":{}}]})", &responses, &error));
    // An error that is not a string is still an error.
    QVERIFY(DynSecProtocol::parseResponses(
        R"({"responses":[{"command":"x","error":7}]})", &responses, &error));
    QVERIFY(!responses[0].error.isEmpty());
}

void tst_DynSecClient::checksTheDataOfKnownCommands()
{
    QVERIFY(DynSecProtocol::dataProblem("listClients", {{"clients", QJsonArray{"a"}}}).isEmpty());
    QVERIFY(!DynSecProtocol::dataProblem("listClients", {}).isEmpty());
    QVERIFY(!DynSecProtocol::dataProblem("listClients", {{"clients", "a"}}).isEmpty());
    QVERIFY(!DynSecProtocol::dataProblem("listClients", {{"clients", QJsonArray{1}}}).isEmpty());
    QVERIFY(!DynSecProtocol::dataProblem("listRoles", {{"clients", QJsonArray{}}}).isEmpty());
    QVERIFY(DynSecProtocol::dataProblem("listGroups", {{"groups", QJsonArray{}}}).isEmpty());
    QVERIFY(!DynSecProtocol::dataProblem("getClient", {{"client", "x"}}).isEmpty());
    QVERIFY(DynSecProtocol::dataProblem("getClient", {{"client", QJsonObject{{"username", "u"}}}})
                .isEmpty());
    QVERIFY(DynSecProtocol::dataProblem("disableClient", {}).isEmpty());
}

void tst_DynSecClient::readsVerboseAndPlainListings()
{
    // listClients verbose, as the real plugin answers it.
    const QJsonObject data = QJsonDocument::fromJson(R"({"totalCount":2,"clients":[
        {"username":"admin","textname":"Dynsec admin user","roles":[{"rolename":"admin"}],"groups":[]},
        {"username":"x","clientid":"x-cid","disabled":true,"roles":[{"rolename":"fd-device-x"}],
         "groups":[{"groupname":"g","priority":1}]}]})")
                                 .object();
    const auto clients = DynSecProtocol::clients(data);
    QCOMPARE(clients.size(), 2);
    QCOMPARE(clients[0].username, QStringLiteral("admin"));
    QCOMPARE(clients[0].textName, QStringLiteral("Dynsec admin user"));
    QVERIFY(!clients[0].disabled);
    QCOMPARE(clients[0].roles, QStringList{"admin"});
    QVERIFY(clients[1].disabled);
    QCOMPARE(clients[1].clientId, QStringLiteral("x-cid"));
    QCOMPARE(clients[1].groups, QStringList{"g"});
    QCOMPARE(DynSecProtocol::clients({{"clients", QJsonArray{"a", "b"}}}).size(), 2);

    const auto roles = DynSecProtocol::roles(QJsonDocument::fromJson(R"({"roles":[
        {"rolename":"fd-device-x","acls":[{"acltype":"publishClientSend","topic":"fd/v1/x/#",
         "priority":0,"allow":true}]}, "plain"]})")
                                                 .object());
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles[0].acls.size(), 1);
    QCOMPARE(roles[0].acls[0].topic, QStringLiteral("fd/v1/x/#"));
    QCOMPARE(roles[1].name, QStringLiteral("plain"));

    const auto groups = DynSecProtocol::groups(QJsonDocument::fromJson(R"({"groups":[
        {"groupname":"g","roles":[{"rolename":"r"}],"clients":[{"username":"u"}]}]})")
                                                   .object());
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].roles, QStringList{"r"});
    QCOMPARE(groups[0].clients, QStringList{"u"});
}

void tst_DynSecClient::generatesLongDistinctPasswords()
{
    const QByteArray a = DynSecProtocol::generatePassword();
    const QByteArray b = DynSecProtocol::generatePassword();
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    for (char c : a)
        QVERIFY(QChar::fromLatin1(c).isLetterOrNumber() || c == '-' || c == '_');
}

void tst_DynSecClient::waitsForTheResponseSubscriptionThenPublishesWithUniqueCorrelation()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    QCOMPARE(connection.subscriptions, QStringList{DynSecProtocol::ResponseTopic});
    auto first = watch(client.listClients());
    auto second = watch(client.disableClient("dev-1"));
    connection.connectToBroker();
    QVERIFY(connection.published.isEmpty()); // not before the SUBACK: the reply could be missed
    QVERIFY(!client.isReady());
    connection.acknowledgeSubscription();
    QVERIFY(client.isReady());
    QCOMPARE(connection.published.size(), 2);
    for (const MqttMessage &m : std::as_const(connection.published)) {
        QCOMPARE(m.topic, DynSecProtocol::CommandTopic);
        QCOMPARE(m.qos, 1);
    }
    const auto command = [&](int i) {
        return QJsonDocument::fromJson(connection.published[i].payload)
            .object()
            .value("commands")
            .toArray()
            .first()
            .toObject();
    };
    QCOMPARE(command(0).value("command").toString(), QStringLiteral("listClients"));
    QCOMPARE(command(1).value("command").toString(), QStringLiteral("disableClient"));
    const QString c0 = command(0).value("correlationData").toString();
    const QString c1 = command(1).value("correlationData").toString();
    QVERIFY(!c0.isEmpty());
    QVERIFY(c0 != c1);
    // Another client instance (another console) never reuses them.
    ScriptedConnection otherConnection;
    DynSecClient other(&otherConnection);
    otherConnection.connectToBroker();
    otherConnection.acknowledgeSubscription();
    other.listClients();
    QVERIFY(otherConnection.lastCorrelation() != c0);
    QVERIFY(otherConnection.lastCorrelation() != c1);
    // Later commands go out at once.
    client.listRoles();
    QCOMPARE(connection.published.size(), 3);
}

void tst_DynSecClient::matchesRepliesOnCorrelationDataOnly()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    auto outcome = watch(client.listClients());
    const QString mine = connection.lastCorrelation();
    const QJsonObject data{{"totalCount", 1}, {"clients", QJsonArray{"admin"}}};
    // Another console's reply, a reply without correlation data, and a message on another topic.
    connection.receive(ScriptedConnection::responses(
        {{{"command", "listClients"}, {"correlationData", "someone-else-1"}, {"data", data}},
         {{"command", "listClients"}, {"data", data}}}));
    connection.receive(
        ScriptedConnection::responses({{{"command", "listClients"}, {"correlationData", mine}}}),
        "some/other/topic");
    QTest::qWait(20);
    QVERIFY(!outcome->finished);
    // Ours, in the middle of a batch.
    connection.receive(ScriptedConnection::responses(
        {{{"command", "getClient"}, {"correlationData", "x"}},
         {{"command", "listClients"}, {"correlationData", mine}, {"data", data}}}));
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error, DynSecReply::Error::None);
    QCOMPARE(outcome->data, data);
    // A duplicate of the same reply is ignored (the request is done).
    connection.receive(ScriptedConnection::responses(
        {{{"command", "listClients"}, {"correlationData", mine}, {"data", data}}}));
}

void tst_DynSecClient::reportsTheBrokersErrorInWords()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    DynSecProtocol::NewClient nc;
    nc.username = "dev-1";
    nc.password = "pw";
    auto outcome = watch(client.createClient(nc));
    connection.answerLast({{"error", "Client already exists"}});
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error, DynSecReply::Error::Rejected);
    QCOMPARE(outcome->id, QStringLiteral("dynsec"));
    QCOMPARE(outcome->text,
             QStringLiteral("The broker refused createClient: Client already exists"));
}

void tst_DynSecClient::aMatchingReplyForAnotherCommandIsMalformed()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    auto outcome = watch(client.deleteClient("dev-1"));
    connection.receive(ScriptedConnection::responses(
        {{{"command", "createClient"}, {"correlationData", connection.lastCorrelation()}}}));
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error, DynSecReply::Error::Malformed);
    QCOMPARE(outcome->id, QStringLiteral("malformed"));
    QVERIFY2(outcome->text.contains("createClient"), qPrintable(outcome->text));
}

void tst_DynSecClient::aReplyWithoutItsDataIsMalformed()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    auto outcome = watch(client.listClients());
    connection.answerLast({{"data", QJsonObject{{"totalCount", 3}}}});
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error, DynSecReply::Error::Malformed);
    QVERIFY2(outcome->text.contains("clients"), qPrintable(outcome->text));
}

void tst_DynSecClient::garbageIsReportedAndNamedWhenTheRequestTimesOut()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    client.setTimeout(300);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    QSignalSpy unreadable(&client, &DynSecClient::unreadableReply);
    auto outcome = watch(client.listClients());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("unreadable dynamic-security reply"));
    connection.receive("\x01\x02 definitely not JSON");
    QCOMPARE(unreadable.count(), 1);
    QVERIFY(!outcome->finished);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 5000);
    QCOMPARE(outcome->error, DynSecReply::Error::Timeout);
    QCOMPARE(outcome->id, QStringLiteral("timeout"));
    QVERIFY2(outcome->text.contains("could not be read"), qPrintable(outcome->text));
    QVERIFY2(outcome->text.contains("not JSON"), qPrintable(outcome->text));
}

void tst_DynSecClient::timesOutWithoutAReply()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    client.setTimeout(200);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    auto sent = watch(client.listGroups());
    QTRY_VERIFY_WITH_TIMEOUT(sent->finished, 5000);
    QCOMPARE(sent->error, DynSecReply::Error::Timeout);
    QVERIFY2(sent->text.contains("plugin loaded"), qPrintable(sent->text));

    // Never sent: the subscription was never acknowledged.
    ScriptedConnection silent;
    DynSecClient waiting(&silent);
    waiting.setTimeout(200);
    silent.connectToBroker();
    auto unsent = watch(waiting.listGroups());
    QTRY_VERIFY_WITH_TIMEOUT(unsent->finished, 5000);
    QCOMPARE(unsent->error, DynSecReply::Error::Timeout);
    QVERIFY(silent.published.isEmpty());
    QVERIFY2(unsent->text.contains("subscription"), qPrintable(unsent->text));
}

void tst_DynSecClient::aRefusedResponseSubscriptionMeansNotAnAdministrator()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    connection.connectToBroker();
    auto outcome = watch(client.listClients());
    emit connection.subscribeFailed(DynSecProtocol::ResponseTopic, "Not authorized");
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error, DynSecReply::Error::NotAuthorised);
    QCOMPARE(outcome->id, QStringLiteral("auth"));
    QVERIFY2(outcome->text.contains("not a dynamic-security administrator"),
             qPrintable(outcome->text));
    // Later requests on the same connection fail at once, without sending anything.
    auto later = watch(client.listRoles());
    QTRY_VERIFY(later->finished);
    QCOMPARE(later->error, DynSecReply::Error::NotAuthorised);
    QVERIFY(connection.published.isEmpty());
}

void tst_DynSecClient::aRefusedLoginEndsEveryRequestAsAuth()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    auto a = watch(client.listClients());
    auto b = watch(client.disableClient("x"));
    emit connection.errorOccurred(MqttConnection::Error::Auth,
                                  "The broker refused the connection: not authorised");
    QTRY_VERIFY(a->finished && b->finished);
    QCOMPARE(a->error, DynSecReply::Error::NotAuthorised);
    QCOMPARE(a->id, QStringLiteral("auth"));
    QVERIFY(a->text.contains("not authorised"));
    QVERIFY(connection.published.isEmpty());

    // Unreachable before the first connection: the connection's own code.
    ScriptedConnection nowhere;
    DynSecClient c2(&nowhere);
    auto c = watch(c2.listRoles());
    emit nowhere.errorOccurred(MqttConnection::Error::Unreachable, "Connection refused");
    QTRY_VERIFY(c->finished);
    QCOMPARE(c->error, DynSecReply::Error::Connection);
    QCOMPARE(c->id, QStringLiteral("unreachable"));
}

void tst_DynSecClient::finishesAsynchronously()
{
    DynSecClient client(nullptr);
    DynSecReply *reply = client.listClients();
    QVERIFY(reply->isFinished());
    QSignalSpy finished(reply, &DynSecReply::finished);
    QCOMPARE(finished.count(), 0); // not inside the call
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.count(), 1);
}

void tst_DynSecClient::createsADeviceAccountRoleFirstThenClient()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    auto outcome = watch(client.createDeviceAccount("pump-7", "s3cret", "Pump 7"));
    QCOMPARE(connection.published.size(), 1);
    const QJsonObject role = connection.lastCommand();
    QCOMPARE(role.value("command").toString(), QStringLiteral("createRole"));
    QCOMPARE(role.value("rolename").toString(), QStringLiteral("fd-device-pump-7"));
    QCOMPARE(role.value("acls").toArray().size(), 3);
    connection.answerLast();
    QTRY_COMPARE(connection.published.size(), 2);
    const QJsonObject created = connection.lastCommand();
    QCOMPARE(created.value("command").toString(), QStringLiteral("createClient"));
    QCOMPARE(created.value("username").toString(), QStringLiteral("pump-7"));
    QCOMPARE(created.value("password").toString(), QStringLiteral("s3cret"));
    QCOMPARE(created.value("textname").toString(), QStringLiteral("Pump 7"));
    QCOMPARE(created.value("roles").toArray(),
             (QJsonArray{QJsonObject{{"rolename", "fd-device-pump-7"}}}));
    QVERIFY(!outcome->finished);
    connection.answerLast();
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error, DynSecReply::Error::None);
    QCOMPARE(outcome->data.value("rolename").toString(), QStringLiteral("fd-device-pump-7"));

    // An existing role stops before any client is made.
    auto exists = watch(client.createDeviceAccount("pump-8", "pw"));
    connection.answerLast({{"error", "Role already exists"}});
    QTRY_VERIFY(exists->finished);
    QCOMPARE(exists->error, DynSecReply::Error::Rejected);
    QCOMPARE(connection.published.size(), 3);

    auto invalid = watch(client.createDeviceAccount("a/b", "pw"));
    QTRY_VERIFY(invalid->finished);
    QCOMPARE(invalid->error, DynSecReply::Error::Rejected);
    QCOMPARE(connection.published.size(), 3);
}

void tst_DynSecClient::rollsTheRoleBackWhenTheClientCannotBeCreated()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    auto outcome = watch(client.createDeviceAccount("admin", "pw"));
    connection.answerLast(); // role made
    QTRY_COMPARE(connection.published.size(), 2);
    connection.answerLast({{"error", "Client already exists"}});
    QTRY_COMPARE(connection.published.size(), 3);
    QCOMPARE(connection.lastCommand(),
             (QJsonObject{{"command", "deleteRole"},
                          {"rolename", "fd-device-admin"},
                          {"correlationData", connection.lastCorrelation()}}));
    QVERIFY(!outcome->finished);
    connection.answerLast();
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error, DynSecReply::Error::Rejected);
    QVERIFY2(outcome->text.contains("Client already exists"), qPrintable(outcome->text));
    QVERIFY2(outcome->text.contains("removed again"), qPrintable(outcome->text));
}

void tst_DynSecClient::deletesADeviceAccountEvenIfHalfMade()
{
    ScriptedConnection connection;
    DynSecClient client(&connection);
    connection.connectToBroker();
    connection.acknowledgeSubscription();
    auto outcome = watch(client.deleteDeviceAccount("pump-7"));
    QCOMPARE(connection.published.size(), 2);
    const auto command = [&](int i) {
        return QJsonDocument::fromJson(connection.published[i].payload)
            .object()
            .value("commands")
            .toArray()
            .first()
            .toObject();
    };
    QCOMPARE(command(0).value("command").toString(), QStringLiteral("deleteClient"));
    QCOMPARE(command(1).value("command").toString(), QStringLiteral("deleteRole"));
    connection.receive(ScriptedConnection::responses(
        {{{"command", "deleteClient"},
          {"correlationData", command(0).value("correlationData")},
          {"error", "Client not found"}},
         {{"command", "deleteRole"}, {"correlationData", command(1).value("correlationData")}}}));
    QTRY_VERIFY(outcome->finished);
    QCOMPARE(outcome->error, DynSecReply::Error::None);
    QCOMPARE(outcome->data.value("client_deleted").toBool(), false);
    QCOMPARE(outcome->data.value("role_deleted").toBool(), true);

    // Neither exists: that is an error.
    auto none = watch(client.deleteDeviceAccount("ghost"));
    connection.receive(
        ScriptedConnection::responses({{{"command", "deleteClient"},
                                        {"correlationData", command(2).value("correlationData")},
                                        {"error", "Client not found"}},
                                       {{"command", "deleteRole"},
                                        {"correlationData", command(3).value("correlationData")},
                                        {"error", "Role not found"}}}));
    QTRY_VERIFY(none->finished);
    QCOMPARE(none->error, DynSecReply::Error::Rejected);
    QVERIFY2(none->text.contains("no account for the device ghost"), qPrintable(none->text));
}

QTEST_GUILESS_MAIN(tst_DynSecClient)
#include "tst_DynSecClient.moc"
