#include "campaign/CampaignDashboardWorker.h"

#include "report/CampaignPdfReport.h"
#include "store/CacheDatabase.h"

#include <QSqlQuery>

#include <atomic>

namespace {

const QString AutoPrefix = QStringLiteral("auto:");

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("fleetdesk-campaign-dashboard-%1").arg(++counter);
}

bool isStopEvent(const CampaignEvent &event)
{
    return event.deviceId.isNull()
           && (event.state == QLatin1String("paused") || event.state == QLatin1String("aborted"));
}

} // namespace

CampaignDashboardWorker::CampaignDashboardWorker(QString dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_connection(nextConnectionName())
{}

CampaignDashboardWorker::~CampaignDashboardWorker()
{
    if (m_open)
        CacheDatabase::close(m_connection);
}

bool CampaignDashboardWorker::ensureOpen(QString *error)
{
    if (m_open)
        return true;
    const CacheDatabase::OpenResult result
        = CacheDatabase::open(m_dbPath, CacheDatabase::Kind::Fleet, m_connection);
    if (!result.ok()) {
        *error = result.message;
        CacheDatabase::close(m_connection);
        return false;
    }
    m_open = true;
    return true;
}

QSqlDatabase CampaignDashboardWorker::database() const
{
    return QSqlDatabase::database(m_connection);
}

void CampaignDashboardWorker::poll(qint64 campaignId, bool full, bool force)
{
    CampaignDashboardSnapshot snapshot;
    snapshot.campaignId = campaignId;
    if (!ensureOpen(&snapshot.error)) {
        emit polled(snapshot);
        return;
    }
    qint64 version = -1;
    {
        QSqlQuery query(database());
        if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
            version = query.value(0).toLongLong();
    }
    // data_version moves when another connection commits; our own writes are followed by a forced
    // poll. A new selection or a hidden dashboard becoming visible needs a full look too.
    if (!force && version == m_dataVersion && version >= 0 && campaignId == m_lastCampaign
        && (m_lastFull || !full)) {
        snapshot.unchanged = true;
        emit polled(snapshot);
        return;
    }
    m_dataVersion = version;
    m_lastCampaign = campaignId;
    m_lastFull = full;

    CampaignRepository repo(database());
    snapshot.campaigns = repo.list(&snapshot.error);
    scanAutoStops(repo, snapshot.campaigns, &snapshot.autoStops);

    if (full && campaignId > 0) {
        QString error;
        snapshot.campaign = repo.find(campaignId, &error);
        if (snapshot.campaign) {
            snapshot.devices = repo.devices(campaignId, &error);
            snapshot.report.emplace(*snapshot.campaign,
                                    snapshot.devices,
                                    repo.events(campaignId),
                                    QDateTime::currentDateTimeUtc());
            snapshot.liveRunner = repo.hasLiveRunner(campaignId);
            snapshot.lease = repo.lease(campaignId);
        }
        if (!error.isEmpty())
            snapshot.error = error;
    }
    emit polled(snapshot);
}

void CampaignDashboardWorker::scanAutoStops(CampaignRepository &repo,
                                            const QVector<CampaignRecord> &campaigns,
                                            QVector<CampaignAutoStop> *found)
{
    for (const CampaignRecord &campaign : campaigns) {
        const bool stopped
            = campaign.state == CampaignState::Paused || campaign.state == CampaignState::Aborted;
        if (!stopped) {
            // Resumed (or never stopped): a later self-stop is news again.
            m_lastStop.remove(campaign.id);
            continue;
        }
        const qint64 after = m_scannedEvent.value(campaign.id, 0);
        const QVector<CampaignEvent> events = repo.events(campaign.id, after);
        for (const CampaignEvent &event : events) {
            if (isStopEvent(event))
                m_lastStop.insert(campaign.id, event);
        }
        if (!events.isEmpty())
            m_scannedEvent.insert(campaign.id, events.constLast().id);

        const auto stop = m_lastStop.constFind(campaign.id);
        if (stop == m_lastStop.constEnd() || !stop->detail.startsWith(AutoPrefix))
            continue;
        if (m_announced.value(campaign.id, 0) >= stop->id)
            continue;
        m_announced.insert(campaign.id, stop->id);
        CampaignAutoStop autoStop;
        autoStop.campaignId = campaign.id;
        autoStop.eventId = stop->id;
        autoStop.name = campaign.name;
        autoStop.state = stop->state;
        autoStop.reason = stop->detail.mid(AutoPrefix.size()).trimmed();
        if (autoStop.reason.isEmpty())
            autoStop.reason = campaign.reason;
        autoStop.at = stop->at;
        autoStop.fresh = !m_firstScan;
        found->append(autoStop);
    }
    m_firstScan = false;
}

void CampaignDashboardWorker::request(qint64 campaignId,
                                      const QString &command,
                                      const QString &actor)
{
    QString error;
    bool ok = ensureOpen(&error);
    if (ok) {
        CampaignRepository repo(database());
        ok = repo.request(campaignId, command, actor, &error);
    }
    emit requestFinished(campaignId, command, ok, error);
    poll(campaignId, true, true);
}

void CampaignDashboardWorker::exportReport(qint64 campaignId,
                                           const QString &format,
                                           const QString &path)
{
    QString error;
    bool ok = ensureOpen(&error);
    if (ok) {
        CampaignRepository repo(database());
        const std::optional<CampaignReportData> data
            = CampaignReportData::load(repo, campaignId, &error);
        ok = data.has_value();
        if (ok && format == QLatin1String("pdf"))
            ok = CampaignPdfReport::write(*data, path, &error);
        else if (ok)
            ok = data->writeCsv(path, &error);
    }
    emit exportFinished(path, ok, error);
}
