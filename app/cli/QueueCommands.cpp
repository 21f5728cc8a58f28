#include "QueueCommands.h"

#include "CliCache.h"

#include "CliBulkActions.h"
#include "bulk/HeldOperationRunner.h"
#include "bulk/Lwm2mBulkActions.h"
#include "bulk/MqttBulkActions.h"
#include "profiles/ProfileStore.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/HeldOperationRepository.h"
#include "store/JournalRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <cstdio>

namespace {

const QString Connection = QStringLiteral("fleetdesk-cli-queue");

struct CacheCloser
{
    ~CacheCloser() { CacheDatabase::close(Connection); }
};

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs))
                       : QJsonValue(QJsonValue::Null);
}

QJsonObject operationJson(const HeldOperation &op)
{
    return {{QStringLiteral("id"), op.id},
            {QStringLiteral("device_id"), op.deviceId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("device"), op.deviceName()},
            {QStringLiteral("profile"), op.profile()},
            {QStringLiteral("operation"), op.operation},
            {QStringLiteral("state"), HeldOperationRepository::stateId(op.state)},
            {QStringLiteral("result"), op.result},
            {QStringLiteral("held_since"), timeJson(op.createdAt)},
            {QStringLiteral("updated_at"), timeJson(op.updatedAt)},
            {QStringLiteral("actor"), op.actor},
            {QStringLiteral("parameters"), op.parameters},
            {QStringLiteral("preconditions"), op.preconditions}};
}

// Records what the probe found for every profile it could ask.
void recordReachability(FleetRepository &fleet,
                        const ProfileStore &profiles,
                        const QSet<QString> &names,
                        const QHash<QString, QString> &unreachable)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &name : names) {
        if (profiles.find(name))
            fleet.setProfileReachable(name, !unreachable.contains(name), now);
    }
}

int probeTimeoutMs(int timeoutSeconds)
{
    return qBound(1, timeoutSeconds, 10) * 1000;
}

} // namespace

QueueCommands::QueueCommands(Lwm2mCommands::Context context)
    : m_ctx(std::move(context))
{}

int QueueCommands::run()
{
    const QString command = m_ctx.positional.value(0);
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("run"))
        return runHeld();
    if (command == QLatin1String("discard"))
        return discard();
    return m_ctx.usage(tr("queue needs one of list, run, discard"));
}

bool QueueCommands::ids(QVector<qint64> *ids, int *exitCode) const
{
    for (const QString &text : m_ctx.positional.mid(1)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            *exitCode = m_ctx.usage(tr("\"%1\" is not the number of a held operation").arg(text));
            return false;
        }
        ids->append(id);
    }
    return true;
}

