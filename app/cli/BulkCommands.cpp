#include "BulkCommands.h"

#include "CliBulkActions.h"
#include "CliCache.h"
#include "DeviceQueryCommands.h"
#include "MqttDeviceCommands.h"
#include "QueueCommands.h"

#include "bulk/BulkRecord.h"
#include "bulk/BulkRun.h"
#include "bulk/Lwm2mBulkActions.h"
#include "bulk/MqttBulkActions.h"
#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mReply.h"
#include "profiles/ProfileStore.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/GroupRepository.h"
#include "store/JournalRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <cstdio>
#include <memory>

namespace {

const QString Connection = QStringLiteral("fleetdesk-cli-bulk");

// CLI spelling (docs/cli.md) → operation id.
QString operationId(const QString &command)
{
    if (command == QLatin1String("reboot"))
        return QStringLiteral("reboot");
    if (command == QLatin1String("factory-reset"))
        return QStringLiteral("factory_reset");
    if (command == QLatin1String("disable"))
        return QStringLiteral("disable");
    if (command == QLatin1String("update-registration"))
        return QStringLiteral("registration_update");
    return {};
}

QJsonObject resultJson(const BulkRun::Result &r)
{
    return {{QStringLiteral("id"), r.target.deviceId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), r.target.name},
            {QStringLiteral("endpoint"), r.target.key},
            {QStringLiteral("outcome"), BulkRun::outcomeId(r.outcome)},
            {QStringLiteral("reason"), r.reason}};
}

struct CacheCloser
{
    ~CacheCloser() { CacheDatabase::close(Connection); }
};

} // namespace

BulkCommands::BulkCommands(Lwm2mCommands::Context context)
    : m_ctx(std::move(context))
{}

