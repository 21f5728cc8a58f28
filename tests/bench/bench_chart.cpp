// Live chart benchmark: the frame time of a chart whose series holds 1,000,000 samples (decimate,
// hand the points to the renderer, render the chart into a QImage, offscreen) against the same
// chart fed a pre-reduced buffer with the same number of on-screen points. Prints BENCH lines
// (docs/BENCHMARKS.md).
#include "charts/ChartRenderer.h"
#include "charts/LiveChartWidget.h"
#include "telemetry/MinMaxDecimator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

constexpr int SampleCount = 1'000'000;
constexpr int Frames = 60;
constexpr qint64 T0 = 1'764'150'000'000;

QVector<SeriesBuffer::Point> samples()
{
    QVector<SeriesBuffer::Point> points;
    points.reserve(SampleCount);
    double value = 20.0;
    quint32 state = 12345;
    for (int i = 0; i < SampleCount; ++i) {
        state = state * 1664525u + 1013904223u; // deterministic noise
        value += (double(state >> 8) / double(1u << 24) - 0.5) * 0.2;
        points.append({T0 + qint64(i) * 10, value + std::sin(i / 20000.0) * 3.0});
    }
    return points;
}

// One frame in ms: renderNow() (decimate + set series) + render the chart to an image.
double frameMs(LiveChartWidget *chart, QImage *image)
{
    QElapsedTimer timer;
    timer.start();
    chart->renderNow();
    image->fill(Qt::white);
    QPainter painter(image);
    chart->renderer()->render(&painter);
    painter.end();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void bench(const char *name, double value, const char *unit, const char *op, double target)
{
    std::printf("BENCH %s %.3f %s goal %s %g\n", name, value, unit, op, target);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const QVector<SeriesBuffer::Point> million = samples();

    LiveChartWidget full;
    full.resize(1366, 420);
    full.show();
    if (!QTest::qWaitForWindowExposed(&full))
        return 1;
    full.addSeries(QStringLiteral("s"), QStringLiteral("temperature"));
    full.appendSamples(QStringLiteral("s"), million);
    full.renderNow();
    full.renderNow(); // the plot area settles after the first frame's labels
    QImage image(full.renderer()->size(), QImage::Format_ARGB32_Premultiplied);
    const int shownPoints = full.lastFramePointCounts().value(0);
    const int columns = full.lastFrameColumns();

    // The same chart fed a buffer that already is what the screen shows.
    LiveChartWidget reduced;
    reduced.resize(1366, 420);
    reduced.show();
    if (!QTest::qWaitForWindowExposed(&reduced))
        return 1;
    reduced.addSeries(QStringLiteral("s"), QStringLiteral("temperature"));
    QVector<SeriesBuffer::Point> preReduced;
    const SeriesBuffer *buffer = full.buffer(QStringLiteral("s"));
    // Pre-reduced to exactly what the 1M chart shows, so both draw the same line and the ratio is
    // the cost of keeping a million samples behind it.
    MinMaxDecimator::decimate(*buffer, full.shownFromMs(), full.shownToMs(), columns, &preReduced);
    reduced.appendSamples(QStringLiteral("s"), preReduced);
    reduced.renderNow();
    reduced.renderNow();
    // Frames of the two charts alternate, so a busy machine slows both alike.
    std::vector<double> fullTimes;
    std::vector<double> reducedTimes;
    for (int i = 0; i < Frames; ++i) {
        fullTimes.push_back(frameMs(&full, &image));
        reducedTimes.push_back(frameMs(&reduced, &image));
    }
    const double fullMs = median(fullTimes);
    const double reducedMs = median(reducedTimes);

    std::printf("# %d samples, %d columns, %d points on screen; frame %.2f ms (1M) vs %.2f ms "
                "(pre-reduced, %d samples)\n",
                SampleCount,
                columns,
                shownPoints,
                fullMs,
                reducedMs,
                int(preReduced.size()));
    bench("chart_frame_ratio", fullMs / reducedMs, "x", "<=", 1.2);
    bench("chart_frame_ms_1m", fullMs, "ms", "<=", 50);
    return 0;
}
