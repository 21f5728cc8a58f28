#include "charts/LiveChartWidget.h"

#include "BackgroundTask.h"
#include "EmptyStateWidget.h"
#include "FileDialogs.h"
#include "charts/QtChartsRenderer.h"
#include "common/Logging.h"
#include "common/TimeFormat.h"
#include "provisioning/CsvReader.h"
#include "telemetry/MinMaxDecimator.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <climits>
#include <cmath>
#include <limits>

namespace {

// Okabe–Ito: told apart with the common kinds of colour blindness.
const QColor SeriesColours[] = {QColor(0x00, 0x72, 0xB2),
                                QColor(0xD5, 0x5E, 0x00),
                                QColor(0x00, 0x9E, 0x73),
                                QColor(0xCC, 0x79, 0xA7),
                                QColor(0xE6, 0x9F, 0x00),
                                QColor(0x56, 0xB4, 0xE9)};

constexpr qint64 MinimumSpanMs = 1000;
constexpr qint64 SinglePointSpanMs = 60 * 1000;
constexpr int HoverRadiusPixels = 40;

struct FileResult
{
    bool ok = false;
    QString error;
};

QString isoUtc(qint64 timeMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

struct LiveChartWidget::Series
{
    QString key;
    QString name;
    int rendererIndex = -1;
    SeriesBuffer buffer;
};

LiveChartWidget::LiveChartWidget(FileDialogs *fileDialogs, QWidget *parent)
    : QWidget(parent)
    , m_fileDialogs(fileDialogs)
{
    setObjectName(QStringLiteral("liveChartWidget"));
    if (!m_fileDialogs) {
        m_ownFileDialogs = std::make_unique<FileDialogs>();
        m_fileDialogs = m_ownFileDialogs.get();
    }

    m_frameTimer = new QTimer(this);
    m_frameTimer->setObjectName(QStringLiteral("frameTimer"));
    m_frameTimer->setSingleShot(true);
    m_frameTimer->setInterval(FrameIntervalMs);
    connect(m_frameTimer, &QTimer::timeout, this, &LiveChartWidget::onFrameTimer);

    // Tool row
    const auto makeButton = [this](const QString &text, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_pauseButton = makeButton(tr("Pause"), QStringLiteral("pauseToolButton"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(tr("Hold the picture still; new values keep arriving"));
    connect(m_pauseButton, &QToolButton::toggled, this, &LiveChartWidget::setPaused);
    m_resetZoomButton = makeButton(tr("Reset Zoom"), QStringLiteral("resetZoomToolButton"));
    m_resetZoomButton->setToolTip(tr("Follow the newest values again (Esc)"));
    connect(m_resetZoomButton, &QToolButton::clicked, this, &LiveChartWidget::resetZoom);
    m_csvButton = makeButton(tr("Export CSV…"), QStringLiteral("exportCsvToolButton"));
    m_csvButton->setToolTip(tr("Save the samples in view as CSV (time in UTC, series, value)"));
    connect(m_csvButton, &QToolButton::clicked, this, &LiveChartWidget::exportCsv);
    m_pngButton = makeButton(tr("Export PNG…"), QStringLiteral("exportPngToolButton"));
    m_pngButton->setToolTip(tr("Save the chart as a PNG picture"));
    connect(m_pngButton, &QToolButton::clicked, this, &LiveChartWidget::exportPng);

    m_spanCombo = new QComboBox(this);
    m_spanCombo->setObjectName(QStringLiteral("followSpanComboBox"));
    m_spanCombo->setAccessibleName(tr("Time shown"));
    m_spanCombo->addItem(tr("Everything"), qint64(0));
    m_spanCombo->addItem(tr("Last 5 minutes"), qint64(5 * 60 * 1000));
    m_spanCombo->addItem(tr("Last hour"), qint64(60 * 60 * 1000));
    m_spanCombo->addItem(tr("Last 24 hours"), qint64(24 * 60 * 60 * 1000));
    connect(m_spanCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        setFollowSpan(m_spanCombo->itemData(index).toLongLong());
    });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("chartStatusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_pauseButton);
    tools->addWidget(m_spanCombo);
    tools->addWidget(m_resetZoomButton);
    tools->addWidget(m_statusLabel, 1);
    tools->addWidget(m_csvButton);
    tools->addWidget(m_pngButton);

    // Chart or empty state
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("chartStackedWidget"));
    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setObjectName(QStringLiteral("chartEmptyStateWidget"));
    m_stack->addWidget(m_emptyState);
    m_renderer = new QtChartsRenderer(m_stack);
    m_renderer->setObjectName(QStringLiteral("qtChartsRenderer"));
    m_renderer->setAccessibleName(tr("Live chart"));
    m_renderer->setAccessibleDescription(
        tr("Drag to pan, Shift+drag to zoom to a box, the wheel or +/- to zoom, arrow keys to "
           "pan, double-click or Esc to reset"));
    m_renderer->setToolTip(m_renderer->accessibleDescription());
    m_stack->addWidget(m_renderer);
    connect(m_renderer,
            &ChartRenderer::zoomToRequested,
            this,
            [this](qint64 from, qint64 to, double min, double max) {
                zoomTo(from, to);
                if (!std::isnan(min) && !std::isnan(max))
                    setZoomValues(min, max);
            });
    connect(m_renderer, &ChartRenderer::zoomRequested, this, &LiveChartWidget::zoomBy);
    connect(m_renderer, &ChartRenderer::panRequested, this, &LiveChartWidget::panBy);
    connect(m_renderer, &ChartRenderer::resetRequested, this, &LiveChartWidget::resetZoom);
    connect(m_renderer, &ChartRenderer::hovered, this, &LiveChartWidget::hoverAt);
    connect(m_renderer, &ChartRenderer::hoverLeft, this, &LiveChartWidget::clearHover);
    connect(m_renderer, &ChartRenderer::plotResized, this, [this] { scheduleFrame(true); });

    m_hoverLabel = new QLabel(this);
    m_hoverLabel->setObjectName(QStringLiteral("hoverValueLabel"));
    m_hoverLabel->setTextFormat(Qt::PlainText);
    m_hoverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hoverLabel->setAccessibleName(tr("Value under the cursor"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_hoverLabel);

    setUnit(QString());
    updatePage();
    updateActions();
}

LiveChartWidget::~LiveChartWidget() = default;

void LiveChartWidget::setUnit(const QString &unit)
{
    m_unit = unit;
    m_renderer->setValueAxisTitle(unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(unit));
}

bool LiveChartWidget::addSeries(const QString &key, const QString &name)
{
    if (m_index.contains(key))
        return false;
    auto series = std::make_unique<Series>();
    series->key = key;
    series->name = name;
    series->buffer.setCapacity(m_capacity);
    const QColor colour
        = SeriesColours[m_colourCounter++ % int(sizeof SeriesColours / sizeof SeriesColours[0])];
    series->rendererIndex = m_renderer->addSeries(name, colour);
    m_index.insert(key, int(m_series.size()));
    m_series.push_back(std::move(series));
    updatePage();
    scheduleFrame(true);
    return true;
}

void LiveChartWidget::removeSeries(const QString &key)
{
    const int index = m_index.value(key, -1);
    if (index < 0)
        return;
    m_renderer->removeSeries(m_series.at(index)->rendererIndex);
    m_series.erase(m_series.begin() + index);
    m_index.clear();
    for (int i = 0; i < int(m_series.size()); ++i) {
        m_series.at(i)->rendererIndex = i;
        m_index.insert(m_series.at(i)->key, i);
    }
    clearHover();
    updatePage();
    scheduleFrame(true);
}

QStringList LiveChartWidget::seriesKeys() const
{
    QStringList keys;
    for (const auto &series : m_series)
        keys << series->key;
    return keys;
}

QString LiveChartWidget::seriesName(const QString &key) const
{
    const int index = m_index.value(key, -1);
    return index < 0 ? QString() : m_series.at(index)->name;
}

const SeriesBuffer *LiveChartWidget::buffer(const QString &key) const
{
    const int index = m_index.value(key, -1);
    return index < 0 ? nullptr : &m_series.at(index)->buffer;
}

void LiveChartWidget::setBufferCapacity(int samples)
{
    m_capacity = qMax(1, samples);
    for (const auto &series : m_series)
        series->buffer.setCapacity(m_capacity);
    scheduleFrame(false);
}

void LiveChartWidget::appendSamples(const QString &key, const QVector<Point> &samples)
{
    const int index = m_index.value(key, -1);
    if (index < 0 || samples.isEmpty())
        return;
    const bool wasEmpty = m_series.at(index)->buffer.isEmpty();
    m_series.at(index)->buffer.append(samples);
    if (m_paused)
        m_samplesWhilePaused += samples.size();
    if (wasEmpty)
        updatePage();
    scheduleFrame(false);
}

void LiveChartWidget::appendSample(const QString &key, qint64 timeMs, double value)
{
    appendSamples(key, QVector<Point>{{timeMs, value}});
}

void LiveChartWidget::mergeHistory(const QString &key, const QVector<Point> &samples)
{
    const int index = m_index.value(key, -1);
    if (index < 0 || samples.isEmpty())
        return;
    m_series.at(index)->buffer.merge(samples);
    updatePage();
    scheduleFrame(false);
}

// ---------------------------------------------------------------------------------------------
// View state

void LiveChartWidget::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_pausedFrom = m_shownFrom;
        m_pausedTo = m_shownTo;
        m_samplesWhilePaused = 0;
    }
    const QSignalBlocker blocker(m_pauseButton);
    m_pauseButton->setChecked(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    updateStatus();
    if (!paused)
        scheduleFrame(true);
}

void LiveChartWidget::setFollowSpan(qint64 milliseconds)
{
    m_followSpan = qMax<qint64>(0, milliseconds);
    const int index = m_spanCombo->findData(m_followSpan);
    if (index >= 0)
        m_spanCombo->setCurrentIndex(index);
    m_zoomed = false;
    m_zoomValues = false;
    if (m_paused)
        setPaused(false);
    scheduleFrame(true);
}

void LiveChartWidget::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    if (toMs - fromMs < MinimumSpanMs) {
        const qint64 middle = fromMs + (toMs - fromMs) / 2;
        fromMs = middle - MinimumSpanMs / 2;
        toMs = fromMs + MinimumSpanMs;
    }
    m_zoomed = true;
    m_zoomFrom = fromMs;
    m_zoomTo = toMs;
    updateActions();
    scheduleFrame(true);
}

void LiveChartWidget::resetZoom()
{
    // While paused this goes back to the picture the pause froze (currentWindow()).
    m_zoomed = false;
    m_zoomValues = false;
    updateActions();
    scheduleFrame(true);
}

void LiveChartWidget::setZoomValues(double min, double max)
{
    if (!(max > min))
        return;
    m_zoomValues = true;
    m_zoomMin = min;
    m_zoomMax = max;
    scheduleFrame(true);
}

void LiveChartWidget::panBy(qint64 deltaMs)
{
    if (!m_zoomed)
        zoomTo(m_shownFrom, m_shownTo);
    zoomTo(m_zoomFrom + deltaMs, m_zoomTo + deltaMs);
}

void LiveChartWidget::zoomBy(double factor, qint64 anchorMs)
{
    qint64 from = m_zoomed ? m_zoomFrom : m_shownFrom;
    qint64 to = m_zoomed ? m_zoomTo : m_shownTo;
    anchorMs = qBound(from, anchorMs, to);
    from = anchorMs - qint64(std::llround(double(anchorMs - from) * factor));
    to = anchorMs + qint64(std::llround(double(to - anchorMs) * factor));
    zoomTo(from, to);
}

bool LiveChartWidget::dataExtent(qint64 *from, qint64 *to) const
{
    bool any = false;
    for (const auto &series : m_series) {
        if (series->buffer.isEmpty())
            continue;
        const qint64 first = series->buffer.first().timeMs;
        const qint64 last = series->buffer.last().timeMs;
        *from = any ? qMin(*from, first) : first;
        *to = any ? qMax(*to, last) : last;
        any = true;
    }
    return any;
}

void LiveChartWidget::currentWindow(qint64 *from, qint64 *to) const
{
    if (m_zoomed) {
        *from = m_zoomFrom;
        *to = m_zoomTo;
        return;
    }
    if (m_paused && m_pausedTo > m_pausedFrom) {
        *from = m_pausedFrom;
        *to = m_pausedTo;
        return;
    }
    if (!dataExtent(from, to)) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        *from = now - SinglePointSpanMs;
        *to = now;
        return;
    }
    if (m_followSpan > 0)
        *from = *to - m_followSpan;
    if (*to - *from < MinimumSpanMs) {
        *from = *to - SinglePointSpanMs / 2;
        *to = *from + SinglePointSpanMs;
    }
}

// ---------------------------------------------------------------------------------------------
// Frames

void LiveChartWidget::scheduleFrame(bool viewChanged)
{
    if (viewChanged)
        m_viewDirty = true;
    else
        m_dataDirty = true;
    if (m_paused && !m_viewDirty) {
        updateStatus(); // "n new values" while paused, no redraw
        return;
    }
    if (!m_frameTimer->isActive())
        m_frameTimer->start();
}

void LiveChartWidget::onFrameTimer()
{
    if (!isVisible())
        return; // drawn when shown
    if (m_paused && !m_viewDirty)
        return;
    if (!m_viewDirty && !m_dataDirty)
        return;
    renderNow();
}

void LiveChartWidget::renderNow()
{
    m_viewDirty = m_dataDirty = false;
    ++m_frameCount;
    qint64 from = 0;
    qint64 to = 0;
    currentWindow(&from, &to);
    const int columns = m_renderer->plotColumns();
    m_lastColumns = columns;
    m_lastCounts.resize(int(m_series.size()));
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < int(m_series.size()); ++i) {
        const Series &series = *m_series.at(i);
        MinMaxDecimator::decimate(series.buffer, from, to, columns, &m_scratch);
        for (const Point &point : std::as_const(m_scratch)) {
            low = qMin(low, point.value);
            high = qMax(high, point.value);
        }
        m_renderer->setSeriesPoints(series.rendererIndex, m_scratch);
        m_lastCounts[i] = int(m_scratch.size());
    }
    if (m_zoomValues) {
        low = m_zoomMin;
        high = m_zoomMax;
    } else if (!std::isfinite(low)) {
        low = 0.0;
        high = 1.0;
    } else {
        const double pad = high > low ? (high - low) * 0.05 : qMax(std::abs(high) * 0.05, 0.5);
        low -= pad;
        high += pad;
    }
    m_renderer->setTimeAxis(timeAxisTitle(), labelFormatFor(to - from));
    m_renderer->setTimeRange(from, to);
    m_renderer->setValueRange(low, high);
    m_shownFrom = from;
    m_shownTo = to;
    updateStatus();
    emit frameRendered();
}

void LiveChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleFrame(true);
}

