#include "campaign/MqttCampaignDriver.h"

#include "mqtt/MosquittoConnection.h"
#include "mqtt/MqttCommandClient.h"
#include "mqtt/MqttConnectionSettings.h"
#include "mqtt/MqttDeviceTracker.h"

#include <QJsonObject>
#include <QTimer>
#include <limits>

MqttCampaignDriver::MqttCampaignDriver(const ConnectionProfile &profile,
                                       const QByteArray &secret,
                                       int timeoutSeconds)
    : m_profile(profile.name)
    , m_context(std::make_unique<QObject>())
    , m_timeoutMs(qMax(1, timeoutSeconds) * 1000)
{
    const MqttConnectionSettings settings = MqttConnectionSettings::fromProfile(profile, secret);
    m_connection = std::make_unique<MosquittoConnection>(settings);
    m_tracker = std::make_unique<MqttDeviceTracker>(m_connection.get(), profile.name);
    m_client = std::make_unique<MqttCommandClient>(
        m_connection.get(), m_tracker.get(), settings.isMqtt5());

    QObject *context = m_context.get();
    m_deadlineTimer = new QTimer(context);
    m_deadlineTimer->setSingleShot(true);
    m_deadlineTimer->setTimerType(Qt::PreciseTimer);
    QObject::connect(m_deadlineTimer, &QTimer::timeout, context, [this] { answerWaiting(); });
    QObject::connect(
        m_connection.get(),
        &MqttConnection::errorOccurred,
        context,
        [this](MqttConnection::Error, const QString &message) { m_connectionError = message; });
    QObject::connect(m_connection.get(),
                     &MqttConnection::stateChanged,
                     context,
                     [this](MqttConnection::State state, const QString &) {
                         if (state == MqttConnection::State::Connected)
                             m_connectionError.clear();
                         answerWaiting();
                     });
    QObject::connect(
        m_tracker.get(), &MqttDeviceTracker::updatesReady, context, [this] { answerWaiting(); });
    QObject::connect(
        m_tracker.get(), &MqttDeviceTracker::settled, context, [this] { answerWaiting(); });

    m_tracker->start();
    m_client->start();
    m_connection->connectToBroker();
}

MqttCampaignDriver::~MqttCampaignDriver()
{
    m_waiting.clear();
    m_context.reset(); // no timer or signal reaches this object any more
    m_client.reset();
    m_tracker.reset();
    m_connection.reset(); // polite DISCONNECT (bounded)
}

MqttConnection *MqttCampaignDriver::connection() const
{
    return m_connection.get();
}

CampaignDeviceStatus MqttCampaignDriver::statusFrom(const MqttDeviceState &state)
{
    CampaignDeviceStatus s;
    s.reachable = true;
    s.online = state.online.value_or(false);
    s.version = state.firmwareVersion;
    if (state.firmware) {
        s.updateState = state.firmware->state;
        s.updateResult = state.firmware->result;
    }
    if (state.session > 0)
        s.session = QString::number(state.session);
    s.batteryPercent = state.batteryPercent;
    s.signalDbm = state.signalDbm;
    // The device said it is going away to restart (it comes back with a new session).
    if (state.online && !*state.online) {
        const QString &why = state.offlineReason;
        s.busy = why == QLatin1String("reboot") || why == QLatin1String("firmware-update")
                 || why == QLatin1String("factory-reset");
    }
    return s;
}

bool MqttCampaignDriver::answerable(const Waiting &w) const
{
    if (w.deadline.hasExpired())
        return true;
    // The broker refused or dropped the connection (and no attempt is running right now): say so
    // at once rather than after the wait.
    const MqttConnection::State state = m_connection->state();
    if (!m_connectionError.isEmpty()
        && (state == MqttConnection::State::Reconnecting
            || state == MqttConnection::State::Disconnected))
        return true;
    return state == MqttConnection::State::Connected && m_tracker->isSettled()
           && m_tracker->device(w.deviceId) != nullptr;
}

