#pragma once

#include "telemetry/SeriesBuffer.h"

#include <QColor>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QVector>
#include <QWidget>

class QRubberBand;

// The seam between FleetDesk's charts and a drawing library (STYLE: Qt Charts is deprecated from
// Qt 6.10; the renderer must be swappable). A renderer only draws what it is given: already
// decimated points per series, the time and value ranges, the axis titles. Buffering, decimation,
// zoom state and hover lookup live in LiveChartWidget and app/telemetry.
//
// The mouse and keyboard handling is here, renderer independent: drag pans, Shift+drag draws a zoom
// box (double-click resets), the wheel zooms time around the cursor, arrow keys pan, +/- zoom, Esc
// or Home reset. They come out as requests in data coordinates (time in ms, value).
class ChartRenderer : public QWidget
{
    Q_OBJECT

public:
    explicit ChartRenderer(QWidget *parent = nullptr);
    ~ChartRenderer() override;

    virtual int addSeries(const QString &name, const QColor &color) = 0; // returns its index
    virtual void removeSeries(int index) = 0;
    virtual int seriesCount() const = 0;
    virtual void setSeriesPoints(int index, const QVector<SeriesBuffer::Point> &points) = 0;
    virtual int seriesPointCount(int index) const = 0; // what the drawing library holds
    virtual void setTimeRange(qint64 fromMs, qint64 toMs) = 0;
    virtual void setValueRange(double min, double max) = 0;
    virtual void setTimeAxis(const QString &title, const QString &labelFormat) = 0;
    virtual void setValueAxisTitle(const QString &title) = 0;
    // The hovered sample (a marker), or none.
    virtual void setHighlight(int index, const SeriesBuffer::Point &point) = 0;
    virtual void clearHighlight() = 0;

    // In this widget's coordinates.
    virtual QRectF plotArea() const = 0;
    virtual QPointF mapToValue(const QPointF &position) const = 0; // x: ms since epoch (UTC)
    virtual QPointF mapToPosition(const QPointF &value) const = 0;

    // Pixel columns of the plot area (device pixels): the decimator's N.
    int plotColumns() const;

signals:
    void zoomToRequested(qint64 fromMs, qint64 toMs, double minValue, double maxValue);
    void zoomRequested(double factor, qint64 anchorMs); // factor < 1 zooms in
    void panRequested(qint64 deltaMs);
    void resetRequested();
    void hovered(const QPoint &position);
    void hoverLeft();
    void plotResized();

protected:
    // The widget that receives the mouse (e.g. a view's viewport); its coordinates must match
    // this widget's.
    void setInputWidget(QWidget *widget);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    qint64 timeAt(const QPoint &position) const;
    qint64 visibleSpanMs() const;

    QWidget *m_input = nullptr;
    QRubberBand *m_rubberBand = nullptr;
    QPoint m_pressPosition;
    QPoint m_lastPosition;
    bool m_panning = false;
    bool m_zoomBox = false;
};
