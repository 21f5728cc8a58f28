#pragma once

#include "lwm2m/SseParser.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class LeshanRestClient;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Follows Leshan's GET /api/event (server-sent events). Detects a dropped stream (the server
// closes it, an error, or no byte — not even Jetty's 10 s heartbeat — for idleTimeout()) and
// reconnects by itself with exponential backoff and jitter, capped at maxBackoff(). Leshan has no
// replay: after every connected(), the owner must re-read /api/clients (Lwm2mServerConnection
// does).
class Lwm2mEventStream : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    // client: base URL, TLS and authentication come from it (it must outlive the stream).
    explicit Lwm2mEventStream(LeshanRestClient *client, QObject *parent = nullptr);
    ~Lwm2mEventStream() override;

    void start();
    void stop();
    State state() const { return m_state; }
    // Only this endpoint's events (and COAPLOG), as ?ep=… ; empty = every endpoint.
    void setEndpointFilter(const QString &endpoint) { m_endpointFilter = endpoint; }

    void setBackoff(int initialMs, int maxMs);
    int initialBackoff() const { return m_initialBackoffMs; }
    int maxBackoff() const { return m_maxBackoffMs; }
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }
    int idleTimeout() const { return m_idleTimeoutMs; }
    int reconnectAttempts() const { return m_attempt; }
    // The delay before reconnect attempt n (1-based): initial * 2^(n-1), capped, with ±25 % jitter.
    int backoffDelay(int attempt) const;

signals:
    void connected();
    void disconnected(const QString &reason);
    void reconnectScheduled(int delayMs, int attempt);
    void stateChanged(Lwm2mEventStream::State state);

    // Every event, raw.
    void eventReceived(const QString &name, const QByteArray &data);
    // Typed events: data parsed as a JSON object.
    void registration(const QJsonObject &data);
    void updated(const QJsonObject &data);
    void deregistration(const QJsonObject &data);
    void sleeping(const QString &endpoint);
    void awake(const QString &endpoint);
    void notification(const QJsonObject &data);
    void sendReceived(const QJsonObject &data);
    void requestResponse(const QJsonObject &data);
    void coapLog(const QJsonObject &data);

private:
    void connectNow();
    void onReadyRead();
    void onFinished();
    void dropped(const QString &reason);
    void setState(State state);
    void dispatch(const SseParser::Event &event);
    void closeReply();

    LeshanRestClient *m_client;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_reconnectTimer;
    QTimer *m_idleTimer;
    SseParser m_parser;
    State m_state = State::Stopped;
    QString m_endpointFilter;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    int m_idleTimeoutMs = 35000;
    int m_stableAfterMs = 5000;
    int m_attempt = 0;
    bool m_headersSeen = false;
    QElapsedTimer m_connectedFor;
};