CampaignDeviceStatus MqttCampaignDriver::currentStatus(const QString &deviceId) const
{
    const bool connected = m_connection->state() == MqttConnection::State::Connected;
    if (!connected) {
        CampaignDeviceStatus s;
        s.error = m_connectionError.isEmpty()
                      ? tr("Not connected to the broker of profile %1.").arg(m_profile)
                      : tr("Not connected to the broker of profile %1: %2")
                            .arg(m_profile, m_connectionError);
        return s;
    }
    if (const MqttDeviceState *state = m_tracker->device(deviceId))
        return statusFrom(*state);
    CampaignDeviceStatus s;
    s.error = tr("The broker of profile %1 holds nothing from device %2 (it never connected, or "
                 "its retained messages were removed).")
                  .arg(m_profile, deviceId);
    return s;
}

void MqttCampaignDriver::answerWaiting()
{
    QVector<Waiting> ready;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (answerable(*it)) {
            ready.append(std::move(*it));
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    armDeadline();
    // The answers may call status() again: m_waiting is consistent before any of them runs.
    for (const Waiting &w : std::as_const(ready))
        w.done(currentStatus(w.deviceId));
}

void MqttCampaignDriver::armDeadline()
{
    if (m_waiting.isEmpty()) {
        m_deadlineTimer->stop();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Waiting &w : std::as_const(m_waiting))
        earliest = qMin(earliest, w.deadline.remainingTime());
    // A timer may fire a little early: answerWaiting() arms it again for what is left.
    m_deadlineTimer->start(int(qBound(qint64(0), earliest, qint64(m_statusWaitMs))) + 1);
}

void MqttCampaignDriver::status(const Device &device, StatusDone done)
{
    const QString id = device.binding.key;
    if (id.isEmpty()) {
        QTimer::singleShot(0, m_context.get(), [done] {
            CampaignDeviceStatus s;
            s.error = tr("The device has no MQTT device id.");
            done(s);
        });
        return;
    }
    m_waiting.append({id, std::move(done), QDeadlineTimer(m_statusWaitMs, Qt::PreciseTimer)});
    QTimer::singleShot(0, m_context.get(), [this] { answerWaiting(); });
}

void MqttCampaignDriver::startDownload(const Device &device,
                                       const Package &package,
                                       AnswerDone done)
{
    if (device.binding.key.isEmpty() || package.url.isEmpty()) {
        const QString error = device.binding.key.isEmpty()
                                  ? tr("The device has no MQTT device id.")
                                  : tr("The package has no download address.");
        QTimer::singleShot(0, m_context.get(), [done, error] {
            Answer a;
            a.error = error;
            done(a);
        });
        return;
    }
    QJsonObject args{{QStringLiteral("url"), package.url}};
    if (!package.sha256.isEmpty())
        args.insert(QStringLiteral("sha256"), package.sha256.toLower());
    if (package.size > 0)
        args.insert(QStringLiteral("size"), package.size);
    if (!package.version.isEmpty())
        args.insert(QStringLiteral("version"), package.version);
    MqttCommandReply *reply = m_client->send(
        device.binding.key, QStringLiteral("firmware-update"), args, m_timeoutMs, false);
    QObject::connect(
        reply, &MqttCommandReply::finished, reply, [reply, done](const MqttCommandResult &result) {
            reply->deleteLater();
            Answer a;
            if (result.succeeded()) {
                a.ok = true;
            } else {
                a.busy = result.status == MqttCommandResult::Status::Error
                         && result.code == QLatin1String("busy");
                a.error = result.message.isEmpty() ? result.code : result.message;
            }
            done(a);
        });
}

void MqttCampaignDriver::executeUpdate(const Device &, AnswerDone done)
{
    QTimer::singleShot(0, m_context.get(), [done] {
        Answer a;
        a.error
            = tr("An MQTT device installs its firmware by itself; there is nothing to execute.");
        done(a);
    });
}