QString LiveChartWidget::timeAxisTitle() const
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTime();
    QString name = zone.abbreviation(now);
    if (name.isEmpty() || name.startsWith(QLatin1Char('+')) || name.startsWith(QLatin1Char('-')))
        name = zone.displayName(now, QTimeZone::OffsetName); // "UTC+09:00"
    return tr("Time (%1)").arg(name);
}

QString LiveChartWidget::labelFormatFor(qint64 spanMs)
{
    if (spanMs <= 2 * 60 * 1000)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 36 * 60 * 60 * 1000LL)
        return QStringLiteral("HH:mm");
    return QStringLiteral("MM-dd HH:mm");
}

QString LiveChartWidget::seriesLabel(const Series &series) const
{
    return series.name;
}

// ---------------------------------------------------------------------------------------------
// Hover

void LiveChartWidget::hoverAt(const QPoint &rendererPosition)
{
    const QRectF area = m_renderer->plotArea();
    if (!area.contains(rendererPosition) || m_series.empty()) {
        clearHover();
        return;
    }
    const qint64 time = qint64(std::llround(m_renderer->mapToValue(rendererPosition).x()));
    const Series *best = nullptr;
    const Point *bestPoint = nullptr;
    double bestDistance = HoverRadiusPixels;
    for (const auto &series : m_series) {
        const Point *point = series->buffer.nearest(time);
        if (!point || !std::isfinite(point->value) || point->timeMs < m_shownFrom
            || point->timeMs > m_shownTo)
            continue;
        const QPointF at = m_renderer->mapToPosition(QPointF(double(point->timeMs), point->value));
        const double distance
            = std::hypot(at.x() - rendererPosition.x(), (at.y() - rendererPosition.y()) * 0.5);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = series.get();
            bestPoint = point;
        }
    }
    if (!best) {
        clearHover();
        return;
    }
    const QLocale locale;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(bestPoint->timeMs, Qt::UTC);
    const QString value = m_unit.isEmpty()
                              ? locale.toString(bestPoint->value, 'g', 10)
                              : tr("%1 %2").arg(locale.toString(bestPoint->value, 'g', 10), m_unit);
    const QString text
        = tr("%1: %2 at %3.%4 (%5)")
              .arg(seriesLabel(*best),
                   value,
                   TimeFormat::local(utc),
                   QStringLiteral("%1").arg(utc.time().msec(), 3, 10, QLatin1Char('0')),
                   TimeFormat::utcTooltip(utc));
    m_hoverLabel->setText(text);
    m_renderer->setHighlight(best->rendererIndex, *bestPoint);
    if (m_renderer->isVisible())
        QToolTip::showText(m_renderer->mapToGlobal(rendererPosition), text, m_renderer);
}

