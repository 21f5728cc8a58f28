#include "store/CacheDatabase.h"

#include "common/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

constexpr int BusyTimeoutMs = 5000;

// Versioned migrations: step i brings the schema from version i to i + 1. Append, never edit.
const QStringList &migrations(CacheDatabase::Kind kind)
{
    static const QStringList fleet = {
        QStringLiteral(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE devices ("
            " id TEXT PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " protocol TEXT NOT NULL DEFAULT '',"
            " profile TEXT NOT NULL DEFAULT '',"
            " binding_key TEXT NOT NULL DEFAULT '',"
            " site TEXT NOT NULL DEFAULT '',"
            " group_path TEXT NOT NULL DEFAULT '',"
            " model TEXT NOT NULL DEFAULT '',"
            " serial TEXT NOT NULL DEFAULT '',"
            " firmware TEXT NOT NULL DEFAULT '',"
            " tags TEXT NOT NULL DEFAULT '[]',"
            " lifecycle TEXT NOT NULL DEFAULT 'provisioned',"
            " health TEXT NOT NULL DEFAULT 'unknown',"
            " last_seen INTEGER,"
            " battery INTEGER,"
            " signal_dbm INTEGER,"
            " updated_at INTEGER NOT NULL);"
            "CREATE UNIQUE INDEX devices_binding ON devices (protocol, profile, binding_key)"
            " WHERE protocol <> '';"
            "CREATE INDEX devices_serial ON devices (serial);"),
        // 2: the audit log (operator actions that change devices) and the per-device journal.
        QStringLiteral("CREATE TABLE audit ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " t INTEGER NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " devices TEXT NOT NULL,"
                       " parameters TEXT NOT NULL DEFAULT '{}',"
                       " result TEXT NOT NULL);"
                       "CREATE INDEX audit_time ON audit (t);"
                       "CREATE TABLE journal ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " device_id TEXT NOT NULL,"
                       " t INTEGER NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " message TEXT NOT NULL,"
                       " data TEXT NOT NULL DEFAULT '{}');"
                       "CREATE INDEX journal_device ON journal (device_id, t);"),
        // 3: LwM2M registration details per device (issue LWM2M; Lwm2mServerConnection).
        QStringLiteral("CREATE TABLE lwm2m_registrations ("
                       " device_id TEXT PRIMARY KEY,"
                       " registration_id TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " binding_mode TEXT NOT NULL DEFAULT '',"
                       " lwm2m_version TEXT NOT NULL DEFAULT '',"
                       " lifetime INTEGER NOT NULL DEFAULT 0,"
                       " queue_mode INTEGER NOT NULL DEFAULT 0,"
                       " registered_at INTEGER,"
                       " updated_at INTEGER NOT NULL);"),
        // 4: issue FLEET — static groups (manual membership), saved filters (smart groups: a
        // query of docs/query.md) and operations held offline until their server is reachable.
        QStringLiteral("CREATE TABLE static_groups ("
                       " name TEXT PRIMARY KEY,"
                       " created_at INTEGER NOT NULL);"
                       "CREATE TABLE static_group_members ("
                       " group_name TEXT NOT NULL,"
                       " device_id TEXT NOT NULL,"
                       " PRIMARY KEY (group_name, device_id)) WITHOUT ROWID;"
                       "CREATE INDEX static_group_members_device"
                       " ON static_group_members (device_id);"
                       "CREATE TABLE saved_filters ("
                       " name TEXT PRIMARY KEY,"
                       " query TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL);"
                       "CREATE TABLE held_operations ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " created_at INTEGER NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " device_id TEXT NOT NULL,"
                       " operation TEXT NOT NULL,"
                       " parameters TEXT NOT NULL DEFAULT '{}',"
                       " preconditions TEXT NOT NULL DEFAULT '{}',"
                       " state TEXT NOT NULL DEFAULT 'held',"
                       " result TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL);"
                       "CREATE INDEX held_operations_state ON held_operations (state, id);"),
        // 5: issue CAMPAIGN — the firmware library (images and the signing key per model) and
        // update campaigns: the document, the per-device state (the journal's latest word), the
        // journal of every transition, and the lease of the one runner (docs/campaign-engine.md).
        QStringLiteral(
            "CREATE TABLE firmware_images ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " model TEXT NOT NULL,"
            " version TEXT NOT NULL,"
            " file_name TEXT NOT NULL,"
            " file_size INTEGER NOT NULL,"
            " file_sha256 TEXT NOT NULL,"
            " payload_sha256 TEXT NOT NULL,"
            " signed INTEGER NOT NULL DEFAULT 0,"
            " signature_verified INTEGER NOT NULL DEFAULT 0,"
            " external_url TEXT NOT NULL DEFAULT '',"
            " imported_at INTEGER NOT NULL,"
            " imported_by TEXT NOT NULL DEFAULT '',"
            " UNIQUE (model, version));"
            "CREATE TABLE firmware_keys ("
            " model TEXT PRIMARY KEY,"
            " public_key_pem TEXT NOT NULL DEFAULT '',"
            " require_signed INTEGER NOT NULL DEFAULT 0,"
            " updated_at INTEGER NOT NULL);"
            "CREATE TABLE campaigns ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " name TEXT NOT NULL,"
            " spec TEXT NOT NULL,"
            " state TEXT NOT NULL DEFAULT 'ready',"
            " requested TEXT NOT NULL DEFAULT '',"
            " reason TEXT NOT NULL DEFAULT '',"
            " package_url TEXT NOT NULL DEFAULT '',"
            " serve_address TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL,"
            " created_by TEXT NOT NULL DEFAULT '',"
            " started_at INTEGER,"
            " finished_at INTEGER,"
            " updated_at INTEGER NOT NULL);"
            "CREATE TABLE campaign_devices ("
            " campaign_id INTEGER NOT NULL,"
            " device_id TEXT NOT NULL,"
            " position INTEGER NOT NULL,"
            " wave INTEGER NOT NULL,"
            " stage INTEGER NOT NULL,"
            " state TEXT NOT NULL,"
            " attempt INTEGER NOT NULL DEFAULT 0,"
            " reason TEXT NOT NULL DEFAULT '',"
            " result_code INTEGER,"
            " from_version TEXT NOT NULL DEFAULT '',"
            " reported_version TEXT NOT NULL DEFAULT '',"
            " mark TEXT NOT NULL DEFAULT '',"
            " started_at INTEGER,"
            " finished_at INTEGER,"
            " updated_at INTEGER NOT NULL,"
            " PRIMARY KEY (campaign_id, device_id)) WITHOUT ROWID;"
            "CREATE INDEX campaign_devices_state ON campaign_devices (campaign_id, state);"
            "CREATE TABLE campaign_events ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " campaign_id INTEGER NOT NULL,"
            " device_id TEXT NOT NULL DEFAULT '',"
            " at INTEGER NOT NULL,"
            " state TEXT NOT NULL,"
            " detail TEXT NOT NULL DEFAULT '');"
            "CREATE INDEX campaign_events_campaign ON campaign_events (campaign_id, id);"
            "CREATE TABLE campaign_leases ("
            " campaign_id INTEGER PRIMARY KEY,"
            " owner TEXT NOT NULL,"
            " pid INTEGER NOT NULL,"
            " host TEXT NOT NULL,"
            " heartbeat INTEGER NOT NULL);"),
    };
    static const QStringList telemetry = {
        QStringLiteral("CREATE TABLE samples ("
                       " device_id TEXT NOT NULL,"
                       " path TEXT NOT NULL,"
                       " t INTEGER NOT NULL,"
                       " value REAL NOT NULL);"
                       "CREATE INDEX samples_series ON samples (device_id, path, t);"
                       "CREATE INDEX samples_time ON samples (t);"),
        // 2: MQTT topic history (issue MQTT; MqttHistoryRepository). A ring of `limit` slots per
        // topic: slot = seq % limit, so the history stays bounded without deletes.
        QStringLiteral("CREATE TABLE mqtt_topics ("
                       " id INTEGER PRIMARY KEY,"
                       " profile TEXT NOT NULL,"
                       " topic TEXT NOT NULL,"
                       " UNIQUE (profile, topic));"
                       "CREATE TABLE mqtt_history ("
                       " topic_id INTEGER NOT NULL,"
                       " slot INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " t INTEGER NOT NULL,"
                       " qos INTEGER NOT NULL,"
                       " retain INTEGER NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " payload BLOB NOT NULL,"
                       " properties TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (topic_id, slot)) WITHOUT ROWID;"),
    };
    return kind == CacheDatabase::Kind::Fleet ? fleet : telemetry;
}

bool execAll(QSqlDatabase &db, const QString &script, QString *error)
{
    const QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// Returns -1 when the file is not a readable SQLite database.
int readUserVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

QSqlDatabase connect(const QString &path, const QString &connectionName, bool readOnly)
{
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

QString moveAside(const QString &path)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

} // namespace

int CacheDatabase::latestSchemaVersion(Kind kind)
{
    return int(migrations(kind).size());
}

CacheDatabase::OpenResult
CacheDatabase::open(const QString &path, Kind kind, const QString &connectionName)
{
    OpenResult result;
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    QDir().mkpath(QFileInfo(path).absolutePath());

    QSqlDatabase db = connect(path, connectionName, false);
    QString error;
    int version = -1;
    if (db.open())
        version = readUserVersion(db, &error);
    else
        error = db.lastError().text();

    if (version < 0) {
        if (!existed) {
            result.message = tr("The cache %1 cannot be created: %2").arg(path, error);
            return result;
        }
        // Not a database (or unreadable): keep the file aside, never delete it, start afresh.
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        result.movedAsideTo = moveAside(path);
        if (result.movedAsideTo.isEmpty()) {
            result.message
                = tr("The cache %1 is damaged (%2) and could not be moved aside.").arg(path, error);
            return result;
        }
        qCWarning(lcStore) << "damaged cache moved aside:" << path << "->" << result.movedAsideTo;
        db = connect(path, connectionName, false);
        if (!db.open() || (version = readUserVersion(db, &error)) < 0) {
            result.message = tr("A new cache %1 cannot be created: %2").arg(path, error);
            return result;
        }
        result.status = Status::RecoveredFromCorruption;
        result.message = tr("The cache was damaged (%1). It was kept as %2 and a new, empty cache "
                            "was started.")
                             .arg(error, result.movedAsideTo);
    }

    const int latest = latestSchemaVersion(kind);
    if (version > latest) {
        db.close();
        db = QSqlDatabase(); // release the handle before the connection is replaced
        db = connect(path, connectionName, true);
        if (!db.open()) {
            result.message
                = tr("The cache %1 cannot be opened: %2").arg(path, db.lastError().text());
            return result;
        }
        result.status = Status::ReadOnlyNewerSchema;
        result.readOnly = true;
        result.schemaVersion = version;
        result.message
            = tr("The cache %1 was written by a newer FleetDesk (schema %2; this version "
                 "knows %3). It is open read-only; nothing will be changed.")
                  .arg(path)
                  .arg(version)
                  .arg(latest);
        return result;
    }

    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));

    const QStringList &steps = migrations(kind);
    for (int step = version; step < latest; ++step) {
        if (!QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            result.message
                = tr("The cache %1 cannot be upgraded: %2").arg(path, db.lastError().text());
            return result;
        }
        // Another process may have migrated meanwhile: re-read inside the write transaction.
        QSqlQuery begin(db);
        begin.exec(QStringLiteral("PRAGMA user_version"));
        const int current = begin.next() ? begin.value(0).toInt() : step;
        begin.finish();
        if (current > step) {
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            step = current - 1;
            continue;
        }
        if (!execAll(db, steps.at(step), &error)
            || !QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(step + 1))) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            result.message = tr("The cache %1 cannot be upgraded to schema %2: %3")
                                 .arg(path)
                                 .arg(step + 1)
                                 .arg(error);
            return result;
        }
        if (!QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
            result.message
                = tr("The cache %1 cannot be upgraded: %2").arg(path, db.lastError().text());
            return result;
        }
    }
    result.schemaVersion = latest;
    if (result.status != Status::RecoveredFromCorruption)
        result.status = existed ? Status::Ok : Status::Created;
    return result;
}

void CacheDatabase::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QStringList CacheDatabase::checkIntegrity(const QSqlDatabase &db, bool full)
{
    QStringList problems;
    QSqlQuery query(db);
    if (!query.exec(full ? QStringLiteral("PRAGMA integrity_check")
                         : QStringLiteral("PRAGMA quick_check"))) {
        problems.append(query.lastError().text());
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}
