#include "TestFleet.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/FleetStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_FleetStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void seed(const QString &file, int count)
    {
        QVERIFY(CacheDatabase::open(file, CacheDatabase::Kind::Fleet, QStringLiteral("seed")).ok());
        {
            FleetRepository repo(QSqlDatabase::database(QStringLiteral("seed")));
            QVERIFY(repo.upsertDevices(TestFleet::fleet(count)));
        }
        CacheDatabase::close(QStringLiteral("seed"));
    }

private slots:
    void loadsOnItsWorkerThread()
    {
        const QString file = m_dir.filePath(QStringLiteral("a.db"));
        seed(file, 25);
        FleetStore store;
        QSignalSpy opened(&store, &FleetStore::opened);
        QSignalSpy loaded(&store, &FleetStore::devicesLoaded);
        store.open(file);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(),
                                 10000); // emitted from the worker: may come before a wait()
        QCOMPARE(opened.size(), 1);
        QCOMPARE(loaded.first().first().value<DeviceList>().size(), 25);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("telemetry.db"))));
    }

    void upsertReloads()
    {
        const QString file = m_dir.filePath(QStringLiteral("b.db"));
        FleetStore store;
        QSignalSpy loaded(&store, &FleetStore::devicesLoaded);
        store.open(file);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(),
                                 10000); // emitted from the worker: may come before a wait()
        QCOMPARE(loaded.takeFirst().first().value<DeviceList>().size(), 0);
        store.upsertDevices(TestFleet::fleet(4));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(),
                                 10000); // emitted from the worker: may come before a wait()
        QCOMPARE(loaded.takeFirst().first().value<DeviceList>().size(), 4);
    }

    void noticesCommitsByAnotherProcess()
    {
        const QString file = m_dir.filePath(QStringLiteral("c.db"));
        seed(file, 1);
        FleetStore store;
        store.setWatchInterval(100);
        QSignalSpy loaded(&store, &FleetStore::devicesLoaded);
        store.open(file);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(),
                                 10000); // emitted from the worker: may come before a wait()
        loaded.clear();
        seed(file, 7); // another connection, as fleetdesk-cli would
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(loaded.last().first().value<DeviceList>().size(), 7);
    }

    void uncleanShutdownAsksForAFullCheck()
    {
        const QString file = m_dir.filePath(QStringLiteral("d.db"));
        {
            FleetStore first;
            QSignalSpy opened(&first, &FleetStore::opened);
            first.open(file);
            QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(),
                                     10000); // emitted from the worker: may come before a wait()
            QCOMPARE(opened.first().at(1).toBool(), false);
            // no closeCleanly(): the session stays marked open, as after a crash
        }
        // The destructor closes cleanly; simulate the crash by marking the session open again.
        QVERIFY(CacheDatabase::open(file, CacheDatabase::Kind::Fleet, QStringLiteral("m")).ok());
        FleetRepository(QSqlDatabase::database(QStringLiteral("m")))
            .setMeta(QStringLiteral("gui_session"), QStringLiteral("open"));
        CacheDatabase::close(QStringLiteral("m"));

        FleetStore second;
        QSignalSpy opened(&second, &FleetStore::opened);
        QSignalSpy checked(&second, &FleetStore::integrityChecked);
        second.open(file);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(),
                                 10000); // emitted from the worker: may come before a wait()
        QCOMPARE(opened.first().at(1).toBool(), true);
        second.checkIntegrity();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(),
                                 10000); // emitted from the worker: may come before a wait()
        QCOMPARE(checked.first().at(0).toBool(), true); // full integrity_check
        QVERIFY(checked.first().at(1).toStringList().isEmpty());
        second.closeCleanly();

        FleetStore third;
        QSignalSpy reopened(&third, &FleetStore::opened);
        QSignalSpy quick(&third, &FleetStore::integrityChecked);
        third.open(file);
        QTRY_VERIFY_WITH_TIMEOUT(!reopened.isEmpty(),
                                 10000); // emitted from the worker: may come before a wait()
        QCOMPARE(reopened.first().at(1).toBool(), false);
        third.checkIntegrity();
        QTRY_VERIFY_WITH_TIMEOUT(!quick.isEmpty(),
                                 10000); // emitted from the worker: may come before a wait()
        QCOMPARE(quick.first().at(0).toBool(), false); // quick_check after a clean exit
    }
};

QTEST_GUILESS_MAIN(tst_FleetStore)
#include "tst_FleetStore.moc"
