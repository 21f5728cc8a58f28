#pragma once

#include "mqtt/MqttBackoff.h"
#include "mqtt/MqttConnection.h"
#include "mqtt/MqttConnectionSettings.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <memory>
#include <mosquitto.h>

class MqttMessageBatcher;
class MqttTlsContext;
class QSocketNotifier;
class QTimer;

// The libmosquitto side of MosquittoConnection. Lives on the connection's worker thread and makes
// every libmosquitto call there: the socket is driven by QSocketNotifiers on that thread's event
// loop (mosquitto_loop_read/write) and a 1 s timer (mosquitto_loop_misc), as in protocols.md §3.1.
// libmosquitto's callbacks run synchronously inside those calls, on this thread.
class MosquittoWorker : public QObject
{
    Q_OBJECT

public:
    explicit MosquittoWorker(MqttConnectionSettings settings, QObject *parent = nullptr);
    ~MosquittoWorker() override;

    // Worker thread only.
    void start();
    void stop();
    void subscribe(const QString &filter, int qos);
    void unsubscribe(const QString &filter);
    void publish(int id, const MqttMessage &message);
    void shutdown(); // disconnects, frees libmosquitto and quits the thread

    // The human text for a CONNACK return code (3.1.1) or reason code (5).
    static QString refusalText(int code, bool mqtt5);
    static MqttConnection::Error refusalError(int code, bool mqtt5);

signals:
    void stateChanged(MqttConnection::State state, const QString &reason);
    void errorOccurred(MqttConnection::Error error, const QString &message);
    void messagesReceived(const QVector<MqttMessage> &messages);
    void published(int id);
    void publishFailed(int id, const QString &reason);
    void subscribed(const QString &filter, int grantedQos);
    void subscribeFailed(const QString &filter, const QString &reason);

private:
    static void onConnect(mosquitto *, void *self, int rc, int flags, const mosquitto_property *);
    static void onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *);
    static void onMessage(mosquitto *,
                          void *self,
                          const mosquitto_message *message,
                          const mosquitto_property *properties);
    static void onPublish(mosquitto *, void *self, int mid, int rc, const mosquitto_property *);
    static void onSubscribe(mosquitto *,
                            void *self,
                            int mid,
                            int count,
                            const int *granted,
                            const mosquitto_property *);
    static void onLog(mosquitto *, void *self, int level, const char *text);

    bool setUp(QString *error, MqttConnection::Error *kind);
    void connectNow();
    void sendSubscribe(const QString &filter, int qos);
    void rebuildNotifiers();
    void dropNotifiers();
    void updateWrite();
    void afterLoop(int rc);
    void onReadable();
    void onWritable();
    void onMisc();
    void handleConnect(int rc);
    void handleDisconnect(int rc);
    void handleMessage(const mosquitto_message *message, const mosquitto_property *properties);
    void handlePublish(int mid, int rc);
    void handleSubscribe(int mid, int count, const int *granted);
    void setState(MqttConnection::State state, const QString &reason);
    void scheduleRetry(const QString &reason);
    void giveUp(MqttConnection::Error error, const QString &message);
    void destroyClient();
    QString tlsFailureText(const QString &detail) const;
    QString endpoint() const;

    MqttConnectionSettings m_settings;
    mosquitto *m_mosq = nullptr;
    std::unique_ptr<MqttTlsContext> m_tls;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    int m_fd = -1;
    quint64 m_receivedBytes = 0; // approximate wire bytes of the messages received (onReadable)
    QTimer *m_misc;
    QTimer *m_retry;
    QTimer *m_stopGrace;
    MqttMessageBatcher *m_batcher;
    MqttBackoff m_backoff;

    MqttConnection::State m_state = MqttConnection::State::Disconnected;
    bool m_wantOnline = false;
    bool m_sessionUp = false; // CONNACK accepted on the current socket
    bool m_everConnected = false;
    bool m_connectedOnce = false;     // mosquitto_connect_async done once (later: reconnect_async)
    int m_refusal = -1;               // CONNACK refusal of the current attempt
    bool m_disconnectHandled = false; // handleDisconnect ran for the current attempt
    QMap<QString, int> m_wanted;      // filter → QoS, subscribed once per (re)connect
    QHash<int, QString> m_pendingSubscribes; // mid → filter
    QHash<int, int> m_pendingPublishes;      // mid → publish id
    int m_publishingMid = -1;                // mid of the publish being sent right now
    int m_publishingId = -1;
};
