#include "FakeMqttConnection.h"
#include "mqtt/MqttDeviceTracker.h"
#include "mqtt/MqttDmProtocol.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The convention's reader (docs/mqtt-dm-convention.md): topics, payloads into devices, health
// (online / offline / stale), and garbage that is counted and ignored, never a crash.
class tst_MqttDeviceTracker : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

    std::unique_ptr<MqttDeviceTracker> makeTracker(FakeMqttConnection *connection)
    {
        auto tracker = std::make_unique<MqttDeviceTracker>(connection, QStringLiteral("broker-a"));
        tracker->setClock([this] { return m_now; });
        tracker->setSettleDelay(0);
        tracker->start();
        return tracker;
    }

    QByteArray ts(qint64 secondsAgo = 0) const
    {
        return QByteArray::number(m_now.toMSecsSinceEpoch() - secondsAgo * 1000);
    }

    static MqttDeviceUpdate lastUpdate(const QSignalSpy &spy)
    {
        const auto list = spy.last().at(1).value<MqttDeviceUpdateList>();
        return list.last();
    }

private slots:
    void topics()
    {
        auto t = MqttDmProtocol::parseTopic(QStringLiteral("fd/v1/dev-1.a_B/status"));
        QVERIFY(t);
        QCOMPARE(t->deviceId, QStringLiteral("dev-1.a_B"));
        QCOMPARE(t->kind, QStringLiteral("status"));
        t = MqttDmProtocol::parseTopic(QStringLiteral("fd/v1/d/cmd/firmware-update"));
        QVERIFY(t);
        QCOMPARE(t->op, QStringLiteral("firmware-update"));
        for (const char *bad : {"fd/v1//status",
                                "fd/v1/a b/status",
                                "fd/v1/d/unknown",
                                "fd/v1/d/status/extra",
                                "fd/v2/d/status",
                                "fd/v1/d",
                                "fd/v1/d/cmd/",
                                "fd/v1/ü/status"})
            QVERIFY2(!MqttDmProtocol::parseTopic(QString::fromUtf8(bad)), bad);
        QVERIFY(!MqttDmProtocol::parseTopic(QStringLiteral("fd/v1/") + QString(65, QLatin1Char('x'))
                                            + QStringLiteral("/status")));
        QVERIFY(MqttDmProtocol::isValidDeviceId(QString(64, QLatin1Char('x'))));
        QCOMPARE(MqttDmProtocol::commandTopic(QStringLiteral("d"), QStringLiteral("reboot")),
                 QStringLiteral("fd/v1/d/cmd/reboot"));
    }

    void subscribesAndSettles()
    {
        FakeMqttConnection connection;
        auto tracker = makeTracker(&connection);
        QCOMPARE(connection.subscriptions.size(), MqttDmProtocol::trackerFilters().size());
        QSignalSpy settled(tracker.get(), &MqttDeviceTracker::settled);
        QVERIFY(!tracker->isSettled());
        connection.connectToBroker();
        QVERIFY(settled.wait(2000));
        QVERIFY(tracker->isSettled());
    }

    void statusIdentityAttributesBecomeADevice()
    {
        FakeMqttConnection connection;
        auto tracker = makeTracker(&connection);
        QSignalSpy updates(tracker.get(), &MqttDeviceTracker::updatesReady);
        MqttMessage birth{QStringLiteral("fd/v1/lt-17/status"),
                          "{\"state\":\"online\",\"ts\":" + ts(5) + ",\"session\":3}",
                          1,
                          true,
                          {}};
        MqttMessage identity{
            QStringLiteral("fd/v1/lt-17/identity"),
            R"({"model":"LT-500","manufacturer":"FleetDesk Sim","serial":"LT-500-000017",
                "firmware_version":"1.2.0","site":"Berlin","group":"north","protocol":"fd/v1",
                "future_key":{"x":[1,2]}})",
            1,
            true,
            {}};
        MqttMessage attributes{
            QStringLiteral("fd/v1/lt-17/attributes"),
            "{\"ts\":" + ts(2) + R"(,"battery":87,"signal":-92,"location":{"lat":52.5,"lon":13.4},
                                   "enabled":true,"report_interval_s":60,"error_codes":[]})",
            1,
            true,
            {}};
        connection.deliver({birth, identity, attributes});
        QCOMPARE(updates.size(), 1); // one batch in, one batch out
        const auto list = updates.first().at(1).value<MqttDeviceUpdateList>();
        QCOMPARE(updates.first().at(0).toString(), QStringLiteral("broker-a"));
        QCOMPARE(list.size(), 1);
        const MqttDeviceUpdate &u = list.first();
        QCOMPARE(u.deviceId, QStringLiteral("lt-17"));
        QCOMPARE(*u.health, Health::Online);
        QCOMPARE(*u.model, QStringLiteral("LT-500"));
        QCOMPARE(*u.serial, QStringLiteral("LT-500-000017"));
        QCOMPARE(*u.firmwareVersion, QStringLiteral("1.2.0"));
        QCOMPARE(*u.site, QStringLiteral("Berlin"));
        QCOMPARE(*u.group, QStringLiteral("north"));
        QCOMPARE(*u.batteryPercent, 87);
        QCOMPARE(*u.signalDbm, -92);
        // Retained: last seen is the newest payload time, not the time of arrival.
        QCOMPARE(u.lastSeen, m_now.addSecs(-2));
        const MqttDeviceState *s = tracker->device(QStringLiteral("lt-17"));
        QVERIFY(s);
        QCOMPARE(s->session, 3);
        QCOMPARE(s->reportIntervalSeconds, 60);
        QCOMPARE(tracker->garbageCount(), 0);
    }

    void healthOnlineOfflineStale()
    {
        FakeMqttConnection connection;
        auto tracker = makeTracker(&connection);
        tracker->setStaleCheckInterval(10);
        QSignalSpy updates(tracker.get(), &MqttDeviceTracker::updatesReady);
        const QString id = QStringLiteral("d1");
        connection.deliver(QStringLiteral("fd/v1/d1/status"), R"({"state":"online"})");
        QCOMPARE(tracker->health(id), Health::Online); // live message: seen now
        connection.deliver(QStringLiteral("fd/v1/d1/attributes"), R"({"report_interval_s":10})");

        // Quiet for more than 3 × report_interval_s: stale (the fleet's "sleeping").
        m_now = m_now.addSecs(29);
        QCOMPARE(tracker->health(id), Health::Online);
        m_now = m_now.addSecs(2);
        QCOMPARE(tracker->health(id), Health::Sleeping);
        QTRY_COMPARE_WITH_TIMEOUT(*lastUpdate(updates).health, Health::Sleeping, 2000);

        // Any message makes it fresh again.
        connection.deliver(QStringLiteral("fd/v1/d1/telemetry"), R"({"temperature":21.5})");
        QCOMPARE(tracker->health(id), Health::Online);

        // Last Will: offline, whatever the age.
        QSignalSpy status(tracker.get(), &MqttDeviceTracker::statusChanged);
        connection.deliver(
            QStringLiteral("fd/v1/d1/status"), R"({"state":"offline","reason":"lost"})", true);
        QCOMPARE(tracker->health(id), Health::Offline);
        QCOMPARE(tracker->device(id)->offlineReason, QStringLiteral("lost"));
        QCOMPARE(status.size(), 1);
        QCOMPARE(*lastUpdate(updates).health, Health::Offline);

        // A retained old birth without later messages is stale, not online.
        connection.deliver(QStringLiteral("fd/v1/d2/status"),
                           "{\"state\":\"online\",\"ts\":" + ts(3600) + "}",
                           true);
        QCOMPARE(tracker->health(QStringLiteral("d2")), Health::Sleeping);
        QCOMPARE(tracker->health(QStringLiteral("never-seen")), Health::Unknown);
    }

    void lastSeenAloneIsReportedAtMostOncePerMinute()
    {
        FakeMqttConnection connection;
        auto tracker = makeTracker(&connection);
        QSignalSpy updates(tracker.get(), &MqttDeviceTracker::updatesReady);
        connection.deliver(QStringLiteral("fd/v1/t/status"), R"({"state":"online"})");
        QCOMPARE(updates.size(), 1);
        for (int second = 1; second <= 59; ++second) {
            m_now = m_now.addSecs(1);
            connection.deliver(QStringLiteral("fd/v1/t/telemetry"), R"({"temperature":20})");
        }
        QCOMPARE(updates.size(), 1); // only "seen again": not yet worth a write
        QCOMPARE(tracker->device(QStringLiteral("t"))->lastSeen, m_now); // but known
        m_now = m_now.addSecs(2);
        connection.deliver(QStringLiteral("fd/v1/t/telemetry"), "not even JSON: still alive");
        QCOMPARE(updates.size(), 2);
        QCOMPARE(lastUpdate(updates).lastSeen, m_now);
        connection.deliver(QStringLiteral("fd/v1/t/attributes"), R"({"battery":12})");
        QCOMPARE(updates.size(), 3); // a real change goes out at once
        QCOMPARE(*lastUpdate(updates).batteryPercent, 12);
    }

    void firmwareProgress()
    {
        FakeMqttConnection connection;
        auto tracker = makeTracker(&connection);
        QSignalSpy progress(tracker.get(), &MqttDeviceTracker::firmwareProgress);
        connection.deliver(
            QStringLiteral("fd/v1/d1/firmware"),
            R"({"state":1,"result":0,"progress":42,"target_version":"1.3.0","request_id":"r1"})");
        QCOMPARE(progress.size(), 1);
        const auto p = progress.first().at(1).value<MqttFirmwareProgress>();
        QCOMPARE(p.state, 1);
        QCOMPARE(p.progress, 42);
        QCOMPARE(p.requestId, QStringLiteral("r1"));
        QVERIFY(!p.isFinal());
        connection.deliver(QStringLiteral("fd/v1/d1/firmware"), R"({"state":0,"result":5})");
        QVERIFY(progress.last().at(1).value<MqttFirmwareProgress>().isFinal());
        QCOMPARE(MqttDmProtocol::firmwareResultText(5), QStringLiteral("integrity check failed"));
    }

    void garbageIsCountedAndIgnored_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        const QString status = QStringLiteral("fd/v1/g/status");
        const QString identity = QStringLiteral("fd/v1/g/identity");
        const QString attributes = QStringLiteral("fd/v1/g/attributes");
        QTest::newRow("not JSON") << status << QByteArray("online");
        QTest::newRow("not UTF-8") << status << QByteArray("\xff\xfe{\"state\":\"online\"}");
        QTest::newRow("array") << status << QByteArray("[\"online\"]");
        QTest::newRow("unknown state") << status << QByteArray(R"({"state":"maybe"})");
        QTest::newRow("state not a string") << status << QByteArray(R"({"state":1})");
        QTest::newRow("ts a string") << status << QByteArray(R"({"state":"online","ts":"now"})");
        QTest::newRow("identity without serial")
            << identity << QByteArray(R"({"model":"m","firmware_version":"1"})");
        QTest::newRow("model a number")
            << identity << QByteArray(R"({"model":5,"serial":"s","firmware_version":"1"})");
        QTest::newRow("battery a string") << attributes << QByteArray(R"({"battery":"87"})");
        QTest::newRow("battery 300") << attributes << QByteArray(R"({"battery":300})");
        QTest::newRow("battery 8.5") << attributes << QByteArray(R"({"battery":8.5})");
        QTest::newRow("location a list") << attributes << QByteArray(R"({"location":[1,2]})");
        QTest::newRow("interval 0") << attributes << QByteArray(R"({"report_interval_s":0})");
        QTest::newRow("100,000 levels deep")
            << attributes << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("30,000 levels deep, under the size cap")
            << attributes << QByteArray(30000, '[') + QByteArray(30000, ']');
        QTest::newRow("deep objects")
            << attributes
            << QByteArray("{\"a\":").repeated(40) + QByteArray("1") + QByteArray(40, '}');
        QTest::newRow("10 MB") << attributes
                               << QByteArray("{\"battery\":50,\"pad\":\"")
                                      + QByteArray(10 * 1024 * 1024, 'x') + QByteArray("\"}");
        QTest::newRow("config without version")
            << QStringLiteral("fd/v1/g/config") << QByteArray(R"({"config":{}})");
        QTest::newRow("firmware state 7")
            << QStringLiteral("fd/v1/g/firmware") << QByteArray(R"({"state":7,"result":0})");
    }

    void garbageIsCountedAndIgnored()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        FakeMqttConnection connection;
        auto tracker = makeTracker(&connection);
        // A good state first: garbage must not change it.
        connection.deliver(QStringLiteral("fd/v1/g/status"), R"({"state":"online"})");
        connection.deliver(QStringLiteral("fd/v1/g/attributes"), R"({"battery":50})");
        QSignalSpy ignored(tracker.get(), &MqttDeviceTracker::garbageIgnored);
        QSignalSpy updates(tracker.get(), &MqttDeviceTracker::updatesReady);
        connection.deliver(topic, payload);
        QCOMPARE(tracker->garbageCount(), 1);
        QCOMPARE(ignored.size(), 1);
        QVERIFY(!ignored.first().at(1).toString().isEmpty());
        QCOMPARE(updates.size(), 0);
        const MqttDeviceState *s = tracker->device(QStringLiteral("g"));
        QVERIFY(s);
        QCOMPARE(*s->online, true);
        QCOMPARE(*s->batteryPercent, 50);
        QVERIFY(!s->hasIdentity);
        // And the tracker keeps working.
        connection.deliver(QStringLiteral("fd/v1/g/attributes"), R"({"battery":49})");
        QCOMPARE(*tracker->device(QStringLiteral("g"))->batteryPercent, 49);
    }

    void foreignTopicsAndClearedRetainedAreNotGarbage()
    {
        FakeMqttConnection connection;
        auto tracker = makeTracker(&connection);
        connection.deliver(QStringLiteral("fd/v1/g/rsp"), "garbage");
        connection.deliver(QStringLiteral("fd/v1/g/cmd/reboot"), "{}");
        connection.deliver(QStringLiteral("other/topic"), "x");
        connection.deliver(QStringLiteral("fd/v1/g/status"), QByteArray()); // retained cleared
        QCOMPARE(tracker->garbageCount(), 0);
        QVERIFY(tracker->devices().isEmpty());
    }

    void updatesReachTheFleetCache()
    {
        QTemporaryDir dir;
        const QString connection = QStringLiteral("mqtt-dm");
        QVERIFY(CacheDatabase::open(dir.filePath(QStringLiteral("fleet.db")),
                                    CacheDatabase::Kind::Fleet,
                                    connection)
                    .ok());
        {
            FleetRepository repo(QSqlDatabase::database(connection));
            MqttDeviceUpdate u;
            u.deviceId = QStringLiteral("lt-1");
            u.health = Health::Online;
            u.model = QStringLiteral("LT-500");
            u.serial = QStringLiteral("S1");
            u.firmwareVersion = QStringLiteral("1.2.0");
            u.site = QStringLiteral("Berlin");
            u.group = QStringLiteral("north");
            u.batteryPercent = 80;
            u.lastSeen = m_now;
            QHash<QString, QUuid> ids;
            int written = 0;
            QVERIFY(
                repo.applyMqttUpdates(QStringLiteral("broker-a"), {u}, &ids, nullptr, &written));
            QCOMPARE(written, 1);
            const auto device = repo.findByBinding(
                {Protocol::Mqtt, QStringLiteral("broker-a"), QStringLiteral("lt-1")});
            QVERIFY(device);
            QCOMPARE(device->id, ids.value(QStringLiteral("lt-1")));
            QCOMPARE(device->name, QStringLiteral("lt-1"));
            QCOMPARE(device->site, QStringLiteral("Berlin"));
            QCOMPARE(device->groupPath, QStringLiteral("north"));
            QCOMPARE(device->health, Health::Online);
            QCOMPARE(device->lifecycle, Lifecycle::Active);
            QCOMPARE(*device->batteryPercent, 80);
            // The same again writes nothing; a change writes one device; same id, other broker =
            // another device.
            QVERIFY(
                repo.applyMqttUpdates(QStringLiteral("broker-a"), {u}, nullptr, nullptr, &written));
            QCOMPARE(written, 0);
            MqttDeviceUpdate offline;
            offline.deviceId = u.deviceId;
            offline.health = Health::Offline;
            QVERIFY(repo.applyMqttUpdates(
                QStringLiteral("broker-a"), {offline}, nullptr, nullptr, &written));
            QCOMPARE(written, 1);
            QVERIFY(
                repo.applyMqttUpdates(QStringLiteral("broker-b"), {u}, nullptr, nullptr, &written));
            QCOMPARE(repo.deviceCount(), 2);
            const auto again = repo.findByBinding(
                {Protocol::Mqtt, QStringLiteral("broker-a"), QStringLiteral("lt-1")});
            QCOMPARE(again->health, Health::Offline);
            QCOMPARE(again->model, QStringLiteral("LT-500")); // kept
        }
        CacheDatabase::close(connection);
    }
};

QTEST_GUILESS_MAIN(tst_MqttDeviceTracker)
#include "tst_MqttDeviceTracker.moc"
