#include "lwm2m/Lwm2mEventStream.h"

#include "common/Logging.h"
#include "lwm2m/LeshanRestClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

Lwm2mEventStream::Lwm2mEventStream(LeshanRestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_network(new QNetworkAccessManager(this))
    , m_reconnectTimer(new QTimer(this))
    , m_idleTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Lwm2mEventStream::connectNow);
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        dropped(tr("The event stream went silent for %1 s.").arg(m_idleTimeoutMs / 1000));
    });
}

Lwm2mEventStream::~Lwm2mEventStream()
{
    closeReply();
}

void Lwm2mEventStream::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = qMax(1, initialMs);
    m_maxBackoffMs = qMax(m_initialBackoffMs, maxMs);
}

int Lwm2mEventStream::backoffDelay(int attempt) const
{
    double delay = m_initialBackoffMs;
    for (int i = 1; i < attempt && delay < m_maxBackoffMs; ++i)
        delay *= 2;
    delay = qMin(delay, double(m_maxBackoffMs));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return qMax(1, int(qMin(delay * jitter, double(m_maxBackoffMs))));
}

void Lwm2mEventStream::start()
{
    if (m_state != State::Stopped)
        return;
    m_attempt = 0;
    connectNow();
}

void Lwm2mEventStream::stop()
{
    m_reconnectTimer->stop();
    m_idleTimer->stop();
    closeReply();
    setState(State::Stopped);
}

void Lwm2mEventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Lwm2mEventStream::closeReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void Lwm2mEventStream::connectNow()
{
    closeReply();
    m_parser.reset();
    m_headersSeen = false;
    setState(State::Connecting);
    if (!m_client->configurationError().isEmpty()) {
        dropped(m_client->configurationError());
        return;
    }
    QUrl url = m_client->apiUrl(QStringLiteral("/event"));
    if (!m_endpointFilter.isEmpty())
        url.setQuery(QUrlQuery{{QStringLiteral("ep"), m_endpointFilter}});
    QNetworkRequest request(url);
    // Leshan 2.0.0-M4 answers 405 without it.
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (m_client->profile().usesTls()) {
        QString error;
        request.setSslConfiguration(
            LeshanRestClient::sslConfiguration(m_client->profile(), &error));
    }
    m_client->authorize(&request);
    m_reply = m_network->get(request);
    // A stream can be open for days: no transfer timeout, the idle timer watches it instead.
    m_reply->setReadBufferSize(0);
    connect(m_reply, &QNetworkReply::readyRead, this, &Lwm2mEventStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Lwm2mEventStream::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply || m_headersSeen)
            return;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return; // onFinished reports it
        m_headersSeen = true;
        m_connectedFor.start();
        setState(State::Connected);
        qCDebug(lcLwm2m) << "event stream connected" << m_reply->url().toString();
        emit connected();
    });
    m_idleTimer->start(m_idleTimeoutMs);
}

void Lwm2mEventStream::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return;
    m_idleTimer->start(m_idleTimeoutMs);
    const QVector<SseParser::Event> events = m_parser.feed(m_reply->readAll());
    for (const SseParser::Event &event : events) {
        dispatch(event);
        if (!m_reply) // a slot stopped the stream
            return;
    }
}

void Lwm2mEventStream::onFinished()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString reason;
    if (status == 200)
        reason = tr("The server closed the event stream.");
    else if (status != 0)
        reason = tr("The server refused the event stream (HTTP %1).").arg(status);
    else
        reason = tr("The event stream could not connect: %1").arg(m_reply->errorString());
    dropped(reason);
}

void Lwm2mEventStream::dropped(const QString &reason)
{
    const bool stable = m_state == State::Connected && m_connectedFor.isValid()
                        && m_connectedFor.elapsed() >= m_stableAfterMs;
    closeReply();
    m_idleTimer->stop();
    if (stable)
        m_attempt = 0;
    ++m_attempt;
    const int delay = backoffDelay(m_attempt);
    qCInfo(lcLwm2m) << "event stream dropped:" << reason << "- reconnecting in" << delay << "ms";
    setState(State::WaitingToReconnect);
    emit disconnected(reason);
    if (m_state != State::WaitingToReconnect)
        return; // stopped from a slot
    emit reconnectScheduled(delay, m_attempt);
    m_reconnectTimer->start(delay);
}

void Lwm2mEventStream::dispatch(const SseParser::Event &event)
{
    emit eventReceived(event.name, event.data);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcLwm2m) << "unreadable" << event.name << "event:" << error.errorString();
        return;
    }
    const QJsonObject data = doc.object();
    const QString &name = event.name;
    if (name == QLatin1String("REGISTRATION"))
        emit registration(data);
    else if (name == QLatin1String("UPDATED"))
        emit updated(data);
    else if (name == QLatin1String("DEREGISTRATION"))
        emit deregistration(data);
    else if (name == QLatin1String("SLEEPING"))
        emit sleeping(data.value(QLatin1String("ep")).toString());
    else if (name == QLatin1String("AWAKE"))
        emit awake(data.value(QLatin1String("ep")).toString());
    else if (name == QLatin1String("NOTIFICATION"))
        emit notification(data);
    else if (name == QLatin1String("SEND"))
        emit sendReceived(data);
    else if (name == QLatin1String("REQUEST_RESPONSE"))
        emit requestResponse(data);
    else if (name == QLatin1String("COAPLOG"))
        emit coapLog(data);
}