int QueueCommands::holdUnreachable(const Lwm2mCommands::Context &ctx,
                                   QSqlDatabase db,
                                   const ProfileStore &profiles,
                                   const QString &operation,
                                   DeviceList *selected)
{
    const CliOutput &out = ctx.out;
    QSet<QString> names;
    for (const Device &d : std::as_const(*selected)) {
        if (d.binding.isBound())
            names.insert(d.binding.profile);
    }
    const QHash<QString, QString> unreachable
        = CliBulkActions::unreachable(profiles, names, probeTimeoutMs(ctx.timeoutSeconds));
    FleetRepository fleet(db);
    recordReachability(fleet, profiles, names, unreachable);
    if (unreachable.isEmpty())
        return 0;

    DeviceList held;
    DeviceList now;
    for (const Device &d : std::as_const(*selected)) {
        if (d.binding.isBound() && unreachable.contains(d.binding.profile))
            held.append(d);
        else
            now.append(d);
    }
    QJsonObject parameters{{QStringLiteral("path"), Lwm2mBulkActions::executePath(operation)}};
    if (const QString op = MqttBulkActions::commandOp(operation); !op.isEmpty())
        parameters.insert(QStringLiteral("mqtt_command"), op);
    HeldOperationRepository queue(db);
    QString error;
    const QVector<qint64> ids
        = queue.hold(held, operation, parameters, JournalRepository::currentActor(), &error);
    if (ids.size() != held.size()) {
        out.error(ExitCode::Failure, QStringLiteral("cache"), error);
        return -1;
    }

    // The consent and the holding are operator actions: audit log and device journal.
    JournalRepository journal(db);
    JournalRepository::AuditEntry audit;
    audit.time = QDateTime::currentDateTimeUtc();
    audit.actor = JournalRepository::currentActor();
    audit.action = operation;
    QJsonObject auditParameters = parameters;
    auditParameters.insert(QStringLiteral("held_offline"), true);
    QJsonArray idArray;
    QVector<JournalRepository::JournalEntry> entries;
    for (int i = 0; i < held.size(); ++i) {
        const Device &d = held.at(i);
        audit.devices.append(d.id);
        idArray.append(ids.at(i));
        const QString reason = unreachable.value(d.binding.profile);
        JournalRepository::JournalEntry e;
        e.deviceId = d.id;
        e.time = audit.time;
        e.kind = QStringLiteral("operation");
        e.message = QStringLiteral("%1: held offline (%2 unreachable: %3)")
                        .arg(operation, d.binding.profile, reason);
        e.data = {{QStringLiteral("operation"), operation},
                  {QStringLiteral("outcome"), QStringLiteral("held")},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("profile"), d.binding.profile},
                  {QStringLiteral("held_operation"), ids.at(i)}};
        entries.append(e);
        const QString why = tr("%1 is unreachable: %2").arg(d.binding.profile, reason);
        out.documentOrLine({{QStringLiteral("id"), d.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), d.name},
                            {QStringLiteral("endpoint"), d.binding.key},
                            {QStringLiteral("outcome"), QStringLiteral("held")},
                            {QStringLiteral("held_operation"), ids.at(i)},
                            {QStringLiteral("reason"), why}},
                           QStringLiteral("%1  held  %2").arg(d.name, why));
    }
    auditParameters.insert(QStringLiteral("held_operations"), idArray);
    audit.parameters = auditParameters;
    audit.result = QStringLiteral("%1 held offline").arg(held.size());
    if (!journal.appendAudit(audit, &error) || !journal.appendJournal(entries, &error))
        std::fprintf(stderr,
                     "fleetdesk-cli: the audit log could not be written: %s\n",
                     error.toUtf8().constData());
    if (now.isEmpty()) {
        out.documentOrLine({{QStringLiteral("operation"), operation},
                            {QStringLiteral("total"), int(held.size())},
                            {QStringLiteral("held"), int(held.size())},
                            {QStringLiteral("summary"), true}},
                           tr("%n device(s) held offline until their server is reachable; run "
                              "them with fleetdesk-cli queue run",
                              nullptr,
                              int(held.size())));
    } else {
        std::fprintf(stderr,
                     "%s\n",
                     tr("fleetdesk-cli: %n device(s) held offline; the others run now",
                        nullptr,
                        int(held.size()))
                         .toUtf8()
                         .constData());
    }
    *selected = now;
    return int(held.size());
}

