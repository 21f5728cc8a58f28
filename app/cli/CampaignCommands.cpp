#include "CampaignCommands.h"

#include "CampaignReportCommand.h"
#include "CliCache.h"
#include "StopSignal.h"
#include "campaign/CampaignCreator.h"
#include "campaign/CampaignDrivers.h"
#include "campaign/CampaignEngine.h"
#include "firmware/FirmwareLibrary.h"
#include "firmware/FirmwareServer.h"
#include "profiles/ProfileStore.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"
#include "store/FleetRepository.h"
#include "store/JournalRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>
#include <cstdio>

namespace {

const QString Connection = QStringLiteral("fleetdesk-cli-campaign");

class CacheConnection
{
public:
    ~CacheConnection()
    {
        if (m_open)
            CacheDatabase::close(Connection);
    }
    bool open(const Lwm2mCommands::Context &ctx, bool write, int *exitCode)
    {
        m_open = CliCache::openFleet(ctx.dbPath, Connection, ctx.out, write, exitCode);
        return m_open;
    }
    QSqlDatabase db() const { return QSqlDatabase::database(Connection); }

private:
    bool m_open = false;
};

void note(const QString &text)
{
    std::fprintf(stderr, "fleetdesk-cli: %s\n", text.toUtf8().constData());
}

QJsonArray problemsJson(const QVector<CampaignProblem> &problems)
{
    QJsonArray out;
    for (const CampaignProblem &p : problems)
        out.append(QJsonObject{{QStringLiteral("pointer"), p.pointer},
                               {QStringLiteral("message"), p.message}});
    return out;
}

QString problemsText(const QVector<CampaignProblem> &problems)
{
    QStringList lines;
    for (const CampaignProblem &p : problems)
        lines.append(QStringLiteral("  %1: %2")
                         .arg(p.pointer.isEmpty() ? QStringLiteral("/") : p.pointer, p.message));
    return lines.join(QLatin1Char('\n'));
}

QString duration(qint64 seconds)
{
    if (seconds < 120)
        return CampaignCommands::tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return CampaignCommands::tr("%1 min").arg((seconds + 59) / 60);
    return CampaignCommands::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600 + 59) / 60);
}

// Asks the devices' servers and brokers what each device reports now (for the dry run and
// creation): bounded concurrency, a deadline.
QHash<QUuid, CampaignDeviceStatus>
fetchLive(CampaignDrivers &drivers, const DeviceList &devices, int timeoutSeconds)
{
    QHash<QUuid, CampaignDeviceStatus> live;
    QEventLoop loop;
    int next = 0;
    int running = 0;
    auto alive = std::make_shared<bool>(true);
    std::function<void()> pump = [&] {
        while (running < 16 && next < devices.size()) {
            const Device &d = devices.at(next++);
            CampaignDriver *driver = drivers.driverFor(d);
            if (!driver)
                continue;
            ++running;
            const QUuid id = d.id;
            driver->status(d, [&, alive, id](const CampaignDeviceStatus &status) {
                if (!*alive)
                    return;
                live.insert(id, status);
                --running;
                pump();
            });
        }
        if (running == 0 && next >= devices.size())
            loop.quit();
    };
    QTimer::singleShot(0, &loop, pump);
    QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    *alive = false;
    return live;
}

} // namespace

CampaignCommands::CampaignCommands(Lwm2mCommands::Context context)
    : m_ctx(std::move(context))
{}

int CampaignCommands::run()
{
    const QString sub = m_ctx.positional.value(0);
    if (sub == QLatin1String("create"))
        return create(false);
    if (sub == QLatin1String("list"))
        return list();
    if (sub == QLatin1String("dry-run")) {
        bool isId = false;
        const qint64 id = m_ctx.positional.value(1).toLongLong(&isId);
        return isId ? dryRunStored(id) : create(true);
    }
    if (sub == QLatin1String("report")) {
        qint64 id = 0;
        int exitCode = 0;
        if (!campaignId(&id, &exitCode))
            return exitCode;
        return runCampaignReport(m_ctx, id);
    }
    qint64 id = 0;
    int exitCode = 0;
    if (sub == QLatin1String("run") || sub == QLatin1String("pause")
        || sub == QLatin1String("resume") || sub == QLatin1String("abort")
        || sub == QLatin1String("status")) {
        if (!campaignId(&id, &exitCode))
            return exitCode;
        if (sub == QLatin1String("run"))
            return runCampaign(id);
        if (sub == QLatin1String("status"))
            return status(id);
        return request(sub, id);
    }
    return m_ctx.usage(sub.isEmpty() ? tr("campaign needs a subcommand: create, list, dry-run, "
                                          "run, pause, resume, abort, status or report")
                                     : tr("unknown campaign subcommand \"%1\"").arg(sub));
}

