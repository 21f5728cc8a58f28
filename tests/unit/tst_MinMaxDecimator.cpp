#include "telemetry/MinMaxDecimator.h"
#include "telemetry/SeriesBuffer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using Point = SeriesBuffer::Point;

class tst_MinMaxDecimator : public QObject
{
    Q_OBJECT

private slots:
    void emptyInput();
    void onePoint();
    void fewPointsPassThrough();
    void outputBoundAndOrder_data();
    void outputBoundAndOrder();
    void extremesPerColumnPreserved();
    void firstAndLastPreserved();
    void windowLimitsTheInput();
    void nanAndInfinityAreSkipped();
    void allNanGivesNothing();
    void oneColumnKeepsTheExtremes();
    void millionPointsIsFast();
    void blockSummariesMatchThePlainScan_data();
    void blockSummariesMatchThePlainScan();

    void bufferKeepsTimeOrder();
    void bufferDropsOldestAtCapacity();
    void bufferMergeSkipsDuplicates();
    void bufferRangeAndNearest();
};

namespace {

SeriesBuffer noisySeries(int count, quint32 seed = 42)
{
    SeriesBuffer buffer(count);
    QRandomGenerator random(seed);
    double value = 0.0;
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < count; ++i) {
        value += random.bounded(2.0) - 1.0;
        t += 1 + random.bounded(20);
        buffer.append(t, value);
    }
    return buffer;
}

bool timeOrdered(const QVector<Point> &points)
{
    return std::is_sorted(points.cbegin(), points.cend(), [](const Point &a, const Point &b) {
        return a.timeMs < b.timeMs;
    });
}

bool contains(const QVector<Point> &points, const Point &point)
{
    return std::find(points.cbegin(), points.cend(), point) != points.cend();
}

} // namespace

void tst_MinMaxDecimator::emptyInput()
{
    SeriesBuffer buffer;
    QVERIFY(MinMaxDecimator::decimate(buffer, 0, 1000, 100).isEmpty());
    buffer.append(10, 1.0);
    QVERIFY(MinMaxDecimator::decimate(buffer, 0, 1000, 0).isEmpty());   // no columns
    QVERIFY(MinMaxDecimator::decimate(buffer, 1000, 0, 100).isEmpty()); // reversed window
    QVERIFY(MinMaxDecimator::decimate(buffer, 20, 30, 100).isEmpty());  // outside
}

void tst_MinMaxDecimator::onePoint()
{
    SeriesBuffer buffer;
    buffer.append(500, 3.5);
    const QVector<Point> out = MinMaxDecimator::decimate(buffer, 0, 1000, 1);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().timeMs, qint64(500));
    QCOMPARE(out.first().value, 3.5);
}

void tst_MinMaxDecimator::fewPointsPassThrough()
{
    const SeriesBuffer buffer = noisySeries(150);
    const QVector<Point> out
        = MinMaxDecimator::decimate(buffer, buffer.first().timeMs, buffer.last().timeMs, 100);
    QCOMPARE(out.size(), 150);
    for (int i = 0; i < out.size(); ++i)
        QCOMPARE(out.at(i), buffer.at(i));
}

void tst_MinMaxDecimator::outputBoundAndOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::newRow("1k into 10") << 1000 << 10;
    QTest::newRow("10k into 2") << 10000 << 2;
    QTest::newRow("100k into 1366") << 100000 << 1366;
    QTest::newRow("201 into 100") << 201 << 100;
}

void tst_MinMaxDecimator::outputBoundAndOrder()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    const SeriesBuffer buffer = noisySeries(count);
    const QVector<Point> out
        = MinMaxDecimator::decimate(buffer, buffer.first().timeMs, buffer.last().timeMs, columns);
    QVERIFY(!out.isEmpty());
    QVERIFY2(out.size() <= 2 * columns, qPrintable(QString::number(out.size())));
    QVERIFY(timeOrdered(out));
    // Every output point is a real sample.
    for (const Point &point : out) {
        const Point *nearest = buffer.nearest(point.timeMs);
        QVERIFY(nearest);
        QCOMPARE(nearest->timeMs, point.timeMs);
    }
}

