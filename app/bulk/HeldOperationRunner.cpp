#include "bulk/HeldOperationRunner.h"

#include "bulk/BulkRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

struct HeldOperationRunner::Group
{
    QString operation;
    QJsonObject parameters;
    QHash<QUuid, HeldOperation> held; // by device
    std::unique_ptr<BulkRun> run;
};

namespace {

QString word(const QJsonObject &preconditions, const char *key)
{
    return preconditions.value(QLatin1String(key)).toString();
}

} // namespace

HeldOperationRunner::HeldOperationRunner(ActionFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    qRegisterMetaType<HeldOperationRunner::Outcome>();
}

HeldOperationRunner::~HeldOperationRunner() = default;

QString HeldOperationRunner::recheck(const HeldOperation &operation,
                                     const std::optional<Device> &device)
{
    const QJsonObject &before = operation.preconditions;
    if (!device)
        return tr("the device is no longer in the cache");
    if (device->lifecycle == Lifecycle::Retired)
        return tr("the device was retired meanwhile");
    const QString protocol = DeviceText::protocolId(device->binding.protocol);
    if (protocol != word(before, "protocol") || device->binding.profile != word(before, "profile")
        || device->binding.key != word(before, "key")) {
        return tr("the device was moved to another server or broker meanwhile (%1 → %2)")
            .arg(word(before, "profile").isEmpty() ? tr("none") : word(before, "profile"),
                 device->binding.profile.isEmpty() ? tr("none") : device->binding.profile);
    }
    const QString firmwareBefore = word(before, "firmware");
    if (before.contains(QLatin1String("firmware")) && device->firmwareVersion != firmwareBefore) {
        return tr("the firmware changed from %1 to %2 meanwhile")
            .arg(firmwareBefore.isEmpty() ? tr("unknown") : firmwareBefore,
                 device->firmwareVersion.isEmpty() ? tr("unknown") : device->firmwareVersion);
    }
    const QString lifecycleBefore = word(before, "lifecycle");
    if (!lifecycleBefore.isEmpty() && DeviceText::lifecycleId(device->lifecycle) != lifecycleBefore
        && device->lifecycle == Lifecycle::Disabled) {
        return tr("the device was disabled meanwhile");
    }
    return {};
}

int HeldOperationRunner::count(HeldOperation::State state) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [state](const Outcome &o) {
        return o.state == state;
    }));
}

void HeldOperationRunner::start(const HeldOperationList &operations,
                                const QHash<QUuid, Device> &devices)
{
    if (m_started)
        return;
    m_started = true;
    QHash<QString, Group *> byKey;
    for (const HeldOperation &op : operations) {
        const auto it = devices.constFind(op.deviceId);
        const std::optional<Device> device
            = it == devices.cend() ? std::nullopt : std::optional<Device>(*it);
        const QString reason = recheck(op, device);
        if (!device) {
            addOutcome({op.id, op.deviceId, HeldOperation::State::Failed, reason});
            continue;
        }
        // The operator's confirmation answers a question asked before, not a new one.
        const bool confirmed = m_confirmed && op.state == HeldOperation::State::NeedsConfirmation;
        if (!reason.isEmpty() && !confirmed) {
            addOutcome({op.id, op.deviceId, HeldOperation::State::NeedsConfirmation, reason});
            JournalRepository::JournalEntry e;
            e.deviceId = op.deviceId;
            e.time = QDateTime::currentDateTimeUtc();
            e.kind = QStringLiteral("operation");
            e.message = QStringLiteral("%1 held offline: needs confirmation (%2)")
                            .arg(op.operation, reason);
            e.data = {{QStringLiteral("operation"), op.operation},
                      {QStringLiteral("outcome"), QStringLiteral("needs_confirmation")},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("held_operation"), op.id}};
            m_journal.append(e);
            continue;
        }
        // One bulk run per operation and parameters; a device once per run.
        const QString key
            = op.operation + QLatin1Char('\n')
              + QString::fromUtf8(QJsonDocument(op.parameters).toJson(QJsonDocument::Compact));
        Group *group = byKey.value(key);
        if (!group || group->held.contains(op.deviceId)) {
            m_groups.push_back(std::make_unique<Group>());
            group = m_groups.back().get();
            group->operation = op.operation;
            group->parameters = op.parameters;
            byKey.insert(key, group);
        }
        group->held.insert(op.deviceId, op);
    }

    for (const auto &g : m_groups) {
        Group *group = g.get();
        QVector<BulkRun::Target> targets;
        for (const HeldOperation &op : std::as_const(group->held)) {
            const Device &d = *devices.constFind(op.deviceId);
            targets.append({d.id, d.name, d.binding.key, d.binding.profile});
        }
        BulkRun::Action action
            = m_factory ? m_factory(group->operation, group->parameters) : BulkRun::Action();
        if (!action) {
            action = [operation = group->operation](const BulkRun::Target &,
                                                    const BulkRun::Done &done) {
                done(BulkRun::Outcome::Failed,
                     tr("%1 is not available for this device").arg(operation));
            };
        }
        group->run = std::make_unique<BulkRun>(group->operation, targets, action);
        group->run->setTimeout(m_timeoutMs);
        connect(
            group->run.get(), &BulkRun::finished, this, [this, group] { groupFinished(group); });
        ++m_groupsRunning;
    }
    for (const auto &g : m_groups)
        g->run->start();
    if (m_groups.empty()) // finished() after the caller connected to it
        QTimer::singleShot(0, this, &HeldOperationRunner::maybeFinish);
}

void HeldOperationRunner::addOutcome(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    emit operationFinished(outcome);
}

void HeldOperationRunner::groupFinished(Group *group)
{
    const BulkRun &run = *group->run;
    QJsonArray ids;
    for (const BulkRun::Result &r : run.results()) {
        const HeldOperation op = group->held.value(r.target.deviceId);
        ids.append(op.id);
        Outcome outcome{op.id, r.target.deviceId, HeldOperation::State::Failed, r.reason};
        if (r.outcome == BulkRun::Outcome::Succeeded) {
            outcome.state = HeldOperation::State::Succeeded;
            outcome.result.clear();
        } else if (outcome.result.isEmpty()) {
            outcome.result = BulkRun::outcomeName(r.outcome);
        }
        addOutcome(outcome);
    }
    QJsonObject parameters = group->parameters;
    parameters.insert(QStringLiteral("held_operations"), ids);
    parameters.insert(QStringLiteral("held_offline"), true);
    if (m_confirmed)
        parameters.insert(QStringLiteral("confirmed"), true);
    m_audit.append(BulkRecord::auditEntry(run, group->operation, parameters));
    auto entries = BulkRecord::journalEntries(run, group->operation);
    for (JournalRepository::JournalEntry &e : entries) {
        const HeldOperation op = group->held.value(e.deviceId);
        e.message
            += QStringLiteral(" (held offline since %1)").arg(op.createdAt.toString(Qt::ISODate));
        e.data.insert(QStringLiteral("held_operation"), op.id);
        e.data.insert(QStringLiteral("held_since"), op.createdAt.toString(Qt::ISODateWithMs));
    }
    m_journal += entries;
    --m_groupsRunning;
    maybeFinish();
}

void HeldOperationRunner::maybeFinish()
{
    if (m_finished || m_groupsRunning > 0)
        return;
    m_finished = true;
    emit finished();
}
