#include "MqttTrafficFilterProxyModel.h"
#include "MqttTrafficModel.h"
#include "TopicFilterProxyModel.h"
#include "TopicHistoryModel.h"
#include "TopicTreeModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using Tester = QAbstractItemModelTester;

namespace {

TopicUpdate update(const QString &topic,
                   const QByteArray &payload,
                   quint64 count = 1,
                   bool retained = false,
                   float rate = 0.0f)
{
    TopicUpdate u;
    u.topic = topic;
    u.record.lastPayload = payload;
    u.record.count = count;
    u.record.bytes = quint64(payload.size()) * count;
    u.record.lastMs = 1795691967000LL + qint64(count);
    u.record.qos = 1;
    u.record.retained = retained;
    u.record.rate = rate;
    return u;
}

// CPU time of this thread: what the GUI thread would spend, whatever else runs on the machine.
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &level)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(TopicTreeModel::SortRole).toString() == level)
            return index;
    }
    return {};
}

} // namespace

class tst_TopicTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void buildsTheHierarchyWithSubtreeSums()
    {
        TopicTreeModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.applyUpdates({update(QStringLiteral("plant/a/temp"), "21.5", 3, false, 2.0f),
                            update(QStringLiteral("plant/a/hum"), "40", 2),
                            update(QStringLiteral("plant/b"), R"({"v":1})", 5, true)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.topicCount(), 3);
        QCOMPARE(model.nodeCount(), 5);
        const QModelIndex plant = model.index(0, 0);
        QCOMPARE(plant.data().toString(), QStringLiteral("plant"));
        QCOMPARE(plant.data(TopicTreeModel::MessageCountRole).toULongLong(), 10ULL);
        QCOMPARE(plant.data(TopicTreeModel::TopicCountRole).toInt(), 3);
        QCOMPARE(model.index(0, TopicTreeModel::MessagesColumn).data().toString(),
                 QStringLiteral("10"));
        QVERIFY(model.index(0, TopicTreeModel::ValueColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("3 topic")));
        QCOMPARE(model.index(0, TopicTreeModel::RateColumn).data().toString(),
                 QStringLiteral("2.0"));
        const QModelIndex a = child(model, plant, QStringLiteral("a"));
        QVERIFY(a.isValid());
        QCOMPARE(a.data(TopicTreeModel::TopicRole).toString(), QStringLiteral("plant/a"));
        QVERIFY(!a.data(TopicTreeModel::HasMessageRole).toBool());
        const QModelIndex temp = model.indexOfTopic(QStringLiteral("plant/a/temp"));
        QVERIFY(temp.isValid());
        QCOMPARE(temp.parent(), a);
        QCOMPARE(temp.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("21.5"));
        QCOMPARE(model.record(temp)->count, 3ULL);
        const QModelIndex b = model.indexOfTopic(QStringLiteral("plant/b"));
        QCOMPARE(b.siblingAtColumn(TopicTreeModel::RetainedColumn).data().toString(),
                 QStringLiteral("retained"));
        QCOMPARE(b.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
                 QStringLiteral(R"({"v":1})"));
        QCOMPARE(model.retainedTopicsUnder(plant), QStringList{QStringLiteral("plant/b")});
        QCOMPARE(model.retainedTopicsUnder(a), QStringList());
        QCOMPARE(model.topicsUnder(a).size(), 2);

        // A new message on a known topic: only sums change.
        model.applyUpdates({update(QStringLiteral("plant/a/temp"), "22.0", 7)});
        QCOMPARE(plant.data(TopicTreeModel::MessageCountRole).toULongLong(), 14ULL);
        QCOMPARE(model.topicCount(), 3);
        QCOMPARE(temp.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("22.0"));
        QCOMPARE(model.index(0, TopicTreeModel::RateColumn).data().toString(), QString());
    }

    void oneInsertPerParentAndOneChangePerParent()
    {
        TopicTreeModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.applyUpdates({update(QStringLiteral("s/x"), "1")});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVector<TopicUpdate> delta;
        for (int i = 0; i < 500; ++i)
            delta.append(update(QStringLiteral("s/dev-%1/temp").arg(i), "20"));
        for (int i = 0; i < 300; ++i)
            delta.append(update(QStringLiteral("t/dev-%1").arg(i), "20"));
        delta.append(update(QStringLiteral("s/x"), "2", 2));
        model.applyUpdates(delta);
        // Root gets "t"; "s" gets 500 children at once (their subtrees come along).
        QCOMPARE(inserted.count(), 2);
        const QModelIndex s = model.index(0, 0);
        QCOMPARE(model.rowCount(s), 501);
        QCOMPARE(model.rowCount(model.index(1, 0)), 300);
        // Changed: "s" (sums) under the root, "s/x" under "s".
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.topicCount(), 801);
    }

    void deepAndLongTopics()
    {
        TopicTreeModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QStringList levels;
        for (int i = 0; i < 1000; ++i)
            levels << QString::number(i);
        const QString deep = levels.join(QLatin1Char('/'));
        const QString longTopic = QStringLiteral("long/") + QString(60000, QLatin1Char('x'));
        model.applyUpdates({update(deep, "1"),
                            update(longTopic, "2"),
                            update(QStringLiteral("/leading//empty"), "3")});
        QCOMPARE(TopicTreeModel::splitTopic(deep).size(), TopicTreeModel::MaxLevels);
        const QModelIndex deepIndex = model.indexOfTopic(deep);
        QVERIFY(deepIndex.isValid());
        int depth = 0;
        for (QModelIndex i = deepIndex; i.isValid(); i = i.parent())
            ++depth;
        QCOMPARE(depth, TopicTreeModel::MaxLevels);
        QCOMPARE(deepIndex.data(TopicTreeModel::TopicRole).toString(), deep);
        const QModelIndex longIndex = model.indexOfTopic(longTopic);
        QVERIFY(longIndex.isValid());
        QCOMPARE(longIndex.data(TopicTreeModel::TopicRole).toString().size(), longTopic.size());
        QVERIFY(longIndex.data().toString().size() < 300); // elided for the tree
        const QModelIndex empty = model.indexOfTopic(QStringLiteral("/leading//empty"));
        QVERIFY(empty.isValid());
        QCOMPARE(empty.parent().data().toString(), QStringLiteral("(empty level)"));
    }

    void previewsPayloads()
    {
        QCOMPARE(TopicTreeModel::preview("42"), QStringLiteral("42"));
        QCOMPARE(TopicTreeModel::preview("{\n  \"a\": 1\n}"), QStringLiteral("{ \"a\": 1 }"));
        QVERIFY(TopicTreeModel::preview(QByteArray("\xff\xfe\x00\x01", 4))
                    .startsWith(QStringLiteral("0x ff fe")));
        const QString big = TopicTreeModel::preview(QByteArray(5 << 20, 'a'));
        QCOMPARE(big.size(), TopicTreeModel::PreviewBytes + 1);
        QVERIFY(big.endsWith(QStringLiteral("…")));
        QCOMPARE(TopicTreeModel::preview({}), QString());
    }

    void filtersRecursivelyAndSorts()
    {
        TopicTreeModel model;
        TopicFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
        model.applyUpdates({update(QStringLiteral("plant/a/temp"), "1", 9),
                            update(QStringLiteral("plant/b/temp"), "2", 1),
                            update(QStringLiteral("plant/b/hum"), "3", 4),
                            update(QStringLiteral("depot/c/door"), "open", 2)});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QStringLiteral("HUM"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex plant = proxy.index(0, 0);
        QCOMPARE(plant.data().toString(), QStringLiteral("plant"));
        QCOMPARE(proxy.rowCount(plant), 1);
        QCOMPARE(proxy.index(0, 0, plant).data().toString(), QStringLiteral("b"));
        proxy.setText(QStringLiteral("plant/b"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0, proxy.index(0, 0))), 2); // temp and hum
        // Words must all match.
        proxy.setText(QStringLiteral("plant temp"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
        proxy.setText(QString());
        // New topics while filtered and sorted by messages.
        proxy.sort(TopicTreeModel::MessagesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("plant"));
        model.applyUpdates({update(QStringLiteral("depot/c/door"), "shut", 40)});
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("depot"));
    }

    void hundredThousandTopicsStaySmooth()
    {
        TopicTreeModel model;
        TopicFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QElapsedTimer timer;
        qint64 worstDeltaMs = 0;
        qint64 worstDeltaCpuMs = 0;
        timer.start();
        // Ten deltas of 10,000 new topics (what ten flushes of a flood bring), then updates.
        for (int d = 0; d < 10; ++d) {
            QVector<TopicUpdate> delta;
            delta.reserve(10000);
            for (int i = 0; i < 10000; ++i) {
                const int n = d * 10000 + i;
                delta.append(
                    update(QStringLiteral("fleet/site-%1/dev-%2/telemetry").arg(n % 50).arg(n),
                           QByteArray::number(n)));
            }
            QElapsedTimer one;
            one.start();
            const qint64 cpu = threadCpuMs();
            model.applyUpdates(delta);
            worstDeltaMs = qMax(worstDeltaMs, one.elapsed());
            worstDeltaCpuMs = qMax(worstDeltaCpuMs, threadCpuMs() - cpu);
        }
        const qint64 buildMs = timer.elapsed();
        QCOMPARE(model.topicCount(), 100000);
        QVERIFY(inserted.count() <= 10 * 51); // per delta: each site once, plus "fleet" at first
        QVector<TopicUpdate> delta;
        for (int n = 0; n < 100000; n += 7)
            delta.append(update(
                QStringLiteral("fleet/site-%1/dev-%2/telemetry").arg(n % 50).arg(n), "1", 2));
        timer.restart();
        qint64 cpu = threadCpuMs();
        model.applyUpdates(delta);
        const qint64 updateMs = timer.elapsed();
        const qint64 updateCpuMs = threadCpuMs() - cpu;
        timer.restart();
        cpu = threadCpuMs();
        proxy.setText(QStringLiteral("dev-99999"));
        const qint64 filterMs = timer.elapsed();
        const qint64 filterCpuMs = threadCpuMs() - cpu;
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        qInfo(
            "100,000 topics (wall / CPU ms): 10 deltas of 10,000 new topics %lld (worst delta %lld "
            "/ %lld), 14,286 updates %lld / %lld, filter %lld / %lld",
            buildMs,
            worstDeltaMs,
            worstDeltaCpuMs,
            updateMs,
            updateCpuMs,
            filterMs,
            filterCpuMs);
        // Bounds on CPU time (a loaded machine stretches wall time, not work); generous.
        QVERIFY2(worstDeltaCpuMs < 500, qPrintable(QString::number(worstDeltaCpuMs)));
        QVERIFY2(updateCpuMs < 500, qPrintable(QString::number(updateCpuMs)));
    }

    void clearResets()
    {
        TopicTreeModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.applyUpdates({update(QStringLiteral("a/b"), "1")});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.topicCount(), 0);
        model.applyUpdates({update(QStringLiteral("a/b"), "1")});
        QCOMPARE(model.topicCount(), 1);
    }

    void trafficLogIsABoundedFilteredRing()
    {
        MqttTrafficModel model;
        MqttTrafficFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        Tester proxyTester(&proxy, Tester::FailureReportingMode::QtTest);
        model.setCapacity(5);
        QVector<MqttMessage> batch;
        for (int i = 0; i < 4; ++i) {
            MqttMessage m;
            m.topic = QStringLiteral("a/%1").arg(i);
            m.payload = QByteArray(1000, 'x');
            m.retain = i == 3;
            batch.append(m);
        }
        model.append(batch, false, 1000);
        MqttMessage out;
        out.topic = QStringLiteral("cmd/reboot");
        out.payload = "{}";
        model.append({out}, true, 2000);
        model.append({out}, true, 3000);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.droppedCount(), 1);
        QCOMPARE(model.entry(0).topic, QStringLiteral("a/1"));
        QCOMPARE(model.entry(0).payloadHead.size(), MqttTrafficEntry::PayloadHeadBytes);
        QCOMPARE(model.entry(0).size, 1000);
        QCOMPARE(model.index(4, MqttTrafficModel::DirectionColumn).data().toString(),
                 QStringLiteral("↑"));
        proxy.setOutgoing(true);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setOutgoing(std::nullopt);
        proxy.setRetainedOnly(true);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setRetainedOnly(false);
        proxy.setTopicFilter(QStringLiteral("A/"));
        QCOMPARE(proxy.rowCount(), 3);
        // A batch bigger than the ring keeps its newest messages.
        QVector<MqttMessage> flood(12, out);
        model.append(flood, false, 4000);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.droppedCount(), 1 + 7 + 5);
    }

    void historyIsNewestFirst()
    {
        TopicHistoryModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QVector<MqttHistoryEntry> entries;
        for (int i = 0; i < 3; ++i) {
            MqttHistoryEntry e;
            e.seq = i;
            e.timeMs = 1795691967000LL + i;
            e.payload = QByteArray::number(i);
            e.size = e.payload.size();
            e.qos = 1;
            e.retain = i == 2;
            entries.append(e);
        }
        entries[0].size = 5000; // stored cut to the limit
        model.setHistory(QStringLiteral("t"), entries);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, TopicHistoryModel::PreviewColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(model.index(0, TopicHistoryModel::RetainColumn).data().toString(),
                 QStringLiteral("retained"));
        QVERIFY(model.index(2, TopicHistoryModel::PreviewColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("stored: first")));
    }
};

QTEST_MAIN(tst_TopicTreeModel)
#include "tst_TopicTreeModel.moc"
