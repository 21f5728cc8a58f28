#include "FakeLeshanServer.h"
#include "lwm2m/LeshanRestClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Answer = FakeLeshanServer::Answer;
using Error = Lwm2mResponse::Error;

class tst_LeshanRestClient : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile profileFor(const QString &url)
    {
        ConnectionProfile p;
        p.name = QStringLiteral("fake");
        p.kind = ConnectionProfile::Kind::Lwm2mServer;
        p.url = QUrl(url);
        return p;
    }

    static Lwm2mResponse finish(Lwm2mReply *reply)
    {
        QSignalSpy spy(reply, &Lwm2mReply::finished);
        if (!spy.wait(10000))
            return {};
        return spy.first().first().value<Lwm2mResponse>();
    }

    // One canned answer for every request; returns the response to a read of /3/0/9.
    Lwm2mResponse readWith(const Answer &answer, LeshanRestClient *client = nullptr)
    {
        FakeLeshanServer server;
        server.setHandler([answer](const FakeLeshanServer::Request &) { return answer; });
        LeshanRestClient own;
        LeshanRestClient &c = client ? *client : own;
        c.setProfile(profileFor(server.url()));
        return finish(c.read(QStringLiteral("ep1"), QStringLiteral("/3/0/9"), {}, 5));
    }

