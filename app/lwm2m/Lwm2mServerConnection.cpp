#include "lwm2m/Lwm2mServerConnection.h"

#include "common/Logging.h"
#include "lwm2m/Lwm2mPath.h"
#include "store/FleetStore.h"

#include <QJsonArray>
#include <QTimer>

namespace {

constexpr int FlushDelayMs = 200;
constexpr int ResyncRetryMs = 5000;
constexpr int LifetimeCheckMs = 5000;
constexpr int MaxUnresolvedSamples = 1000;

void merge(Lwm2mDeviceUpdate *into, const Lwm2mDeviceUpdate &from)
{
    if (from.health)
        into->health = from.health;
    if (from.lastSeen.isValid())
        into->lastSeen = from.lastSeen;
    if (from.registration)
        into->registration = from.registration;
    if (from.model)
        into->model = from.model;
    if (from.serial)
        into->serial = from.serial;
    if (from.firmwareVersion)
        into->firmwareVersion = from.firmwareVersion;
    if (from.batteryPercent)
        into->batteryPercent = from.batteryPercent;
    if (from.signalDbm)
        into->signalDbm = from.signalDbm;
}

std::optional<int> intValue(const QVariant &value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!value.isValid() || !ok)
        return std::nullopt;
    return int(qRound(d));
}

std::optional<QString> textValue(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    return Lwm2mNode::valueToText(value);
}

} // namespace

Lwm2mServerConnection::Lwm2mServerConnection(const ConnectionProfile &profile,
                                             const QByteArray &secret,
                                             QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(new LeshanRestClient(this))
    , m_events(new Lwm2mEventStream(m_client, this))
    , m_flushTimer(new QTimer(this))
    , m_lifetimeTimer(new QTimer(this))
    , m_resyncRetryTimer(new QTimer(this))
{
    qRegisterMetaType<Lwm2mSample>();
    qRegisterMetaType<Lwm2mRegistration>();
    m_client->setProfile(profile, secret);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flushUpdates(); });
    m_lifetimeTimer->setInterval(LifetimeCheckMs);
    connect(m_lifetimeTimer, &QTimer::timeout, this, &Lwm2mServerConnection::checkLifetimes);
    m_resyncRetryTimer->setSingleShot(true);
    connect(m_resyncRetryTimer, &QTimer::timeout, this, [this] {
        if (m_events->state() == Lwm2mEventStream::State::Connected)
            resync();
    });

    connect(m_events, &Lwm2mEventStream::connected, this, &Lwm2mServerConnection::resync);
    connect(m_events, &Lwm2mEventStream::disconnected, this, [this](const QString &reason) {
        m_synced = false;
        setState(State::Reconnecting, reason);
    });
    connect(
        m_events, &Lwm2mEventStream::registration, this, &Lwm2mServerConnection::onRegistration);
    connect(m_events, &Lwm2mEventStream::updated, this, &Lwm2mServerConnection::onUpdated);
    connect(m_events,
            &Lwm2mEventStream::deregistration,
            this,
            &Lwm2mServerConnection::onDeregistration);
    connect(m_events, &Lwm2mEventStream::sleeping, this, [this](const QString &ep) {
        onSleepState(ep, true);
    });
    connect(m_events, &Lwm2mEventStream::awake, this, [this](const QString &ep) {
        onSleepState(ep, false);
    });
    connect(m_events, &Lwm2mEventStream::notification, this, [this](const QJsonObject &data) {
        onNotification(data, false);
    });
    connect(m_events, &Lwm2mEventStream::sendReceived, this, [this](const QJsonObject &data) {
        onNotification(data, true);
    });
    connect(m_events, &Lwm2mEventStream::requestResponse, m_client, [this](const QJsonObject &d) {
        m_client->handleRequestResponse(d);
    });
}

Lwm2mServerConnection::~Lwm2mServerConnection()
{
    flushUpdates();
}

void Lwm2mServerConnection::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::Connecting);
    m_lifetimeTimer->start();
    m_events->start();
}

