#include "mqtt/MosquittoWorker.h"

#include "common/Logging.h"
#include "mqtt/MqttMessageBatcher.h"
#include "mqtt/MqttTlsContext.h"

#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <sys/ioctl.h>

namespace {

constexpr int MiscIntervalMs = 1000;
constexpr int StopGraceMs = 3000;

QString readStringProperty(const mosquitto_property *properties, int id)
{
    char *value = nullptr;
    if (!mosquitto_property_read_string(properties, id, &value, false) || !value)
        return QString();
    const QString text = QString::fromUtf8(value);
    free(value);
    return text;
}

QString errorText(int rc)
{
    QString text = rc == MOSQ_ERR_ERRNO ? QString::fromLocal8Bit(std::strerror(errno))
                                        : QString::fromUtf8(mosquitto_strerror(rc));
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

MosquittoWorker::MosquittoWorker(MqttConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_misc(new QTimer(this))
    , m_retry(new QTimer(this))
    , m_stopGrace(new QTimer(this))
    , m_batcher(new MqttMessageBatcher(MqttMessageBatcher::DefaultIntervalMs, this))
{
    m_misc->setInterval(MiscIntervalMs);
    connect(m_misc, &QTimer::timeout, this, &MosquittoWorker::onMisc);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &MosquittoWorker::connectNow);
    m_stopGrace->setSingleShot(true);
    connect(m_stopGrace, &QTimer::timeout, this, [this] {
        // The broker did not let us finish politely: close the socket ourselves.
        destroyClient();
        setState(MqttConnection::State::Disconnected, tr("Disconnected."));
    });
    connect(m_batcher, &MqttMessageBatcher::batchReady, this, &MosquittoWorker::messagesReceived);
}

MosquittoWorker::~MosquittoWorker()
{
    destroyClient();
}

QString MosquittoWorker::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
}

bool MosquittoWorker::setUp(QString *error, MqttConnection::Error *kind)
{
    *kind = MqttConnection::Error::InvalidSettings;
    const QStringList problems = m_settings.validate();
    if (!problems.isEmpty()) {
        *error = problems.join(QStringLiteral("; "));
        return false;
    }
    QString clientId = m_settings.clientId;
    if (clientId.isEmpty())
        clientId = QStringLiteral("fleetdesk-%1")
                       .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_mosq = mosquitto_new(clientId.toUtf8().constData(), m_settings.cleanSession, this);
    if (!m_mosq) {
        *error = tr("libmosquitto could not create a client: %1").arg(errorText(MOSQ_ERR_ERRNO));
        return false;
    }
    // Every call is made from this worker thread only (protocols.md §3.1).
    mosquitto_threaded_set(m_mosq, true);
    // libmosquitto defaults to MQTT 3.1: always say which version we speak.
    mosquitto_int_option(m_mosq,
                         MOSQ_OPT_PROTOCOL_VERSION,
                         m_settings.isMqtt5() ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311);
    mosquitto_connect_v5_callback_set(m_mosq, &MosquittoWorker::onConnect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &MosquittoWorker::onDisconnect);
    mosquitto_message_v5_callback_set(m_mosq, &MosquittoWorker::onMessage);
    mosquitto_publish_v5_callback_set(m_mosq, &MosquittoWorker::onPublish);
    mosquitto_subscribe_v5_callback_set(m_mosq, &MosquittoWorker::onSubscribe);
    // libmosquitto formats a log line for every packet when a log callback is set: only then.
    if (lcMqtt().isInfoEnabled())
        mosquitto_log_callback_set(m_mosq, &MosquittoWorker::onLog);

    if (!m_settings.username.isEmpty()) {
        const QByteArray user = m_settings.username.toUtf8();
        const int rc = mosquitto_username_pw_set(
            m_mosq,
            user.constData(),
            m_settings.password.isEmpty() ? nullptr : m_settings.password.constData());
        if (rc != MOSQ_ERR_SUCCESS) {
            *error = tr("The user name cannot be used: %1").arg(errorText(rc));
            return false;
        }
    }
    if (!m_settings.will.topic.isEmpty()) {
        const int rc = mosquitto_will_set(m_mosq,
                                          m_settings.will.topic.toUtf8().constData(),
                                          int(m_settings.will.payload.size()),
                                          m_settings.will.payload.constData(),
                                          m_settings.will.qos,
                                          m_settings.will.retain);
        if (rc != MOSQ_ERR_SUCCESS) {
            *error = tr("The Last Will cannot be used: %1").arg(errorText(rc));
            return false;
        }
    }
    if (m_settings.psk) {
        // TLS-PSK: libmosquitto's own context (it sets the PSK callback); there is no certificate.
        const int rc = mosquitto_tls_psk_set(m_mosq,
                                             m_settings.pskKeyHex.constData(),
                                             m_settings.pskIdentity.toUtf8().constData(),
                                             nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            *error = tr("The TLS pre-shared key cannot be used: %1").arg(errorText(rc));
            return false;
        }
    } else if (m_settings.tls) {
        MqttTlsContext::Options options;
        options.host = m_settings.host;
        options.caFile = m_settings.caFile;
        options.verifyPeer = m_settings.verifyPeer;
        options.pinnedSha256 = m_settings.pinnedSha256;
        options.clientCertFile = m_settings.clientCertFile;
        options.clientKeyFile = m_settings.clientKeyFile;
        m_tls = std::make_unique<MqttTlsContext>(options);
        if (!m_tls->create(error)) {
            *kind = MqttConnection::Error::Tls;
            return false;
        }
        // Our context as it is: without libmosquitto's defaults, which would replace our verify
        // callback with its own.
        mosquitto_int_option(m_mosq, MOSQ_OPT_SSL_CTX_WITH_DEFAULTS, 0);
        mosquitto_void_option(m_mosq, MOSQ_OPT_SSL_CTX, m_tls->context());
    }
    return true;
}

void MosquittoWorker::start()
{
    m_wantOnline = true;
    m_stopGrace->stop();
    if (m_state == MqttConnection::State::Connected || m_state == MqttConnection::State::Connecting)
        return;
    m_backoff.reset();
    connectNow();
}

void MosquittoWorker::connectNow()
{
    if (!m_wantOnline)
        return;
    if (!m_mosq) {
        QString error;
        MqttConnection::Error kind = MqttConnection::Error::None;
        if (!setUp(&error, &kind)) {
            destroyClient();
            giveUp(kind, error);
            return;
        }
    }
    if (m_tls)
        m_tls->resetFailure();
    m_refusal = -1;
    m_disconnectHandled = false;
    setState(MqttConnection::State::Connecting,
             tr("Connecting to %1 (MQTT %2).").arg(endpoint(), m_settings.mqttVersion));
    const QByteArray host = m_settings.host.toUtf8();
    const int rc = m_connectedOnce
                       ? mosquitto_reconnect_async(m_mosq)
                       : mosquitto_connect_async(
                           m_mosq, host.constData(), m_settings.port, m_settings.keepAliveSeconds);
    if (rc != MOSQ_ERR_SUCCESS) {
        // A refused loopback connection fails here, synchronously (protocols.md §3.1).
        const QString reason
            = rc == MOSQ_ERR_EAI
                  ? tr("Cannot resolve the broker's host name %1.").arg(m_settings.host)
                  : tr("Cannot connect to %1: %2.").arg(endpoint(), errorText(rc));
        dropNotifiers();
        if (rc == MOSQ_ERR_TLS && !m_everConnected) {
            // On loopback the whole handshake can happen inside connect_async.
            giveUp(MqttConnection::Error::Tls, tlsFailureText(errorText(rc)));
            return;
        }
        m_connectedOnce = true;
        emit errorOccurred(MqttConnection::Error::Unreachable, reason);
        scheduleRetry(reason);
        return;
    }
    m_connectedOnce = true;
    rebuildNotifiers();
    // One writable event to start a TLS handshake that waits for the socket (protocols.md §3.1).
    if (m_write)
        m_write->setEnabled(true);
    m_misc->start();
}

void MosquittoWorker::stop()
{
    m_wantOnline = false;
    m_retry->stop();
    if (m_mosq && mosquitto_socket(m_mosq) >= 0) {
        m_batcher->flush();
        mosquitto_disconnect(m_mosq); // queued; sent by the write notifier, then onDisconnect(0)
        updateWrite();
        m_stopGrace->start(StopGraceMs);
        return;
    }
    setState(MqttConnection::State::Disconnected, tr("Disconnected."));
}

void MosquittoWorker::shutdown()
{
    m_wantOnline = false;
    m_retry->stop();
    m_misc->stop();
    m_stopGrace->stop();
    m_batcher->flush();
    if (m_mosq && mosquitto_socket(m_mosq) >= 0) {
        // Best effort: a polite DISCONNECT, so the broker does not publish our Last Will.
        mosquitto_disconnect(m_mosq);
        mosquitto_loop_write(m_mosq, 1);
    }
    destroyClient();
    QThread::currentThread()->quit();
}

void MosquittoWorker::destroyClient()
{
    dropNotifiers();
    if (m_misc)
        m_misc->stop();
    if (m_mosq) {
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
    }
    m_tls.reset();
    m_sessionUp = false;
    m_connectedOnce = false;
}

void MosquittoWorker::subscribe(const QString &filter, int qos)
{
    if (m_wanted.contains(filter) && m_wanted.value(filter) == qos)
        return; // already wanted: sent at this connection's start, never twice
    m_wanted.insert(filter, qos);
    if (m_sessionUp)
        sendSubscribe(filter, qos);
}

void MosquittoWorker::sendSubscribe(const QString &filter, int qos)
{
    int mid = 0;
    const int rc
        = mosquitto_subscribe_v5(m_mosq, &mid, filter.toUtf8().constData(), qos, 0, nullptr);
    if (rc != MOSQ_ERR_SUCCESS) {
        emit subscribeFailed(filter, tr("Cannot subscribe to %1: %2").arg(filter, errorText(rc)));
        return;
    }
    m_pendingSubscribes.insert(mid, filter);
    updateWrite();
}

void MosquittoWorker::unsubscribe(const QString &filter)
{
    if (!m_wanted.remove(filter))
        return;
    if (m_sessionUp) {
        mosquitto_unsubscribe(m_mosq, nullptr, filter.toUtf8().constData());
        updateWrite();
    }
}

void MosquittoWorker::publish(int id, const MqttMessage &message)
{
    if (!m_mosq || !m_sessionUp) {
        emit publishFailed(id, tr("Not connected to the broker."));
        return;
    }
    mosquitto_property *properties = nullptr;
    if (m_settings.isMqtt5()) {
        const MqttProperties &p = message.properties;
        if (!p.contentType.isEmpty())
            mosquitto_property_add_string(
                &properties, MQTT_PROP_CONTENT_TYPE, p.contentType.toUtf8().constData());
        if (!p.responseTopic.isEmpty())
            mosquitto_property_add_string(
                &properties, MQTT_PROP_RESPONSE_TOPIC, p.responseTopic.toUtf8().constData());
        if (!p.correlationData.isEmpty())
            mosquitto_property_add_binary(&properties,
                                          MQTT_PROP_CORRELATION_DATA,
                                          p.correlationData.constData(),
                                          uint16_t(p.correlationData.size()));
        for (const auto &pair : p.userProperties)
            mosquitto_property_add_string_pair(&properties,
                                               MQTT_PROP_USER_PROPERTY,
                                               pair.first.toUtf8().constData(),
                                               pair.second.toUtf8().constData());
    }
    m_publishingId = id;
    const int rc = mosquitto_publish_v5(m_mosq,
                                        &m_publishingMid,
                                        message.topic.toUtf8().constData(),
                                        int(message.payload.size()),
                                        message.payload.constData(),
                                        message.qos,
                                        message.retain,
                                        properties);
    mosquitto_property_free_all(&properties);
    if (rc != MOSQ_ERR_SUCCESS) {
        m_publishingId = -1;
        emit publishFailed(id, tr("Cannot publish to %1: %2").arg(message.topic, errorText(rc)));
        return;
    }
    m_pendingPublishes.insert(m_publishingMid, id);
    m_publishingId = -1;
    updateWrite();
}

void MosquittoWorker::rebuildNotifiers()
{
    const int fd = m_mosq ? mosquitto_socket(m_mosq) : -1;
    if (fd == m_fd && m_read) {
        updateWrite();
        return;
    }
    dropNotifiers();
    if (fd < 0)
        return;
    m_fd = fd;
    m_read = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_read, &QSocketNotifier::activated, this, &MosquittoWorker::onReadable);
    m_write = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this);
    connect(m_write, &QSocketNotifier::activated, this, &MosquittoWorker::onWritable);
    updateWrite();
}