void LiveChartWidget::clearHover()
{
    m_hoverLabel->clear();
    m_renderer->clearHighlight();
}

QString LiveChartWidget::hoverText() const
{
    return m_hoverLabel->text();
}

// ---------------------------------------------------------------------------------------------
// State shown around the chart

void LiveChartWidget::updatePage()
{
    bool anySamples = false;
    for (const auto &series : m_series)
        anySamples = anySamples || !series->buffer.isEmpty();
    if (m_series.empty()) {
        m_emptyState->setTitle(tr("Nothing charted"));
        m_emptyState->setText(tr("Observe a numeric resource of an LwM2M device to chart it live"));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!anySamples) {
        QStringList names;
        for (const auto &series : m_series)
            names << series->name;
        m_emptyState->setTitle(tr("Waiting for the first value"));
        m_emptyState->setText(tr("%1: no value has arrived yet. The chart starts with the first "
                                 "reading; it never shows made-up data.")
                                  .arg(names.join(tr(", "))));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentWidget(m_renderer);
    }
    updateActions();
}

void LiveChartWidget::updateActions()
{
    const bool charting = m_stack->currentWidget() == m_renderer;
    m_csvButton->setEnabled(charting);
    m_pngButton->setEnabled(charting);
    m_pauseButton->setEnabled(charting);
    m_spanCombo->setEnabled(charting);
    m_resetZoomButton->setEnabled(charting && m_zoomed);
}

