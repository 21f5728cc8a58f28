#include "store/FleetRepository.h"

#include "common/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, name, protocol, profile, binding_key, site, group_path, model, serial, firmware, "
    "tags, lifecycle, health, last_seen, battery, signal_dbm FROM devices");

// SQLite would store a null QString as NULL; the schema wants text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

Device deviceFromRow(const QSqlQuery &q)
{
    Device d;
    d.id = QUuid(q.value(0).toString());
    d.name = q.value(1).toString();
    d.binding.protocol = DeviceText::protocolFromId(q.value(2).toString()).value_or(Protocol::None);
    d.binding.profile = q.value(3).toString();
    d.binding.key = q.value(4).toString();
    d.site = q.value(5).toString();
    d.groupPath = q.value(6).toString();
    d.model = q.value(7).toString();
    d.serial = q.value(8).toString();
    d.firmwareVersion = q.value(9).toString();
    const QJsonArray tags = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array();
    for (const QJsonValue &tag : tags)
        d.tags.append(tag.toString());
    d.lifecycle
        = DeviceText::lifecycleFromId(q.value(11).toString()).value_or(Lifecycle::Provisioned);
    d.health = DeviceText::healthFromId(q.value(12).toString()).value_or(Health::Unknown);
    if (!q.value(13).isNull())
        d.lastSeen = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
    d.batteryPercent = toOptionalInt(q.value(14));
    d.signalDbm = toOptionalInt(q.value(15));
    return d;
}

} // namespace

FleetRepository::FleetRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DeviceList FleetRepository::loadDevices(QString *error) const
{
    DeviceList devices;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(SelectColumns + QStringLiteral(" ORDER BY site, group_path, name"))) {
        if (error)
            *error = query.lastError().text();
        return devices;
    }
    while (query.next())
        devices.append(deviceFromRow(query));
    return devices;
}

std::optional<Device> FleetRepository::findDevice(const QUuid &id) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    if (query.exec() && query.next())
        return deviceFromRow(query);
    return std::nullopt;
}

bool FleetRepository::upsertDevices(const DeviceList &devices, QString *error)
{
    auto fail = [&](const QString &message) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = message;
        qCWarning(lcStore) << "upsert failed:" << message;
        return false;
    };
    if (!QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO devices (id, name, protocol, profile, binding_key, site, group_path, model, "
        "serial, firmware, tags, lifecycle, health, last_seen, battery, signal_dbm, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        // Upsert by id only: a clash on the binding index fails instead of replacing another
        // device.
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, protocol = excluded.protocol, "
        "profile = excluded.profile, binding_key = excluded.binding_key, site = excluded.site, "
        "group_path = excluded.group_path, model = excluded.model, serial = excluded.serial, "
        "firmware = excluded.firmware, tags = excluded.tags, lifecycle = excluded.lifecycle, "
        "health = excluded.health, last_seen = excluded.last_seen, battery = excluded.battery, "
        "signal_dbm = excluded.signal_dbm, updated_at = excluded.updated_at"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Device &d : devices) {
        QJsonArray tags;
        for (const QString &tag : d.tags)
            tags.append(tag);
        query.addBindValue(d.id.toString(QUuid::WithoutBraces));
        query.addBindValue(text(d.name));
        query.addBindValue(text(DeviceText::protocolId(d.binding.protocol)));
        query.addBindValue(text(d.binding.isBound() ? d.binding.profile : QString()));
        query.addBindValue(text(d.binding.isBound() ? d.binding.key : QString()));
        query.addBindValue(text(d.site));
        query.addBindValue(text(d.groupPath));
        query.addBindValue(text(d.model));
        query.addBindValue(text(d.serial));
        query.addBindValue(text(d.firmwareVersion));
        query.addBindValue(QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)));
        query.addBindValue(DeviceText::lifecycleId(d.lifecycle));
        query.addBindValue(DeviceText::healthId(d.health));
        query.addBindValue(d.lastSeen.isValid() ? QVariant(d.lastSeen.toMSecsSinceEpoch())
                                                : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(optionalInt(d.batteryPercent));
        query.addBindValue(optionalInt(d.signalDbm));
        query.addBindValue(now);
        if (!query.exec())
            return fail(QStringLiteral("%1: %2").arg(d.name, query.lastError().text()));
    }
    if (!QSqlQuery(m_db).exec(QStringLiteral("COMMIT")))
        return fail(m_db.lastError().text());
    return true;
}

bool FleetRepository::removeDevice(const QUuid &id, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM devices WHERE id = ?"));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

int FleetRepository::deviceCount() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM devices")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QString FleetRepository::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool FleetRepository::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

QDateTime FleetRepository::lastSync() const
{
    const QString value = meta(QStringLiteral("last_sync"));
    return value.isEmpty() ? QDateTime() : QDateTime::fromString(value, Qt::ISODateWithMs);
}

bool FleetRepository::setLastSync(const QDateTime &time)
{
    return setMeta(QStringLiteral("last_sync"), time.toUTC().toString(Qt::ISODateWithMs));
}

qint64 FleetRepository::dataVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}
