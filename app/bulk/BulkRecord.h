#pragma once

#include "bulk/BulkRun.h"
#include "store/JournalRepository.h"

#include <QJsonObject>

// What a finished bulk run leaves behind: one audit entry (who, what, which devices, parameters
// without secrets, the result) and one journal entry per device. Shared by the window and the CLI.
namespace BulkRecord {
JournalRepository::AuditEntry
auditEntry(const BulkRun &run, const QString &operationId, const QJsonObject &parameters);
QVector<JournalRepository::JournalEntry> journalEntries(const BulkRun &run,
                                                        const QString &operationId);
} // namespace BulkRecord
