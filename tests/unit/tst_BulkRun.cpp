#include "bulk/BulkRun.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class tst_BulkRun : public QObject
{
    Q_OBJECT

private:
    static QVector<BulkRun::Target> targets(int n)
    {
        QVector<BulkRun::Target> list;
        for (int i = 0; i < n; ++i)
            list.append({QUuid::createUuid(),
                         QStringLiteral("dev-%1").arg(i),
                         QStringLiteral("ep-%1").arg(i),
                         QStringLiteral("p")});
        return list;
    }

private slots:
    void boundedConcurrencyAndAllSucceed()
    {
        int inFlight = 0;
        int maxInFlight = 0;
        BulkRun run(QStringLiteral("reboot"),
                    targets(40),
                    [&](const BulkRun::Target &, const BulkRun::Done &done) {
                        ++inFlight;
                        maxInFlight = qMax(maxInFlight, inFlight);
                        QTimer::singleShot(5, [&inFlight, done] {
                            --inFlight;
                            done(BulkRun::Outcome::Succeeded, {});
                        });
                    });
        run.setConcurrency(4);
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(maxInFlight, 4);
        QCOMPARE(run.count(BulkRun::Outcome::Succeeded), 40);
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(finished.size(), 1);
    }

    void failuresTimeoutsAndPartialExitCode()
    {
        BulkRun run(QStringLiteral("reboot"),
                    targets(3),
                    [](const BulkRun::Target &t, const BulkRun::Done &done) {
                        if (t.name == QLatin1String("dev-0"))
                            done(BulkRun::Outcome::Succeeded, {});
                        else if (t.name == QLatin1String("dev-1"))
                            done(BulkRun::Outcome::Failed, QStringLiteral("4.04 not found"));
                        // dev-2 never answers; and a late answer after the timeout must be ignored
                        else
                            QTimer::singleShot(400,
                                               [done] { done(BulkRun::Outcome::Succeeded, {}); });
                    });
        run.setTimeout(100);
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(run.results()[1].reason, QStringLiteral("4.04 not found"));
        QCOMPARE(run.results()[2].outcome, BulkRun::Outcome::TimedOut);
        QTest::qWait(500); // let the late answer arrive: it must not change the result
        QCOMPARE(run.results()[2].outcome, BulkRun::Outcome::TimedOut);
        QCOMPARE(run.exitCode(), 3);
        const QString csv = run.toCsv();
        QVERIFY(csv.startsWith(QStringLiteral("device_id,name,endpoint,outcome,reason")));
        QVERIFY(csv.contains(QStringLiteral(",failed,4.04 not found,")));
        QVERIFY(csv.contains(QStringLiteral(",timed_out,")));
    }

    void sleepingDevicesFreeTheirSlot()
    {
        QVector<BulkRun::Done> sleepers;
        BulkRun run(QStringLiteral("reboot"),
                    targets(5),
                    [&](const BulkRun::Target &t, const BulkRun::Done &done) {
                        if (t.name == QLatin1String("dev-0")) {
                            done(BulkRun::Outcome::WaitingForWakeUp, {});
                            sleepers.append(done);
                        } else {
                            done(BulkRun::Outcome::Succeeded, {});
                        }
                    });
        run.setConcurrency(1);
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QTRY_COMPARE(run.count(BulkRun::Outcome::Succeeded), 4); // not blocked by the sleeper
        QVERIFY(finished.isEmpty());
        QCOMPARE(run.results()[0].outcome, BulkRun::Outcome::WaitingForWakeUp);
        sleepers.first()(BulkRun::Outcome::Succeeded, {}); // the device woke up
        QVERIFY(finished.wait(5000));
        QCOMPARE(run.exitCode(), 0);
    }

    void cancelStopsPendingTargets()
    {
        BulkRun *runPtr = nullptr;
        BulkRun run(QStringLiteral("reboot"),
                    targets(10),
                    [&](const BulkRun::Target &t, const BulkRun::Done &done) {
                        if (t.name == QLatin1String("dev-1"))
                            runPtr->cancel();
                        done(BulkRun::Outcome::Succeeded, {});
                    });
        runPtr = &run;
        run.setConcurrency(1);
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(run.count(BulkRun::Outcome::Succeeded), 2);
        QCOMPARE(run.count(BulkRun::Outcome::Cancelled), 8);
        QCOMPARE(run.exitCode(), 3);
    }

    void emptyRunFinishes()
    {
        BulkRun run(
            QStringLiteral("reboot"), {}, [](const BulkRun::Target &, const BulkRun::Done &) {});
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(run.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_BulkRun)
#include "tst_BulkRun.moc"