int BulkCommands::run()
{
    const CliOutput &out = m_ctx.out;
    const QString command = m_ctx.positional.value(0);
    const QString operation = operationId(command);
    if (operation.isEmpty() || m_ctx.positional.size() != 1)
        return m_ctx.usage(
            tr("bulk needs one of reboot, factory-reset, disable, update-registration"));
    const QString query = m_ctx.options.value(QStringLiteral("query"));
    const QString devicesFile = m_ctx.options.value(QStringLiteral("devices"));
    if (query.isEmpty() == devicesFile.isEmpty())
        return m_ctx.usage(
            tr("choose the devices with exactly one of --query Q or --devices FILE"));

    CacheCloser closer;
    if (int exitCode = 0; !CliCache::openFleet(m_ctx.dbPath, Connection, out, false, &exitCode))
        return exitCode;
    FleetRepository fleet(QSqlDatabase::database(Connection));
    const DeviceList all = fleet.loadDevices();

    // The selection: a query (docs/query.md), or a file with one device id, name or endpoint per
    // line.
    DeviceList selected;
    if (!query.isEmpty()) {
        QString contextError;
        const FleetQueryContext context
            = GroupRepository::queryContext(QSqlDatabase::database(Connection), all, &contextError);
        if (!contextError.isEmpty())
            return out.error(ExitCode::Failure, QStringLiteral("cache"), contextError);
        FleetQuery parsed;
        int exitCode = 0;
        if (!DeviceQueryCommands::parseQuery(out, query, context, &parsed, &exitCode))
            return exitCode;
        for (const Device &d : all) {
            if (parsed.matches(d, context))
                selected.append(d);
        }
    } else {
        QFile file(devicesFile);
        if (!file.open(QIODevice::ReadOnly))
            return out.error(ExitCode::Failure,
                             QStringLiteral("io"),
                             tr("cannot read %1: %2").arg(devicesFile, file.errorString()));
        QSet<QUuid> seen;
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString wanted = QString::fromUtf8(file.readLine()).trimmed();
            if (wanted.isEmpty() || wanted.startsWith(QLatin1Char('#')))
                continue;
            const auto match = std::find_if(all.cbegin(), all.cend(), [&](const Device &d) {
                return d.id.toString(QUuid::WithoutBraces) == wanted || d.name == wanted
                       || d.binding.key == wanted;
            });
            if (match == all.cend())
                return out.error(ExitCode::Failure,
                                 QStringLiteral("not_found"),
                                 tr("%1 line %2: no device \"%3\" in the cache")
                                     .arg(devicesFile)
                                     .arg(line)
                                     .arg(wanted));
            if (!seen.contains(match->id)) {
                seen.insert(match->id);
                selected.append(*match);
            }
        }
    }
    if (selected.isEmpty())
        return out.error(ExitCode::Failure, QStringLiteral("no_devices"), tr("no device matches"));

    // Name the blast radius: without --yes, list the devices and stop.
    if (!m_ctx.flags.contains(QStringLiteral("yes"))) {
        for (const Device &d : std::as_const(selected))
            std::fprintf(stderr, "  %s\n", d.name.toUtf8().constData());
        return out.error(ExitCode::Usage,
                         QStringLiteral("confirm"),
                         tr("%1 would act on %n device(s) listed above; add --yes to go ahead",
                            nullptr,
                            int(selected.size()))
                             .arg(command));
    }

    ProfileStore profiles(m_ctx.profilesPath);
    QString error;
    if (!profiles.load(&error))
        return out.error(ExitCode::Failure, QStringLiteral("profiles"), error);

    // --hold-offline (docs/offline.md): devices whose server or broker does not answer now are
    // held in the cache's queue instead of failing; the others run now.
    if (m_ctx.flags.contains(QStringLiteral("hold-offline"))) {
        const int held = QueueCommands::holdUnreachable(
            m_ctx, QSqlDatabase::database(Connection), profiles, operation, &selected);
        if (held < 0)
            return ExitCode::Failure;
        if (selected.isEmpty())
            return ExitCode::Success;
    }

    // One REST client per LwM2M server profile, one connection per broker of the selection.
    CliBulkActions actions(m_ctx.readSecret, m_ctx.timeoutSeconds);
    if (!actions.prepare(profiles, selected, &error))
        return out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
    QVector<BulkRun::Target> targets;
    QSet<QUuid> mqttDevices;
    for (const Device &d : std::as_const(selected)) {
        targets.append({d.id, d.name, d.binding.key, d.binding.profile});
        if (d.binding.protocol == Protocol::Mqtt)
            mqttDevices.insert(d.id);
    }
    const QString path = Lwm2mBulkActions::executePath(operation);
    const int timeout = m_ctx.timeoutSeconds;
    BulkRun run(operation, targets, actions.action(operation));
    bool ok = false;
    const int concurrency = m_ctx.options.value(QStringLiteral("concurrency")).toInt(&ok);
    run.setConcurrency(ok && concurrency > 0 ? concurrency : 8);
    run.setTimeout((timeout + 5) * 1000);

    QObject::connect(&run, &BulkRun::resultChanged, &run, [&](int index) {
        const BulkRun::Result &r = run.results().at(index);
        if (r.outcome == BulkRun::Outcome::Running || r.outcome == BulkRun::Outcome::Pending)
            return;
        if (out.json)
            out.document(resultJson(r));
        else
            out.line(QStringLiteral("%1  %2%3")
                         .arg(r.target.name,
                              BulkRun::outcomeId(r.outcome),
                              r.reason.isEmpty() ? QString() : QStringLiteral("  ") + r.reason));
    });
    QEventLoop loop;
    QObject::connect(&run, &BulkRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();

    JournalRepository journal(QSqlDatabase::database(Connection));
    QJsonObject parameters{{QStringLiteral("path"), path}};
    if (!mqttDevices.isEmpty())
        parameters.insert(QStringLiteral("mqtt_command"), MqttBulkActions::commandOp(operation));
    const auto audit = BulkRecord::auditEntry(run, operation, parameters);
    if (!journal.appendAudit(audit, &error)
        || !journal.appendJournal(BulkRecord::journalEntries(run, operation), &error))
        std::fprintf(stderr,
                     "fleetdesk-cli: the audit log could not be written: %s\n",
                     error.toUtf8().constData());

    const QJsonObject summary{{QStringLiteral("operation"), operation},
                              {QStringLiteral("total"), run.total()},
                              {QStringLiteral("succeeded"), run.count(BulkRun::Outcome::Succeeded)},
                              {QStringLiteral("failed"), run.count(BulkRun::Outcome::Failed)},
                              {QStringLiteral("timed_out"), run.count(BulkRun::Outcome::TimedOut)},
                              {QStringLiteral("summary"), true}};
    out.documentOrLine(summary,
                       tr("%1: %2 of %3 succeeded")
                           .arg(command)
                           .arg(run.count(BulkRun::Outcome::Succeeded))
                           .arg(run.total()));
    return run.exitCode();
}