bool CampaignCommands::campaignId(qint64 *id, int *exitCode) const
{
    bool ok = false;
    *id = m_ctx.positional.value(1).toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exitCode = m_ctx.usage(tr("campaign %1 needs a campaign id (see campaign list)")
                                    .arg(m_ctx.positional.value(0)));
        return false;
    }
    return true;
}

bool CampaignCommands::syncFirst()
{
    if (m_ctx.flags.contains(QStringLiteral("no-sync")))
        return true;
    Lwm2mCommands::Context sync = m_ctx;
    sync.positional.clear();
    sync.options.remove(QStringLiteral("profile"));
    if (!sync.options.contains(QStringLiteral("duration")))
        sync.options.insert(QStringLiteral("duration"), QStringLiteral("1"));
    sync.out.json = false;
    sync.out.quiet = true;
    const int rc = Lwm2mCommands(sync).runSync();
    if (rc != ExitCode::Success)
        note(tr("synchronising with the servers and brokers did not fully succeed; targets are "
                "resolved against the cache as it is (devices of unreachable servers count as "
                "offline)"));
    return true;
}

int CampaignCommands::create(bool dryRunOnly)
{
    const CliOutput &out = m_ctx.out;
    const QString path = m_ctx.positional.value(1);
    if (path.isEmpty() || m_ctx.positional.size() > 2)
        return m_ctx.usage(tr("campaign %1 needs exactly one campaign file (FILE.json)")
                               .arg(m_ctx.positional.value(0)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out.error(ExitCode::Failure,
                         QStringLiteral("file"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    QVector<CampaignProblem> problems;
    const CampaignSpec spec = CampaignSpec::fromJson(file.readAll(), &problems);
    if (!problems.isEmpty()) {
        if (out.json)
            out.document({{QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_campaign")},
                                       {QStringLiteral("message"),
                                        tr("%1 is not a valid campaign document").arg(path)},
                                       {QStringLiteral("problems"), problemsJson(problems)}}}});
        note(tr("%1 is not a valid campaign document:\n%2").arg(path, problemsText(problems)));
        return ExitCode::Failure;
    }
    syncFirst();

    CampaignCreator::Request request;
    request.spec = spec;
    request.dbPath = m_ctx.dbPath;
    request.actor = JournalRepository::currentActor();
    request.serveAddress = m_ctx.options.value(QStringLiteral("serve"));
    request.serveHttps = m_ctx.flags.contains(QStringLiteral("https"));
    request.packageUrl = m_ctx.options.value(QStringLiteral("package-url"));

    // What the targeted devices report now (version, /5 state, battery, signal).
    QStringList unknown;
    QString error;
    const DeviceList targets = CampaignCreator::targets(request, &unknown, &error);
    if (!targets.isEmpty()) {
        ProfileStore profiles(m_ctx.profilesPath);
        QString profilesError;
        profiles.load(&profilesError);
        CampaignDrivers drivers(m_ctx.readSecret);
        if (drivers.prepare(profiles, targets, &profilesError))
            request.live = fetchLive(drivers, targets, m_ctx.timeoutSeconds);
        else
            note(profilesError);
    }

    const CampaignCreator::Result result
        = dryRunOnly ? CampaignCreator::dryRun(request) : CampaignCreator::create(request);
    const CampaignPlan &plan = result.plan;
    QJsonObject reasons;
    QStringList reasonText;
    for (const QString &reason : CampaignPlanner::reasonIds()) {
        if (const int n = plan.countsByReason.value(reason)) {
            reasons.insert(reason, n);
            reasonText.append(
                QStringLiteral("%1 %2").arg(CampaignPlanner::reasonName(reason)).arg(n));
        }
    }
    QJsonArray waves;
    QStringList waveText;
    for (int size : plan.waveSizes) {
        waves.append(size);
        waveText.append(QString::number(size));
    }
    QJsonArray devices;
    for (const CampaignPlanEntry &e : plan.entries) {
        QJsonObject d{{QStringLiteral("id"), e.device.id.toString(QUuid::WithoutBraces)},
                      {QStringLiteral("name"), e.device.name},
                      {QStringLiteral("model"), e.device.model},
                      {QStringLiteral("firmware"), e.device.firmwareVersion},
                      {QStringLiteral("eligible"), e.eligible}};
        if (e.eligible)
            d.insert(QStringLiteral("wave"), e.wave);
        else {
            d.insert(QStringLiteral("reason_id"), e.reasonId);
            d.insert(QStringLiteral("reason"), e.reason);
        }
        devices.append(d);
    }
    QJsonObject doc{{QStringLiteral("name"), spec.name},
                    {QStringLiteral("targeted"), int(plan.entries.size())},
                    {QStringLiteral("eligible"), plan.eligible},
                    {QStringLiteral("skipped"), plan.skipped()},
                    {QStringLiteral("skipped_by_reason"), reasons},
                    {QStringLiteral("unknown"), QJsonArray::fromStringList(plan.unknownTargets)},
                    {QStringLiteral("waves"), waves},
                    {QStringLiteral("estimated_seconds"), plan.estimatedSeconds},
                    {QStringLiteral("estimated_bytes"), plan.estimatedBytes},
                    {QStringLiteral("package_url"), result.packageUrl},
                    {QStringLiteral("problems"), problemsJson(plan.problems)}};
    if (dryRunOnly)
        doc.insert(QStringLiteral("devices"), devices);

    const bool refused = !result.ok() || (!dryRunOnly && result.id == 0);
    if (out.json) {
        if (!dryRunOnly && result.id)
            doc.insert(QStringLiteral("id"), result.id);
        if (refused)
            doc.insert(
                QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_campaign")},
                            {QStringLiteral("message"),
                             result.error.isEmpty() ? tr("the campaign cannot run as planned")
                                                    : result.error}});
        out.document(doc);
    } else {
        QStringList lines;
        if (dryRunOnly) {
            for (const CampaignPlanEntry &e : plan.entries) {
                lines.append(e.eligible
                                 ? tr("%1\teligible\twave %2").arg(e.device.name).arg(e.wave + 1)
                                 : tr("%1\tskipped\t%2").arg(e.device.name, e.reason));
            }
        }
        lines.append(tr("%1: %2 targeted, %3 eligible in %4 wave(s) (%5), %6 skipped")
                         .arg(spec.name)
                         .arg(plan.entries.size())
                         .arg(plan.eligible)
                         .arg(plan.waveSizes.size())
                         .arg(waveText.join(QStringLiteral(", ")))
                         .arg(plan.skipped()));
        if (!reasonText.isEmpty())
            lines.append(tr("skipped: %1").arg(reasonText.join(QStringLiteral(", "))));
        if (!plan.unknownTargets.isEmpty())
            lines.append(
                tr("unknown targets: %1").arg(plan.unknownTargets.join(QStringLiteral(", "))));
        lines.append(tr("estimate: %1, %2 to download")
                         .arg(duration(plan.estimatedSeconds),
                              QLocale::c().formattedDataSize(plan.estimatedBytes)));
        if (!result.packageUrl.isEmpty())
            lines.append(tr("devices download from %1").arg(result.packageUrl));
        if (!dryRunOnly && result.id)
            lines.append(tr("campaign %1 created (run it with: fleetdesk-cli campaign run %1)")
                             .arg(result.id));
        out.line(lines.join(QLatin1Char('\n')));
    }
    if (refused) {
        note((result.error.isEmpty() ? tr("the campaign cannot run as planned") : result.error)
             + (plan.problems.isEmpty() ? QString()
                                        : QLatin1Char('\n') + problemsText(plan.problems)));
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

int CampaignCommands::dryRunStored(qint64 id)
{
    // A stored campaign: show its devices as planned and recorded.
    CacheConnection cache;
    QString error;
    if (int exitCode = 0; !cache.open(m_ctx, false, &exitCode))
        return exitCode;
    CampaignRepository repo(cache.db());
    const auto campaign = repo.find(id, &error);
    if (!campaign)
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("not_found"), error);
    const QVector<CampaignDeviceRecord> devices = repo.devices(id);
    QJsonArray rows;
    QStringList lines;
    QHash<QString, int> skipped;
    int eligible = 0;
    for (const CampaignDeviceRecord &d : devices) {
        const bool isSkipped = d.state == CampaignDeviceState::Skipped;
        eligible += isSkipped ? 0 : 1;
        if (isSkipped)
            skipped[d.reason.section(QLatin1Char(' '), 0, 0)] += 1;
        rows.append(QJsonObject{{QStringLiteral("id"), d.deviceId.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("name"), d.name},
                                {QStringLiteral("eligible"), !isSkipped},
                                {QStringLiteral("wave"), d.wave},
                                {QStringLiteral("state"), CampaignText::deviceStateId(d.state)},
                                {QStringLiteral("reason"), d.reason}});
        lines.append(isSkipped ? tr("%1\tskipped\t%2").arg(d.name, d.reason)
                               : tr("%1\teligible\twave %2\t%3")
                                     .arg(d.name)
                                     .arg(d.wave + 1)
                                     .arg(CampaignText::deviceStateName(d.state)));
    }
    lines.append(tr("campaign %1 \"%2\": %3 devices, %4 eligible, %5 skipped")
                     .arg(id)
                     .arg(campaign->name)
                     .arg(devices.size())
                     .arg(eligible)
                     .arg(devices.size() - eligible));
    m_ctx.out.documentOrLine(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), campaign->name},
                    {QStringLiteral("eligible"), eligible},
                    {QStringLiteral("skipped"), int(devices.size()) - eligible},
                    {QStringLiteral("devices"), rows}},
        lines.join(QLatin1Char('\n')));
    return ExitCode::Success;
}

