#include "mqtt/MqttMessageBatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class tst_MqttMessageBatcher : public QObject
{
    Q_OBJECT

    static MqttMessage message(int i)
    {
        MqttMessage m;
        m.topic = QStringLiteral("t/%1").arg(i);
        m.payload = QByteArray::number(i);
        return m;
    }

private slots:
    void firstMessageGoesOutOnTheNextLoopTurn()
    {
        MqttMessageBatcher batcher(50);
        QSignalSpy spy(&batcher, &MqttMessageBatcher::batchReady);
        batcher.add(message(1));
        batcher.add(message(2));
        QCOMPARE(spy.count(), 0); // never synchronously
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 1000);
        const auto batch = spy.at(0).at(0).value<QVector<MqttMessage>>();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.at(0).topic, QStringLiteral("t/1"));
        QCOMPARE(batch.at(1).payload, QByteArray("2"));
    }

    // A steady stream for ~1 s: everything arrives, in order, in at most ~20 batches per second.
    void boundsTheBatchRate()
    {
        MqttMessageBatcher batcher(50);
        QVector<MqttMessage> received;
        QVector<qint64> batchTimes;
        QElapsedTimer clock;
        clock.start();
        connect(&batcher, &MqttMessageBatcher::batchReady, this, [&](const auto &batch) {
            received += batch;
            batchTimes.append(clock.elapsed());
        });
        int sent = 0;
        QTimer producer;
        producer.setInterval(1);
        connect(&producer, &QTimer::timeout, this, [&] {
            for (int i = 0; i < 5; ++i)
                batcher.add(message(sent++));
        });
        producer.start();
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 1000, 5000);
        producer.stop();
        const qint64 elapsed = clock.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(batcher.pendingCount(), 0, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent, 1000);
        for (int i = 0; i < received.size(); ++i)
            QCOMPARE(received.at(i).topic, QStringLiteral("t/%1").arg(i));
        QVERIFY2(
            batchTimes.size() <= int(elapsed / 50) + 2,
            qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batchTimes.size()).arg(elapsed)));
        for (int i = 1; i < batchTimes.size(); ++i)
            QVERIFY2(batchTimes.at(i) - batchTimes.at(i - 1) >= 45,
                     qPrintable(QStringLiteral("batches %1 ms apart")
                                    .arg(batchTimes.at(i) - batchTimes.at(i - 1))));
        QVERIFY(batchTimes.size() >= 5); // but it does deliver while the stream goes on
    }

    void flushEmitsWhatIsPendingAtOnce()
    {
        MqttMessageBatcher batcher(1000);
        QSignalSpy spy(&batcher, &MqttMessageBatcher::batchReady);
        batcher.add(message(1));
        batcher.flush();
        QCOMPARE(spy.count(), 1);
        batcher.flush(); // nothing pending: no empty batch
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_MqttMessageBatcher)
#include "tst_MqttMessageBatcher.moc"