void MosquittoWorker::dropNotifiers()
{
    // The fd may already be closed by libmosquitto: disable at once, delete later (we may be inside
    // one of the notifiers' own signals).
    for (QSocketNotifier **n : {&m_read, &m_write}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->deleteLater();
            *n = nullptr;
        }
    }
    m_fd = -1;
}

void MosquittoWorker::updateWrite()
{
    if (m_write && m_mosq)
        m_write->setEnabled(mosquitto_want_write(m_mosq));
}

void MosquittoWorker::afterLoop(int rc)
{
    if (!m_mosq)
        return;
    // Most errors reach us through onDisconnect. A failed TLS handshake does not: libmosquitto
    // closes the socket in net__socket_connect_tls and only returns MOSQ_ERR_TLS from loop_read.
    if (rc != MOSQ_ERR_SUCCESS && !m_disconnectHandled && mosquitto_socket(m_mosq) < 0) {
        handleDisconnect(rc);
        return;
    }
    if (mosquitto_socket(m_mosq) != m_fd)
        rebuildNotifiers();
    else
        updateWrite();
}

namespace {
constexpr int MaxPacketsPerRead = 4096;
}

void MosquittoWorker::onReadable()
{
    if (!m_mosq)
        return;
    // libmosquitto 2.0 reads one packet per loop_read (for QoS 0). Drain what the socket already
    // holds — bounded, so writes, timers and commands still get their turn — instead of paying one
    // event-loop turn (poll, notifier dispatch) per packet. The kernel is asked how much is waiting
    // (FIONREAD) only when the bytes it reported last are used up or a read brought no message,
    // not once per packet.
    const int fd = m_fd;
    int rc = MOSQ_ERR_SUCCESS;
    qint64 budget = 0;
    for (int packets = 0; packets < MaxPacketsPerRead; ++packets) {
        const quint64 before = m_receivedBytes;
        rc = mosquitto_loop_read(m_mosq, 1);
        if (rc != MOSQ_ERR_SUCCESS || !m_mosq || fd < 0 || mosquitto_socket(m_mosq) != fd)
            break;
        budget -= qint64(m_receivedBytes - before);
        if (m_receivedBytes == before || budget <= 0) {
            int available = 0;
            if (::ioctl(fd, FIONREAD, &available) != 0 || available <= 0)
                break;
            budget = available;
        }
    }
    if (m_mosq)
        afterLoop(rc);
}

