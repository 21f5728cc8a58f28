#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVector>

// The audit log — every operator action that changes a device: who, what, which devices, parameters
// (never secrets), result — and the per-device journal: registrations, health changes, operations
// and their results (the device timeline shows it). Both live in the fleet cache.
class JournalRepository
{
public:
    struct AuditEntry
    {
        qint64 id = 0;
        QDateTime time;
        QString actor;
        QString action;
        QVector<QUuid> devices;
        QJsonObject parameters;
        QString result; // "succeeded", "failed: …", or a summary "3 succeeded, 1 failed"
    };

    struct JournalEntry
    {
        qint64 id = 0;
        QUuid deviceId;
        QDateTime time;
        QString kind; // "registration", "health", "operation", …
        QString message;
        QJsonObject data;
    };

    explicit JournalRepository(QSqlDatabase db);

    // Keys that name secrets are removed from parameters before anything is written.
    bool appendAudit(const AuditEntry &entry, QString *error = nullptr);
    QVector<AuditEntry> audit(int limit = 1000) const;

    bool appendJournal(const QVector<JournalEntry> &entries, QString *error = nullptr);
    QVector<JournalEntry> journal(const QUuid &deviceId, int limit = 1000) const;

    // The user FleetDesk runs as, for the audit log.
    static QString currentActor();
    static QJsonObject withoutSecrets(const QJsonObject &parameters);

private:
    QSqlDatabase m_db;
};
