#include "FakeLeshanServer.h"
#include "lwm2m/Lwm2mServerConnection.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/FleetStore.h"
#include "store/TelemetryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Answer = FakeLeshanServer::Answer;

namespace {

QByteArray registrationJson(const QString &ep, const QString &regId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("endpoint"), ep},
                                     {QStringLiteral("registrationId"), regId},
                                     {QStringLiteral("registrationDate"), 1733650000000.0},
                                     {QStringLiteral("lastUpdate"), 1733650000000.0},
                                     {QStringLiteral("address"), QStringLiteral("127.0.0.1:5683")},
                                     {QStringLiteral("lwM2mVersion"), QStringLiteral("1.1")},
                                     {QStringLiteral("bindingMode"), QStringLiteral("U")},
                                     {QStringLiteral("lifetime"), 300}})
        .toJson(QJsonDocument::Compact);
}

// A fake Leshan with `count` registered devices; /3/0 and /4/0 reads answer after delayMs.
void serveFleet(FakeLeshanServer &server, int count, int delayMs, QHash<QString, QString> *regIds)
{
    server.setHandler([count, delayMs, regIds](const FakeLeshanServer::Request &r) {
        Answer a;
        const QString path = r.path();
        if (path == QLatin1String("/api/event")) {
            a.eventStream = true;
        } else if (path == QLatin1String("/api/clients")) {
            QByteArray list = "[";
            for (int i = 1; i <= count; ++i) {
                const QString ep = QStringLiteral("ep-%1").arg(i);
                list += (i > 1 ? "," : "")
                        + registrationJson(ep, regIds->value(ep, QStringLiteral("r1")));
            }
            a.body = list + "]";
        } else if (path.endsWith(QLatin1String("/3/0"))) {
            const QString ep = path.section(QLatin1Char('/'), 3, 3);
            a.body = QStringLiteral(
                         R"j({"status":"CONTENT(205)","success":true,"content":{"id":0,"resources":[
                            {"id":1,"value":"LT-500"},{"id":2,"value":"SN-%1"},{"id":3,"value":"1.2.0"},
                            {"id":9,"value":77}]}})j")
                         .arg(ep)
                         .toUtf8();
            a.delayMs = delayMs;
        } else if (path.endsWith(QLatin1String("/4/0"))) {
            a.body
                = R"j({"status":"CONTENT(205)","success":true,"content":{"kind":"instance","id":0,
                        "resources":[{"kind":"singleResource","id":2,"type":"INTEGER","value":"-93"}]}})j";
            a.delayMs = delayMs;
        } else if (path.endsWith(QLatin1String("/observe"))) {
            a.body
                = R"j({"status":"CONTENT(205)","success":true,"content":{"id":5700,"value":20.5}})j";
        } else if (path.endsWith(QLatin1String("/9"))) {
            a.body = R"j({"ep":"ep-1","path":"/3/0/9","requestId":"q-7","delayed":true})j";
        } else {
            a = {404, "unknown", "text/plain"};
        }
        return a;
    });
}

ConnectionProfile profileFor(const QString &url)
{
    ConnectionProfile p;
    p.name = QStringLiteral("fake-leshan");
    p.kind = ConnectionProfile::Kind::Lwm2mServer;
    p.url = QUrl(url);
    return p;
}

} // namespace