void MosquittoWorker::onWritable()
{
    if (!m_mosq)
        return;
    if (!m_sessionUp && (m_settings.tls || m_settings.psk)) {
        // The TLS handshake advances only in loop_read (protocols.md §3.1, mosquitto#942).
        const int fd = m_fd;
        afterLoop(mosquitto_loop_read(m_mosq, 1));
        if (!m_mosq || m_fd != fd || fd < 0)
            return;
    }
    afterLoop(mosquitto_loop_write(m_mosq, 1));
}

void MosquittoWorker::onMisc()
{
    if (!m_mosq || mosquitto_socket(m_mosq) < 0)
        return;
    afterLoop(mosquitto_loop_misc(m_mosq));
}

void MosquittoWorker::onConnect(mosquitto *, void *self, int rc, int, const mosquitto_property *)
{
    static_cast<MosquittoWorker *>(self)->handleConnect(rc);
}

void MosquittoWorker::onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *)
{
    static_cast<MosquittoWorker *>(self)->handleDisconnect(rc);
}

void MosquittoWorker::onMessage(mosquitto *,
                                void *self,
                                const mosquitto_message *message,
                                const mosquitto_property *properties)
{
    static_cast<MosquittoWorker *>(self)->handleMessage(message, properties);
}

void MosquittoWorker::onPublish(
    mosquitto *, void *self, int mid, int rc, const mosquitto_property *)
{
    static_cast<MosquittoWorker *>(self)->handlePublish(mid, rc);
}