void tst_MinMaxDecimator::extremesPerColumnPreserved()
{
    const SeriesBuffer buffer = noisySeries(50000, 7);
    const int columns = 200;
    const QVector<Point> out
        = MinMaxDecimator::decimate(buffer, buffer.first().timeMs, buffer.last().timeMs, columns);
    // The global extremes are always there.
    const auto [lo, hi]
        = std::minmax_element(buffer.begin(), buffer.end(), [](const Point &a, const Point &b) {
              return a.value < b.value;
          });
    QVERIFY(contains(out, *lo));
    QVERIFY(contains(out, *hi));
    // Every output point lies within the overall value range, and the drawn envelope of any
    // stretch of time matches the data: the max of the samples between two consecutive output
    // times never exceeds the max of the output points around them by more than the data allows.
    // Checked directly: for each output point that is a bucket max, no sample of its bucket is
    // higher. Buckets are rebuilt the same way the decimator builds them.
    const qint64 t0 = buffer.first().timeMs;
    const double span = double(buffer.last().timeMs - t0) + 1.0;
    const int buckets = columns - 1;
    QVector<double> bucketMin(buckets, std::numeric_limits<double>::infinity());
    QVector<double> bucketMax(buckets, -std::numeric_limits<double>::infinity());
    for (const Point *p = buffer.begin() + 1; p < buffer.end() - 1; ++p) {
        int b = 0;
        while (b + 1 < buckets && p->timeMs >= t0 + qint64(std::ceil(span * (b + 1) / buckets)))
            ++b;
        bucketMin[b] = qMin(bucketMin[b], p->value);
        bucketMax[b] = qMax(bucketMax[b], p->value);
    }
    for (int b = 0; b < buckets; ++b) {
        if (!std::isfinite(bucketMin.at(b)))
            continue;
        const bool hasMin = std::any_of(
            out.cbegin(), out.cend(), [&](const Point &p) { return p.value == bucketMin.at(b); });
        const bool hasMax = std::any_of(
            out.cbegin(), out.cend(), [&](const Point &p) { return p.value == bucketMax.at(b); });
        QVERIFY2(hasMin && hasMax, qPrintable(QStringLiteral("bucket %1").arg(b)));
    }
}

void tst_MinMaxDecimator::firstAndLastPreserved()
{
    const SeriesBuffer buffer = noisySeries(100000, 3);
    const qint64 from = buffer.at(1000).timeMs;
    const qint64 to = buffer.at(90000).timeMs;
    const QVector<Point> out = MinMaxDecimator::decimate(buffer, from, to, 500);
    QVERIFY(out.size() <= 1000);
    QCOMPARE(out.first(), buffer.at(1000));
    QCOMPARE(out.last(), buffer.at(90000));
}

void tst_MinMaxDecimator::windowLimitsTheInput()
{
    SeriesBuffer buffer;
    for (int i = 0; i < 10000; ++i)
        buffer.append(i, i < 5000 ? 1000.0 + i : double(i % 10));
    // The window holds only the second half: the huge values of the first half never show.
    const QVector<Point> out = MinMaxDecimator::decimate(buffer, 5000, 9999, 50);
    QVERIFY(!out.isEmpty());
    for (const Point &p : out) {
        QVERIFY(p.timeMs >= 5000 && p.timeMs <= 9999);
        QVERIFY(p.value < 10.0);
    }
}

void tst_MinMaxDecimator::nanAndInfinityAreSkipped()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    SeriesBuffer buffer;
    buffer.append(0, nan); // a leading gap: the first finite sample is the first point
    for (int i = 1; i < 10000; ++i)
        buffer.append(i, i % 97 == 0 ? nan : (i % 101 == 0 ? inf : std::sin(i / 100.0)));
    buffer.append(10000, -inf);
    const QVector<Point> out = MinMaxDecimator::decimate(buffer, 0, 10000, 20);
    QVERIFY(out.size() <= 40);
    for (const Point &p : out)
        QVERIFY(std::isfinite(p.value));
    QCOMPARE(out.first().timeMs, qint64(1));
    QCOMPARE(out.last().timeMs, qint64(9998)); // 9999 = 99 × 101 is inf
    // Few points: passed through, still without the non-finite ones.
    const QVector<Point> small = MinMaxDecimator::decimate(buffer, 90, 110, 100);
    QCOMPARE(small.size(), 21 - 2); // without 97 (NaN) and 101 (inf)
}

