#include "TestFleet.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/TelemetryRepository.h"

#include <QTemporaryDir>
#include <QTest>

class tst_FleetRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        QVERIFY(CacheDatabase::open(
                    m_dir.filePath(QStringLiteral("fleet-%1.db")
                                       .arg(QString::fromLatin1(QTest::currentTestFunction()))),
                    CacheDatabase::Kind::Fleet,
                    QStringLiteral("f"))
                    .ok());
    }
    void cleanup() { CacheDatabase::close(QStringLiteral("f")); }

    void roundTripKeepsEveryField()
    {
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("f")));
        DeviceList fleet = TestFleet::fleet(30);
        fleet[3].batteryPercent.reset();
        fleet[3].signalDbm.reset();
        fleet[3].lastSeen = QDateTime();
        fleet[4].binding = {};
        fleet[5].tags = {QStringLiteral("a"), QStringLiteral("日本語")};
        fleet[7].tags
            = {QStringLiteral("x\",\"y"), QStringLiteral("back\\slash"), QStringLiteral("[b]")};
        fleet[6].name = QStringLiteral("ポンプ 6 \"quoted\", comma");
        QVERIFY(repo.upsertDevices(fleet));
        QCOMPARE(repo.deviceCount(), 30);
        for (const Device &expected : std::as_const(fleet)) {
            const auto loaded = repo.findDevice(expected.id);
            QVERIFY(loaded);
            QCOMPARE(*loaded, expected);
        }
    }

    void upsertReplacesByIdAndRejectsDuplicateBindings()
    {
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("f")));
        DeviceList fleet = TestFleet::fleet(3);
        QVERIFY(repo.upsertDevices(fleet));
        fleet[0].firmwareVersion = QStringLiteral("2.1.0");
        QVERIFY(repo.upsertDevices({fleet[0]}));
        QCOMPARE(repo.deviceCount(), 3);
        QCOMPARE(repo.findDevice(fleet[0].id)->firmwareVersion, QStringLiteral("2.1.0"));

        // Same binding on another device: the whole batch is refused, nothing half-written.
        Device clash = TestFleet::device(99, QStringLiteral("S"), QString());
        clash.binding = fleet[1].binding;
        Device fine = TestFleet::device(98, QStringLiteral("S"), QString());
        QString error;
        QVERIFY(!repo.upsertDevices({fine, clash}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(repo.deviceCount(), 3);
        QVERIFY(!repo.findDevice(fine.id));
    }

    void sameSerialOnTwoBindingsIsKeptApart()
    {
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("f")));
        DeviceList fleet = TestFleet::fleet(2);
        fleet[1].serial = fleet[0].serial;
        QVERIFY(repo.upsertDevices(fleet));
        QCOMPARE(repo.deviceCount(), 2);
    }

    void removeAndMeta()
    {
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("f")));
        const DeviceList fleet = TestFleet::fleet(2);
        QVERIFY(repo.upsertDevices(fleet));
        QVERIFY(repo.removeDevice(fleet[0].id));
        QCOMPARE(repo.deviceCount(), 1);
        QVERIFY(!repo.lastSync().isValid());
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1764000000123, Qt::UTC);
        QVERIFY(repo.setLastSync(when));
        QCOMPARE(repo.lastSync(), when);
    }

    void telemetryAppendQueryPrune()
    {
        QVERIFY(CacheDatabase::open(m_dir.filePath(QStringLiteral("telemetry.db")),
                                    CacheDatabase::Kind::Telemetry,
                                    QStringLiteral("t"))
                    .ok());
        {
            TelemetryRepository repo(QSqlDatabase::database(QStringLiteral("t")));
            const QUuid id = QUuid::createUuid();
            QVector<TelemetrySample> samples;
            const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
            for (int i = 0; i < 100; ++i)
                samples.append({id, QStringLiteral("/3/0/9"), t0.addSecs(i), double(i)});
            QVERIFY(repo.append(samples));
            const auto range
                = repo.samples(id, QStringLiteral("/3/0/9"), t0.addSecs(10), t0.addSecs(19));
            QCOMPARE(range.size(), 10);
            QCOMPARE(range.first().value, 10.0);
            QCOMPARE(repo.pruneOlderThan(t0.addSecs(50)), 50);
            QCOMPARE(repo.samples(id, QStringLiteral("/3/0/9"), t0, t0.addSecs(1000)).size(), 50);
        }
        CacheDatabase::close(QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(tst_FleetRepository)
#include "tst_FleetRepository.moc"