void MosquittoWorker::onSubscribe(
    mosquitto *, void *self, int mid, int count, const int *granted, const mosquitto_property *)
{
    static_cast<MosquittoWorker *>(self)->handleSubscribe(mid, count, granted);
}

void MosquittoWorker::onLog(mosquitto *, void *, int level, const char *text)
{
    if (level & (MOSQ_LOG_ERR | MOSQ_LOG_WARNING))
        qCInfo(lcMqtt) << "libmosquitto:" << text;
    else
        qCDebug(lcMqtt) << "libmosquitto:" << text;
}

void MosquittoWorker::handleConnect(int rc)
{
    if (rc != 0) {
        m_refusal = rc; // onDisconnect follows
        return;
    }
    m_sessionUp = true;
    m_everConnected = true;
    m_backoff.reset();
    m_retry->stop();
    m_pendingSubscribes.clear();
    // The wanted set, exactly once for this connection (called inside a callback: only queued).
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it)
        sendSubscribe(it.key(), it.value());
    setState(MqttConnection::State::Connected,
             tr("Connected to %1 (MQTT %2).").arg(endpoint(), m_settings.mqttVersion));
}

void MosquittoWorker::handleDisconnect(int rc)
{
    const bool wasUp = m_sessionUp;
    const int savedErrno = errno;
    m_disconnectHandled = true;
    m_sessionUp = false;
    m_stopGrace->stop();
    m_batcher->flush();
    dropNotifiers();
    m_misc->stop();

    if (m_tls && m_tls->failure() != MqttTlsContext::Failure::None) {
        giveUp(MqttConnection::Error::Tls, tlsFailureText(QString()));
        return;
    }
    if (m_refusal >= 0) {
        const int code = m_refusal;
        m_refusal = -1;
        giveUp(refusalError(code, m_settings.isMqtt5()), refusalText(code, m_settings.isMqtt5()));
        return;
    }
    if (!m_wantOnline) {
        setState(MqttConnection::State::Disconnected, tr("Disconnected."));
        return;
    }
    errno = savedErrno;
    const QString why
        = rc == MOSQ_ERR_KEEPALIVE ? tr("the broker stopped answering (keepalive)") : errorText(rc);
    if (!wasUp && (m_settings.tls || m_settings.psk) && !m_everConnected
        && (rc == MOSQ_ERR_TLS || (rc == MOSQ_ERR_ERRNO && savedErrno == EPROTO))) {
        giveUp(MqttConnection::Error::Tls, tlsFailureText(why));
        return;
    }
    const QString reason = wasUp ? tr("The connection to %1 was lost: %2.").arg(endpoint(), why)
                                 : tr("Cannot connect to %1: %2.").arg(endpoint(), why);
    emit errorOccurred(
        wasUp ? MqttConnection::Error::ConnectionLost : MqttConnection::Error::Unreachable, reason);
    scheduleRetry(reason);
}