int CampaignCommands::list()
{
    CacheConnection cache;
    QString error;
    if (int exitCode = 0; !cache.open(m_ctx, false, &exitCode))
        return exitCode;
    CampaignRepository repo(cache.db());
    const QVector<CampaignRecord> campaigns = repo.list(&error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    QJsonArray rows;
    QStringList lines;
    for (const CampaignRecord &c : campaigns) {
        const CampaignProgress p = repo.progress(c.id);
        rows.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("state"), CampaignText::stateId(c.state)},
                        {QStringLiteral("reason"), c.reason},
                        {QStringLiteral("firmware"),
                         QJsonObject{{QStringLiteral("model"), c.spec.firmwareModel},
                                     {QStringLiteral("version"), c.spec.firmwareVersion}}},
                        {QStringLiteral("devices"), p.total},
                        {QStringLiteral("succeeded"), p.count(CampaignDeviceState::Succeeded)},
                        {QStringLiteral("failed"), p.count(CampaignDeviceState::Failed)},
                        {QStringLiteral("percent_done"), p.percentDone()}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4 %5\t%6 %")
                         .arg(c.id)
                         .arg(c.name,
                              CampaignText::stateId(c.state),
                              c.spec.firmwareModel,
                              c.spec.firmwareVersion)
                         .arg(p.percentDone()));
    }
    if (m_ctx.out.json)
        m_ctx.out.document({{QStringLiteral("campaigns"), rows}});
    else
        m_ctx.out.line(lines.isEmpty() ? tr("no campaigns") : lines.join(QLatin1Char('\n')));
    return ExitCode::Success;
}

