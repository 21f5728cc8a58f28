#include "ScriptedFileDialogs.h"
#include "charts/ChartRenderer.h"
#include "charts/ChartsDock.h"
#include "charts/LiveChartWidget.h"
#include "store/CacheDatabase.h"
#include "store/TelemetryRepository.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using Point = SeriesBuffer::Point;

namespace {

constexpr qint64 T0 = 1'764'150'000'000; // 2025-11-26 09:40 UTC

QVector<Point> wave(int count, qint64 start = T0, qint64 stepMs = 10)
{
    QVector<Point> points;
    points.reserve(count);
    for (int i = 0; i < count; ++i)
        points.append({start + i * stepMs, 20.0 + 5.0 * std::sin(i / 5000.0) + (i % 7) * 0.1});
    return points;
}

int lineSeriesPointCount(const LiveChartWidget &chart)
{
    int most = 0;
    const auto lines = chart.findChildren<QLineSeries *>();
    for (const QLineSeries *series : lines)
        most = qMax(most, int(series->count()));
    return most;
}

} // namespace

class tst_LiveChartWidget : public QObject
{
    Q_OBJECT

private slots:
    void emptyStateWithoutSeries();
    void millionPointsRenderWithoutBlocking();
    void pauseStopsRedrawsNotBuffering();
    void zoomPanAndReset();
    void hoverShowsExactSample();
    void csvExportWritesShownRows();
    void pngExportWritesValidPng();
    void dockGroupsByUnitAndLoadsHistory();
    void dockEmptyStateAndRemove();
};

void tst_LiveChartWidget::emptyStateWithoutSeries()
{
    LiveChartWidget chart;
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    auto *stack = chart.findChild<QWidget *>(QStringLiteral("chartEmptyStateWidget"));
    QVERIFY(stack && stack->isVisible());
    QVERIFY(!chart.renderer()->isVisible());
    QVERIFY(!chart.findChild<QToolButton *>(QStringLiteral("exportCsvToolButton"))->isEnabled());
    // A series without values: still honest, no made-up line.
    chart.addSeries(QStringLiteral("a"), QStringLiteral("pump-0042 /3303/0/5700"));
    QVERIFY(stack->isVisible());
    chart.appendSample(QStringLiteral("a"), T0, 21.5);
    QVERIFY(chart.renderer()->isVisible());
}

