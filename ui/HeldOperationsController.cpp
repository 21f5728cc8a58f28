#include "HeldOperationsController.h"

#include "HeldOperationModel.h"
#include "MessageBoxes.h"
#include "bulk/HeldOperationRunner.h"
#include "bulk/Lwm2mBulkActions.h"
#include "bulk/MqttBulkActions.h"
#include "store/FleetStore.h"

#include <QJsonArray>
#include <QLocale>
#include <QWidget>
#include <algorithm>

namespace {

QJsonObject parametersOf(const QString &operationId)
{
    QJsonObject parameters{{QStringLiteral("path"), Lwm2mBulkActions::executePath(operationId)}};
    if (const QString op = MqttBulkActions::commandOp(operationId); !op.isEmpty())
        parameters.insert(QStringLiteral("mqtt_command"), op);
    return parameters;
}

} // namespace

HeldOperationsController::HeldOperationsController(FleetStore *store,
                                                   MessageBoxes *messageBoxes,
                                                   QWidget *dialogParent,
                                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_messageBoxes(messageBoxes)
    , m_dialogParent(dialogParent)
    , m_model(new HeldOperationModel(this))
{
    if (m_store) {
        connect(
            m_store, &FleetStore::heldOperationsLoaded, this, &HeldOperationsController::onLoaded);
        connect(m_store,
                &FleetStore::unreachableProfilesLoaded,
                this,
                [this](const QSet<QString> &p) { m_unreachable = p; });
    }
}

HeldOperationsController::~HeldOperationsController() = default;

bool HeldOperationsController::askAboutUnreachable(const DeviceList &devices,
                                                   const QString &operationId,
                                                   const QString &operationName,
                                                   DeviceList *runNow)
{
    DeviceList unreachable;
    DeviceList reachable;
    QStringList profiles;
    for (const Device &d : devices) {
        if (d.binding.isBound() && m_unreachable.contains(d.binding.profile)) {
            unreachable.append(d);
            if (!profiles.contains(d.binding.profile))
                profiles.append(d.binding.profile);
        } else {
            reachable.append(d);
        }
    }
    if (unreachable.isEmpty()) {
        *runNow = devices;
        return true;
    }
    profiles.sort();
    QStringList names;
    for (const Device &d : std::as_const(unreachable).mid(0, 10))
        names.append(d.name);
    if (unreachable.size() > 10)
        names.append(tr("… and %n more", nullptr, int(unreachable.size() - 10)));
    const QString text
        = tr("%n of the selected devices cannot be reached now: their server or broker (%1) does "
             "not answer.",
             nullptr,
             int(unreachable.size()))
              .arg(QLocale().createSeparatedList(profiles));
    const QString informative
        = tr("Hold: FleetDesk keeps \"%1\" for these devices in its queue and runs it when their "
             "server is reachable again, after checking that nothing changed meanwhile. Skip: "
             "only the other %Ln device(s) get it now.",
             nullptr,
             int(reachable.size()))
              .arg(operationName)
          + QStringLiteral("\n\n") + names.join(QLatin1Char('\n'));
    const int choice = m_messageBoxes->choose(m_dialogParent,
                                              tr("Some servers are unreachable"),
                                              text,
                                              informative,
                                              {tr("&Hold them until reachable"), tr("&Skip them")});
    if (choice < 0)
        return false;
    if (choice == 0 && m_store) {
        const QJsonObject parameters = parametersOf(operationId);
        m_store->holdOperations(unreachable, operationId, parameters);
        // The consent and the holding: audit log and device journal.
        JournalRepository::AuditEntry audit;
        audit.time = QDateTime::currentDateTimeUtc();
        audit.actor = JournalRepository::currentActor();
        audit.action = operationId;
        QJsonObject auditParameters = parameters;
        auditParameters.insert(QStringLiteral("held_offline"), true);
        audit.parameters = auditParameters;
        audit.result = QStringLiteral("%1 held offline").arg(unreachable.size());
        QVector<JournalRepository::JournalEntry> journal;
        for (const Device &d : std::as_const(unreachable)) {
            audit.devices.append(d.id);
            JournalRepository::JournalEntry e;
            e.deviceId = d.id;
            e.time = audit.time;
            e.kind = QStringLiteral("operation");
            e.message = QStringLiteral("%1: held offline (%2 unreachable)")
                            .arg(operationId, d.binding.profile);
            e.data = {{QStringLiteral("operation"), operationId},
                      {QStringLiteral("outcome"), QStringLiteral("held")},
                      {QStringLiteral("profile"), d.binding.profile}};
            journal.append(e);
        }
        m_store->record(audit, journal);
        emit event(EventLog::Severity::Info,
                   tr("%1 held offline for %Ln device(s) until their server is reachable.",
                      nullptr,
                      int(unreachable.size()))
                       .arg(operationName));
        emit operationsHeld(int(unreachable.size()));
    }
    *runNow = reachable;
    return true;
}

QString HeldOperationsController::currentProfile(const HeldOperation &op) const
{
    const auto it = std::find_if(
        m_devices.cbegin(), m_devices.cend(), [&](const Device &d) { return d.id == op.deviceId; });
    return it != m_devices.cend() ? it->binding.profile : op.profile();
}

void HeldOperationsController::run(const QVector<qint64> &ids, bool confirmed)
{
    if (!m_store || !m_factory)
        return;
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    HeldOperationList runnable;
    int stillUnreachable = 0;
    for (const HeldOperation &op : m_model->operations()) {
        if (!wanted.contains(op.id) || m_inFlight.contains(op.id))
            continue;
        if (op.state != HeldOperation::State::Held
            && !(confirmed && op.state == HeldOperation::State::NeedsConfirmation))
            continue;
        if (m_unreachable.contains(currentProfile(op))) {
            ++stillUnreachable;
            continue;
        }
        runnable.append(op);
    }
    if (stillUnreachable > 0)
        emit event(EventLog::Severity::Warning,
                   tr("%Ln held operation(s) stay held: their server or broker is still "
                      "unreachable.",
                      nullptr,
                      stillUnreachable));
    if (runnable.isEmpty())
        return;

    QHash<QUuid, Device> devices;
    QSet<QUuid> needed;
    for (const HeldOperation &op : std::as_const(runnable))
        needed.insert(op.deviceId);
    for (const Device &d : std::as_const(m_devices)) {
        if (needed.contains(d.id))
            devices.insert(d.id, d);
    }
    for (const HeldOperation &op : std::as_const(runnable)) {
        m_inFlight.insert(op.id);
        m_store->setHeldOperationState(op.id, HeldOperation::State::Running);
    }
    auto *runner = new HeldOperationRunner(
        [factory = m_factory](const QString &operation, const QJsonObject &) {
            return factory(operation);
        },
        this);
    runner->setConfirmed(confirmed);
    connect(runner,
            &HeldOperationRunner::operationFinished,
            this,
            [this](const HeldOperationRunner::Outcome &o) {
                if (m_store)
                    m_store->setHeldOperationState(o.id, o.state, o.result);
            });
    connect(runner, &HeldOperationRunner::finished, this, [this, runner] {
        for (const auto &o : runner->outcomes())
            m_inFlight.remove(o.id);
        auto audits = runner->auditEntries();
        const auto journal = runner->journalEntries();
        if (audits.isEmpty() && !journal.isEmpty()) {
            // Only questions (needs confirmation): still one audit entry for the journal's sake.
            JournalRepository::AuditEntry audit;
            audit.time = QDateTime::currentDateTimeUtc();
            audit.actor = JournalRepository::currentActor();
            audit.action = QStringLiteral("held_operations_check");
            for (const auto &o : runner->outcomes())
                audit.devices.append(o.deviceId);
            audit.result = QStringLiteral("%1 needs_confirmation")
                               .arg(runner->count(HeldOperation::State::NeedsConfirmation));
            audits.append(audit);
        }
        for (int i = 0; m_store && i < audits.size(); ++i)
            m_store->record(audits.at(i), i == 0 ? journal : decltype(journal)());
        const int total = int(runner->outcomes().size());
        const int succeeded = runner->count(HeldOperation::State::Succeeded);
        const int asked = runner->count(HeldOperation::State::NeedsConfirmation);
        emit event(succeeded == total ? EventLog::Severity::Info : EventLog::Severity::Warning,
                   tr("Held operations: %1 of %Ln succeeded, %2 need confirmation.", nullptr, total)
                       .arg(QLocale().toString(succeeded), QLocale().toString(asked)));
        emit runFinished(succeeded, total);
        runner->deleteLater();
    });
    runner->start(runnable, devices);
}

void HeldOperationsController::discard(const QVector<qint64> &ids)
{
    if (!m_store || ids.isEmpty())
        return;
    m_store->discardHeldOperations(ids);
    emit event(EventLog::Severity::Info,
               tr("%Ln held operation(s) discarded.", nullptr, int(ids.size())));
}

void HeldOperationsController::setProfileReachable(const QString &profile, bool reachable)
{
    if (!reachable) {
        m_cameBack.remove(profile);
        m_unreachable.insert(profile);
        return;
    }
    m_unreachable.remove(profile);
    m_cameBack.insert(profile);
    runAutomatically();
}

void HeldOperationsController::onLoaded(const HeldOperationList &operations)
{
    m_model->setOperations(operations);
    const bool first = !m_loaded;
    m_loaded = true;
    if (first)
        runAutomatically();
}

void HeldOperationsController::runAutomatically()
{
    if (!m_loaded)
        return; // again when the queue is loaded
    QVector<qint64> ids;
    for (const HeldOperation &op : m_model->operations()) {
        if (op.state == HeldOperation::State::Held && m_cameBack.contains(currentProfile(op)))
            ids.append(op.id);
    }
    if (!ids.isEmpty()) {
        emit event(EventLog::Severity::Info,
                   tr("A server is reachable again: running %Ln held operation(s).",
                      nullptr,
                      int(ids.size())));
        run(ids, false);
    }
}