int CampaignCommands::request(const QString &command, qint64 id)
{
    CacheConnection cache;
    QString error;
    if (int exitCode = 0; !cache.open(m_ctx, true, &exitCode))
        return exitCode;
    CampaignRepository repo(cache.db());
    const bool live = repo.hasLiveRunner(id);
    if (!repo.request(id, command, JournalRepository::currentActor(), &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("refused"), error);
    const auto campaign = repo.find(id);
    m_ctx.out.documentOrLine(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("requested"), command},
                    {QStringLiteral("runner"), live},
                    {QStringLiteral("state"),
                     campaign ? CampaignText::stateId(campaign->state) : QString()}},
        live ? tr("campaign %1: %2 requested; its runner takes it within a second")
                   .arg(id)
                   .arg(command)
             : tr("campaign %1 is now %2")
                   .arg(id)
                   .arg(campaign ? CampaignText::stateId(campaign->state) : QString()));
    return ExitCode::Success;
}

QJsonObject CampaignCommands::statusObject(const CampaignRepository &repo,
                                           const CampaignRecord &c) const
{
    const QVector<CampaignDeviceRecord> devices = repo.devices(c.id);
    QVector<QHash<CampaignDeviceState, int>> perWave;
    QHash<CampaignDeviceState, int> total;
    for (const CampaignDeviceRecord &d : devices) {
        total[d.state] += 1;
        if (d.wave < 0)
            continue;
        if (perWave.size() <= d.wave)
            perWave.resize(d.wave + 1);
        perWave[d.wave][d.state] += 1;
    }
    auto counts = [](const QHash<CampaignDeviceState, int> &h) {
        QJsonObject o;
        for (CampaignDeviceState s : {CampaignDeviceState::Pending,
                                      CampaignDeviceState::Downloading,
                                      CampaignDeviceState::Downloaded,
                                      CampaignDeviceState::Updating,
                                      CampaignDeviceState::Succeeded,
                                      CampaignDeviceState::Failed,
                                      CampaignDeviceState::Skipped,
                                      CampaignDeviceState::Cancelled})
            o.insert(CampaignText::deviceStateId(s), h.value(s));
        return o;
    };
    QJsonArray waves;
    for (int w = 0; w < perWave.size(); ++w) {
        QJsonObject o = counts(perWave.at(w));
        int size = 0;
        for (int n : perWave.at(w))
            size += n;
        o.insert(QStringLiteral("wave"), w);
        o.insert(QStringLiteral("size"), size);
        waves.append(o);
    }
    CampaignProgress p;
    p.total = int(devices.size());
    p.byState = total;
    QJsonObject doc{{QStringLiteral("id"), c.id},
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("state"), CampaignText::stateId(c.state)},
                    {QStringLiteral("reason"), c.reason},
                    {QStringLiteral("requested"), c.requested},
                    {QStringLiteral("firmware"),
                     QJsonObject{{QStringLiteral("model"), c.spec.firmwareModel},
                                 {QStringLiteral("version"), c.spec.firmwareVersion}}},
                    {QStringLiteral("package_url"), c.packageUrl},
                    {QStringLiteral("devices"), p.total},
                    {QStringLiteral("counts"), counts(total)},
                    {QStringLiteral("in_flight"), p.inFlight()},
                    {QStringLiteral("percent_done"), p.percentDone()},
                    {QStringLiteral("waves"), waves}};
    const auto lease = repo.lease(c.id);
    if (lease && repo.hasLiveRunner(c.id))
        doc.insert(QStringLiteral("runner"),
                   QJsonObject{{QStringLiteral("owner"), lease->owner},
                               {QStringLiteral("pid"), lease->pid},
                               {QStringLiteral("host"), lease->host}});
    else
        doc.insert(QStringLiteral("runner"), QJsonValue::Null);
    return doc;
}

