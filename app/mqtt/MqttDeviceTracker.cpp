#include "mqtt/MqttDeviceTracker.h"

#include "common/Logging.h"

#include <QJsonArray>
#include <limits>

namespace {
constexpr int WarnFirst = 10;      // garbage warnings logged in full, then…
constexpr int WarnEvery = 1000;    // …one in this many
constexpr int MaxDevices = 200000; // a flood of invented ids must not grow memory without bound
// A newer "last seen" alone is reported at most this often per device: a device that sends
// telemetry every second must not rewrite the fleet cache every second.
constexpr qint64 LastSeenResolutionMs = 60000;

bool sameExceptLastSeen(const MqttDeviceUpdate &a, const MqttDeviceUpdate &b)
{
    return a.health == b.health && a.model == b.model && a.serial == b.serial
           && a.firmwareVersion == b.firmwareVersion && a.site == b.site && a.group == b.group
           && a.batteryPercent == b.batteryPercent && a.signalDbm == b.signalDbm;
}
} // namespace

MqttDeviceTracker::MqttDeviceTracker(MqttConnection *connection, QString profile, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_profile(std::move(profile))
{
    qRegisterMetaType<MqttDeviceUpdate>();
    qRegisterMetaType<MqttDeviceUpdateList>();
    qRegisterMetaType<MqttFirmwareProgress>();
    m_staleTimer.setInterval(15000);
    m_settleTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, &MqttDeviceTracker::settle);
    connect(&m_staleTimer, &QTimer::timeout, this, &MqttDeviceTracker::checkStale);
    if (connection) {
        connect(
            connection, &MqttConnection::messagesReceived, this, &MqttDeviceTracker::onMessages);
        connect(connection, &MqttConnection::subscribed, this, [this](const QString &filter, int) {
            onSubscribed(filter);
        });
    }
}

void MqttDeviceTracker::start()
{
    if (m_started || !m_connection)
        return;
    m_started = true;
    const QStringList filters = MqttDmProtocol::trackerFilters();
    m_pendingFilters = QSet<QString>(filters.cbegin(), filters.cend());
    for (const QString &filter : filters)
        m_connection->subscribe(filter, filter.endsWith(QLatin1String("/telemetry")) ? 0 : 1);
    m_staleTimer.start();
}

void MqttDeviceTracker::setStaleCheckInterval(int milliseconds)
{
    m_staleTimer.setInterval(milliseconds);
}

void MqttDeviceTracker::onSubscribed(const QString &filter)
{
    if (!m_pendingFilters.remove(filter) || !m_pendingFilters.isEmpty() || m_settled)
        return;
    // The broker sends the retained messages right after the SUBACKs: settled after a quiet
    // settle delay (a big fleet's retained state arrives in many batches), at most 10 s.
    m_settleClock.start();
    m_settleTimer.start(m_settleDelayMs);
}

void MqttDeviceTracker::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    emit settled();
}

const MqttDeviceState *MqttDeviceTracker::device(const QString &id) const
{
    const auto it = m_devices.constFind(id);
    return it == m_devices.cend() ? nullptr : &*it;
}

Health MqttDeviceTracker::health(const QString &id) const
{
    const MqttDeviceState *state = device(id);
    return state ? health(*state, now()) : Health::Unknown;
}

Health MqttDeviceTracker::health(const MqttDeviceState &state, const QDateTime &now)
{
    if (state.online && !*state.online)
        return Health::Offline;
    const qint64 staleAfterMs = 3LL * qMax(1, state.reportIntervalSeconds) * 1000;
    if (!state.lastSeen.isValid() || state.lastSeen.msecsTo(now) > staleAfterMs)
        return state.online || state.lastSeen.isValid() ? Health::Sleeping : Health::Unknown;
    return state.online ? Health::Online : Health::Unknown;
}

MqttDeviceUpdate MqttDeviceTracker::update(const MqttDeviceState &state) const
{
    MqttDeviceUpdate u;
    u.deviceId = state.id;
    u.health = health(state, now());
    u.lastSeen = state.lastSeen;
    if (state.hasIdentity) {
        u.model = state.model;
        u.serial = state.serial;
        u.firmwareVersion = state.firmwareVersion;
        if (!state.site.isEmpty())
            u.site = state.site;
        if (!state.group.isEmpty())
            u.group = state.group;
    }
    u.batteryPercent = state.batteryPercent;
    u.signalDbm = state.signalDbm;
    return u;
}

