#include "charts/QtChartsRenderer.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

QtChartsRenderer::QtChartsRenderer(QWidget *parent)
    : ChartRenderer(parent)
{
    m_chart = new QChart();
    m_chart->setObjectName(QStringLiteral("liveQChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);

    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setObjectName(QStringLiteral("timeDateTimeAxis"));
    m_timeAxis->setTickCount(6);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setObjectName(QStringLiteral("valueValueAxis"));
    m_valueAxis->setTickCount(5);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_highlight = new QScatterSeries(m_chart);
    m_highlight->setObjectName(QStringLiteral("highlightScatterSeries"));
    m_highlight->setMarkerSize(9);
    m_chart->addSeries(m_highlight);
    m_highlight->attachAxis(m_timeAxis);
    m_highlight->attachAxis(m_valueAxis);
    const auto markers = m_chart->legend()->markers(m_highlight);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("liveChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::NoRubberBand);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // ours, from LiveChartWidget
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setInputWidget(m_view->viewport());
    applyPalette();
}

QtChartsRenderer::~QtChartsRenderer() = default;

int QtChartsRenderer::addSeries(const QString &name, const QColor &color)
{
    auto *series = new QLineSeries(m_chart);
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(1.5);
    series->setPen(pen);
    m_chart->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    m_series.append(series);
    return int(m_series.size()) - 1;
}

void QtChartsRenderer::removeSeries(int index)
{
    if (index < 0 || index >= m_series.size())
        return;
    QLineSeries *series = m_series.takeAt(index);
    m_chart->removeSeries(series);
    delete series;
}

int QtChartsRenderer::seriesCount() const
{
    return int(m_series.size());
}

void QtChartsRenderer::setSeriesPoints(int index, const QVector<SeriesBuffer::Point> &points)
{
    if (index < 0 || index >= m_series.size())
        return;
    m_scratch.resize(points.size());
    for (int i = 0; i < points.size(); ++i)
        m_scratch[i] = QPointF(double(points.at(i).timeMs), points.at(i).value);
    m_series.at(index)->replace(m_scratch); // one update, not one per point
}

int QtChartsRenderer::seriesPointCount(int index) const
{
    return index >= 0 && index < m_series.size() ? int(m_series.at(index)->count()) : 0;
}

void QtChartsRenderer::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs),
                         QDateTime::fromMSecsSinceEpoch(toMs));
}

void QtChartsRenderer::setValueRange(double min, double max)
{
    m_valueAxis->setRange(min, max);
    m_valueAxis->applyNiceNumbers(); // round ticks: 18, 20, 22 rather than 18.3, 20.3, 22.3
}

void QtChartsRenderer::setTimeAxis(const QString &title, const QString &labelFormat)
{
    if (m_timeAxis->titleText() != title)
        m_timeAxis->setTitleText(title);
    if (m_timeAxis->format() != labelFormat)
        m_timeAxis->setFormat(labelFormat);
}

void QtChartsRenderer::setValueAxisTitle(const QString &title)
{
    m_valueAxis->setTitleText(title);
    m_valueAxis->setTitleVisible(!title.isEmpty());
}

void QtChartsRenderer::setHighlight(int index, const SeriesBuffer::Point &point)
{
    if (index < 0 || index >= m_series.size())
        return clearHighlight();
    m_highlight->setColor(m_series.at(index)->color());
    m_highlight->replace(QList<QPointF>{QPointF(double(point.timeMs), point.value)});
}

void QtChartsRenderer::clearHighlight()
{
    if (m_highlight->count() > 0)
        m_highlight->clear();
}

QRectF QtChartsRenderer::plotArea() const
{
    // The chart fills the view's scene at the origin: chart, scene and viewport coordinates
    // differ by the view's position in this widget only.
    return m_chart->plotArea().translated(m_view->pos());
}

QPointF QtChartsRenderer::mapToValue(const QPointF &position) const
{
    return m_chart->mapToValue(position - QPointF(m_view->pos()));
}

QPointF QtChartsRenderer::mapToPosition(const QPointF &value) const
{
    return m_chart->mapToPosition(value) + QPointF(m_view->pos());
}

void QtChartsRenderer::changeEvent(QEvent *event)
{
    ChartRenderer::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void QtChartsRenderer::applyPalette()
{
    // Follow the application's palette (light, dark for night shifts) rather than a chart theme.
    const QPalette colours = palette();
    m_chart->setBackgroundBrush(colours.base());
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));
    QColor grid = colours.color(QPalette::Text);
    grid.setAlphaF(0.15);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.text());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }
}