void Lwm2mServerConnection::stop()
{
    m_events->stop();
    m_lifetimeTimer->stop();
    m_resyncRetryTimer->stop();
    m_client->cancelDelayed(tr("The connection to %1 was stopped.").arg(m_profile.name));
    flushUpdates();
    m_synced = false;
    setState(State::Stopped);
}

void Lwm2mServerConnection::setState(State state, const QString &message)
{
    if (m_state == state && message.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state, message);
}

Lwm2mRegistrationList Lwm2mServerConnection::registrations() const
{
    Lwm2mRegistrationList list;
    for (const Lwm2mRegistration &r : m_registrations)
        list.append(r);
    return list;
}

bool Lwm2mServerConnection::isIdle() const
{
    return m_synced && !m_resyncRunning && m_identityQueue.isEmpty() && m_identityInFlight == 0
           && m_pendingUpdates.isEmpty() && m_storeWritesPending == 0;
}

void Lwm2mServerConnection::checkIdle()
{
    const bool nowIdle = isIdle();
    if (nowIdle && !m_wasIdle)
        emit idle();
    m_wasIdle = nowIdle;
}

void Lwm2mServerConnection::resync()
{
    if (m_resyncRunning)
        return;
    m_resyncRunning = true;
    m_wasIdle = false;
    setState(State::Synchronising);
    Lwm2mReply *reply = m_client->clients();
    connect(reply, &Lwm2mReply::finished, this, [this](const Lwm2mResponse &response) {
        m_resyncRunning = false;
        if (!response.ok() || !response.json.isArray()) {
            const QString message = response.ok()
                                        ? tr("The server's list of devices could not be read.")
                                        : response.message;
            qCWarning(lcLwm2m) << m_profile.name << "resync failed:" << message;
            setState(State::Synchronising, message);
            m_resyncRetryTimer->start(ResyncRetryMs);
            return;
        }
        const QJsonArray list = response.json.toArray();
        QSet<QString> present;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QJsonValue &item : list) {
            const Lwm2mRegistration reg = Lwm2mRegistration::fromJson(item.toObject());
            if (!reg.isValid())
                continue;
            present.insert(reg.endpoint);
            const auto known = m_registrations.constFind(reg.endpoint);
            const bool fresh = known == m_registrations.constEnd()
                               || known->registrationId != reg.registrationId;
            m_lastHeardMs.insert(reg.endpoint, now);
            remember(reg, reg.queueMode && reg.sleeping ? Health::Sleeping : Health::Online);
            if (fresh)
                enqueueIdentity(reg.endpoint);
        }
        const QStringList known = m_registrations.keys();
        for (const QString &ep : known) {
            if (!present.contains(ep)) {
                m_registrations.remove(ep);
                emit deviceDeregistered(ep);
            }
        }
        flushUpdates(true);
        m_synced = true;
        setState(State::Online);
        // Leshan forgets observations on re-registration and does not replay events: re-establish.
        for (auto it = m_observations.cbegin(); it != m_observations.cend(); ++it) {
            if (present.contains(it.key()))
                reobserve(it.key());
        }
        emit synchronised(int(present.size()));
        pumpIdentity();
        checkIdle();
    });
}

void Lwm2mServerConnection::remember(const Lwm2mRegistration &reg, Health health)
{
    m_registrations.insert(reg.endpoint, reg);
    Lwm2mDeviceUpdate update;
    update.endpoint = reg.endpoint;
    update.health = health;
    update.lastSeen = reg.lastUpdate.isValid() ? reg.lastUpdate : QDateTime::currentDateTimeUtc();
    Lwm2mDeviceUpdate::Registration details;
    details.registrationId = reg.registrationId;
    details.address = reg.address;
    details.bindingMode = reg.bindingMode;
    details.lwm2mVersion = reg.lwm2mVersion;
    details.lifetimeSeconds = reg.lifetimeSeconds;
    details.queueMode = reg.queueMode;
    details.registeredAt = reg.registrationDate;
    update.registration = details;
    queueUpdate(update);
}

