#include "bulk/BulkRecord.h"

namespace BulkRecord {

JournalRepository::AuditEntry
auditEntry(const BulkRun &run, const QString &operationId, const QJsonObject &parameters)
{
    JournalRepository::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.actor = JournalRepository::currentActor();
    entry.action = operationId;
    for (const BulkRun::Result &r : run.results())
        entry.devices.append(r.target.deviceId);
    entry.parameters = parameters;
    QStringList parts;
    for (BulkRun::Outcome outcome : {BulkRun::Outcome::Succeeded,
                                     BulkRun::Outcome::Failed,
                                     BulkRun::Outcome::TimedOut,
                                     BulkRun::Outcome::Cancelled}) {
        const int n = run.count(outcome);
        if (n > 0)
            parts.append(QStringLiteral("%1 %2").arg(n).arg(BulkRun::outcomeId(outcome)));
    }
    entry.result = parts.join(QStringLiteral(", "));
    return entry;
}

QVector<JournalRepository::JournalEntry> journalEntries(const BulkRun &run,
                                                        const QString &operationId)
{
    QVector<JournalRepository::JournalEntry> entries;
    for (const BulkRun::Result &r : run.results()) {
        JournalRepository::JournalEntry e;
        e.deviceId = r.target.deviceId;
        e.time = r.finished.isValid() ? r.finished : QDateTime::currentDateTimeUtc();
        e.kind = QStringLiteral("operation");
        e.message = r.reason.isEmpty()
                        ? QStringLiteral("%1: %2").arg(operationId, BulkRun::outcomeId(r.outcome))
                        : QStringLiteral("%1: %2 (%3)")
                              .arg(operationId, BulkRun::outcomeId(r.outcome), r.reason);
        e.data = {{QStringLiteral("operation"), operationId},
                  {QStringLiteral("outcome"), BulkRun::outcomeId(r.outcome)},
                  {QStringLiteral("reason"), r.reason},
                  {QStringLiteral("endpoint"), r.target.key},
                  {QStringLiteral("profile"), r.target.profile}};
        entries.append(e);
    }
    return entries;
}

} // namespace BulkRecord