void MqttDeviceTracker::ignore(const QString &topic, const QString &reason)
{
    ++m_garbage;
    if (m_garbage <= WarnFirst || m_garbage % WarnEvery == 0)
        qCWarning(lcMqtt).noquote()
            << QStringLiteral("ignored a message on %1 (%2); ignored so far: %3")
                   .arg(topic.left(200), reason)
                   .arg(m_garbage);
    emit garbageIgnored(topic, reason);
}

void MqttDeviceTracker::onMessages(const QVector<MqttMessage> &messages)
{
    if (m_settleTimer.isActive() && m_settleClock.elapsed() < 10000)
        m_settleTimer.start(m_settleDelayMs); // still receiving the retained state
    QVector<QString> touched;
    QSet<QString> touchedSet;
    for (const MqttMessage &message : messages) {
        const std::optional<MqttDmProtocol::Topic> topic
            = MqttDmProtocol::parseTopic(message.topic);
        if (!topic || topic->kind == QLatin1String("cmd") || topic->kind == QLatin1String("rsp"))
            continue; // not ours to follow (answers are the command client's)
        if (message.payload.isEmpty())
            continue; // a retained message being cleared, not garbage
        if (topic->kind == QLatin1String("telemetry") && !message.retain
            && m_devices.contains(topic->deviceId)) {
            // The busiest topic: only a sign of life here (charts read it through the ingest), so
            // it is not parsed.
            m_devices[topic->deviceId].lastSeen = now();
            if (!touchedSet.contains(topic->deviceId)) {
                touchedSet.insert(topic->deviceId);
                touched.append(topic->deviceId);
            }
            continue;
        }
        if (!m_devices.contains(topic->deviceId) && m_devices.size() >= MaxDevices) {
            ignore(message.topic, tr("too many devices (%1)").arg(MaxDevices));
            continue;
        }
        QString error;
        if (!apply(message, *topic, &error)) {
            ignore(message.topic, error);
            continue;
        }
        if (!touchedSet.contains(topic->deviceId)) {
            touchedSet.insert(topic->deviceId);
            touched.append(topic->deviceId);
        }
    }
    if (touched.isEmpty())
        return;
    MqttDeviceUpdateList updates;
    updates.reserve(touched.size());
    for (const QString &id : std::as_const(touched)) {
        const MqttDeviceUpdate u = update(m_devices.value(id));
        const auto before = m_reported.constFind(id);
        if (before != m_reported.cend() && sameExceptLastSeen(u, *before)
            && (!u.lastSeen.isValid()
                || (before->lastSeen.isValid()
                    && before->lastSeen.msecsTo(u.lastSeen) < LastSeenResolutionMs)))
            continue; // nothing the fleet needs to know yet
        m_reported.insert(id, u);
        updates.append(u);
    }
    if (!updates.isEmpty())
        emit updatesReady(m_profile, updates);
}