QString MosquittoWorker::tlsFailureText(const QString &detail) const
{
    if (m_tls && m_tls->failure() != MqttTlsContext::Failure::None)
        return m_tls->failureMessage(); // judged by our verify callback: precise
    if (m_settings.psk)
        return tr("The TLS handshake with the broker failed: wrong pre-shared key or identity?");
    return tr("The TLS handshake with the broker failed (%1).").arg(detail);
}

void MosquittoWorker::handleMessage(const mosquitto_message *message,
                                    const mosquitto_property *properties)
{
    const size_t topicBytes = std::strlen(message->topic);
    // PUBLISH: fixed header (≥ 2), topic length (2) and topic, packet id for QoS > 0, payload.
    m_receivedBytes += 4 + topicBytes + (message->qos > 0 ? 2 : 0) + size_t(message->payloadlen);
    MqttMessage m;
    m.topic = QString::fromUtf8(message->topic, qsizetype(topicBytes));
    m.payload = QByteArray(static_cast<const char *>(message->payload), message->payloadlen);
    m.qos = message->qos;
    m.retain = message->retain;
    if (properties) {
        m.properties.contentType = readStringProperty(properties, MQTT_PROP_CONTENT_TYPE);
        m.properties.responseTopic = readStringProperty(properties, MQTT_PROP_RESPONSE_TOPIC);
        void *data = nullptr;
        uint16_t length = 0;
        if (mosquitto_property_read_binary(
                properties, MQTT_PROP_CORRELATION_DATA, &data, &length, false)
            && data) {
            m.properties.correlationData = QByteArray(static_cast<const char *>(data), length);
            free(data);
        }
        bool skipFirst = false;
        for (const mosquitto_property *p = properties;;) {
            char *name = nullptr;
            char *value = nullptr;
            p = mosquitto_property_read_string_pair(
                p, MQTT_PROP_USER_PROPERTY, &name, &value, skipFirst);
            if (!p)
                break;
            m.properties.userProperties.append({QString::fromUtf8(name), QString::fromUtf8(value)});
            free(name);
            free(value);
            skipFirst = true;
        }
    }
    m_batcher->add(m);
}

