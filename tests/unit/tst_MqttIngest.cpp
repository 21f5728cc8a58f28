#include "mqtt/MqttIngest.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The ingest pipeline with a real telemetry database in a temporary directory.
class tst_MqttIngest : public QObject
{
    Q_OBJECT

    static MqttMessage msg(const QString &topic, const QByteArray &payload)
    {
        MqttMessage m;
        m.topic = topic;
        m.payload = payload;
        return m;
    }

    static QVector<MqttHistoryEntry> history(MqttIngest &ingest, const QString &topic)
    {
        QSignalSpy spy(&ingest, &MqttIngest::historyReady);
        ingest.requestHistory(topic, -1);
        if (spy.isEmpty())
            return {};
        return spy.at(0).at(1).value<QVector<MqttHistoryEntry>>();
    }

private slots:
    void deltasComeAtTheFlushRateNotPerMessage()
    {
        MqttIngest::Options options;
        options.flushIntervalMs = 50;
        MqttIngest ingest(QStringLiteral("p"), options);
        QVERIFY(ingest.open());
        QSignalSpy spy(&ingest, &MqttIngest::topicsUpdated);
        for (int i = 0; i < 1000; ++i)
            ingest.ingest({msg(QStringLiteral("t/%1").arg(i % 7), QByteArray::number(i))});
        QVERIFY(spy.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 2000);
        QCOMPARE(spy.count(), 1);
        const auto updates = spy.at(0).at(0).value<QVector<TopicUpdate>>();
        QCOMPARE(updates.size(), 7);
        QCOMPARE(ingest.stats().messages, quint64(1000));
    }

    void historySurvivesARestartAndStaysBounded()
    {
        QTemporaryDir dir;
        MqttIngest::Options options;
        options.telemetryDbPath = dir.filePath(QStringLiteral("telemetry.db"));
        options.historyPerTopic = 5;
        {
            MqttIngest ingest(QStringLiteral("broker-a"), options);
            QVERIFY(ingest.open());
            for (int i = 0; i < 12; ++i) {
                ingest.ingest({msg(QStringLiteral("s/1"), QByteArray::number(i))});
                if (i % 4 == 0)
                    ingest.flush(); // several transactions
            }
            ingest.ingest({msg(QStringLiteral("other"), "x")});
        } // closing writes what is pending
        MqttIngest again(QStringLiteral("broker-a"), options);
        QVERIFY(again.open());
        QVector<MqttHistoryEntry> h = history(again, QStringLiteral("s/1"));
        QCOMPARE(h.size(), 5);
        QCOMPARE(h.first().payload, QByteArray("7"));
        QCOMPARE(h.last().payload, QByteArray("11"));
        // continues the ring after the restart
        again.ingest({msg(QStringLiteral("s/1"), "12")});
        h = history(again, QStringLiteral("s/1"));
        QCOMPARE(h.size(), 5);
        QCOMPARE(h.first().payload, QByteArray("8"));
        QCOMPARE(h.last().payload, QByteArray("12"));
        // another broker's history is apart
        MqttIngest b(QStringLiteral("broker-b"), options);
        QVERIFY(b.open());
        QVERIFY(history(b, QStringLiteral("s/1")).isEmpty());
    }

    void aSmallerLimitPrunesOnOpen()
    {
        QTemporaryDir dir;
        MqttIngest::Options options;
        options.telemetryDbPath = dir.filePath(QStringLiteral("telemetry.db"));
        options.historyPerTopic = 10;
        {
            MqttIngest ingest(QStringLiteral("p"), options);
            QVERIFY(ingest.open());
            for (int i = 0; i < 10; ++i)
                ingest.ingest({msg(QStringLiteral("t"), QByteArray::number(i))});
        }
        options.historyPerTopic = 3;
        MqttIngest smaller(QStringLiteral("p"), options);
        QVERIFY(smaller.open());
        QVERIFY(history(smaller, QStringLiteral("t")).size() <= 3);
    }

    void largePayloadsAreStoredUpToTheLimitWithTheirFullSize()
    {
        QTemporaryDir dir;
        MqttIngest::Options options;
        options.telemetryDbPath = dir.filePath(QStringLiteral("telemetry.db"));
        options.historyMaxPayload = 1024;
        MqttIngest ingest(QStringLiteral("p"), options);
        QVERIFY(ingest.open());
        const QByteArray big(10 * 1024 * 1024, 'z');
        ingest.ingest({msg(QStringLiteral("big"), big)});
        QCOMPARE(ingest.store().find(QStringLiteral("big"))->lastPayload.size(), big.size());
        const auto h = history(ingest, QStringLiteral("big"));
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().size, qint64(big.size()));
        QCOMPARE(h.first().payload.size(), 1024);
        QVERIFY(h.first().truncated());
    }

    void mqtt5PropertiesRoundTrip()
    {
        QTemporaryDir dir;
        MqttIngest::Options options;
        options.telemetryDbPath = dir.filePath(QStringLiteral("telemetry.db"));
        MqttIngest ingest(QStringLiteral("p"), options);
        QVERIFY(ingest.open());
        MqttMessage m = msg(QStringLiteral("p5"), "{}");
        m.properties.contentType = QStringLiteral("application/json");
        m.properties.correlationData = QByteArray("\x01\x02", 2);
        m.properties.userProperties = {{QStringLiteral("k"), QStringLiteral("v")}};
        ingest.ingest({m});
        const auto h = history(ingest, QStringLiteral("p5"));
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().properties.contentType, QStringLiteral("application/json"));
        QCOMPARE(h.first().properties.correlationData, QByteArray("\x01\x02", 2));
        QCOMPARE(h.first().properties.userProperties.value(0).second, QStringLiteral("v"));
    }

    void capIsAnnouncedOnce()
    {
        MqttIngest::Options options;
        options.maxTopics = 10;
        MqttIngest ingest(QStringLiteral("p"), options);
        QVERIFY(ingest.open());
        QSignalSpy cap(&ingest, &MqttIngest::capReached);
        for (int i = 0; i < 100; ++i)
            ingest.ingest({msg(QStringLiteral("flood/%1").arg(i), "x")});
        QCOMPARE(cap.count(), 1);
        QCOMPARE(ingest.stats().topics, 10);
        QCOMPARE(ingest.stats().droppedMessages, quint64(90));
    }

    void anUnwritableDatabaseIsAMessageNotACrash()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        MqttIngest::Options options;
        options.telemetryDbPath = blocker + QStringLiteral("/sub/telemetry.db"); // under a file
        MqttIngest ingest(QStringLiteral("p"), options);
        QSignalSpy failed(&ingest, &MqttIngest::historyFailed);
        QVERIFY(!ingest.open());
        QCOMPARE(failed.count(), 1);
        ingest.ingest({msg(QStringLiteral("t"), "still counted")});
        QCOMPARE(ingest.store().find(QStringLiteral("t"))->lastPayload,
                 QByteArray("still counted"));
    }
};

QTEST_GUILESS_MAIN(tst_MqttIngest)
#include "tst_MqttIngest.moc"