bool MqttDeviceTracker::apply(const MqttMessage &message,
                              const MqttDmProtocol::Topic &topic,
                              QString *error)
{
    const std::optional<QJsonObject> parsed = MqttDmProtocol::parseObject(message.payload, error);
    if (!parsed)
        return false;
    const QJsonObject &o = *parsed;
    bool ok = true;
    const QDateTime ts = MqttDmProtocol::timestamp(o, &ok);
    if (!ok) {
        *error = tr("\"ts\" is not an integer");
        return false;
    }
    const QString &kind = topic.kind;
    // Parse everything first, and change the state only when the whole message is valid.
    MqttDeviceState s = m_devices.value(topic.deviceId);
    s.id = topic.deviceId;
    bool online = false;
    if (kind == QLatin1String("status")) {
        const auto state = MqttDmProtocol::string(o, QStringLiteral("state"), &ok);
        const auto reason = MqttDmProtocol::string(o, QStringLiteral("reason"), &ok);
        const auto session = MqttDmProtocol::integer(o, QStringLiteral("session"), &ok);
        const auto until = MqttDmProtocol::integer(o, QStringLiteral("until"), &ok);
        if (!ok || !state
            || (*state != QLatin1String("online") && *state != QLatin1String("offline"))) {
            *error = tr("a status needs \"state\": \"online\" or \"offline\"");
            return false;
        }
        online = *state == QLatin1String("online");
        s.online = online;
        s.offlineReason = online ? QString() : reason.value_or(QString());
        if (session)
            s.session = int(qBound(qint64(0), *session, qint64(std::numeric_limits<int>::max())));
        s.disabledUntil = until ? QDateTime::fromMSecsSinceEpoch(*until, Qt::UTC) : QDateTime();
    } else if (kind == QLatin1String("identity")) {
        const auto model = MqttDmProtocol::string(o, QStringLiteral("model"), &ok);
        const auto serial = MqttDmProtocol::string(o, QStringLiteral("serial"), &ok);
        const auto firmware = MqttDmProtocol::string(o, QStringLiteral("firmware_version"), &ok);
        const auto manufacturer = MqttDmProtocol::string(o, QStringLiteral("manufacturer"), &ok);
        const auto hardware = MqttDmProtocol::string(o, QStringLiteral("hardware_version"), &ok);
        const auto type = MqttDmProtocol::string(o, QStringLiteral("device_type"), &ok);
        const auto site = MqttDmProtocol::string(o, QStringLiteral("site"), &ok);
        const auto group = MqttDmProtocol::string(o, QStringLiteral("group"), &ok);
        if (!ok || !model || !serial || !firmware) {
            *error = tr("an identity needs the strings \"model\", \"serial\" and "
                        "\"firmware_version\"");
            return false;
        }
        s.hasIdentity = true;
        s.model = *model;
        s.serial = *serial;
        s.firmwareVersion = *firmware;
        s.manufacturer = manufacturer.value_or(QString());
        s.hardwareVersion = hardware.value_or(QString());
        s.deviceType = type.value_or(QString());
        s.site = site.value_or(QString());
        s.group = group.value_or(QString());
    } else if (kind == QLatin1String("attributes")) {
        const auto battery = MqttDmProtocol::integer(o, QStringLiteral("battery"), &ok);
        const auto signal = MqttDmProtocol::integer(o, QStringLiteral("signal"), &ok);
        const auto enabled = MqttDmProtocol::boolean(o, QStringLiteral("enabled"), &ok);
        const auto interval = MqttDmProtocol::integer(o, QStringLiteral("report_interval_s"), &ok);
        const QJsonValue location = o.value(QStringLiteral("location"));
        const QJsonValue errors = o.value(QStringLiteral("error_codes"));
        if (!ok || (battery && (*battery < 0 || *battery > 100))
            || (signal && (*signal < -200 || *signal > 0))
            || (interval && (*interval < 1 || *interval > 7 * 86400))
            || !(location.isUndefined() || location.isNull() || location.isObject())
            || !(errors.isUndefined() || errors.isNull() || errors.isArray())) {
            *error = tr("attributes of the wrong type or out of range");
            return false;
        }
        if (battery)
            s.batteryPercent = int(*battery);
        if (signal)
            s.signalDbm = int(*signal);
        if (enabled)
            s.enabled = enabled;
        if (interval)
            s.reportIntervalSeconds = int(*interval);
    } else if (kind == QLatin1String("config")) {
        const auto version = MqttDmProtocol::integer(o, QStringLiteral("version"), &ok);
        const QJsonValue config = o.value(QStringLiteral("config"));
        if (!ok || !version || *version < 0 || !config.isObject()) {
            *error = tr("a config needs an integer \"version\" and an object \"config\"");
            return false;
        }
        s.configVersion = *version;
        s.config = config.toObject();
    } else if (kind == QLatin1String("firmware")) {
        MqttFirmwareProgress p;
        if (!MqttDmProtocol::parseFirmware(o, &p)) {
            *error = tr("a firmware state needs \"state\" 0–3 and \"result\" 0–9");
            return false;
        }
        s.firmware = p;
    }
    // telemetry: any JSON object; it only tells that the device is alive.

    const QDateTime arrived = now();
    QDateTime seen = message.retain ? ts : arrived; // a retained message may be hours old
    if (seen.isValid() && seen > arrived)
        seen = arrived; // a device clock ahead of ours
    if (seen.isValid() && (!s.lastSeen.isValid() || seen > s.lastSeen))
        s.lastSeen = seen;

    const std::optional<bool> previousOnline = m_devices.value(topic.deviceId).online;
    m_devices.insert(topic.deviceId, s);
    if (kind == QLatin1String("status") && previousOnline != s.online)
        emit statusChanged(topic.deviceId, online);
    if (kind == QLatin1String("firmware"))
        emit firmwareProgress(topic.deviceId, *s.firmware);
    return true;
}

void MqttDeviceTracker::checkStale()
{
    const QDateTime t = now();
    MqttDeviceUpdateList updates;
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
        const Health h = health(*it, t);
        auto reported = m_reported.find(it.key());
        if (reported == m_reported.end() || reported->health == h)
            continue;
        reported->health = h;
        MqttDeviceUpdate u;
        u.deviceId = it.key();
        u.health = h;
        updates.append(u);
    }
    if (!updates.isEmpty())
        emit updatesReady(m_profile, updates);
}