int CampaignCommands::status(qint64 id)
{
    CacheConnection cache;
    QString error;
    if (int exitCode = 0; !cache.open(m_ctx, false, &exitCode))
        return exitCode;
    CampaignRepository repo(cache.db());
    auto text = [](const QJsonObject &doc) {
        const QJsonObject counts = doc.value(QStringLiteral("counts")).toObject();
        QStringList lines;
        lines.append(tr("campaign %1 \"%2\": %3%4")
                         .arg(doc.value(QStringLiteral("id")).toInteger())
                         .arg(doc.value(QStringLiteral("name")).toString(),
                              doc.value(QStringLiteral("state")).toString(),
                              doc.value(QStringLiteral("reason")).toString().isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (%1)").arg(
                                      doc.value(QStringLiteral("reason")).toString())));
        lines.append(tr("%1 % done: %2 succeeded, %3 failed, %4 skipped, %5 in flight, %6 pending")
                         .arg(doc.value(QStringLiteral("percent_done")).toInt())
                         .arg(counts.value(QStringLiteral("succeeded")).toInt())
                         .arg(counts.value(QStringLiteral("failed")).toInt())
                         .arg(counts.value(QStringLiteral("skipped")).toInt())
                         .arg(doc.value(QStringLiteral("in_flight")).toInt())
                         .arg(counts.value(QStringLiteral("pending")).toInt()));
        for (const QJsonValue &w : doc.value(QStringLiteral("waves")).toArray()) {
            const QJsonObject o = w.toObject();
            const int wave = o.value(QStringLiteral("wave")).toInt();
            lines.append(tr("  %1: %2 devices, %3 succeeded, %4 failed")
                             .arg(wave == 0 ? tr("canary") : tr("wave %1").arg(wave + 1))
                             .arg(o.value(QStringLiteral("size")).toInt())
                             .arg(o.value(QStringLiteral("succeeded")).toInt())
                             .arg(o.value(QStringLiteral("failed")).toInt()));
        }
        return lines.join(QLatin1Char('\n'));
    };
    auto current = [&](QJsonObject *doc) {
        const auto campaign = repo.find(id, &error);
        if (!campaign)
            return false;
        *doc = statusObject(repo, *campaign);
        return true;
    };
    QJsonObject doc;
    if (!current(&doc))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("not_found"), error);
    if (!m_ctx.flags.contains(QStringLiteral("watch"))) {
        m_ctx.out.documentOrLine(doc, text(doc));
        return ExitCode::Success;
    }
    // --watch: one line (JSON Lines with --json) whenever something changes, until the campaign
    // is finished or SIGINT.
    auto finished = [](const QJsonObject &d) {
        const QString s = d.value(QStringLiteral("state")).toString();
        return s == QLatin1String("completed") || s == QLatin1String("aborted");
    };
    auto emitDoc = [&](const QJsonObject &d) {
        QJsonObject stamped = d;
        stamped.insert(QStringLiteral("time"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        m_ctx.out.documentOrLine(stamped, text(d));
    };
    emitDoc(doc);
    if (finished(doc))
        return ExitCode::Success;
    QEventLoop loop;
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::stopRequested, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setInterval(500);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        QJsonObject next;
        if (!current(&next))
            return;
        if (next != doc) {
            doc = next;
            emitDoc(doc);
        }
        if (finished(doc))
            loop.quit();
    });
    timer.start();
    loop.exec();
    return ExitCode::Success;
}