void tst_MinMaxDecimator::allNanGivesNothing()
{
    SeriesBuffer buffer;
    for (int i = 0; i < 1000; ++i)
        buffer.append(i, std::numeric_limits<double>::quiet_NaN());
    QVERIFY(MinMaxDecimator::decimate(buffer, 0, 1000, 10).isEmpty());
    QVERIFY(MinMaxDecimator::decimate(buffer, 0, 1000, 1000).isEmpty());
}

void tst_MinMaxDecimator::oneColumnKeepsTheExtremes()
{
    SeriesBuffer buffer;
    for (int i = 0; i < 100; ++i)
        buffer.append(i, i == 30 ? -5.0 : (i == 70 ? 9.0 : 1.0));
    const QVector<Point> out = MinMaxDecimator::decimate(buffer, 0, 100, 1);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0), (Point{30, -5.0}));
    QCOMPARE(out.at(1), (Point{70, 9.0}));
}

void tst_MinMaxDecimator::millionPointsIsFast()
{
    const SeriesBuffer buffer = noisySeries(1'000'000);
    QVector<Point> out;
    QElapsedTimer timer;
    timer.start();
    MinMaxDecimator::decimate(
        buffer.begin(), buffer.end(), buffer.first().timeMs, buffer.last().timeMs, 1366, &out);
    const qint64 ms = timer.elapsed();
    QVERIFY(out.size() <= 2 * 1366);
    // Generous for a loaded CI machine; the benchmark (tests/bench) reports the real figure.
    QVERIFY2(ms < 200, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    // With the buffer's block summaries: a fraction of that.
    timer.restart();
    for (int i = 0; i < 10; ++i)
        MinMaxDecimator::decimate(buffer, buffer.first().timeMs, buffer.last().timeMs, 1366, &out);
    const double blockMs = timer.nsecsElapsed() / 1e7;
    qInfo("1,000,000 samples into 1366 columns: plain %lld ms, with block summaries %.2f ms",
          ms,
          blockMs);
    QVERIFY(out.size() <= 2 * 1366);
    QVERIFY2(blockMs < 50, qPrintable(QString::number(blockMs)));
}

void tst_MinMaxDecimator::blockSummariesMatchThePlainScan_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("windowStart"); // sample index
    QTest::addColumn<int>("windowEnd");
    QTest::newRow("all, 1366") << 1366 << 0 << -1;
    QTest::newRow("all, 7") << 7 << 0 << -1;
    QTest::newRow("all, 1") << 1 << 0 << -1;
    QTest::newRow("odd window") << 300 << 12345 << 98765;
    QTest::newRow("short window") << 50 << 77 << 1500;
}

