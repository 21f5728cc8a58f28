#pragma once

#include "telemetry/SeriesBuffer.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QVector>
#include <QWidget>

#include <functional>

class EmptyStateWidget;
class FileDialogs;
class LiveChartWidget;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

// The content of the main window's Charts dock: one LiveChartWidget per unit (series that share a
// unit share a chart), or an empty state that says how to get a chart. A series added here loads
// its recent history from the telemetry database (telemetry.db beside the fleet cache) on a worker
// thread with its own SQLite connection, so a chart reopens with its past; live samples come from
// appendSamples() (the LwM2M observe feed).
class ChartsDock : public QWidget
{
    Q_OBJECT

public:
    using Point = SeriesBuffer::Point;
    using Clock = std::function<QDateTime()>;

    explicit ChartsDock(FileDialogs *fileDialogs = nullptr, QWidget *parent = nullptr);
    ~ChartsDock() override;

    // Where history comes from; empty: no history.
    void setTelemetryDatabase(const QString &path);
    void setHistorySpan(qint64 milliseconds); // default 24 h
    void setClock(Clock clock);               // "now" for the history window

    void addSeries(const QUuid &deviceId,
                   const QString &deviceName,
                   const QString &path,
                   const QString &unit);
    void appendSamples(const QUuid &deviceId, const QString &path, const QVector<Point> &samples);
    void removeSeries(const QUuid &deviceId, const QString &path);
    bool hasSeries(const QUuid &deviceId, const QString &path) const;
    int seriesCount() const { return int(m_seriesUnit.size()); }

    QList<LiveChartWidget *> charts() const;
    LiveChartWidget *chartFor(const QUuid &deviceId, const QString &path) const;

    static QString seriesKey(const QUuid &deviceId, const QString &path);

signals:
    void seriesCountChanged(int count);
    // History of a series was read (sampleCount may be 0); error is empty when all went well.
    void historyLoaded(const QUuid &deviceId,
                       const QString &path,
                       int sampleCount,
                       const QString &error);

private:
    void loadHistory(const QUuid &deviceId, const QString &path);
    void updatePage();

    FileDialogs *m_fileDialogs = nullptr;
    QString m_telemetryDbPath;
    qint64 m_historySpanMs = 24LL * 60 * 60 * 1000;
    Clock m_clock;
    QHash<QString, QString> m_seriesUnit;        // series key → unit
    QHash<QString, LiveChartWidget *> m_charts;  // unit → chart
    QHash<QString, quint64> m_historyGeneration; // ignores history of a removed series

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QVBoxLayout *m_chartsLayout = nullptr;
};