void Lwm2mServerConnection::onRegistration(const QJsonObject &data)
{
    const Lwm2mRegistration reg = Lwm2mRegistration::fromJson(data);
    if (!reg.isValid())
        return;
    m_lastHeardMs.insert(reg.endpoint, QDateTime::currentMSecsSinceEpoch());
    remember(reg, Health::Online);
    emit deviceRegistered(reg);
    enqueueIdentity(reg.endpoint);
    reobserve(reg.endpoint);
    pumpIdentity();
}

void Lwm2mServerConnection::onUpdated(const QJsonObject &data)
{
    const QJsonObject regJson = data.contains(QLatin1String("registration"))
                                    ? data.value(QLatin1String("registration")).toObject()
                                    : data;
    Lwm2mRegistration reg = Lwm2mRegistration::fromJson(regJson);
    if (!reg.isValid())
        return;
    m_lastHeardMs.insert(reg.endpoint, QDateTime::currentMSecsSinceEpoch());
    const bool unknown = !m_registrations.contains(reg.endpoint);
    remember(reg, Health::Online);
    emit deviceUpdated(reg);
    if (unknown) { // registered while the stream was down and the resync has not seen it yet
        enqueueIdentity(reg.endpoint);
        pumpIdentity();
    }
}

void Lwm2mServerConnection::onDeregistration(const QJsonObject &data)
{
    const QString ep = data.value(QLatin1String("endpoint")).toString();
    if (ep.isEmpty())
        return;
    m_registrations.remove(ep);
    m_lastHeardMs.remove(ep);
    Lwm2mDeviceUpdate update;
    update.endpoint = ep;
    update.health = Health::Offline;
    queueUpdate(update);
    emit deviceDeregistered(ep);
}

void Lwm2mServerConnection::onSleepState(const QString &endpoint, bool asleep)
{
    if (endpoint.isEmpty())
        return;
    auto it = m_registrations.find(endpoint);
    if (it != m_registrations.end())
        it->sleeping = asleep;
    Lwm2mDeviceUpdate update;
    update.endpoint = endpoint;
    update.health = asleep ? Health::Sleeping : Health::Online;
    if (!asleep) {
        update.lastSeen = QDateTime::currentDateTimeUtc();
        m_lastHeardMs.insert(endpoint, QDateTime::currentMSecsSinceEpoch());
    }
    queueUpdate(update);
    if (asleep)
        emit deviceSleeping(endpoint);
    else
        emit deviceAwake(endpoint);
}

