// DeviceLoader: FleetRepository::loadDevices() through SQLite's C API with shared repeated strings.
// Every field must come back as written (the same record as findDevice(), which reads through
// QSqlQuery), and equal repeated values must share one string.
#include "TestFleet.h"
#include "store/CacheDatabase.h"
#include "store/DeviceLoader.h"
#include "store/FleetRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Select = QStringLiteral(
    "SELECT id, name, protocol, profile, binding_key, site, group_path, model, serial, firmware, "
    "tags, lifecycle, health, last_seen, battery, signal_dbm FROM devices ORDER BY name");

} // namespace

class tst_DeviceLoader : public QObject
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

    void everyFieldComesBackAsWritten()
    {
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("f")));
        DeviceList fleet = TestFleet::fleet(40);
        fleet[3].batteryPercent.reset();
        fleet[3].signalDbm.reset();
        fleet[3].lastSeen = QDateTime();
        fleet[4].binding = {};
        fleet[5].tags = {QStringLiteral("a"), QStringLiteral("日本語")};
        fleet[7].tags
            = {QStringLiteral("x\",\"y"), QStringLiteral("back\\slash"), QStringLiteral("[b]")};
        fleet[8].tags = {};
        fleet[9].tags = {QStringLiteral("pump"), QStringLiteral("meter"), QStringLiteral("gw")};
        fleet[6].name = QStringLiteral("ポンプ 6 \"quoted\", comma");
        fleet[10].site = QStringLiteral("München plant");
        fleet[11].health = Health::Sleeping;
        fleet[12].health = Health::Unknown;
        fleet[13].lifecycle = Lifecycle::Retired;
        fleet[14].lifecycle = Lifecycle::Disabled;
        fleet[15].lifecycle = Lifecycle::Provisioned;
        fleet[16].binding = {Protocol::Mqtt, QStringLiteral("broker"), QStringLiteral("dev-16")};
        fleet[17].batteryPercent = 0;
        fleet[17].signalDbm = -120;
        QVERIFY(repo.upsertDevices(fleet));

        QString error;
        const std::optional<DeviceList> loaded
            = DeviceLoader::load(QSqlDatabase::database(QStringLiteral("f")), Select, &error);
        QVERIFY(loaded);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(loaded->size(), fleet.size());
        // The same records as the QSqlQuery reader of findDevice().
        for (const Device &device : *loaded) {
            const auto expected = std::find_if(
                fleet.cbegin(), fleet.cend(), [&](const Device &d) { return d.id == device.id; });
            QVERIFY(expected != fleet.cend());
            QCOMPARE(device, *expected);
            QCOMPARE(device, *repo.findDevice(device.id));
        }
        // And loadDevices() takes this path.
        const DeviceList viaRepository = repo.loadDevices(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(viaRepository.size(), fleet.size());
        QVERIFY(viaRepository.capacity() == viaRepository.size()); // reserved exactly
    }

    void repeatedValuesShareOneString()
    {
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("f")));
        QVERIFY(repo.upsertDevices(TestFleet::fleet(12)));
        const DeviceList loaded = repo.loadDevices();
        QCOMPARE(loaded.size(), 12);
        // TestFleet: odd devices in "Osaka plant" on LT-500, every one on "sandbox-leshan".
        const Device *first = nullptr;
        for (const Device &d : loaded) {
            if (d.site != QStringLiteral("Osaka plant") || d.model != QStringLiteral("LT-500"))
                continue;
            if (!first) {
                first = &d;
                continue;
            }
            QCOMPARE(d.site.constData(), first->site.constData());
            QCOMPARE(d.model.constData(), first->model.constData());
            QCOMPARE(d.binding.profile.constData(), first->binding.profile.constData());
            QCOMPARE(d.tags.constData(), first->tags.constData());  // the same list
            QVERIFY(d.name.constData() != first->name.constData()); // names are their own
        }
        QVERIFY(first);
    }

    void orderIsSqliteOrderBySiteGroupName()
    {
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("f")));
        DeviceList fleet = TestFleet::fleet(60);
        // Code point order vs UTF-16 order: U+1F600 (a surrogate pair) sorts after U+FF21.
        const QStringList names = {QStringLiteral("a\U0001F600"),
                                   QStringLiteral("a\uFF21"),
                                   QStringLiteral("a"),
                                   QStringLiteral("A"),
                                   QStringLiteral("ab"),
                                   QStringLiteral("ä"),
                                   QStringLiteral("pump-10"),
                                   QStringLiteral("pump-2")};
        const QStringList sites = {QString(),
                                   QStringLiteral("München plant"),
                                   QStringLiteral("Osaka plant"),
                                   QStringLiteral("osaka plant"),
                                   QStringLiteral("Osaka")};
        for (int i = 0; i < fleet.size(); ++i) {
            fleet[i].name = names.at(i % names.size()) + (i % 3 ? QString::number(i) : QString());
            fleet[i].site = sites.at(i % sites.size());
            fleet[i].groupPath = i % 4 ? QStringLiteral("Line B") : QString();
        }
        QVERIFY(repo.upsertDevices(fleet));

        QSqlQuery sql(QSqlDatabase::database(QStringLiteral("f")));
        QVERIFY(sql.exec(QStringLiteral("SELECT id FROM devices ORDER BY site, group_path, name")));
        QStringList expected;
        while (sql.next())
            expected << sql.value(0).toString();
        QStringList actual;
        for (const Device &d : repo.loadDevices())
            actual << d.id.toString(QUuid::WithoutBraces);
        QCOMPARE(actual, expected);
    }

    void unknownEnumTextsFallBackAsBefore()
    {
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("f")));
        QVERIFY(repo.upsertDevices(TestFleet::fleet(1)));
        QSqlQuery update(QSqlDatabase::database(QStringLiteral("f")));
        QVERIFY(update.exec(QStringLiteral("UPDATE devices SET health = 'exploded', lifecycle = "
                                           "'?', protocol = 'coap', tags = 'not json'")));
        const DeviceList loaded = repo.loadDevices();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0].health, Health::Unknown);
        QCOMPARE(loaded[0].lifecycle, Lifecycle::Provisioned);
        QCOMPARE(loaded[0].binding.protocol, Protocol::None);
        QVERIFY(loaded[0].tags.isEmpty());
        QCOMPARE(loaded[0], *repo.findDevice(loaded[0].id)); // as the QSqlQuery reader
    }

    void sqlErrorIsReported()
    {
        QString error;
        const std::optional<DeviceList> loaded
            = DeviceLoader::load(QSqlDatabase::database(QStringLiteral("f")),
                                 QStringLiteral("SELECT id FROM no_such_table"),
                                 &error);
        QVERIFY(loaded);
        QVERIFY(loaded->isEmpty());
        QVERIFY(error.contains(QStringLiteral("no_such_table")));

        error.clear();
        const auto wrongColumns = DeviceLoader::load(QSqlDatabase::database(QStringLiteral("f")),
                                                     QStringLiteral("SELECT id FROM devices"),
                                                     &error);
        QVERIFY(wrongColumns && wrongColumns->isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void closedConnectionIsNotLoadedHere() { QVERIFY(!DeviceLoader::load(QSqlDatabase(), Select)); }
};

QTEST_GUILESS_MAIN(tst_DeviceLoader)
#include "tst_DeviceLoader.moc"