int QueueCommands::list()
{
    if (m_ctx.positional.size() != 1)
        return m_ctx.usage(tr("queue list takes no positional arguments"));
    CacheCloser closer;
    if (int exitCode = 0;
        !CliCache::openFleet(m_ctx.dbPath, Connection, m_ctx.out, false, &exitCode))
        return exitCode;
    HeldOperationRepository queue(QSqlDatabase::database(Connection));
    QString error;
    const HeldOperationList ops = queue.list(m_ctx.flags.contains(QStringLiteral("all")), &error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    if (m_ctx.out.json) {
        QJsonArray array;
        for (const HeldOperation &op : ops)
            array.append(operationJson(op));
        m_ctx.out.document(
            {{QStringLiteral("operations"), array}, {QStringLiteral("count"), int(ops.size())}});
        return ExitCode::Success;
    }
    for (const HeldOperation &op : ops) {
        m_ctx.out.line(
            QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                .arg(op.id)
                .arg(HeldOperationRepository::stateId(op.state),
                     op.deviceName(),
                     op.operation,
                     op.profile(),
                     op.createdAt.toUTC().toString(Qt::ISODate),
                     op.result.isEmpty() ? QString() : QStringLiteral("  ") + op.result));
    }
    m_ctx.out.line(tr("%n held operation(s)", nullptr, int(ops.size())));
    return ExitCode::Success;
}

int QueueCommands::runHeld()
{
    QVector<qint64> wanted;
    int exitCode = 0;
    if (!ids(&wanted, &exitCode))
        return exitCode;
    const bool confirm = m_ctx.flags.contains(QStringLiteral("confirm"));
    CacheCloser closer;
    if (int exitCode = 0;
        !CliCache::openFleet(m_ctx.dbPath, Connection, m_ctx.out, true, &exitCode))
        return exitCode;
    QSqlDatabase db = QSqlDatabase::database(Connection);
    HeldOperationRepository queue(db);
    FleetRepository fleet(db);
    const CliOutput &out = m_ctx.out;

    // Which operations: the given ones, else every held one (and, with --confirm, those that
    // wait for a confirmation).
    HeldOperationList candidates;
    if (!wanted.isEmpty()) {
        for (qint64 id : std::as_const(wanted)) {
            const auto op = queue.find(id);
            if (!op)
                return out.error(ExitCode::Failure,
                                 QStringLiteral("not_found"),
                                 tr("there is no held operation %1").arg(id));
            if (op->state == HeldOperation::State::Succeeded
                || op->state == HeldOperation::State::Discarded)
                return out.error(ExitCode::Failure,
                                 QStringLiteral("closed"),
                                 tr("held operation %1 is %2 already")
                                     .arg(id)
                                     .arg(HeldOperationRepository::stateId(op->state)));
            if (op->state == HeldOperation::State::NeedsConfirmation && !confirm)
                return out.error(ExitCode::Usage,
                                 QStringLiteral("confirm"),
                                 tr("held operation %1 needs confirmation (%2); add --confirm to "
                                    "run it anyway")
                                     .arg(id)
                                     .arg(op->result));
            candidates.append(*op);
        }
    } else {
        for (const HeldOperation &op : queue.list(false)) {
            if (op.state == HeldOperation::State::Held
                || (confirm && op.state == HeldOperation::State::NeedsConfirmation))
                candidates.append(op);
        }
    }
    if (candidates.isEmpty()) {
        out.documentOrLine({{QStringLiteral("summary"), true}, {QStringLiteral("total"), 0}},
                           tr("nothing to run"));
        return ExitCode::Success;
    }

    QHash<QUuid, Device> devices;
    for (const Device &d : fleet.loadDevices())
        devices.insert(d.id, d);
    ProfileStore profiles(m_ctx.profilesPath);
    QString error;
    if (!profiles.load(&error))
        return out.error(ExitCode::Failure, QStringLiteral("profiles"), error);

    // Only what can be reached now runs; the rest stays held.
    QSet<QString> names;
    for (const HeldOperation &op : std::as_const(candidates)) {
        const auto it = devices.constFind(op.deviceId);
        names.insert(it != devices.cend() ? it->binding.profile : op.profile());
    }
    names.remove(QString());
    const QHash<QString, QString> unreachable
        = CliBulkActions::unreachable(profiles, names, probeTimeoutMs(m_ctx.timeoutSeconds));
    recordReachability(fleet, profiles, names, unreachable);
    HeldOperationList runnable;
    int stillHeld = 0;
    DeviceList targets;
    for (const HeldOperation &op : std::as_const(candidates)) {
        const auto it = devices.constFind(op.deviceId);
        const QString profile = it != devices.cend() ? it->binding.profile : op.profile();
        if (unreachable.contains(profile)) {
            ++stillHeld;
            const QString why
                = tr("%1 is still unreachable: %2").arg(profile, unreachable.value(profile));
            out.documentOrLine(
                {{QStringLiteral("id"), op.id},
                 {QStringLiteral("device"), op.deviceName()},
                 {QStringLiteral("operation"), op.operation},
                 {QStringLiteral("state"), HeldOperationRepository::stateId(op.state)},
                 {QStringLiteral("result"), why}},
                QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(op.id)
                    .arg(op.deviceName(),
                         op.operation,
                         HeldOperationRepository::stateId(op.state),
                         why));
            continue;
        }
        runnable.append(op);
        if (it != devices.cend())
            targets.append(*it);
    }

    CliBulkActions actions(m_ctx.readSecret, m_ctx.timeoutSeconds);
    if (!actions.prepare(profiles, targets, &error))
        return out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
    for (const HeldOperation &op : std::as_const(runnable))
        queue.setState(op.id, HeldOperation::State::Running);
    HeldOperationRunner runner([&actions](const QString &operation, const QJsonObject &) {
        return actions.action(operation);
    });
    runner.setConfirmed(confirm);
    runner.setTimeout((m_ctx.timeoutSeconds + 5) * 1000);
    QHash<qint64, HeldOperation> byId;
    for (const HeldOperation &op : std::as_const(runnable))
        byId.insert(op.id, op);
    QObject::connect(
        &runner,
        &HeldOperationRunner::operationFinished,
        &runner,
        [&](const HeldOperationRunner::Outcome &o) {
            QString stateError;
            if (!queue.setState(o.id, o.state, o.result, &stateError))
                std::fprintf(stderr, "fleetdesk-cli: %s\n", stateError.toUtf8().constData());
            const HeldOperation op = byId.value(o.id);
            const QString state = HeldOperationRepository::stateId(o.state);
            out.documentOrLine(
                {{QStringLiteral("id"), o.id},
                 {QStringLiteral("device_id"), o.deviceId.toString(QUuid::WithoutBraces)},
                 {QStringLiteral("device"), op.deviceName()},
                 {QStringLiteral("operation"), op.operation},
                 {QStringLiteral("state"), state},
                 {QStringLiteral("result"), o.result}},
                QStringLiteral("%1  %2  %3  %4%5")
                    .arg(o.id)
                    .arg(op.deviceName(),
                         op.operation,
                         state,
                         o.result.isEmpty() ? QString() : QStringLiteral("  ") + o.result));
        });
    QEventLoop loop;
    QObject::connect(&runner, &HeldOperationRunner::finished, &loop, &QEventLoop::quit);
    runner.start(runnable, devices);
    if (!runner.isFinished())
        loop.exec();

    JournalRepository journal(db);
    for (const JournalRepository::AuditEntry &audit : runner.auditEntries()) {
        if (!journal.appendAudit(audit, &error))
            std::fprintf(stderr,
                         "fleetdesk-cli: the audit log could not be written: %s\n",
                         error.toUtf8().constData());
    }
    if (!journal.appendJournal(runner.journalEntries(), &error))
        std::fprintf(stderr,
                     "fleetdesk-cli: the device journal could not be written: %s\n",
                     error.toUtf8().constData());

    const int succeeded = runner.count(HeldOperation::State::Succeeded);
    const int failed = runner.count(HeldOperation::State::Failed);
    const int confirmation = runner.count(HeldOperation::State::NeedsConfirmation);
    out.documentOrLine({{QStringLiteral("summary"), true},
                        {QStringLiteral("total"), int(candidates.size())},
                        {QStringLiteral("succeeded"), succeeded},
                        {QStringLiteral("failed"), failed},
                        {QStringLiteral("needs_confirmation"), confirmation},
                        {QStringLiteral("held"), stillHeld}},
                       tr("%1 of %2 held operation(s) succeeded, %3 failed, %4 need confirmation, "
                          "%5 still held")
                           .arg(succeeded)
                           .arg(candidates.size())
                           .arg(failed)
                           .arg(confirmation)
                           .arg(stillHeld));
    if (succeeded == int(candidates.size()))
        return ExitCode::Success;
    return succeeded > 0 ? ExitCode::Partial : ExitCode::Failure;
}

int QueueCommands::discard()
{
    QVector<qint64> wanted;
    int exitCode = 0;
    if (!ids(&wanted, &exitCode))
        return exitCode;
    const bool all = m_ctx.flags.contains(QStringLiteral("all"));
    if (wanted.isEmpty() == !all)
        return m_ctx.usage(tr("queue discard needs the numbers of held operations or --all"));
    CacheCloser closer;
    if (int exitCode = 0;
        !CliCache::openFleet(m_ctx.dbPath, Connection, m_ctx.out, true, &exitCode))
        return exitCode;
    QSqlDatabase db = QSqlDatabase::database(Connection);
    HeldOperationRepository queue(db);
    HeldOperationList ops;
    if (all) {
        for (const HeldOperation &op : queue.list(false)) {
            if (op.isOpen())
                ops.append(op);
        }
    } else {
        for (qint64 id : std::as_const(wanted)) {
            const auto op = queue.find(id);
            if (!op)
                return m_ctx.out.error(ExitCode::Failure,
                                       QStringLiteral("not_found"),
                                       tr("there is no held operation %1").arg(id));
            if (!op->isOpen())
                return m_ctx.out.error(ExitCode::Failure,
                                       QStringLiteral("closed"),
                                       tr("held operation %1 is %2; only held operations and "
                                          "those that need confirmation can be discarded")
                                           .arg(id)
                                           .arg(HeldOperationRepository::stateId(op->state)));
            ops.append(*op);
        }
    }
    QVector<qint64> ids;
    QVector<JournalRepository::JournalEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const HeldOperation &op : std::as_const(ops)) {
        ids.append(op.id);
        JournalRepository::JournalEntry e;
        e.deviceId = op.deviceId;
        e.time = now;
        e.kind = QStringLiteral("operation");
        e.message = QStringLiteral("%1 held offline: discarded").arg(op.operation);
        e.data = {{QStringLiteral("operation"), op.operation},
                  {QStringLiteral("outcome"), QStringLiteral("discarded")},
                  {QStringLiteral("held_operation"), op.id}};
        entries.append(e);
    }
    QString error;
    const int n = queue.discard(ids, &error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    JournalRepository(db).appendJournal(entries, &error);
    m_ctx.out.documentOrLine({{QStringLiteral("discarded"), n}, {QStringLiteral("summary"), true}},
                             tr("%n held operation(s) discarded", nullptr, n));
    return ExitCode::Success;
}
