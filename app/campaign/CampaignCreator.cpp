#include "campaign/CampaignCreator.h"

#include "firmware/FirmwareLibrary.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"
#include "store/FleetRepository.h"
#include "store/GroupRepository.h"

#include <QAtomicInteger>
#include <QUrl>

namespace {

// One connection per call (any thread), closed when the call ends.
class Connection
{
public:
    Connection()
        : m_name(QStringLiteral("campaign-creator-%1").arg(s_next.fetchAndAddRelaxed(1)))
    {}
    ~Connection() { CacheDatabase::close(m_name); }
    bool open(const QString &path, QString *error)
    {
        const auto opened = CacheDatabase::open(path, CacheDatabase::Kind::Fleet, m_name);
        if (!opened.ok()) {
            *error = opened.message;
            return false;
        }
        return true;
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

private:
    static QAtomicInteger<int> s_next;
    QString m_name;
};
QAtomicInteger<int> Connection::s_next{0};

struct Loaded
{
    DeviceList fleet;
    FleetQueryContext context;
};

bool load(const QSqlDatabase &db, const QDateTime &now, Loaded *loaded, QString *error)
{
    loaded->fleet = FleetRepository(db).loadDevices(error);
    if (!error->isEmpty())
        return false;
    loaded->context = GroupRepository::queryContext(db, loaded->fleet, error);
    loaded->context.now = now;
    return error->isEmpty();
}

CampaignCreator::Result run(const CampaignCreator::Request &request, bool create)
{
    CampaignCreator::Result result;
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    Connection connection;
    if (!connection.open(request.dbPath, &result.error))
        return result;
    const QSqlDatabase db = connection.db();
    Loaded loaded;
    if (!load(db, now, &loaded, &result.error))
        return result;

    FirmwareLibrary library(db,
                            request.firmwareDirectory.isEmpty()
                                ? FirmwareLibrary::defaultDirectory(request.dbPath)
                                : request.firmwareDirectory);
    const auto image = library.find(request.spec.firmwareModel, request.spec.firmwareVersion);
    if (!image) {
        result.plan.problems.append(
            {QStringLiteral("/firmware"),
             CampaignCreator::tr("The firmware library has no image %1 %2: import it first "
                                 "(fleetdesk-cli firmware import FILE).")
                 .arg(request.spec.firmwareModel, request.spec.firmwareVersion)});
    }

    CampaignRepository campaigns(db);
    CampaignPlanner::Inputs inputs;
    inputs.fleet = loaded.fleet;
    inputs.queryContext = loaded.context;
    inputs.inOtherCampaigns = campaigns.devicesInOtherCampaigns();
    inputs.live = request.live;
    inputs.imageBytes = image ? image->fileSize : 0;
    inputs.now = now;
    CampaignPlan plan = CampaignPlanner::plan(request.spec, inputs);
    plan.problems = result.plan.problems + plan.problems;
    result.plan = plan;

    QString serve;
    if (image) {
        if (!request.packageUrl.isEmpty()) {
            result.packageUrl = request.packageUrl;
        } else if (!request.serveAddress.isEmpty()) {
            serve = request.serveAddress;
            QUrl url;
            url.setScheme(request.serveHttps ? QStringLiteral("https") : QStringLiteral("http"));
            const int colon = serve.lastIndexOf(QLatin1Char(':'));
            url.setHost(colon > 0 ? serve.left(colon) : serve);
            if (colon > 0)
                url.setPort(serve.mid(colon + 1).toInt());
            url.setPath(QLatin1Char('/') + image->fileName);
            result.packageUrl = url.toString();
        } else if (!image->externalUrl.isEmpty()) {
            result.packageUrl = image->externalUrl;
        } else {
            result.plan.problems.append(
                {QStringLiteral("/firmware"),
                 CampaignCreator::tr(
                     "Devices need a place to download %1 %2 from: serve it with "
                     "FleetDesk's firmware server or give the image a download URL.")
                     .arg(image->model, image->version)});
        }
    }
    if (!create)
        return result;
    if (!result.plan.problems.isEmpty()) {
        result.error = CampaignCreator::tr("The campaign was not created: %n problem(s).",
                                           nullptr,
                                           int(result.plan.problems.size()));
        return result;
    }
    result.id = campaigns.create(request.spec,
                                 result.packageUrl,
                                 serve,
                                 result.plan.records(),
                                 request.actor,
                                 &result.error);
    return result;
}

} // namespace

CampaignCreator::Result CampaignCreator::dryRun(const Request &request)
{
    return run(request, false);
}

CampaignCreator::Result CampaignCreator::create(const Request &request)
{
    return run(request, true);
}

DeviceList CampaignCreator::targets(const Request &request, QStringList *unknown, QString *error)
{
    Connection connection;
    if (!connection.open(request.dbPath, error))
        return {};
    Loaded loaded;
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    if (!load(connection.db(), now, &loaded, error))
        return {};
    return CampaignPlanner::resolveTargets(
        request.spec, loaded.fleet, loaded.context, unknown, error);
}
