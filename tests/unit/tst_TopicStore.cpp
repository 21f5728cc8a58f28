#include "mqtt/TopicStore.h"

#include <QTest>

class tst_TopicStore : public QObject
{
    Q_OBJECT

    static MqttMessage msg(const QString &topic, const QByteArray &payload, bool retain = false)
    {
        MqttMessage m;
        m.topic = topic;
        m.payload = payload;
        m.retain = retain;
        m.qos = 1;
        return m;
    }

private slots:
    void keepsLastAndPreviousValueAndCounters()
    {
        TopicStore store;
        QVERIFY(store.add(msg(QStringLiteral("a/b"), "1"), 1000));
        QVERIFY(store.add(msg(QStringLiteral("a/b"), "22"), 2000));
        const TopicRecord *r = store.find(QStringLiteral("a/b"));
        QVERIFY(r);
        QCOMPARE(r->lastPayload, QByteArray("22"));
        QCOMPARE(r->previousPayload, QByteArray("1"));
        QCOMPARE(r->count, quint64(2));
        QCOMPARE(r->bytes, quint64(3));
        QCOMPARE(r->lastMs, qint64(2000));
        QCOMPARE(int(r->qos), 1);
        QCOMPARE(store.messageCount(), quint64(2));
    }

    void changesAreTakenOncePerTopic()
    {
        TopicStore store;
        for (int i = 0; i < 100; ++i)
            store.add(msg(QStringLiteral("t/%1").arg(i % 10), QByteArray::number(i)), i);
        QVector<TopicUpdate> changes = store.takeChanges();
        QCOMPARE(changes.size(), 10);
        for (const TopicUpdate &u : changes)
            QCOMPARE(u.record.count, quint64(10));
        QVERIFY(store.takeChanges().isEmpty());
    }

    void capCountsButDoesNotKeepNewTopics()
    {
        TopicStore store(3);
        for (int i = 0; i < 5; ++i)
            store.add(msg(QStringLiteral("flood/%1").arg(i), "x"), 1);
        QCOMPARE(store.topicCount(), 3);
        QVERIFY(store.capReached());
        QCOMPARE(store.droppedMessages(), quint64(2));
        // known topics still update
        QVERIFY(store.add(msg(QStringLiteral("flood/0"), "y"), 2));
        QCOMPARE(store.find(QStringLiteral("flood/0"))->lastPayload, QByteArray("y"));
        QVERIFY(!store.find(QStringLiteral("flood/4")));
    }

    void ratesRiseAndFallToZero()
    {
        TopicStore store;
        store.updateRates(0 + 1); // first tick only sets the base
        for (int i = 0; i < 20; ++i)
            store.add(msg(QStringLiteral("r"), "x"), 500);
        store.takeChanges();
        store.updateRates(2001); // 20 messages in 2 s
        QCOMPARE(store.find(QStringLiteral("r"))->rate, 10.0f);
        QCOMPARE(store.takeChanges().size(), 1); // the rate change is a change
        store.updateRates(3001);
        QCOMPARE(store.find(QStringLiteral("r"))->rate, 0.0f);
        QCOMPARE(store.takeChanges().size(), 1);
        store.updateRates(4001);
        QVERIFY(store.takeChanges().isEmpty()); // no longer looked at
    }

    void retainedTopicsUnderAPrefix()
    {
        TopicStore store;
        store.add(msg(QStringLiteral("a/b"), "1", true), 1);
        store.add(msg(QStringLiteral("a/bc"), "1", true), 1);
        store.add(msg(QStringLiteral("a/b/c"), "1", true), 1);
        store.add(msg(QStringLiteral("a/d"), "1", false), 1);
        store.add(msg(QStringLiteral("a/e"), "", true), 1); // already cleared
        QCOMPARE(store.retainedTopics(QStringLiteral("a/b")),
                 (QStringList{QStringLiteral("a/b"), QStringLiteral("a/b/c")}));
        QCOMPARE(store.retainedTopics().size(), 3);
    }

    void hugeAndDeepTopicsAreKept()
    {
        TopicStore store;
        const QString longTopic(60000, QLatin1Char('x'));
        QStringList levels;
        for (int i = 0; i < 5000; ++i)
            levels << QString::number(i);
        const QString deep = levels.join(QLatin1Char('/'));
        QVERIFY(store.add(msg(longTopic, "1"), 1));
        QVERIFY(store.add(msg(deep, "2"), 1));
        QCOMPARE(store.find(longTopic)->lastPayload, QByteArray("1"));
        QCOMPARE(store.find(deep)->lastPayload, QByteArray("2"));
        QVERIFY(topicIsUnder(deep, QStringLiteral("0/1/2")));
        QVERIFY(!topicIsUnder(deep, QStringLiteral("0/1/20")));
    }
};

QTEST_GUILESS_MAIN(tst_TopicStore)
#include "tst_TopicStore.moc"