void MosquittoWorker::handlePublish(int mid, int rc)
{
    int id = m_pendingPublishes.take(mid);
    if (id == 0 && m_publishingId >= 0 && mid == m_publishingMid)
        id = m_publishingId; // sent synchronously inside mosquitto_publish
    if (id == 0)
        return;
    if (rc >= 0x80) // MQTT 5 PUBACK/PUBREC failure
        emit publishFailed(id, refusalText(rc, true));
    else
        emit published(id);
}

void MosquittoWorker::handleSubscribe(int mid, int count, const int *granted)
{
    const QString filter = m_pendingSubscribes.take(mid);
    if (filter.isEmpty())
        return;
    const int qos = count > 0 ? granted[0] : 0x80;
    if (qos >= 0x80)
        emit subscribeFailed(
            filter,
            tr("The broker refused the subscription to %1: %2")
                .arg(filter,
                     qos == 0x80 ? tr("not authorised or not allowed") : refusalText(qos, true)));
    else
        emit subscribed(filter, qos);
}

void MosquittoWorker::setState(MqttConnection::State state, const QString &reason)
{
    if (state == MqttConnection::State::Disconnected)
        m_misc->stop();
    m_state = state;
    qCDebug(lcMqtt) << endpoint() << MqttConnection::stateText(state) << reason;
    emit stateChanged(state, reason);
}

void MosquittoWorker::scheduleRetry(const QString &reason)
{
    const int delay = m_backoff.nextDelayMs();
    m_retry->start(delay);
    setState(MqttConnection::State::Reconnecting,
             tr("%1 Next attempt in %2 s.").arg(reason).arg(delay / 1000.0, 0, 'f', 1));
}