class tst_Lwm2mServerConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void identityReadsAreBoundedAndFillTheCache()
    {
        FakeLeshanServer server;
        QHash<QString, QString> regIds;
        serveFleet(server, 20, 60, &regIds);
        const QString db = m_dir.filePath(QStringLiteral("bounded.db"));
        FleetStore store;
        store.setWatchInterval(0);
        QSignalSpy opened(&store, &FleetStore::opened);
        store.open(db, false);
        QVERIFY(!opened.isEmpty() || opened.wait(5000)); // may have come during an earlier wait

        Lwm2mServerConnection connection(profileFor(server.url()));
        connection.setStore(&store);
        connection.setMaxIdentityRequests(3);
        QSignalSpy idle(&connection, &Lwm2mServerConnection::idle);
        QSignalSpy synced(&connection, &Lwm2mServerConnection::synchronised);
        connection.start();
        QVERIFY(!idle.isEmpty() || idle.wait(20000)); // may have come during an earlier wait
        QCOMPARE(synced.first().first().toInt(), 20);
        QCOMPARE(server.count("GET", QStringLiteral("/api/clients/")), 40); // /3/0 + /4/0 each
        QCOMPARE(server.maxInFlight(), 3);
        QCOMPARE(connection.identityReadsDone(), 20);
        store.closeCleanly();

        QVERIFY(CacheDatabase::open(db, CacheDatabase::Kind::Fleet, QStringLiteral("check")).ok());
        {
            FleetRepository repo(QSqlDatabase::database(QStringLiteral("check")));
            const DeviceList devices = repo.loadDevices();
            QCOMPARE(devices.size(), 20);
            const auto d = repo.findByBinding(
                {Protocol::Lwm2m, QStringLiteral("fake-leshan"), QStringLiteral("ep-7")});
            QVERIFY(d);
            QCOMPARE(d->name, QStringLiteral("ep-7"));
            QCOMPARE(d->site, QString());
            QCOMPARE(d->lifecycle, Lifecycle::Active);
            QCOMPARE(d->health, Health::Online);
            QCOMPARE(d->model, QStringLiteral("LT-500"));
            QCOMPARE(d->serial, QStringLiteral("SN-ep-7"));
            QCOMPARE(d->firmwareVersion, QStringLiteral("1.2.0"));
            QCOMPARE(d->batteryPercent.value_or(-1), 77);
            QCOMPARE(d->signalDbm.value_or(0), -93);
            const auto reg = repo.lwm2mRegistration(d->id);
            QVERIFY(reg);
            QCOMPARE(reg->lifetimeSeconds, 300);
            QCOMPARE(reg->bindingMode, QStringLiteral("U"));
            QCOMPARE(reg->address, QStringLiteral("127.0.0.1:5683"));
        }
        CacheDatabase::close(QStringLiteral("check"));
    }

    void registrationEventsKeepDevicesAndObservations()
    {
        FakeLeshanServer server;
        QHash<QString, QString> regIds;
        serveFleet(server, 2, 0, &regIds);
        const QString db = m_dir.filePath(QStringLiteral("events.db"));
        FleetStore store;
        store.setWatchInterval(0);
        QSignalSpy opened(&store, &FleetStore::opened);
        store.open(db, false);
        QVERIFY(!opened.isEmpty() || opened.wait(5000)); // may have come during an earlier wait

        Lwm2mServerConnection connection(profileFor(server.url()));
        connection.setStore(&store);
        QSignalSpy idle(&connection, &Lwm2mServerConnection::idle);
        connection.start();
        QVERIFY(!idle.isEmpty() || idle.wait(10000)); // may have come during an earlier wait
        const QUuid id = connection.deviceId(QStringLiteral("ep-1"));
        QVERIFY(!id.isNull());

        QSignalSpy observed(
            connection.observe(QStringLiteral("ep-1"), QStringLiteral("/3303/0/5700")),
            &Lwm2mReply::finished);
        QVERIFY(!observed.isEmpty() || observed.wait(5000)); // may have come during an earlier wait
        QCOMPARE(connection.observations().size(), 1);

        // Reboot: deregistration, then a new registration -> offline, online, re-observed.
        QSignalSpy deregistered(&connection, &Lwm2mServerConnection::deviceDeregistered);
        QSignalSpy restored(&connection, &Lwm2mServerConnection::observationRestored);
        server.sendEvent("DEREGISTRATION",
                         registrationJson(QStringLiteral("ep-1"), QStringLiteral("r1")));
        QVERIFY(!deregistered.isEmpty()
                || deregistered.wait(5000)); // may have come during an earlier wait
        server.sendEvent("REGISTRATION",
                         registrationJson(QStringLiteral("ep-1"), QStringLiteral("r2")));
        QVERIFY(!restored.isEmpty() || restored.wait(5000)); // may have come during an earlier wait
        QVERIFY(restored.first().at(2).toBool());
        QCOMPARE(server.count("POST", QStringLiteral("/api/clients/ep-1/3303/0/5700/observe")), 2);

        // A notification becomes a typed sample and a telemetry row.
        QSignalSpy samples(&connection, &Lwm2mServerConnection::notificationReceived);
        server.sendEvent("NOTIFICATION",
                         R"j({"ep":"ep-1","res":"/3303/0/5700","val":{"id":5700,"value":21.25}})j");
        QVERIFY(!samples.isEmpty() || samples.wait(5000)); // may have come during an earlier wait
        const auto sample = samples.first().first().value<Lwm2mSample>();
        QCOMPARE(sample.deviceId, id);
        QCOMPARE(sample.path, QStringLiteral("/3303/0/5700"));
        QCOMPARE(sample.value.value_or(0), 21.25);
        // M18 composite notification.
        server.sendEvent(
            "NOTIFICATION",
            R"j({"ep":"ep-2","kind":"composite","val":{"/3/0/9":{"kind":"singleResource",
                            "id":9,"type":"INTEGER","value":"12"}},"paths":["/3/0/9"]})j");
        QTRY_COMPARE_WITH_TIMEOUT(samples.size(), 2, 5000);
        QCOMPARE(samples.at(1).first().value<Lwm2mSample>().value.value_or(0), 12.0);

        // Queue mode: sleeping, then awake.
        QSignalSpy sleeping(&connection, &Lwm2mServerConnection::deviceSleeping);
        server.sendEvent("SLEEPING", R"j({"ep":"ep-2"})j");
        QVERIFY(!sleeping.isEmpty() || sleeping.wait(5000)); // may have come during an earlier wait

        // The delayed request completes through REQUEST_RESPONSE on the event stream.
        Lwm2mReply *delayed
            = connection.client()->read(QStringLiteral("ep-1"), QStringLiteral("/3/0/9"));
        QSignalSpy waiting(delayed, &Lwm2mReply::waitingForWakeUp);
        QSignalSpy done(delayed, &Lwm2mReply::finished);
        QVERIFY(!waiting.isEmpty() || waiting.wait(5000)); // may have come during an earlier wait
        server.sendEvent("REQUEST_RESPONSE",
                         R"j({"ep":"ep-1","path":"/3/0/9","requestId":"q-7","delayed":true,
                            "response":{"status":"CONTENT(205)","success":true,
                            "content":{"kind":"singleResource","id":9,"type":"INTEGER","value":"64"}}})j");
        QVERIFY(!done.isEmpty() || done.wait(5000)); // may have come during an earlier wait
        QCOMPARE(done.first().first().value<Lwm2mResponse>().content.value.toLongLong(), 64);

        QTRY_VERIFY_WITH_TIMEOUT(connection.isIdle(), 5000);
        store.closeCleanly();
        QVERIFY(CacheDatabase::open(db, CacheDatabase::Kind::Fleet, QStringLiteral("ev")).ok());
        {
            FleetRepository repo(QSqlDatabase::database(QStringLiteral("ev")));
            QCOMPARE(repo.deviceCount(), 2);
            QCOMPARE(repo.findDevice(id)->health, Health::Online);
            QCOMPARE(
                repo.findByBinding(
                        {Protocol::Lwm2m, QStringLiteral("fake-leshan"), QStringLiteral("ep-2")})
                    ->health,
                Health::Sleeping);
            QCOMPARE(repo.lwm2mRegistration(id)->registrationId, QStringLiteral("r2"));
        }
        CacheDatabase::close(QStringLiteral("ev"));
        QVERIFY(CacheDatabase::open(m_dir.filePath(QStringLiteral("telemetry.db")),
                                    CacheDatabase::Kind::Telemetry,
                                    QStringLiteral("tm"))
                    .ok());
        {
            TelemetryRepository telemetry(QSqlDatabase::database(QStringLiteral("tm")));
            const auto rows = telemetry.samples(id,
                                                QStringLiteral("/3303/0/5700"),
                                                QDateTime::currentDateTimeUtc().addSecs(-60),
                                                QDateTime::currentDateTimeUtc().addSecs(60));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().value, 21.25);
        }
        CacheDatabase::close(QStringLiteral("tm"));
    }

    void reconnectResynchronisesAndMarksVanishedDevicesOffline()
    {
        FakeLeshanServer server;
        QHash<QString, QString> regIds;
        int count = 3;
        serveFleet(server, 3, 0, &regIds);
        Lwm2mServerConnection connection(profileFor(server.url()));
        connection.events()->setBackoff(20, 100);
        QSignalSpy synced(&connection, &Lwm2mServerConnection::synchronised);
        QSignalSpy gone(&connection, &Lwm2mServerConnection::deviceDeregistered);
        connection.setReadIdentity(false);
        connection.start();
        QVERIFY(!synced.isEmpty() || synced.wait(5000)); // may have come during an earlier wait
        QCOMPARE(connection.registrations().size(), 3);
        Q_UNUSED(count)
        serveFleet(server, 2, 0, &regIds); // ep-3 left while the stream was down
        server.dropEventStreams();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 5000);
        QCOMPARE(synced.last().first().toInt(), 2);
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone.first().first().toString(), QStringLiteral("ep-3"));
    }
};

QTEST_GUILESS_MAIN(tst_Lwm2mServerConnection)
#include "tst_Lwm2mServerConnection.moc"