void tst_MinMaxDecimator::blockSummariesMatchThePlainScan()
{
    QFETCH(int, columns);
    QFETCH(int, windowStart);
    QFETCH(int, windowEnd);
    // Noise with gaps and infinities, appended in chunks, trimmed at capacity, with a late
    // delivery and a history merge: every way the block summaries are maintained.
    SeriesBuffer buffer(150'000);
    QRandomGenerator random(99);
    qint64 t = 1'700'000'000'000;
    double value = 0.0;
    for (int chunk = 0; chunk < 40; ++chunk) {
        QVector<Point> points;
        for (int i = 0; i < 5000; ++i) {
            value += random.bounded(2.0) - 1.0;
            t += 1 + random.bounded(5);
            const int dice = random.bounded(1000);
            const double v = dice == 0   ? std::numeric_limits<double>::quiet_NaN()
                             : dice == 1 ? std::numeric_limits<double>::infinity()
                             : dice == 2 ? std::round(value) // ties
                                         : value;
            points.append({t, v});
        }
        buffer.append(points);
        if (chunk == 20)
            buffer.append(t - 50'000, 1e6); // a late, extreme sample
    }
    buffer.merge({{buffer.first().timeMs + 3, -1e6}});
    QCOMPARE(buffer.size(), 150'000);
    const qint64 from = buffer.at(windowStart).timeMs;
    const qint64 to = windowEnd < 0 ? buffer.last().timeMs : buffer.at(windowEnd).timeMs;
    QVector<Point> plain;
    MinMaxDecimator::decimate(buffer.begin(), buffer.end(), from, to, columns, &plain);
    const QVector<Point> blocks = MinMaxDecimator::decimate(buffer, from, to, columns);
    QVERIFY(!plain.isEmpty());
    QVERIFY(plain.size() <= 2 * columns);
    QCOMPARE(blocks.size(), plain.size());
    for (int i = 0; i < plain.size(); ++i)
        QCOMPARE(blocks.at(i), plain.at(i));
}

void tst_MinMaxDecimator::bufferKeepsTimeOrder()
{
    SeriesBuffer buffer;
    buffer.append(10, 1.0);
    buffer.append(30, 3.0);
    buffer.append(20, 2.0); // late delivery
    buffer.append(QVector<Point>{{5, 0.5}, {40, 4.0}});
    QCOMPARE(buffer.size(), 5);
    for (int i = 1; i < buffer.size(); ++i)
        QVERIFY(buffer.at(i - 1).timeMs <= buffer.at(i).timeMs);
    QCOMPARE(buffer.first().timeMs, qint64(5));
    QCOMPARE(buffer.last().timeMs, qint64(40));
}

void tst_MinMaxDecimator::bufferDropsOldestAtCapacity()
{
    SeriesBuffer buffer(1000);
    const quint64 revision = buffer.revision();
    for (int i = 0; i < 5500; ++i)
        buffer.append(i, double(i));
    QVERIFY(buffer.revision() > revision);
    QCOMPARE(buffer.size(), 1000);
    QCOMPARE(buffer.first().timeMs, qint64(4500));
    QCOMPARE(buffer.last().timeMs, qint64(5499));
    buffer.setCapacity(10);
    QCOMPARE(buffer.size(), 10);
    QCOMPARE(buffer.first().timeMs, qint64(5490));
}

void tst_MinMaxDecimator::bufferMergeSkipsDuplicates()
{
    SeriesBuffer buffer;
    buffer.append(100, 1.0);
    buffer.append(200, 2.0);
    // History from the telemetry database overlaps the live samples.
    buffer.merge({{200, 2.0}, {50, 0.5}, {100, 1.0}, {150, 1.5}});
    QCOMPARE(buffer.size(), 4);
    QCOMPARE(buffer.at(0), (Point{50, 0.5}));
    QCOMPARE(buffer.at(1), (Point{100, 1.0}));
    QCOMPARE(buffer.at(2), (Point{150, 1.5}));
    QCOMPARE(buffer.at(3), (Point{200, 2.0}));
}

void tst_MinMaxDecimator::bufferRangeAndNearest()
{
    SeriesBuffer buffer;
    for (int i = 0; i < 10; ++i)
        buffer.append(i * 10, double(i));
    const Point *first = nullptr;
    const Point *last = nullptr;
    buffer.range(15, 45, &first, &last);
    QCOMPARE(int(last - first), 3);
    QCOMPARE(first->timeMs, qint64(20));
    QCOMPARE(buffer.nearest(-100)->timeMs, qint64(0));
    QCOMPARE(buffer.nearest(44)->timeMs, qint64(40));
    QCOMPARE(buffer.nearest(46)->timeMs, qint64(50));
    QCOMPARE(buffer.nearest(1000)->timeMs, qint64(90));
}

QTEST_GUILESS_MAIN(tst_MinMaxDecimator)
#include "tst_MinMaxDecimator.moc"
