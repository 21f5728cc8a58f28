#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Opens one SQLite file of the cache (fleet state or telemetry) on the calling thread's own
// connection: WAL, busy_timeout, versioned migrations. A corrupt file is moved aside (never
// deleted) and a new cache started; a file from a newer FleetDesk is opened read-only.
class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)

public:
    enum class Kind { Fleet, Telemetry };
    enum class Status { Ok, Created, ReadOnlyNewerSchema, RecoveredFromCorruption, Failed };

    struct OpenResult
    {
        Status status = Status::Failed;
        QString message;      // for the operator; empty when all is well
        QString movedAsideTo; // where a corrupt file was kept
        int schemaVersion = 0;
        bool readOnly = false;
        bool ok() const { return status != Status::Failed; }
    };

    static int latestSchemaVersion(Kind kind);

    // connectionName must be unique per thread; the caller owns closing it via close().
    static OpenResult open(const QString &path, Kind kind, const QString &connectionName);
    static void close(const QString &connectionName);

    // PRAGMA quick_check (full = false) or integrity_check (full = true). Empty list = healthy.
    static QStringList checkIntegrity(const QSqlDatabase &db, bool full);
};