void Lwm2mServerConnection::onNotification(const QJsonObject &data, bool send)
{
    const QString ep = data.value(QLatin1String("ep")).toString();
    if (ep.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Lwm2mSampleList samples;
    auto add = [&](const QString &path, const QJsonValue &json) {
        QString error;
        Lwm2mSample sample;
        sample.profile = m_profile.name;
        sample.endpoint = ep;
        sample.deviceId = m_deviceIds.value(ep);
        sample.path = Lwm2mPath::parse(path).isValid() ? Lwm2mPath::parse(path).toString() : path;
        sample.time = now;
        sample.node = Lwm2mNode::fromJson(json, &error);
        if (!sample.node.isValid()) {
            qCWarning(lcLwm2m) << "unreadable notification from" << ep << path << error;
            return;
        }
        sample.value = sample.node.numericValue();
        samples.append(sample);
    };
    const QJsonValue val = data.value(QLatin1String("val"));
    const bool composite
        = send || data.value(QLatin1String("kind")).toString() == QLatin1String("composite");
    if (composite) {
        const QJsonObject map = val.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            add(it.key(), it.value());
    } else {
        add(data.value(QLatin1String("res")).toString(), val);
    }
    Lwm2mDeviceUpdate seen;
    seen.endpoint = ep;
    seen.lastSeen = now;
    queueUpdate(seen);
    m_lastHeardMs.insert(ep, QDateTime::currentMSecsSinceEpoch());
    emitSamples(samples);
}

void Lwm2mServerConnection::emitSamples(const Lwm2mSampleList &samples)
{
    QVector<TelemetrySample> stored;
    for (const Lwm2mSample &s : samples) {
        emit notificationReceived(s);
        if (!s.value)
            continue;
        if (s.deviceId.isNull()) {
            Lwm2mSampleList &waiting = m_unresolvedSamples[s.endpoint];
            if (waiting.size() < MaxUnresolvedSamples)
                waiting.append(s);
            continue;
        }
        stored.append({s.deviceId, s.path, s.time, *s.value});
    }
    if (m_store && !stored.isEmpty())
        m_store->appendTelemetry(stored);
}

void Lwm2mServerConnection::queueUpdate(const Lwm2mDeviceUpdate &update)
{
    auto it = m_pendingUpdates.find(update.endpoint);
    if (it == m_pendingUpdates.end())
        m_pendingUpdates.insert(update.endpoint, update);
    else
        merge(&*it, update);
    if (!m_flushTimer->isActive())
        m_flushTimer->start(FlushDelayMs);
}

void Lwm2mServerConnection::flushUpdates(bool fullSnapshot)
{
    m_flushTimer->stop();
    if (m_pendingUpdates.isEmpty() && !fullSnapshot)
        return;
    Lwm2mDeviceUpdateList list;
    list.reserve(m_pendingUpdates.size());
    for (const Lwm2mDeviceUpdate &u : std::as_const(m_pendingUpdates))
        list.append(u);
    m_pendingUpdates.clear();
    if (fullSnapshot) {
        // Endpoints that are registered but had nothing new still belong to the snapshot.
        for (const Lwm2mRegistration &r : std::as_const(m_registrations)) {
            bool listed = false;
            for (const Lwm2mDeviceUpdate &u : std::as_const(list))
                listed = listed || u.endpoint == r.endpoint;
            if (!listed) {
                Lwm2mDeviceUpdate u;
                u.endpoint = r.endpoint;
                list.append(u);
            }
        }
    }
    if (!m_store) {
        checkIdle();
        return;
    }
    ++m_storeWritesPending;
    m_store->applyLwm2mUpdates(
        m_profile.name,
        list,
        fullSnapshot,
        this,
        [this](bool ok, const QHash<QString, QUuid> &ids, const QString &error) {
            --m_storeWritesPending;
            if (!ok)
                qCWarning(lcLwm2m) << m_profile.name << "cache update failed:" << error;
            QVector<TelemetrySample> stored;
            for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
                m_deviceIds.insert(it.key(), it.value());
                const Lwm2mSampleList waiting = m_unresolvedSamples.take(it.key());
                for (const Lwm2mSample &s : waiting)
                    stored.append({it.value(), s.path, s.time, *s.value});
            }
            if (m_store && !stored.isEmpty())
                m_store->appendTelemetry(stored);
            checkIdle();
        });
}

void Lwm2mServerConnection::enqueueIdentity(const QString &endpoint)
{
    if (!m_readIdentity || m_identityQueued.contains(endpoint))
        return;
    m_identityQueued.insert(endpoint);
    m_wasIdle = false;
    m_identityQueue.append({endpoint, QStringLiteral("/3/0")});
    m_identityQueue.append({endpoint, QStringLiteral("/4/0")});
}

void Lwm2mServerConnection::pumpIdentity()
{
    while (m_identityInFlight < m_maxIdentityInFlight && !m_identityQueue.isEmpty()) {
        const IdentityJob job = m_identityQueue.takeFirst();
        if (job.path == QLatin1String("/4/0"))
            m_identityQueued.remove(job.endpoint);
        ++m_identityInFlight;
        Lwm2mReply *reply
            = m_client->read(job.endpoint, job.path, QString(), m_identityTimeoutSeconds);
        auto released = std::make_shared<bool>(false);
        auto release = [this, released] {
            if (*released)
                return;
            *released = true;
            --m_identityInFlight;
        };
        // A sleeping queue-mode device answers when it wakes: its slot is free meanwhile.
        connect(reply, &Lwm2mReply::waitingForWakeUp, this, [this, release] {
            release();
            pumpIdentity();
        });
        connect(reply, &Lwm2mReply::finished, this, [this, job, release](const Lwm2mResponse &r) {
            release();
            identityFinished(job, r);
            pumpIdentity();
            checkIdle();
        });
    }
}