int CampaignCommands::runCampaign(qint64 id)
{
    const CliOutput &out = m_ctx.out;
    QString error;
    CampaignRecord campaign;
    DeviceList devices;
    {
        CacheConnection cache;
        if (int exitCode = 0; !cache.open(m_ctx, true, &exitCode))
            return exitCode;
        CampaignRepository repo(cache.db());
        const auto found = repo.find(id, &error);
        if (!found)
            return out.error(ExitCode::Failure, QStringLiteral("not_found"), error);
        campaign = *found;
        QSet<QUuid> ids;
        for (const CampaignDeviceRecord &d : repo.devices(id))
            ids.insert(d.deviceId);
        for (const Device &d : FleetRepository(cache.db()).loadDevices(&error)) {
            if (ids.contains(d.id))
                devices.append(d);
        }
    }
    ProfileStore profiles(m_ctx.profilesPath);
    if (!profiles.load(&error))
        return out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    CampaignDrivers drivers(m_ctx.readSecret);
    if (!drivers.prepare(profiles, devices, &error))
        return out.error(ExitCode::Failure, QStringLiteral("keychain"), error);

    // FleetDesk's own firmware server, where the campaign's URL points to it.
    std::unique_ptr<FirmwareServer> server;
    if (!campaign.serveAddress.isEmpty()) {
        server = std::make_unique<FirmwareServer>(FirmwareLibrary::defaultDirectory(m_ctx.dbPath));
        const int colon = campaign.serveAddress.lastIndexOf(QLatin1Char(':'));
        const QHostAddress address(campaign.serveAddress.left(colon));
        const quint16 port = quint16(campaign.serveAddress.mid(colon + 1).toUInt());
        if (campaign.packageUrl.startsWith(QLatin1String("https:"))) {
            const QString cert = m_ctx.options.value(QStringLiteral("cert"));
            const QString key = m_ctx.options.value(QStringLiteral("key"));
            if (cert.isEmpty() || key.isEmpty() || !server->setTls(cert, key, &error))
                return out.error(ExitCode::Failure,
                                 QStringLiteral("firmware_server"),
                                 error.isEmpty() ? tr("campaign %1 serves its image over HTTPS: "
                                                      "give --cert FILE --key FILE")
                                                       .arg(id)
                                                 : error);
        }
        if (!server->listen(address, port, &error))
            return out.error(
                ExitCode::Failure,
                QStringLiteral("firmware_server"),
                tr("Cannot serve the firmware at %1: %2").arg(campaign.serveAddress, error));
    }

    CampaignEngine engine(
        m_ctx.dbPath, id, [&drivers](const Device &d) { return drivers.driverFor(d); });
    engine.setOwner(QStringLiteral("cli"));
    engine.setRunWhilePaused(m_ctx.flags.contains(QStringLiteral("wait")));
    if (m_ctx.options.contains(QStringLiteral("poll-ms")))
        engine.setPollInterval(qMax(50, m_ctx.options.value(QStringLiteral("poll-ms")).toInt()));
    const QString clock = m_ctx.options.value(QStringLiteral("clock"));
    if (!clock.isEmpty()) {
        // For rehearsals and tests: pretend the campaign starts at this time (window, expiry).
        const QDateTime start = QDateTime::fromString(clock, Qt::ISODate);
        if (!start.isValid())
            return m_ctx.usage(
                tr("--clock needs an ISO 8601 date and time, e.g. 2026-12-04T21:59:50Z"));
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        engine.setClock([start, started] { return start.addMSecs(started->elapsed()).toUTC(); });
    }
    QHash<QUuid, QString> names;
    for (const Device &d : devices)
        names.insert(d.id, d.name);
    QEventLoop loop;
    CampaignState endState = CampaignState::Running;
    QString endReason;
    QObject::connect(
        &engine, &CampaignEngine::deviceChanged, &loop, [&](const CampaignDeviceRecord &r) {
            out.documentOrLine(
                QJsonObject{{QStringLiteral("device"), r.deviceId.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), names.value(r.deviceId)},
                            {QStringLiteral("state"), CampaignText::deviceStateId(r.state)},
                            {QStringLiteral("wave"), r.wave},
                            {QStringLiteral("attempt"), r.attempt},
                            {QStringLiteral("reason"), r.reason},
                            {QStringLiteral("time"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
                QStringLiteral("%1\t%2%3")
                    .arg(names.value(r.deviceId),
                         CampaignText::deviceStateId(r.state),
                         r.reason.isEmpty() ? QString() : QStringLiteral("\t") + r.reason));
        });
    QObject::connect(
        &engine, &CampaignEngine::stateChanged, &loop, [&](CampaignState s, const QString &reason) {
            out.documentOrLine(
                QJsonObject{{QStringLiteral("campaign"), id},
                            {QStringLiteral("state"), CampaignText::stateId(s)},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("time"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
                tr("campaign %1: %2 (%3)").arg(id).arg(CampaignText::stateId(s), reason));
        });
    QObject::connect(
        &engine,
        &CampaignEngine::stoppedItself,
        &loop,
        [](qint64 campaignId, const QString &name, const QString &reason) {
            note(tr("campaign %1 \"%2\" stopped itself: %3").arg(campaignId).arg(name, reason));
        });
    QObject::connect(
        &engine, &CampaignEngine::finished, &loop, [&](CampaignState s, const QString &reason) {
            endState = s;
            endReason = reason;
            loop.quit();
        });
    StopSignal stop;
    bool interrupted = false;
    QObject::connect(&stop, &StopSignal::stopRequested, &loop, [&] {
        interrupted = true;
        engine.stop();
        loop.quit();
    });
    if (!engine.start(&error))
        return out.error(ExitCode::Failure, QStringLiteral("refused"), error);
    loop.exec();
    engine.stop();
    if (interrupted) {
        note(tr("stopped; devices in flight are reconciled when the campaign runs again"));
        return ExitCode::Partial;
    }
    // The summary.
    CacheConnection cache;
    if (int exitCode = 0; !cache.open(m_ctx, false, &exitCode))
        return exitCode;
    CampaignRepository repo(cache.db());
    const CampaignProgress p = repo.progress(id);
    const int failed = p.count(CampaignDeviceState::Failed);
    const int notDone
        = p.total - p.count(CampaignDeviceState::Succeeded) - p.count(CampaignDeviceState::Skipped);
    out.documentOrLine(
        QJsonObject{{QStringLiteral("campaign"), id},
                    {QStringLiteral("finished"), CampaignText::stateId(endState)},
                    {QStringLiteral("reason"), endReason},
                    {QStringLiteral("succeeded"), p.count(CampaignDeviceState::Succeeded)},
                    {QStringLiteral("failed"), failed},
                    {QStringLiteral("skipped"), p.count(CampaignDeviceState::Skipped)}},
        tr("campaign %1 %2: %3 succeeded, %4 failed, %5 skipped")
            .arg(id)
            .arg(CampaignText::stateId(endState))
            .arg(p.count(CampaignDeviceState::Succeeded))
            .arg(failed)
            .arg(p.count(CampaignDeviceState::Skipped)));
    return endState == CampaignState::Completed && notDone == 0 ? ExitCode::Success
                                                                : ExitCode::Partial;
}