void LiveChartWidget::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    if (m_paused) {
        parts << (m_samplesWhilePaused > 0 ? tr("Paused — %Ln new value(s) not shown yet",
                                                nullptr,
                                                int(qMin<qint64>(m_samplesWhilePaused, INT_MAX)))
                                           : tr("Paused"));
    }
    if (m_zoomed)
        parts << tr("Zoomed: %1 – %2")
                     .arg(QDateTime::fromMSecsSinceEpoch(m_shownFrom)
                              .toString(labelFormatFor(m_shownTo - m_shownFrom)),
                          QDateTime::fromMSecsSinceEpoch(m_shownTo).toString(
                              labelFormatFor(m_shownTo - m_shownFrom)));
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    updateActions();
}

void LiveChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_stack->currentWidget() != m_renderer) {
        QWidget::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("chartContextMenu"));
    menu.addAction(m_paused ? tr("Resume") : tr("Pause"), this, [this] { setPaused(!m_paused); });
    menu.addAction(tr("Reset Zoom"), this, &LiveChartWidget::resetZoom)->setEnabled(m_zoomed);
    menu.addSeparator();
    menu.addAction(tr("Export CSV…"), this, &LiveChartWidget::exportCsv);
    menu.addAction(tr("Export PNG…"), this, &LiveChartWidget::exportPng);
    menu.addSeparator();
    for (const auto &series : m_series) {
        const QString key = series->key;
        menu.addAction(tr("Stop Charting “%1”").arg(series->name), this, [this, key] {
            emit removeRequested(key);
        });
    }
    menu.exec(event->globalPos());
}