void MosquittoWorker::giveUp(MqttConnection::Error error, const QString &message)
{
    m_wantOnline = false;
    m_retry->stop();
    qCInfo(lcMqtt) << endpoint() << "gave up:" << message;
    emit errorOccurred(error, message);
    setState(MqttConnection::State::Disconnected, message);
}

MqttConnection::Error MosquittoWorker::refusalError(int code, bool mqtt5)
{
    if (mqtt5) {
        switch (code) {
        case MQTT_RC_BAD_USERNAME_OR_PASSWORD:
        case MQTT_RC_NOT_AUTHORIZED:
        case MQTT_RC_BANNED:
        case MQTT_RC_BAD_AUTHENTICATION_METHOD:
            return MqttConnection::Error::Auth;
        default:
            return MqttConnection::Error::Refused;
        }
    }
    return code == CONNACK_REFUSED_BAD_USERNAME_PASSWORD || code == CONNACK_REFUSED_NOT_AUTHORIZED
               ? MqttConnection::Error::Auth
               : MqttConnection::Error::Refused;
}

QString MosquittoWorker::refusalText(int code, bool mqtt5)
{
    if (!mqtt5 || code < 0x80) {
        switch (code) {
        case CONNACK_REFUSED_PROTOCOL_VERSION:
            return tr("The broker refused the connection: it does not speak this MQTT version.");
        case CONNACK_REFUSED_IDENTIFIER_REJECTED:
            return tr("The broker refused the connection: it rejected the client identifier.");
        case CONNACK_REFUSED_SERVER_UNAVAILABLE:
            return tr("The broker refused the connection: the server is unavailable.");
        case CONNACK_REFUSED_BAD_USERNAME_PASSWORD:
            return tr("The broker refused the user name or password.");
        case CONNACK_REFUSED_NOT_AUTHORIZED:
            return tr("The broker refused the connection: not authorised (wrong user name or "
                      "password, or the account may not connect).");
        default:
            return tr("The broker refused the connection (code %1).").arg(code);
        }
    }
    switch (code) {
    case MQTT_RC_BAD_USERNAME_OR_PASSWORD:
        return tr("The broker refused the user name or password.");
    case MQTT_RC_NOT_AUTHORIZED:
        return tr("The broker refused the connection: not authorised (wrong user name or "
                  "password, or the account may not connect).");
    case MQTT_RC_BANNED:
        return tr("The broker refused the connection: this client is banned.");
    case MQTT_RC_BAD_AUTHENTICATION_METHOD:
        return tr("The broker refused the authentication method.");
    case MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION:
        return tr("The broker refused the connection: it does not speak this MQTT version.");
    case MQTT_RC_CLIENTID_NOT_VALID:
        return tr("The broker refused the connection: it rejected the client identifier.");
    case MQTT_RC_SERVER_UNAVAILABLE:
    case MQTT_RC_SERVER_BUSY:
        return tr("The broker refused the connection: the server is unavailable or busy.");
    case MQTT_RC_USE_ANOTHER_SERVER:
    case MQTT_RC_SERVER_MOVED:
        return tr("The broker refused the connection: use another server.");
    case MQTT_RC_CONNECTION_RATE_EXCEEDED:
        return tr("The broker refused the connection: too many connection attempts.");
    case MQTT_RC_QUOTA_EXCEEDED:
        return tr("The broker refused: quota exceeded.");
    case MQTT_RC_PACKET_TOO_LARGE:
        return tr("The broker refused: the packet is too large.");
    case MQTT_RC_TOPIC_NAME_INVALID:
        return tr("The broker refused: the topic name is not valid.");
    default:
        return tr("The broker refused (%1).").arg(QString::fromUtf8(mosquitto_reason_string(code)));
    }
}