void Lwm2mServerConnection::identityFinished(const IdentityJob &job, const Lwm2mResponse &r)
{
    if (!r.ok()) {
        qCDebug(lcLwm2m) << m_profile.name << job.endpoint << job.path << r.message;
        return;
    }
    Lwm2mDeviceUpdate update;
    update.endpoint = job.endpoint;
    update.lastSeen = QDateTime::currentDateTimeUtc();
    if (job.path == QLatin1String("/3/0")) {
        update.model = textValue(r.content.resourceValue(1));
        update.serial = textValue(r.content.resourceValue(2));
        update.firmwareVersion = textValue(r.content.resourceValue(3));
        update.batteryPercent = intValue(r.content.resourceValue(9));
        ++m_identityDone;
        emit identityRead(job.endpoint);
    } else {
        update.signalDbm = intValue(r.content.resourceValue(2));
    }
    queueUpdate(update);
}

Lwm2mReply *
Lwm2mServerConnection::observe(const QString &endpoint, const QString &path, const QString &format)
{
    const QString normalized = Lwm2mPath::parse(path).toString();
    Lwm2mReply *reply = m_client->observe(endpoint, path, format);
    connect(
        reply, &Lwm2mReply::finished, this, [this, endpoint, normalized](const Lwm2mResponse &r) {
            if (r.ok() && !normalized.isEmpty())
                m_observations[endpoint].insert(normalized);
        });
    return reply;
}

Lwm2mReply *Lwm2mServerConnection::cancelObservation(const QString &endpoint,
                                                     const QString &path,
                                                     LeshanRestClient::CancelMode mode)
{
    const QString normalized = Lwm2mPath::parse(path).toString();
    auto it = m_observations.find(endpoint);
    if (it != m_observations.end()) {
        it->remove(normalized);
        if (it->isEmpty())
            m_observations.erase(it);
    }
    return m_client->cancelObserve(endpoint, path, mode);
}

QList<QPair<QString, QString>> Lwm2mServerConnection::observations() const
{
    QList<QPair<QString, QString>> list;
    for (auto it = m_observations.cbegin(); it != m_observations.cend(); ++it) {
        for (const QString &path : it.value())
            list.append({it.key(), path});
    }
    return list;
}

void Lwm2mServerConnection::reobserve(const QString &endpoint)
{
    const QSet<QString> paths = m_observations.value(endpoint);
    for (const QString &path : paths) {
        Lwm2mReply *reply = m_client->observe(endpoint, path);
        connect(reply, &Lwm2mReply::finished, this, [this, endpoint, path](const Lwm2mResponse &r) {
            if (!r.ok())
                qCWarning(lcLwm2m)
                    << "observation" << endpoint << path << "not re-established:" << r.message;
            emit observationRestored(endpoint, path, r.ok(), r.message);
        });
    }
}

void Lwm2mServerConnection::checkLifetimes()
{
    // Leshan reports expiry with DEREGISTRATION; this catches the case where that event was lost.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList endpoints = m_registrations.keys();
    for (const QString &ep : endpoints) {
        const Lwm2mRegistration &reg = m_registrations[ep];
        if (reg.lifetimeSeconds <= 0)
            continue;
        const qint64 grace = qMax<qint64>(15000, reg.lifetimeSeconds * 200LL);
        const qint64 heard = m_lastHeardMs.value(ep, now);
        if (now - heard > reg.lifetimeSeconds * 1000LL + grace) {
            qCInfo(lcLwm2m) << ep << "lifetime expired without an update";
            onDeregistration(QJsonObject{{QStringLiteral("endpoint"), ep}});
        }
    }
}
