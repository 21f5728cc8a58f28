#include "BulkCommands.h"
#include "MqttDeviceCommands.h"

#include "bulk/BulkRecord.h"
#include "bulk/BulkRun.h"
#include "bulk/Lwm2mBulkActions.h"
#include "bulk/MqttBulkActions.h"
#include "fleet/DeviceFilter.h"
#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mReply.h"
#include "profiles/ProfileStore.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
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

    const auto opened = CacheDatabase::open(m_ctx.dbPath, CacheDatabase::Kind::Fleet, Connection);
    CacheCloser closer;
    if (!opened.ok())
        return out.error(ExitCode::Failure, QStringLiteral("cache"), opened.message);
    FleetRepository fleet(QSqlDatabase::database(Connection));
    const DeviceList all = fleet.loadDevices();

    // The selection: a filter, or a file with one device id, name or endpoint per line.
    DeviceList selected;
    if (!query.isEmpty()) {
        const DeviceFilter filter(query);
        for (const Device &d : all) {
            if (filter.matches(d))
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

    // One REST client per LwM2M server profile of the selection.
    ProfileStore profiles(m_ctx.profilesPath);
    QString error;
    if (!profiles.load(&error))
        return out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    std::map<QString, std::unique_ptr<LeshanRestClient>> clients;
    MqttBulkBrokers brokers; // MQTT devices: one connection per broker profile
    QSet<QUuid> mqttDevices;
    QVector<BulkRun::Target> targets;
    for (const Device &d : std::as_const(selected)) {
        targets.append({d.id, d.name, d.binding.key, d.binding.profile});
        if (d.binding.protocol == Protocol::Mqtt)
            mqttDevices.insert(d.id);
        if (d.binding.protocol == Protocol::None || clients.count(d.binding.profile)
            || brokers.has(d.binding.profile))
            continue;
        const ProfileStore::Entry *entry = profiles.find(d.binding.profile);
        if (!entry || !entry->isValid())
            continue; // reported per device below
        QByteArray secret;
        if (entry->profile.needsSecret()
            && !m_ctx.readSecret(entry->profile.secretKey(), &secret, &error))
            return out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
        if (d.binding.protocol == Protocol::Mqtt) {
            if (entry->profile.kind == ConnectionProfile::Kind::MqttBroker)
                brokers.add(entry->profile, secret);
            continue;
        }
        auto client = std::make_unique<LeshanRestClient>();
        client->setProfile(entry->profile, secret);
        clients[d.binding.profile] = std::move(client);
    }

    const QString path = Lwm2mBulkActions::executePath(operation);
    const int timeout = m_ctx.timeoutSeconds;
    const BulkRun::Action mqttAction = MqttBulkActions::action(
        [&brokers](const QString &profile) { return brokers.client(profile); },
        operation,
        {},
        timeout * 1000);
    BulkRun run(operation, targets, [&](const BulkRun::Target &target, const BulkRun::Done &done) {
        if (mqttDevices.contains(target.deviceId)) {
            if (mqttAction)
                mqttAction(target, done);
            else
                done(BulkRun::Outcome::Failed, tr("%1 is not available over MQTT").arg(command));
            return;
        }
        const auto it = clients.find(target.profile);
        if (target.key.isEmpty() || it == clients.end()) {
            done(BulkRun::Outcome::Failed,
                 tr("the device is not bound to a usable LwM2M server profile"));
            return;
        }
        Lwm2mReply *reply = it->second->execute(target.key, path, QString(), timeout);
        QObject::connect(
            reply, &Lwm2mReply::finished, reply, [reply, done](const Lwm2mResponse &r) {
                Lwm2mBulkActions::report(r, done);
                reply->deleteLater();
            });
    });
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
