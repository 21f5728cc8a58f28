#include "store/FleetRepository.h"

#include "common/Logging.h"
#include "store/DeviceLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

// Tags are a JSON array of strings. Loading 100,000 devices parses it 100,000 times, so plain
// arrays (no escapes) take a fast path; anything else goes through the JSON parser.
QStringList tagsFromJson(const QString &json)
{
    if (json.size() <= 2)
        return {};
    if (!json.contains(QLatin1Char('\\')) && json.startsWith(QLatin1String("[\""))
        && json.endsWith(QLatin1String("\"]"))) {
        return json.mid(2, json.size() - 4).split(QLatin1String("\",\""));
    }
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &tag : array)
        tags.append(tag.toString());
    return tags;
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
    d.tags = tagsFromJson(q.value(10).toString());
    d.lifecycle
        = DeviceText::lifecycleFromId(q.value(11).toString()).value_or(Lifecycle::Provisioned);
    d.health = DeviceText::healthFromId(q.value(12).toString()).value_or(Health::Unknown);
    if (!q.value(13).isNull())
        d.lastSeen = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
    d.batteryPercent = toOptionalInt(q.value(14));
    d.signalDbm = toOptionalInt(q.value(15));
    return d;
}

// Writes devices inside the caller's transaction.
bool writeDevices(QSqlDatabase &db, const DeviceList &devices, QString *message)
{
    QSqlQuery query(db);
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
        if (!query.exec()) {
            *message = QStringLiteral("%1: %2").arg(d.name, query.lastError().text());
            return false;
        }
    }
    return true;
}

// A device whose health changed: one "health" journal entry (the device timeline shows it).
struct HealthChange
{
    QUuid deviceId;
    Health from;
    Health to;
    QDateTime time;
};

// Writes the journal entries of health transitions inside the caller's transaction. The message
// stays in English (the cache is shared by both languages); data {from, to} carries the ids.
bool writeHealthJournal(QSqlDatabase &db, const QVector<HealthChange> &changes, QString *message)
{
    if (changes.isEmpty())
        return true;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO journal (device_id, t, kind, message, data) VALUES (?, ?, 'health', ?, ?)"));
    for (const HealthChange &c : changes) {
        const QString from = DeviceText::healthId(c.from);
        const QString to = DeviceText::healthId(c.to);
        query.addBindValue(c.deviceId.toString(QUuid::WithoutBraces));
        query.addBindValue(c.time.toMSecsSinceEpoch());
        query.addBindValue(QStringLiteral("Health changed from %1 to %2").arg(from, to));
        query.addBindValue(QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\"}").arg(from, to));
        if (!query.exec()) {
            *message = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

FleetRepository::FleetRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

DeviceList FleetRepository::loadDevices(QString *error) const
{
    // The fast path at fleet scale: SQLite's C API, repeated values shared, sorted as below
    // without SQLite's sorter (DeviceLoader).
    if (std::optional<DeviceList> loaded
        = DeviceLoader::load(m_db, SelectColumns, error, DeviceLoader::Order::SiteGroupName))
        return *loaded;
    const QString select = SelectColumns + QStringLiteral(" ORDER BY site, group_path, name");
    DeviceList devices;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(select)) {
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
    QString message;
    if (!writeDevices(m_db, devices, &message))
        return fail(message);
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
    QSqlQuery details(m_db);
    details.prepare(QStringLiteral("DELETE FROM lwm2m_registrations WHERE device_id = ?"));
    details.addBindValue(id.toString(QUuid::WithoutBraces));
    details.exec();
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

namespace {

const QString ProfileStatePrefix = QStringLiteral("profile_state/");

std::optional<FleetRepository::ProfileState> profileStateFromJson(const QString &profile,
                                                                  const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return std::nullopt;
    FleetRepository::ProfileState state;
    state.profile = profile;
    state.reachable = o.value(QLatin1String("reachable")).toBool(true);
    state.since
        = QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODateWithMs);
    state.checkedAt
        = QDateTime::fromString(o.value(QLatin1String("checked_at")).toString(), Qt::ISODateWithMs);
    return state;
}

} // namespace

bool FleetRepository::setProfileReachable(const QString &profile,
                                          bool reachable,
                                          const QDateTime &when)
{
    if (profile.isEmpty())
        return false;
    const QDateTime at = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC();
    QDateTime since = at;
    if (const auto previous = profileState(profile);
        previous && previous->reachable == reachable && previous->since.isValid()) {
        since = previous->since;
    }
    const QJsonObject o{
        {QStringLiteral("reachable"), reachable},
        {QStringLiteral("since"), since.toString(Qt::ISODateWithMs)},
        {QStringLiteral("checked_at"), at.toString(Qt::ISODateWithMs)},
    };
    return setMeta(ProfileStatePrefix + profile,
                   QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

std::optional<FleetRepository::ProfileState>
FleetRepository::profileState(const QString &profile) const
{
    const QString json = meta(ProfileStatePrefix + profile);
    if (json.isEmpty())
        return std::nullopt;
    return profileStateFromJson(profile, json);
}

QVector<FleetRepository::ProfileState> FleetRepository::profileStates() const
{
    QVector<ProfileState> states;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key >= ? AND key < ? "
                                 "ORDER BY key"));
    // "profile_state/" .. "profile_state0": '0' follows '/'.
    query.addBindValue(ProfileStatePrefix);
    query.addBindValue(QStringLiteral("profile_state0"));
    if (!query.exec())
        return states;
    while (query.next()) {
        const QString profile = query.value(0).toString().mid(ProfileStatePrefix.size());
        if (auto state = profileStateFromJson(profile, query.value(1).toString()))
            states.append(*state);
    }
    return states;
}

QSet<QString> FleetRepository::unreachableProfiles() const
{
    QSet<QString> profiles;
    for (const ProfileState &state : profileStates()) {
        if (!state.reachable)
            profiles.insert(state.profile);
    }
    return profiles;
}

qint64 FleetRepository::dataVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

std::optional<Device> FleetRepository::findByBinding(const ProtocolBinding &binding) const
{
    if (!binding.isBound())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(SelectColumns
                  + QStringLiteral(" WHERE protocol = ? AND profile = ? AND binding_key = ?"));
    query.addBindValue(DeviceText::protocolId(binding.protocol));
    query.addBindValue(binding.profile);
    query.addBindValue(binding.key);
    if (query.exec() && query.next())
        return deviceFromRow(query);
    return std::nullopt;
}

bool FleetRepository::boundDevices(Protocol protocol,
                                   const QString &profile,
                                   QHash<QString, Device> *bound,
                                   QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectColumns + QStringLiteral(" WHERE protocol = ? AND profile = ?"));
    query.addBindValue(DeviceText::protocolId(protocol));
    query.addBindValue(profile);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const Device d = deviceFromRow(query);
        bound->insert(d.binding.key, d);
    }
    return true;
}

