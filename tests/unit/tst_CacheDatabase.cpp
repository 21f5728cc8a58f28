#include "TestFleet.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CacheDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void cleanup()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            CacheDatabase::close(name);
    }

    void createsAndMigratesANewCache()
    {
        const auto result = CacheDatabase::open(
            path(QStringLiteral("new.db")), CacheDatabase::Kind::Fleet, QStringLiteral("a"));
        QCOMPARE(result.status, CacheDatabase::Status::Created);
        QCOMPARE(result.schemaVersion,
                 CacheDatabase::latestSchemaVersion(CacheDatabase::Kind::Fleet));
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("a")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM devices")));
        CacheDatabase::close(QStringLiteral("a"));

        const auto again = CacheDatabase::open(
            path(QStringLiteral("new.db")), CacheDatabase::Kind::Fleet, QStringLiteral("a"));
        QCOMPARE(again.status, CacheDatabase::Status::Ok);
        QVERIFY(again.message.isEmpty());
    }

    void telemetryIsASeparateSchema()
    {
        const auto result = CacheDatabase::open(path(QStringLiteral("telemetry.db")),
                                                CacheDatabase::Kind::Telemetry,
                                                QStringLiteral("t"));
        QVERIFY(result.ok());
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("t")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM samples")));
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM devices")));
    }

    void newerSchemaOpensReadOnly()
    {
        const QString file = path(QStringLiteral("newer.db"));
        QVERIFY(CacheDatabase::open(file, CacheDatabase::Kind::Fleet, QStringLiteral("n")).ok());
        {
            FleetRepository repo(QSqlDatabase::database(QStringLiteral("n")));
            QVERIFY(repo.upsertDevices(TestFleet::fleet(3)));
            QVERIFY(QSqlQuery(QSqlDatabase::database(QStringLiteral("n")))
                        .exec(QStringLiteral("PRAGMA user_version=99")));
        }
        CacheDatabase::close(QStringLiteral("n"));

        const auto result
            = CacheDatabase::open(file, CacheDatabase::Kind::Fleet, QStringLiteral("n"));
        QCOMPARE(result.status, CacheDatabase::Status::ReadOnlyNewerSchema);
        QVERIFY(result.readOnly);
        QVERIFY(result.message.contains(QStringLiteral("read-only")));
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("n")));
        QCOMPARE(repo.loadDevices().size(), 3);            // the last known fleet is still shown
        QVERIFY(!repo.upsertDevices(TestFleet::fleet(1))); // and nothing can change it
        QCOMPARE(repo.deviceCount(), 3);
    }

    void corruptFileIsKeptAsideAndANewCacheStarts()
    {
        const QString file = path(QStringLiteral("corrupt.db"));
        const QByteArray garbage("this is not an SQLite database, but somebody's data");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        const auto result
            = CacheDatabase::open(file, CacheDatabase::Kind::Fleet, QStringLiteral("c"));
        QCOMPARE(result.status, CacheDatabase::Status::RecoveredFromCorruption);
        QVERIFY(!result.movedAsideTo.isEmpty());
        QVERIFY(result.message.contains(result.movedAsideTo));
        QFile kept(result.movedAsideTo);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage); // never deleted, never overwritten
        FleetRepository repo(QSqlDatabase::database(QStringLiteral("c")));
        QCOMPARE(repo.deviceCount(), 0);
        QVERIFY(repo.upsertDevices(TestFleet::fleet(2)));
    }

    void unwritableLocationFailsWithAMessage()
    {
        const auto result = CacheDatabase::open(QStringLiteral("/proc/fleetdesk/nope/fleet.db"),
                                                CacheDatabase::Kind::Fleet,
                                                QStringLiteral("x"));
        QVERIFY(!result.ok());
        QVERIFY(!result.message.isEmpty());
    }

    void twoConnectionsShareTheCache()
    {
        // The GUI and fleetdesk-cli use the same cache at the same time.
        const QString file = path(QStringLiteral("shared.db"));
        QVERIFY(CacheDatabase::open(file, CacheDatabase::Kind::Fleet, QStringLiteral("gui")).ok());
        QVERIFY(CacheDatabase::open(file, CacheDatabase::Kind::Fleet, QStringLiteral("cli")).ok());
        FleetRepository gui(QSqlDatabase::database(QStringLiteral("gui")));
        FleetRepository cli(QSqlDatabase::database(QStringLiteral("cli")));
        const qint64 before = gui.dataVersion();
        QVERIFY(cli.upsertDevices(TestFleet::fleet(5)));
        QVERIFY(gui.dataVersion() != before);
        QCOMPARE(gui.loadDevices().size(), 5);
    }

    void integrityChecks()
    {
        const QString file = path(QStringLiteral("check.db"));
        QVERIFY(CacheDatabase::open(file, CacheDatabase::Kind::Fleet, QStringLiteral("i")).ok());
        QVERIFY(CacheDatabase::checkIntegrity(QSqlDatabase::database(QStringLiteral("i")), false)
                    .isEmpty());
        QVERIFY(CacheDatabase::checkIntegrity(QSqlDatabase::database(QStringLiteral("i")), true)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CacheDatabase)
#include "tst_CacheDatabase.moc"
