#include "charts/ChartsDock.h"

#include "BackgroundTask.h"
#include "EmptyStateWidget.h"
#include "charts/LiveChartWidget.h"
#include "common/Logging.h"
#include "store/CacheDatabase.h"
#include "store/TelemetryRepository.h"

#include <QFileInfo>
#include <QScrollArea>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

struct HistoryLoad
{
    QVector<SeriesBuffer::Point> points;
    QString error;
};

HistoryLoad readHistory(const QString &dbPath,
                        const QUuid &deviceId,
                        const QString &path,
                        const QDateTime &from,
                        const QDateTime &to)
{
    HistoryLoad result;
    if (!QFileInfo::exists(dbPath))
        return result; // nothing recorded yet; never create the cache from here
    // This worker's own connection (STYLE rule 9), gone when the read is done.
    const QString connection
        = QStringLiteral("charts-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CacheDatabase::OpenResult opened
        = CacheDatabase::open(dbPath, CacheDatabase::Kind::Telemetry, connection);
    if (opened.ok()) {
        const QVector<TelemetrySample> samples
            = TelemetryRepository(QSqlDatabase::database(connection))
                  .samples(deviceId, path, from, to);
        result.points.reserve(samples.size());
        for (const TelemetrySample &sample : samples)
            result.points.append({sample.time.toMSecsSinceEpoch(), sample.value});
    } else {
        result.error = opened.message;
    }
    CacheDatabase::close(connection);
    return result;
}

} // namespace

ChartsDock::ChartsDock(FileDialogs *fileDialogs, QWidget *parent)
    : QWidget(parent)
    , m_fileDialogs(fileDialogs)
{
    setObjectName(QStringLiteral("chartsDock"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("chartsStackedWidget"));

    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setObjectName(QStringLiteral("chartsEmptyStateWidget"));
    m_emptyState->setTitle(tr("No live values"));
    m_emptyState->setText(
        tr("Observe a numeric resource of an LwM2M device to chart it live. Charts only ever "
           "show real readings, with their recorded history."));
    m_stack->addWidget(m_emptyState);

    m_scrollArea = new QScrollArea(m_stack);
    m_scrollArea->setObjectName(QStringLiteral("chartsScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scrollArea);
    content->setObjectName(QStringLiteral("chartsContentWidget"));
    m_chartsLayout = new QVBoxLayout(content);
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_scrollArea->setWidget(content);
    m_stack->addWidget(m_scrollArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updatePage();
}

ChartsDock::~ChartsDock() = default;

QString ChartsDock::seriesKey(const QUuid &deviceId, const QString &path)
{
    return deviceId.toString(QUuid::WithoutBraces) + QLatin1Char('|') + path;
}

void ChartsDock::setTelemetryDatabase(const QString &path)
{
    m_telemetryDbPath = path;
}

void ChartsDock::setHistorySpan(qint64 milliseconds)
{
    m_historySpanMs = qMax<qint64>(0, milliseconds);
}

void ChartsDock::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ChartsDock::addSeries(const QUuid &deviceId,
                           const QString &deviceName,
                           const QString &path,
                           const QString &unit)
{
    const QString key = seriesKey(deviceId, path);
    if (m_seriesUnit.contains(key))
        return;
    LiveChartWidget *chart = m_charts.value(unit);
    if (!chart) {
        chart = new LiveChartWidget(m_fileDialogs, m_scrollArea->widget());
        chart->setUnit(unit);
        chart->setMinimumHeight(fontMetrics().height() * 14);
        connect(chart, &LiveChartWidget::removeRequested, this, [this](const QString &k) {
            const int bar = k.indexOf(QLatin1Char('|'));
            removeSeries(QUuid::fromString(k.left(bar)), k.mid(bar + 1));
        });
        m_chartsLayout->addWidget(chart);
        m_charts.insert(unit, chart);
    }
    chart->addSeries(key, tr("%1 %2").arg(deviceName, path));
    m_seriesUnit.insert(key, unit);
    updatePage();
    emit seriesCountChanged(seriesCount());
    loadHistory(deviceId, path);
}

void ChartsDock::appendSamples(const QUuid &deviceId,
                               const QString &path,
                               const QVector<Point> &samples)
{
    const QString key = seriesKey(deviceId, path);
    const auto unit = m_seriesUnit.constFind(key);
    if (unit == m_seriesUnit.constEnd())
        return;
    if (LiveChartWidget *chart = m_charts.value(*unit))
        chart->appendSamples(key, samples);
}

void ChartsDock::removeSeries(const QUuid &deviceId, const QString &path)
{
    const QString key = seriesKey(deviceId, path);
    const auto unit = m_seriesUnit.constFind(key);
    if (unit == m_seriesUnit.constEnd())
        return;
    const QString unitName = *unit;
    m_seriesUnit.erase(unit);
    ++m_historyGeneration[key];
    if (LiveChartWidget *chart = m_charts.value(unitName)) {
        chart->removeSeries(key);
        if (chart->seriesCount() == 0) {
            m_charts.remove(unitName);
            chart->deleteLater();
        }
    }
    updatePage();
    emit seriesCountChanged(seriesCount());
}

bool ChartsDock::hasSeries(const QUuid &deviceId, const QString &path) const
{
    return m_seriesUnit.contains(seriesKey(deviceId, path));
}

QList<LiveChartWidget *> ChartsDock::charts() const
{
    QList<LiveChartWidget *> charts;
    for (int i = 0; i < m_chartsLayout->count(); ++i) {
        if (auto *chart = qobject_cast<LiveChartWidget *>(m_chartsLayout->itemAt(i)->widget())) {
            if (m_charts.value(chart->unit()) == chart)
                charts << chart;
        }
    }
    return charts;
}

LiveChartWidget *ChartsDock::chartFor(const QUuid &deviceId, const QString &path) const
{
    const auto unit = m_seriesUnit.constFind(seriesKey(deviceId, path));
    return unit == m_seriesUnit.constEnd() ? nullptr : m_charts.value(*unit);
}

void ChartsDock::loadHistory(const QUuid &deviceId, const QString &path)
{
    if (m_telemetryDbPath.isEmpty() || m_historySpanMs <= 0) {
        emit historyLoaded(deviceId, path, 0, QString());
        return;
    }
    const QString key = seriesKey(deviceId, path);
    const quint64 generation = m_historyGeneration.value(key);
    const QDateTime to = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addMSecs(-m_historySpanMs);
    const QString dbPath = m_telemetryDbPath;
    BackgroundTask::run(
        this,
        [dbPath, deviceId, path, from, to] {
            return readHistory(dbPath, deviceId, path, from, to);
        },
        [this, key, generation, deviceId, path](const HistoryLoad &result) {
            if (m_historyGeneration.value(key) != generation || !m_seriesUnit.contains(key))
                return; // removed (and maybe added again) meanwhile
            if (!result.error.isEmpty())
                qCWarning(lcUi) << "chart history could not be read:" << result.error;
            if (LiveChartWidget *chart = m_charts.value(m_seriesUnit.value(key)))
                chart->mergeHistory(key, result.points);
            emit historyLoaded(deviceId, path, int(result.points.size()), result.error);
        });
}

void ChartsDock::updatePage()
{
    m_stack->setCurrentWidget(m_seriesUnit.isEmpty() ? static_cast<QWidget *>(m_emptyState)
                                                     : m_scrollArea);
}