void tst_LiveChartWidget::millionPointsRenderWithoutBlocking()
{
    LiveChartWidget chart;
    chart.resize(1200, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.addSeries(QStringLiteral("a"), QStringLiteral("temperature"));
    chart.addSeries(QStringLiteral("b"), QStringLiteral("humidity"));
    const QVector<Point> million = wave(1'000'000);
    QElapsedTimer timer;
    timer.start();
    chart.appendSamples(QStringLiteral("a"), million);
    chart.appendSamples(QStringLiteral("b"), wave(1000, T0, 10'000));
    QVERIFY2(timer.elapsed() < 500, "appending must not draw"); // buffered, drawn by the timer
    QSignalSpy frames(&chart, &LiveChartWidget::frameRendered);
    QVERIFY(frames.wait(2000));
    chart.renderNow(); // once more: the plot area is settled after the first layout
    timer.restart();
    chart.renderNow();
    const qint64 frameMs = timer.elapsed();
    qInfo("frame with 1,000,000 points: %lld ms, %d columns", frameMs, chart.lastFrameColumns());
    QVERIFY2(frameMs < 250, qPrintable(QString::number(frameMs)));

    const int plotWidth = int(chart.renderer()->plotArea().width());
    QVERIFY(plotWidth > 500);
    QCOMPARE(chart.buffer(QStringLiteral("a"))->size(), 1'000'000);
    const QVector<int> counts = chart.lastFramePointCounts();
    QCOMPARE(counts.size(), 2);
    QVERIFY2(counts.at(0) <= 2 * plotWidth, qPrintable(QString::number(counts.at(0))));
    QVERIFY(counts.at(0) > plotWidth / 2); // really reduced to the columns, not to nothing
    QCOMPARE(counts.at(1), 1000);          // few points: all of them
    // What the drawing library holds is what it was handed.
    QCOMPARE(chart.renderer()->seriesPointCount(0), counts.at(0));
    QVERIFY(lineSeriesPointCount(chart) <= 2 * plotWidth);
    // The whole time range is shown.
    QCOMPARE(chart.shownFromMs(), million.first().timeMs);
    QCOMPARE(chart.shownToMs(), million.last().timeMs);
}

void tst_LiveChartWidget::pauseStopsRedrawsNotBuffering()
{
    LiveChartWidget chart;
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.addSeries(QStringLiteral("a"), QStringLiteral("temperature"));
    chart.appendSamples(QStringLiteral("a"), wave(1000));
    QSignalSpy frames(&chart, &LiveChartWidget::frameRendered);
    QVERIFY(frames.wait(2000));
    const qint64 shownTo = chart.shownToMs();

    auto *pause = chart.findChild<QToolButton *>(QStringLiteral("pauseToolButton"));
    pause->click();
    QVERIFY(chart.isPaused());
    const int framesBefore = chart.frameCount();
    for (int i = 0; i < 10; ++i) {
        chart.appendSamples(QStringLiteral("a"), wave(100, T0 + 10'000 + i * 1000));
        QTest::qWait(LiveChartWidget::FrameIntervalMs);
    }
    QTest::qWait(LiveChartWidget::FrameIntervalMs * 3);
    QCOMPARE(chart.frameCount(), framesBefore);                // no redraw
    QCOMPARE(chart.buffer(QStringLiteral("a"))->size(), 2000); // still buffering
    QCOMPARE(chart.shownToMs(), shownTo);
    QVERIFY(chart.findChild<QLabel *>(QStringLiteral("chartStatusLabel"))
                ->text()
                .contains(QStringLiteral("1,000")));

    pause->click();
    QVERIFY(!chart.isPaused());
    QVERIFY(frames.wait(2000));
    QVERIFY(chart.frameCount() > framesBefore);
    QVERIFY(chart.shownToMs() > shownTo); // catches up with what arrived
}

void tst_LiveChartWidget::zoomPanAndReset()
{
    LiveChartWidget chart;
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.addSeries(QStringLiteral("a"), QStringLiteral("temperature"));
    chart.appendSamples(QStringLiteral("a"), wave(100'000)); // 1,000 s
    chart.renderNow();
    const qint64 fullFrom = chart.shownFromMs();
    const qint64 fullTo = chart.shownToMs();

    ChartRenderer *renderer = chart.renderer();
    QSignalSpy frames(&chart, &LiveChartWidget::frameRendered);
    // Wheel zoom in around the middle (through the renderer's own request).
    emit renderer->zoomRequested(0.5, (fullFrom + fullTo) / 2);
    QVERIFY(frames.wait(1000));
    QVERIFY(chart.isZoomed());
    QVERIFY(chart.shownToMs() - chart.shownFromMs() < (fullTo - fullFrom) * 6 / 10);
    // Arrow key pans to the right.
    const qint64 zoomedFrom = chart.shownFromMs();
    renderer->setFocus();
    QTest::keyClick(renderer, Qt::Key_Right);
    QVERIFY(frames.wait(1000));
    QVERIFY(chart.shownFromMs() > zoomedFrom);
    // Drag pans (left drag to the right moves back in time).
    const QPoint middle = renderer->plotArea().center().toPoint();
    auto *view = renderer->findChild<QChartView *>();
    QVERIFY(view);
    QWidget *input = view->viewport();
    const qint64 beforeDrag = chart.shownFromMs();
    QTest::mousePress(input, Qt::LeftButton, {}, middle);
    QTest::mouseMove(input, middle + QPoint(100, 0));
    QTest::mouseRelease(input, Qt::LeftButton, {}, middle + QPoint(100, 0));
    QVERIFY(frames.wait(1000));
    QVERIFY(chart.shownFromMs() < beforeDrag);
    // Shift+drag zooms to a box.
    const qint64 spanBefore = chart.shownToMs() - chart.shownFromMs();
    QTest::mousePress(input, Qt::LeftButton, Qt::ShiftModifier, middle - QPoint(50, 30));
    QTest::mouseMove(input, middle + QPoint(50, 30));
    QTest::mouseRelease(input, Qt::LeftButton, Qt::ShiftModifier, middle + QPoint(50, 30));
    QVERIFY(frames.wait(1000));
    QVERIFY(chart.shownToMs() - chart.shownFromMs() < spanBefore / 3);
    // Reset follows everything again.
    auto *reset = chart.findChild<QToolButton *>(QStringLiteral("resetZoomToolButton"));
    QVERIFY(reset->isEnabled());
    reset->click();
    QVERIFY(frames.wait(1000));
    QVERIFY(!chart.isZoomed());
    QCOMPARE(chart.shownFromMs(), fullFrom);
    QCOMPARE(chart.shownToMs(), fullTo);
    // Follow the last 5 minutes.
    chart.setFollowSpan(5 * 60 * 1000);
    QVERIFY(frames.wait(1000));
    QCOMPARE(chart.shownToMs() - chart.shownFromMs(), qint64(5 * 60 * 1000));
}

void tst_LiveChartWidget::hoverShowsExactSample()
{
    LiveChartWidget chart;
    chart.setUnit(QStringLiteral("°C"));
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.addSeries(QStringLiteral("a"), QStringLiteral("pump-0042 /3303/0/5700"));
    chart.appendSamples(QStringLiteral("a"),
                        {{T0, 20.0}, {T0 + 10'000, 21.25}, {T0 + 20'000, 19.5}});
    chart.renderNow();
    const QPointF at = chart.renderer()->mapToPosition(QPointF(double(T0 + 10'000), 21.25));
    chart.hoverAt(at.toPoint() + QPoint(2, 1));
    const QString text = chart.hoverText();
    QVERIFY2(text.contains(QStringLiteral("21.25 °C")), qPrintable(text));
    const QString local = QDateTime::fromMSecsSinceEpoch(T0 + 10'000)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QVERIFY2(text.contains(local), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2025-11-26 09:40:10 UTC")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("pump-0042")));
    chart.hoverAt(QPoint(-10, -10)); // outside the plot
    QVERIFY(chart.hoverText().isEmpty());
}

void tst_LiveChartWidget::csvExportWritesShownRows()
{
    QTemporaryDir dir;
    ScriptedFileDialogs dialogs;
    dialogs.answers << dir.filePath(QStringLiteral("shown")); // ".csv" is added
    LiveChartWidget chart(&dialogs);
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.addSeries(QStringLiteral("a"), QStringLiteral("pump-0042 /3303/0/5700"));
    chart.addSeries(QStringLiteral("b"), QStringLiteral("pump, \"spare\""));
    for (int i = 0; i < 100; ++i) {
        chart.appendSample(QStringLiteral("a"), T0 + i * 1000, i + 0.5);
        chart.appendSample(QStringLiteral("b"), T0 + i * 1000, -i);
    }
    chart.appendSample(QStringLiteral("a"), T0 + 100'500, std::nan("")); // a gap: not a row
    chart.zoomTo(T0 + 10'000, T0 + 19'000);                              // shows 10 samples of each
    chart.renderNow();
    QSignalSpy finished(&chart, &LiveChartWidget::exportFinished);
    chart.findChild<QToolButton *>(QStringLiteral("exportCsvToolButton"))->click();
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(0).toBool());
    const QString path = dir.filePath(QStringLiteral("shown.csv"));
    QCOMPARE(finished.first().at(1).toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 20);
    QCOMPARE(lines.at(0), QStringLiteral("time_utc,series,value"));
    QCOMPARE(lines.at(1), QStringLiteral("2025-11-26T09:40:10.000Z,pump-0042 /3303/0/5700,10.5"));
    QCOMPARE(lines.at(10), QStringLiteral("2025-11-26T09:40:19.000Z,pump-0042 /3303/0/5700,19.5"));
    QCOMPARE(lines.at(11), QStringLiteral("2025-11-26T09:40:10.000Z,\"pump, \"\"spare\"\"\",-10"));
    // Cancelled: nothing asked of the disk.
    chart.exportCsv();
    QCOMPARE(dialogs.asked.size(), 2);
    QCOMPARE(finished.size(), 1);
}

void tst_LiveChartWidget::pngExportWritesValidPng()
{
    QTemporaryDir dir;
    ScriptedFileDialogs dialogs;
    dialogs.answers << dir.filePath(QStringLiteral("chart.png"));
    LiveChartWidget chart(&dialogs);
    chart.resize(900, 420);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.addSeries(QStringLiteral("a"), QStringLiteral("temperature"));
    chart.appendSamples(QStringLiteral("a"), wave(50'000));
    chart.renderNow();
    QSignalSpy finished(&chart, &LiveChartWidget::exportFinished);
    chart.exportPng();
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(0).toBool());
    QImageReader reader(dir.filePath(QStringLiteral("chart.png")));
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), chart.renderer()->size() * chart.devicePixelRatioF());
    if (const QByteArray out = qgetenv("FLEETDESK_SCREENSHOT_DIR"); !out.isEmpty())
        chart.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/live-chart.png"));
}

void tst_LiveChartWidget::dockGroupsByUnitAndLoadsHistory()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("telemetry.db"));
    const QUuid device = QUuid::createUuid();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(T0 + 3'600'000, Qt::UTC);
    {
        const QString connection = QStringLiteral("test-writer");
        QVERIFY(CacheDatabase::open(dbPath, CacheDatabase::Kind::Telemetry, connection).ok());
        {
            TelemetryRepository repo(QSqlDatabase::database(connection));
            QVector<TelemetrySample> samples;
            for (int i = 0; i < 500; ++i) {
                samples.append({device,
                                QStringLiteral("/3303/0/5700"),
                                now.addSecs(-3000 + i),
                                20.0 + i * 0.01});
            }
            samples.append({device, QStringLiteral("/3303/0/5700"), now.addDays(-3), 99.0});
            QVERIFY(repo.append(samples));
        }
        CacheDatabase::close(connection);
    }

    ChartsDock dock;
    dock.setTelemetryDatabase(dbPath);
    dock.setClock([now] { return now; });
    dock.resize(900, 700);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy history(&dock, &ChartsDock::historyLoaded);
    dock.addSeries(
        device, QStringLiteral("pump-0042"), QStringLiteral("/3303/0/5700"), QStringLiteral("°C"));
    dock.addSeries(
        device, QStringLiteral("pump-0042"), QStringLiteral("/3/0/9"), QStringLiteral("%"));
    dock.addSeries(QUuid::createUuid(),
                   QStringLiteral("pump-0043"),
                   QStringLiteral("/3303/0/5700"),
                   QStringLiteral("°C"));
    QCOMPARE(dock.seriesCount(), 3);
    QCOMPARE(dock.charts().size(), 2); // °C and %
    QTRY_COMPARE(history.size(), 3);
    // Live samples arrived while history was read; both end up in order, without the 3-day-old.
    LiveChartWidget *chart = dock.chartFor(device, QStringLiteral("/3303/0/5700"));
    QVERIFY(chart);
    QCOMPARE(chart->unit(), QStringLiteral("°C"));
    const QString key = ChartsDock::seriesKey(device, QStringLiteral("/3303/0/5700"));
    dock.appendSamples(device, QStringLiteral("/3303/0/5700"), {{now.toMSecsSinceEpoch(), 25.0}});
    const SeriesBuffer *buffer = chart->buffer(key);
    QCOMPARE(buffer->size(), 501);
    QCOMPARE(buffer->first().value, 20.0);
    QCOMPARE(buffer->last().value, 25.0);
    int loaded = -1;
    for (const QList<QVariant> &args : std::as_const(history)) {
        if (args.at(1).toString() == QStringLiteral("/3303/0/5700")
            && args.at(0).toUuid() == device)
            loaded = args.at(2).toInt();
    }
    QCOMPARE(loaded, 500);
}

void tst_LiveChartWidget::dockEmptyStateAndRemove()
{
    ChartsDock dock; // no telemetry database: no history, no file created
    dock.resize(600, 400);
    dock.show();
    auto *empty = dock.findChild<QWidget *>(QStringLiteral("chartsEmptyStateWidget"));
    QVERIFY(empty->isVisible());
    const QUuid device = QUuid::createUuid();
    dock.addSeries(
        device, QStringLiteral("pump-0042"), QStringLiteral("/3303/0/5700"), QStringLiteral("°C"));
    QVERIFY(!empty->isVisible());
    QVERIFY(dock.hasSeries(device, QStringLiteral("/3303/0/5700")));
    // "Stop charting" from the chart's menu.
    emit dock.charts().first()->removeRequested(
        ChartsDock::seriesKey(device, QStringLiteral("/3303/0/5700")));
    QCOMPARE(dock.seriesCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(dock.charts().isEmpty());
}

QTEST_MAIN(tst_LiveChartWidget)
#include "tst_LiveChartWidget.moc"