// ---------------------------------------------------------------------------------------------
// Export

QString LiveChartWidget::askExportPath(QStandardPaths::StandardLocation location,
                                       const QString &extension,
                                       const QString &caption,
                                       const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(location);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("fleetdesk-chart-%1.%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 extension));
    QString path = m_fileDialogs->saveFileName(this, caption, suggested, filter);
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    return path;
}

void LiveChartWidget::exportCsv()
{
    const QString path = askExportPath(QStandardPaths::DocumentsLocation,
                                       QStringLiteral("csv"),
                                       tr("Export chart data"),
                                       tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

void LiveChartWidget::exportPng()
{
    const QString path = askExportPath(QStandardPaths::PicturesLocation,
                                       QStringLiteral("png"),
                                       tr("Export chart picture"),
                                       tr("PNG pictures (*.png)"));
    if (!path.isEmpty())
        savePng(path);
}

QString LiveChartWidget::csvHeader()
{
    return QStringLiteral("time_utc,series,value");
}

void LiveChartWidget::saveCsv(const QString &path)
{
    // Copy what is in view (a memcpy per series), format and write on a worker.
    struct Shown
    {
        QString name;
        QVector<Point> points;
    };
    QVector<Shown> shown;
    for (const auto &series : m_series) {
        const Point *first = nullptr;
        const Point *last = nullptr;
        series->buffer.range(m_shownFrom, m_shownTo, &first, &last);
        shown.append({seriesLabel(*series), QVector<Point>(first, last)});
    }
    m_csvButton->setEnabled(false);
    BackgroundTask::run(
        this,
        [path, shown] {
            FileResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
                result.error = file.errorString();
                return result;
            }
            QByteArray chunk = csvHeader().toUtf8() + '\n';
            for (const Shown &series : shown) {
                const QByteArray name = CsvReader::escape(series.name).toUtf8();
                for (const Point &point : series.points) {
                    if (!std::isfinite(point.value))
                        continue;
                    chunk += isoUtc(point.timeMs).toLatin1() + ',' + name + ','
                             + QByteArray::number(point.value, 'g', QLocale::FloatingPointShortest)
                             + '\n';
                    if (chunk.size() > (1 << 20)) {
                        file.write(chunk);
                        chunk.clear();
                    }
                }
            }
            file.write(chunk);
            result.ok = file.commit();
            if (!result.ok)
                result.error = file.errorString();
            return result;
        },
        [this, path](const FileResult &result) {
            updateActions();
            const QString native = QDir::toNativeSeparators(path);
            m_statusLabel->setText(
                result.ok
                    ? tr("Saved %1").arg(native)
                    : tr("The CSV file could not be saved to %1: %2").arg(native, result.error));
            if (!result.ok)
                qCWarning(lcUi) << "chart CSV export failed:" << path << result.error;
            emit exportFinished(result.ok, path, result.error);
        });
}

void LiveChartWidget::savePng(const QString &path)
{
    const QImage image = m_renderer->grab().toImage();
    m_pngButton->setEnabled(false);
    BackgroundTask::run(
        this,
        [path, image] {
            FileResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = file.errorString();
                return result;
            }
            if (!image.save(&file, "PNG")) {
                result.error = QStringLiteral("PNG encoding failed");
                return result;
            }
            result.ok = file.commit();
            if (!result.ok)
                result.error = file.errorString();
            return result;
        },
        [this, path](const FileResult &result) {
            updateActions();
            const QString native = QDir::toNativeSeparators(path);
            m_statusLabel->setText(
                result.ok
                    ? tr("Saved %1").arg(native)
                    : tr("The picture could not be saved to %1: %2").arg(native, result.error));
            if (!result.ok)
                qCWarning(lcUi) << "chart PNG export failed:" << path << result.error;
            emit exportFinished(result.ok, path, result.error);
        });
}
