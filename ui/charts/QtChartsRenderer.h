#pragma once

#include "charts/ChartRenderer.h"

#include <QList>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// ChartRenderer on Qt Charts (QChartView + QChart, QLineSeries per series, a QDateTimeAxis and a
// QValueAxis). The only file that knows Qt Charts: swapping to Qt Graphs replaces this class.
class QtChartsRenderer : public ChartRenderer
{
    Q_OBJECT

public:
    explicit QtChartsRenderer(QWidget *parent = nullptr);
    ~QtChartsRenderer() override;

    int addSeries(const QString &name, const QColor &color) override;
    void removeSeries(int index) override;
    int seriesCount() const override;
    void setSeriesPoints(int index, const QVector<SeriesBuffer::Point> &points) override;
    int seriesPointCount(int index) const override;
    void setTimeRange(qint64 fromMs, qint64 toMs) override;
    void setValueRange(double min, double max) override;
    void setTimeAxis(const QString &title, const QString &labelFormat) override;
    void setValueAxisTitle(const QString &title) override;
    void setHighlight(int index, const SeriesBuffer::Point &point) override;
    void clearHighlight() override;
    QRectF plotArea() const override;
    QPointF mapToValue(const QPointF &position) const override;
    QPointF mapToPosition(const QPointF &value) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QScatterSeries *m_highlight = nullptr;
    QList<QLineSeries *> m_series;
    QList<QPointF> m_scratch;
};
