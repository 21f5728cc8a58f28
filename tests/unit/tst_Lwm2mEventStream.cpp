#include "FakeLeshanServer.h"
#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mEventStream.h"

#include <QSignalSpy>
#include <QTest>

using Answer = FakeLeshanServer::Answer;

class tst_Lwm2mEventStream : public QObject
{
    Q_OBJECT

private:
    static void serveEvents(FakeLeshanServer &server)
    {
        server.setHandler([](const FakeLeshanServer::Request &r) {
            Answer a;
            if (r.path() == QLatin1String("/api/event")
                && r.headers.value("accept") == "text/event-stream")
                a.eventStream = true;
            else
                a = {405, "Accept: text/event-stream required", "text/plain"};
            return a;
        });
    }

    static ConnectionProfile profileFor(const QString &url)
    {
        ConnectionProfile p;
        p.name = QStringLiteral("fake");
        p.kind = ConnectionProfile::Kind::Lwm2mServer;
        p.url = QUrl(url);
        return p;
    }

private slots:
    void typedEventsArrive()
    {
        FakeLeshanServer server;
        serveEvents(server);
        LeshanRestClient client;
        client.setProfile(profileFor(server.url()));
        Lwm2mEventStream stream(&client);
        QSignalSpy connected(&stream, &Lwm2mEventStream::connected);
        QSignalSpy registration(&stream, &Lwm2mEventStream::registration);
        QSignalSpy sleeping(&stream, &Lwm2mEventStream::sleeping);
        QSignalSpy notification(&stream, &Lwm2mEventStream::notification);
        stream.start();
        QVERIFY(!connected.isEmpty()
                || connected.wait(5000)); // may have come during an earlier wait
        server.sendEvent("REGISTRATION", R"j({"endpoint":"ep1"})j");
        server.sendRaw("\r\n"); // heartbeat
        server.sendEvent("SLEEPING", R"j({"ep":"ep2"})j", "\n");
        server.sendRaw("event: NOTIFICATION\r\ndata: {\"ep\":\"ep1\",\"res\":\"/3/0/9\",");
        QTRY_COMPARE_WITH_TIMEOUT(sleeping.size(), 1, 5000);
        server.sendRaw(
            "\"val\":{\"id\":9,\"value\":5}}\r\n\r\nevent: UPDATED\r\ndata: not json\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(notification.size(), 1, 5000);
        QCOMPARE(registration.size(), 1);
        QCOMPARE(
            registration.first().first().toJsonObject().value(QLatin1String("endpoint")).toString(),
            QStringLiteral("ep1"));
        QCOMPARE(sleeping.first().first().toString(), QStringLiteral("ep2"));
        QCOMPARE(stream.state(), Lwm2mEventStream::State::Connected);
    }

    void droppedStreamReconnectsWithBackoff()
    {
        FakeLeshanServer server;
        serveEvents(server);
        LeshanRestClient client;
        client.setProfile(profileFor(server.url()));
        Lwm2mEventStream stream(&client);
        stream.setBackoff(50, 400);
        QSignalSpy connected(&stream, &Lwm2mEventStream::connected);
        QSignalSpy disconnected(&stream, &Lwm2mEventStream::disconnected);
        QSignalSpy scheduled(&stream, &Lwm2mEventStream::reconnectScheduled);
        stream.start();
        QVERIFY(!connected.isEmpty()
                || connected.wait(5000)); // may have come during an earlier wait
        for (int i = 0; i < 3; ++i) {
            server.dropEventStreams();
            QTRY_COMPARE_WITH_TIMEOUT(connected.size(), i + 2, 5000);
        }
        QVERIFY(disconnected.size() >= 3);
        // At least one new stream per drop (under load Qt may retry a request once more).
        QVERIFY(server.eventStreamsOpened() >= 4);
        // Quick drops never count as stable: the delay grows.
        QVERIFY(scheduled.at(2).at(1).toInt() > scheduled.at(0).at(1).toInt());
    }

    void refusedStreamKeepsRetrying()
    {
        FakeLeshanServer server;
        server.setHandler([](const FakeLeshanServer::Request &) {
            return Answer{405, "no", "text/plain"};
        });
        LeshanRestClient client;
        client.setProfile(profileFor(server.url()));
        Lwm2mEventStream stream(&client);
        stream.setBackoff(20, 100);
        QSignalSpy disconnected(&stream, &Lwm2mEventStream::disconnected);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(disconnected.size() >= 3, 5000);
        QVERIFY(disconnected.first().first().toString().contains(QLatin1String("HTTP 405")));
        stream.stop();
        QCOMPARE(stream.state(), Lwm2mEventStream::State::Stopped);
    }

    void silentStreamCountsAsDropped()
    {
        FakeLeshanServer server;
        serveEvents(server);
        LeshanRestClient client;
        client.setProfile(profileFor(server.url()));
        Lwm2mEventStream stream(&client);
        stream.setIdleTimeout(300);
        stream.setBackoff(20, 50);
        QSignalSpy disconnected(&stream, &Lwm2mEventStream::disconnected);
        QSignalSpy connected(&stream, &Lwm2mEventStream::connected);
        stream.start();
        QVERIFY(!connected.isEmpty()
                || connected.wait(5000)); // may have come during an earlier wait
        QVERIFY(!disconnected.isEmpty()
                || disconnected.wait(5000)); // may have come during an earlier wait
        QVERIFY(disconnected.first().first().toString().contains(QLatin1String("silent")));
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() >= 2, 5000);
    }

    void backoffIsExponentialCappedAndJittered()
    {
        LeshanRestClient client;
        Lwm2mEventStream stream(&client);
        stream.setBackoff(1000, 30000);
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const double base = qMin(30000.0, 1000.0 * (1 << (attempt - 1)));
            for (int i = 0; i < 20; ++i) {
                const int d = stream.backoffDelay(attempt);
                QVERIFY(d >= int(base * 0.75) - 1);
                QVERIFY(d <= 30000);
                QVERIFY(d <= int(base * 1.25) + 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Lwm2mEventStream)
#include "tst_Lwm2mEventStream.moc"