bool FleetRepository::applyLwm2mUpdates(const QString &profile,
                                        const Lwm2mDeviceUpdateList &updates,
                                        bool fullSnapshot,
                                        QHash<QString, QUuid> *ids,
                                        QString *error)
{
    auto fail = [&](const QString &message) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = message;
        qCWarning(lcStore) << "LwM2M update failed:" << message;
        return false;
    };
    if (!QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(m_db.lastError().text());

    QHash<QString, Device> bound;
    QString boundError;
    if (!boundDevices(Protocol::Lwm2m, profile, &bound, &boundError))
        return fail(boundError);

    DeviceList changed;
    QSet<QString> seen;
    QSqlQuery details(m_db);
    details.prepare(QStringLiteral(
        "INSERT INTO lwm2m_registrations (device_id, registration_id, address, binding_mode, "
        "lwm2m_version, lifetime, queue_mode, registered_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
        "registration_id = excluded.registration_id, address = excluded.address, "
        "binding_mode = excluded.binding_mode, lwm2m_version = excluded.lwm2m_version, "
        "lifetime = excluded.lifetime, queue_mode = excluded.queue_mode, "
        "registered_at = excluded.registered_at, updated_at = excluded.updated_at"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDateTime journalTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    QVector<HealthChange> healthChanges;
    for (const Lwm2mDeviceUpdate &u : updates) {
        if (u.endpoint.isEmpty())
            continue;
        seen.insert(u.endpoint);
        auto it = bound.find(u.endpoint);
        if (it == bound.end()) {
            Device d;
            d.id = QUuid::createUuid();
            d.name = u.endpoint;
            d.binding = {Protocol::Lwm2m, profile, u.endpoint};
            d.lifecycle = Lifecycle::Active;
            it = bound.insert(u.endpoint, d);
        }
        Device d = *it;
        if (u.health) {
            if (*u.health != d.health)
                healthChanges.append({d.id, d.health, *u.health, journalTime});
            d.health = *u.health;
            if (*u.health != Health::Offline && d.lifecycle == Lifecycle::Provisioned)
                d.lifecycle = Lifecycle::Active;
        }
        if (u.lastSeen.isValid() && (!d.lastSeen.isValid() || u.lastSeen > d.lastSeen))
            d.lastSeen = u.lastSeen.toUTC();
        if (u.model)
            d.model = *u.model;
        if (u.serial)
            d.serial = *u.serial;
        if (u.firmwareVersion)
            d.firmwareVersion = *u.firmwareVersion;
        if (u.batteryPercent)
            d.batteryPercent = u.batteryPercent;
        if (u.signalDbm)
            d.signalDbm = u.signalDbm;
        *it = d;
        changed.append(d);
        if (ids)
            ids->insert(u.endpoint, d.id);
        if (u.registration) {
            const Lwm2mDeviceUpdate::Registration &r = *u.registration;
            details.addBindValue(d.id.toString(QUuid::WithoutBraces));
            details.addBindValue(text(r.registrationId));
            details.addBindValue(text(r.address));
            details.addBindValue(text(r.bindingMode));
            details.addBindValue(text(r.lwm2mVersion));
            details.addBindValue(r.lifetimeSeconds);
            details.addBindValue(r.queueMode ? 1 : 0);
            details.addBindValue(r.registeredAt.isValid()
                                     ? QVariant(r.registeredAt.toMSecsSinceEpoch())
                                     : QVariant(QMetaType(QMetaType::LongLong)));
            details.addBindValue(now);
            if (!details.exec())
                return fail(details.lastError().text());
        }
    }
    if (fullSnapshot) {
        for (auto it = bound.begin(); it != bound.end(); ++it) {
            if (seen.contains(it.key()) || it->health == Health::Offline)
                continue;
            healthChanges.append({it->id, it->health, Health::Offline, journalTime});
            it->health = Health::Offline;
            changed.append(*it);
            if (ids)
                ids->insert(it.key(), it->id);
        }
    }
    QString message;
    if (!writeDevices(m_db, changed, &message)
        || !writeHealthJournal(m_db, healthChanges, &message))
        return fail(message);
    if (!QSqlQuery(m_db).exec(QStringLiteral("COMMIT")))
        return fail(m_db.lastError().text());
    return true;
}

std::optional<Lwm2mDeviceUpdate::Registration>
FleetRepository::lwm2mRegistration(const QUuid &deviceId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT registration_id, address, binding_mode, lwm2m_version, lifetime, queue_mode, "
        "registered_at FROM lwm2m_registrations WHERE device_id = ?"));
    query.addBindValue(deviceId.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return std::nullopt;
    Lwm2mDeviceUpdate::Registration r;
    r.registrationId = query.value(0).toString();
    r.address = query.value(1).toString();
    r.bindingMode = query.value(2).toString();
    r.lwm2mVersion = query.value(3).toString();
    r.lifetimeSeconds = query.value(4).toInt();
    r.queueMode = query.value(5).toInt() != 0;
    if (!query.value(6).isNull())
        r.registeredAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    return r;
}

bool FleetRepository::applyMqttUpdates(const QString &profile,
                                       const MqttDeviceUpdateList &updates,
                                       QHash<QString, QUuid> *ids,
                                       QString *error,
                                       int *written)
{
    if (written)
        *written = 0;
    auto fail = [&](const QString &message) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = message;
        qCWarning(lcStore) << "MQTT update failed:" << message;
        return false;
    };
    if (!QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(m_db.lastError().text());

    QHash<QString, Device> bound;
    QString boundError;
    if (!boundDevices(Protocol::Mqtt, profile, &bound, &boundError))
        return fail(boundError);

    DeviceList changed;
    QVector<HealthChange> healthChanges;
    const QDateTime journalTime = QDateTime::currentDateTimeUtc();
    for (const MqttDeviceUpdate &u : updates) {
        if (u.deviceId.isEmpty())
            continue;
        auto it = bound.find(u.deviceId);
        const bool isNew = it == bound.end();
        if (isNew) {
            Device d;
            d.id = QUuid::createUuid();
            d.name = u.deviceId;
            d.binding = {Protocol::Mqtt, profile, u.deviceId};
            d.lifecycle = Lifecycle::Active;
            it = bound.insert(u.deviceId, d);
        }
        Device d = *it;
        if (u.health) {
            if (*u.health != d.health)
                healthChanges.append({d.id, d.health, *u.health, journalTime});
            d.health = *u.health;
            if (*u.health == Health::Online && d.lifecycle == Lifecycle::Provisioned)
                d.lifecycle = Lifecycle::Active;
        }
        if (u.lastSeen.isValid() && (!d.lastSeen.isValid() || u.lastSeen > d.lastSeen))
            d.lastSeen = u.lastSeen.toUTC();
        if (u.model)
            d.model = *u.model;
        if (u.serial)
            d.serial = *u.serial;
        if (u.firmwareVersion)
            d.firmwareVersion = *u.firmwareVersion;
        if (u.site)
            d.site = *u.site;
        if (u.group)
            d.groupPath = *u.group;
        if (u.batteryPercent)
            d.batteryPercent = u.batteryPercent;
        if (u.signalDbm)
            d.signalDbm = u.signalDbm;
        if (ids)
            ids->insert(u.deviceId, d.id);
        if (!isNew && d == *it)
            continue; // nothing new: no write
        *it = d;
        changed.append(d);
    }
    QString message;
    if (!changed.isEmpty() && !writeDevices(m_db, changed, &message))
        return fail(message);
    if (!writeHealthJournal(m_db, healthChanges, &message))
        return fail(message);
    if (!QSqlQuery(m_db).exec(QStringLiteral("COMMIT")))
        return fail(m_db.lastError().text());
    if (written)
        *written = int(changed.size());
    return true;
}