private slots:
    void readsM18Content()
    {
        const Lwm2mResponse r
            = readWith({200,
                        R"j({"status":"CONTENT(205)","valid":true,"success":true,"failure":false,
                 "content":{"kind":"singleResource","id":9,"type":"INTEGER","value":"87"}})j"});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.status, QStringLiteral("CONTENT(205)"));
        QCOMPARE(r.content.value.toLongLong(), 87);
    }

    void readsM4Content()
    {
        const Lwm2mResponse r = readWith(
            {200, R"j({"status":"CONTENT(205)","success":true,"content":{"id":9,"value":87}})j"});
        QVERIFY(r.ok());
        QCOMPARE(*r.content.numericValue(), 87.0);
    }

    void deviceErrorBehindHttp200()
    {
        const Lwm2mResponse r = readWith(
            {200, R"j({"status":"NOT_FOUND(404)","valid":true,"success":false,"failure":true})j"});
        QCOMPARE(r.error, Error::DeviceError);
        QVERIFY(r.message.contains(QLatin1String("no such object")));
        QVERIFY(r.message.contains(QLatin1String("NOT_FOUND(404)")));
        QCOMPARE(Lwm2mResponse::errorId(r.error), QStringLiteral("device_error"));
    }

    void httpErrorsInWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown ep M18") << 400 << QByteArray("No registered client with id 'ep1'")
                                        << int(Error::UnknownEndpoint) << "not registered";
        QTest::newRow("unknown ep M4") << 400 << QByteArray("no registered client with id 'ep1'")
                                       << int(Error::UnknownEndpoint) << "not registered";
        QTest::newRow("invalid path")
            << 400 << QByteArray("Invalid path") << int(Error::InvalidPath) << "path";
        QTest::newRow("sleeping") << 400 << QByteArray("Invalid request: client is sleeping")
                                  << int(Error::DeviceAsleep) << "asleep";
        QTest::newRow("bad request") << 400 << QByteArray("Invalid request: codec")
                                     << int(Error::InvalidRequest) << "refused the request";
        QTest::newRow("404") << 404 << QByteArray("no observation for path /3/0/9")
                             << int(Error::NotFound) << "no observation";
        QTest::newRow("500") << 500 << QByteArray("Unexpected exception: boom")
                             << int(Error::ServerError) << "boom";
        QTest::newRow("504") << 504 << QByteArray("Request timeout") << int(Error::DeviceTimeout)
                             << "did not answer in time (5 s)";
        QTest::newRow("401") << 401 << QByteArray() << int(Error::Unauthorized) << "credentials";
        QTest::newRow("html 502") << 502
                                  << QByteArray("<html><head><title>Error 502 Bad Gateway</title>")
                                  << int(Error::ServerError) << "Bad Gateway";
    }

    void httpErrorsInWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        QFETCH(QString, words);
        const Lwm2mResponse r = readWith({status, body, "text/plain"});
        QCOMPARE(int(r.error), error);
        QVERIFY2(r.message.contains(words), qPrintable(r.message));
    }

    void malformedJson()
    {
        const Lwm2mResponse r = readWith({200, R"j({"status":"CONTENT(205)","content":{)j"});
        QCOMPARE(r.error, Error::Malformed);
        QVERIFY(r.message.contains(QLatin1String("could not be read")));
    }

    void truncatedBody()
    {
        Answer a{200,
                 R"j({"status":"CONTENT(205)","success":true,"content":{"id":9,"value":87}})j"};
        a.truncate = true;
        const Lwm2mResponse r = readWith(a);
        QVERIFY2(r.error == Error::Malformed || r.error == Error::Unreachable,
                 qPrintable(r.message));
        QVERIFY(!r.ok());
    }

    void oversizedAnswerIsNotRead()
    {
        LeshanRestClient client;
        client.setMaxResponseBytes(1024);
        const Lwm2mResponse r = readWith({200, QByteArray(5000, ' ') + "{}"}, &client);
        QCOMPARE(r.error, Error::Oversized);
    }

    void neverAnsweringServerTimesOut()
    {
        LeshanRestClient client;
        client.setRequestTimeout(300);
        FakeLeshanServer server;
        Answer never;
        never.never = true;
        server.setHandler([never](const FakeLeshanServer::Request &) { return never; });
        client.setProfile(profileFor(server.url()));
        QElapsedTimer t;
        t.start();
        const Lwm2mResponse r = finish(client.clients());
        QCOMPARE(r.error, Error::Timeout);
        QVERIFY(t.elapsed() < 5000);
    }

    void unreachableServer()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        LeshanRestClient client;
        client.setProfile(profileFor(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy unreachable(&client, &LeshanRestClient::serverUnreachable);
        const Lwm2mResponse r = finish(client.clients());
        QCOMPARE(r.error, Error::Unreachable);
        QVERIFY(r.message.contains(QLatin1String("cannot be reached")));
        QCOMPARE(unreachable.size(), 1);
    }

    void compositeOnM4IsNotSupported()
    {
        FakeLeshanServer server;
        server.setHandler([](const FakeLeshanServer::Request &) {
            return Answer{500, "Invalid elements in path: composite", "text/plain"};
        });
        LeshanRestClient client;
        client.setProfile(profileFor(server.url()));
        const Lwm2mResponse r = finish(client.readComposite(
            QStringLiteral("ep1"), {QStringLiteral("/3/0/1"), QStringLiteral("/3/0/2")}));
        QCOMPARE(r.error, Error::NotSupported);
        QVERIFY(r.message.contains(QLatin1String("not supported by this server")));
        QVERIFY(server.requests().first().query().contains(QLatin1String("paths=/3/0/1,/3/0/2")));
    }

    void compositeOnM18()
    {
        FakeLeshanServer server;
        server.setHandler([](const FakeLeshanServer::Request &) {
            return Answer{200, R"j({"status":"CONTENT(205)","success":true,"content":{
                "/3/0/1":{"kind":"singleResource","id":1,"type":"STRING","value":"M"},
                "/3/0/9":{"kind":"singleResource","id":9,"type":"INTEGER","value":"5"}}})j"};
        });
        LeshanRestClient client;
        client.setProfile(profileFor(server.url()));
        const Lwm2mResponse r = finish(client.readComposite(
            QStringLiteral("ep1"), {QStringLiteral("/3/0/1"), QStringLiteral("/3/0/9")}));
        QVERIFY(r.ok());
        QCOMPARE(r.composite.size(), 2);
        QCOMPARE(r.composite.value(QStringLiteral("/3/0/9")).value.toLongLong(), 5);
    }

    void requestsAreShapedForLeshan()
    {
        FakeLeshanServer server;
        server.setHandler([](const FakeLeshanServer::Request &) {
            return Answer{200, R"j({"status":"CHANGED(204)","success":true})j"};
        });
        LeshanRestClient client;
        ConnectionProfile p = profileFor(server.url() + QStringLiteral("/leshan/"));
        p.auth = ConnectionProfile::Auth::Password;
        p.username = QStringLiteral("ops");
        client.setProfile(p, "s3cret");
        finish(client.writeAttributes(QStringLiteral("ep 1"),
                                      QStringLiteral("/3303/0/5700"),
                                      {{QStringLiteral("pmin"), QStringLiteral("5")}}));
        finish(client.write(QStringLiteral("ep1"),
                            QStringLiteral("/33000/0/0"),
                            Lwm2mNode::singleResource(0, Lwm2mNode::Type::Integer, qint64(120)),
                            true,
                            7));
        finish(client.execute(
            QStringLiteral("ep1"), QStringLiteral("/3/0/4"), QStringLiteral("0='x'")));
        finish(client.cancelObserve(QStringLiteral("ep1"),
                                    QStringLiteral("/3/0/9"),
                                    LeshanRestClient::CancelMode::Active,
                                    3));
        const auto &req = server.requests();
        QCOMPARE(req.size(), 4);
        QCOMPARE(req.at(0).method, QByteArray("PUT"));
        QCOMPARE(req.at(0).path(),
                 QStringLiteral("/leshan/api/clients/ep 1/3303/0/5700/attributes"));
        QVERIFY(!req.at(0).query().contains(QLatin1String("timeout"))); // Leshan: 400 otherwise
        QCOMPARE(req.at(0).headers.value("authorization"),
                 "Basic " + QByteArray("ops:s3cret").toBase64());
        QVERIFY(req.at(1).query().contains(QLatin1String("timeout=7")));
        QVERIFY(req.at(1).body.contains("\"value\":120"));
        QCOMPARE(req.at(2).body, QByteArray("0='x'"));
        QVERIFY(req.at(3).query().contains(QLatin1String("active")));
        QCOMPARE(req.at(3).method, QByteArray("DELETE"));
    }

    void invalidPathFailsWithoutARequest()
    {
        LeshanRestClient client;
        client.setProfile(profileFor(QStringLiteral("http://127.0.0.1:1")));
        const Lwm2mResponse r
            = finish(client.execute(QStringLiteral("ep1"), QStringLiteral("/3/0")));
        QCOMPARE(r.error, Error::InvalidPath);
    }

    void delayedQueueModeResponse()
    {
        FakeLeshanServer server;
        server.setHandler([](const FakeLeshanServer::Request &) {
            return Answer{200,
                          R"j({"ep":"ep1","path":"/3/0/9","requestId":"r-1","delayed":true})j"};
        });
        LeshanRestClient client;
        client.setProfile(profileFor(server.url()));
        Lwm2mReply *reply = client.read(QStringLiteral("ep1"), QStringLiteral("/3/0/9"));
        QSignalSpy waiting(reply, &Lwm2mReply::waitingForWakeUp);
        QSignalSpy finished(reply, &Lwm2mReply::finished);
        QVERIFY(!waiting.isEmpty() || waiting.wait(5000)); // may have come during an earlier wait
        QCOMPARE(waiting.first().first().toString(), QStringLiteral("r-1"));
        QVERIFY(!client.handleRequestResponse(
            QJsonObject{{QStringLiteral("requestId"), QStringLiteral("other")}}));
        QVERIFY(client.handleRequestResponse(
            QJsonDocument::fromJson(
                R"j({"ep":"ep1","path":"/3/0/9","requestId":"r-1","delayed":true,
                "response":{"status":"CONTENT(205)","success":true,
                            "content":{"kind":"singleResource","id":9,"type":"INTEGER","value":"55"}}})j")
                .object()));
        QVERIFY(!finished.isEmpty() || finished.wait(5000)); // may have come during an earlier wait
        const auto r = finished.first().first().value<Lwm2mResponse>();
        QVERIFY(r.ok());
        QCOMPARE(r.content.value.toLongLong(), 55);
    }
};

QTEST_GUILESS_MAIN(tst_LeshanRestClient)
#include "tst_LeshanRestClient.moc"
