#include "mqtt/MqttBackoff.h"

#include <QTest>

class tst_MqttBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTheCapWithEqualJitter()
    {
        double r = 0.0;
        MqttBackoff backoff(500, 30000, [&r] { return r; });
        // random 0: the fixed half of each step.
        const int expectedLow[] = {250, 500, 1000, 2000, 4000, 8000, 15000, 15000};
        for (int expected : expectedLow)
            QCOMPARE(backoff.nextDelayMs(), expected);
        backoff.reset();
        r = 0.999999;
        const int expectedHigh[] = {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
        for (int expected : expectedHigh)
            QVERIFY(qAbs(backoff.nextDelayMs() - expected) <= 1);
        QCOMPARE(backoff.attempts(), 8);
    }

    void realJitterStaysWithinTheStepAndTheCap()
    {
        MqttBackoff backoff; // QRandomGenerator
        for (int attempt = 0; attempt < 100; ++attempt) {
            const int step = attempt >= 6 ? 30000 : 500 << attempt;
            const int delay = backoff.nextDelayMs();
            QVERIFY2(delay >= step / 2 && delay <= step,
                     qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(delay)));
            QVERIFY(delay <= 30000);
        }
    }

    void resetStartsAgain()
    {
        MqttBackoff backoff(500, 30000, [] { return 0.0; });
        backoff.nextDelayMs();
        backoff.nextDelayMs();
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.nextDelayMs(), 250);
    }

    void manyAttemptsNeverOverflow()
    {
        MqttBackoff backoff(500, 30000, [] { return 0.5; });
        for (int i = 0; i < 10000; ++i)
            QVERIFY(backoff.nextDelayMs() <= 30000);
    }
};

QTEST_GUILESS_MAIN(tst_MqttBackoff)
#include "tst_MqttBackoff.moc"
