#pragma once

#include "bulk/BulkRun.h"
#include "store/HeldOperationRepository.h"
#include "store/JournalRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

// Runs operations that were held offline once their server or broker is reachable again: checks
// right before each one that its preconditions still hold (the device exists, is not retired, has
// the same binding and the firmware it had when held), runs it through the same per-device actions
// as every bulk run, and says what to record: the new state of each held operation, an audit entry
// per operation and a journal entry per device (the device timeline). Storage is the caller's: the
// CLI writes synchronously, the window through FleetStore.
class HeldOperationRunner : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        qint64 id = 0;
        QUuid deviceId;
        HeldOperation::State state = HeldOperation::State::Held;
        QString result; // in words; empty on success
    };

    // The per-device action of a bulk operation (Lwm2mBulkActions / MqttBulkActions behind it);
    // an empty action means the operation is not available for that device.
    using ActionFactory
        = std::function<BulkRun::Action(const QString &operationId, const QJsonObject &parameters)>;

    explicit HeldOperationRunner(ActionFactory factory, QObject *parent = nullptr);
    ~HeldOperationRunner() override;

    // The operator confirmed: operations that need confirmation run even though their
    // preconditions changed (held ones are still checked).
    void setConfirmed(bool confirmed) { m_confirmed = confirmed; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Empty when the operation may run on device as it is now; otherwise why not, in words.
    static QString recheck(const HeldOperation &operation, const std::optional<Device> &device);

    // Starts the given operations; devices: the cache as it is now, by id. finished() follows
    // (also when nothing had to run).
    void start(const HeldOperationList &operations, const QHash<QUuid, Device> &devices);
    bool isFinished() const { return m_finished; }

    const QVector<Outcome> &outcomes() const { return m_outcomes; }
    int count(HeldOperation::State state) const;
    const QVector<JournalRepository::AuditEntry> &auditEntries() const { return m_audit; }
    const QVector<JournalRepository::JournalEntry> &journalEntries() const { return m_journal; }

signals:
    void operationFinished(const HeldOperationRunner::Outcome &outcome);
    void finished();

private:
    struct Group;
    void addOutcome(const Outcome &outcome);
    void groupFinished(Group *group);
    void maybeFinish();

    ActionFactory m_factory;
    bool m_confirmed = false;
    int m_timeoutMs = 60000;
    bool m_started = false;
    bool m_finished = false;
    std::vector<std::unique_ptr<Group>> m_groups;
    int m_groupsRunning = 0;
    QVector<Outcome> m_outcomes;
    QVector<JournalRepository::AuditEntry> m_audit;
    QVector<JournalRepository::JournalEntry> m_journal;
};

Q_DECLARE_METATYPE(HeldOperationRunner::Outcome)
