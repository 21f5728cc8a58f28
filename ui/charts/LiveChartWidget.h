#pragma once

#include "telemetry/SeriesBuffer.h"

#include <QHash>
#include <QStandardPaths>
#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

class ChartRenderer;
class EmptyStateWidget;
class FileDialogs;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

// A live chart of several series that share a unit: time on x (local time, the zone in the axis
// title), the unit on y. Samples go into one SeriesBuffer per series; at most 20 times a second the
// visible time window of each buffer is reduced by MinMaxDecimator to two points per pixel column
// and handed to the ChartRenderer, so a million samples draw as fast as a thousand.
//
// Pause freezes the picture while the buffers keep filling. Drag pans, Shift+drag zooms to a box,
// the wheel and +/- zoom time, arrow keys pan, double-click / Esc / Home reset. Hovering shows the
// exact sample (value and time) nearest the cursor. The shown samples export as CSV (UTC ISO time,
// series, value) and the picture as PNG, both written on a worker thread.
class LiveChartWidget : public QWidget
{
    Q_OBJECT

public:
    using Point = SeriesBuffer::Point;

    static constexpr int FrameIntervalMs = 50; // ≤ 20 frames per second

    explicit LiveChartWidget(FileDialogs *fileDialogs = nullptr, QWidget *parent = nullptr);
    ~LiveChartWidget() override;

    // The unit of every series of this chart ("°C"); the value axis title.
    void setUnit(const QString &unit);
    QString unit() const { return m_unit; }

    // key identifies the series (e.g. device id + path); name is what people read.
    bool addSeries(const QString &key, const QString &name);
    void removeSeries(const QString &key);
    bool hasSeries(const QString &key) const { return m_index.contains(key); }
    int seriesCount() const { return int(m_series.size()); }
    QStringList seriesKeys() const;
    QString seriesName(const QString &key) const;
    const SeriesBuffer *buffer(const QString &key) const;
    void setBufferCapacity(int samples); // per series

    void appendSamples(const QString &key, const QVector<Point> &samples);
    void appendSample(const QString &key, qint64 timeMs, double value);
    // Stored history (e.g. from the telemetry database), merged with what is already there.
    void mergeHistory(const QString &key, const QVector<Point> &samples);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // How much time the chart follows when not zoomed (0 = everything in the buffers).
    void setFollowSpan(qint64 milliseconds);
    void zoomTo(qint64 fromMs, qint64 toMs);
    void resetZoom();
    bool isZoomed() const { return m_zoomed; }
    qint64 shownFromMs() const { return m_shownFrom; }
    qint64 shownToMs() const { return m_shownTo; }

    // Ask for a file (FileDialogs seam), then write on a worker; exportFinished() reports.
    void exportCsv();
    void exportPng();
    void saveCsv(const QString &path);
    void savePng(const QString &path);

    // Draws a frame now (normally the frame timer does, when something changed).
    void renderNow();
    int frameCount() const { return m_frameCount; }
    int lastFrameColumns() const { return m_lastColumns; }
    // Points handed to the renderer for each series in the last frame.
    QVector<int> lastFramePointCounts() const { return m_lastCounts; }
    ChartRenderer *renderer() const { return m_renderer; }
    // Shows the sample nearest a position of the renderer (what hovering does).
    void hoverAt(const QPoint &rendererPosition);
    QString hoverText() const;

    static QString csvHeader();

signals:
    void frameRendered();
    void exportFinished(bool ok, const QString &path, const QString &error);
    // The user chose "Stop charting" for a series.
    void removeRequested(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // The save dialog for an export, with a dated default name; adds the extension when missing.
    QString askExportPath(QStandardPaths::StandardLocation location,
                          const QString &extension,
                          const QString &caption,
                          const QString &filter);
    struct Series;

    void scheduleFrame(bool viewChanged);
    void onFrameTimer();
    void currentWindow(qint64 *from, qint64 *to) const;
    bool dataExtent(qint64 *from, qint64 *to) const;
    void panBy(qint64 deltaMs);
    void zoomBy(double factor, qint64 anchorMs);
    void setZoomValues(double min, double max);
    void clearHover();
    void updatePage();
    void updateStatus();
    void updateActions();
    QString timeAxisTitle() const;
    static QString labelFormatFor(qint64 spanMs);
    QString seriesLabel(const Series &series) const;

    FileDialogs *m_fileDialogs = nullptr;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    QString m_unit;
    std::vector<std::unique_ptr<Series>> m_series;
    QHash<QString, int> m_index;
    int m_capacity = SeriesBuffer::DefaultCapacity;
    int m_colourCounter = 0;

    // View state
    bool m_paused = false;
    bool m_zoomed = false;
    qint64 m_zoomFrom = 0;
    qint64 m_zoomTo = 0;
    bool m_zoomValues = false;
    double m_zoomMin = 0.0;
    double m_zoomMax = 0.0;
    qint64 m_followSpan = 0;
    qint64 m_pausedFrom = 0;
    qint64 m_pausedTo = 0;
    qint64 m_shownFrom = 0;
    qint64 m_shownTo = 0;
    bool m_dataDirty = false;
    bool m_viewDirty = true;
    int m_frameCount = 0;
    int m_lastColumns = 0;
    QVector<int> m_lastCounts;
    QVector<Point> m_scratch;
    qint64 m_samplesWhilePaused = 0;

    // Widgets
    QTimer *m_frameTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    ChartRenderer *m_renderer = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_resetZoomButton = nullptr;
    QToolButton *m_csvButton = nullptr;
    QToolButton *m_pngButton = nullptr;
    QComboBox *m_spanCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_hoverLabel = nullptr;
};
