#pragma once

#include "mqtt/MqttConnection.h"
#include "mqtt/MqttIngest.h"

#include <QObject>
#include <QPointer>
#include <QString>

class MqttTrafficFilterProxyModel;
class MqttTrafficModel;
class QThread;
class TopicFilterProxyModel;
class TopicTreeModel;

// The topic explorer's view of one broker connection: an MqttIngest on a thread of its own (the
// one ingest pipeline, history in the telemetry database), fed with the connection's batches; the
// topic tree (TopicTreeModel, from the pipeline's deltas) and the traffic log (MqttTrafficModel,
// from the batches) on the GUI thread. Subscribes "#" (QoS 0) on the connection. The connection
// is shared (MqttConnector owns it); detach() before it goes.
class TopicExplorerSession : public QObject
{
    Q_OBJECT

public:
    TopicExplorerSession(QString profileId,
                         MqttConnection *connection,
                         MqttIngest::Options options,
                         QObject *parent = nullptr);
    // Stops the pipeline: it writes what is pending (at most one flush) and ends its thread.
    ~TopicExplorerSession() override;

    QString profileId() const { return m_profileId; }
    MqttConnection *connection() const { return m_connection; }
    // The pipeline (lives on its own thread: call its slots through queued invocations only).
    MqttIngest *ingest() const { return m_ingest; }
    TopicTreeModel *topicModel() const { return m_topics; }
    TopicFilterProxyModel *topicProxy() const { return m_topicProxy; }
    MqttTrafficModel *trafficModel() const { return m_traffic; }
    MqttTrafficFilterProxyModel *trafficProxy() const { return m_trafficProxy; }
    const MqttIngest::Stats &stats() const { return m_stats; }
    bool isCapReached() const { return m_capReached; }
    int maxTopics() const { return m_maxTopics; }

    // Publishes through the connection and logs the message as outgoing; returns the publish id
    // (0 without a connection).
    int publish(const MqttMessage &message);
    // historyReady follows.
    void requestHistory(const QString &topic, int limit);
    // The connection is about to be deleted: no more traffic from it.
    void detach();

signals:
    // Every batch from the connection, with its receive time (charts take their samples here).
    void messagesReceived(const QVector<MqttMessage> &messages, qint64 timeMs);
    void topicsUpdated(const QVector<TopicUpdate> &updates);
    void statsUpdated();
    void capReached(int maxTopics);
    void historyReady(const QString &topic, const QVector<MqttHistoryEntry> &entries);
    void historyFailed(const QString &message);
    void published(const MqttMessage &message);

private:
    QString m_profileId;
    QPointer<MqttConnection> m_connection;
    QThread *m_thread = nullptr;
    MqttIngest *m_ingest = nullptr;
    TopicTreeModel *m_topics = nullptr;
    TopicFilterProxyModel *m_topicProxy = nullptr;
    MqttTrafficModel *m_traffic = nullptr;
    MqttTrafficFilterProxyModel *m_trafficProxy = nullptr;
    MqttIngest::Stats m_stats;
    bool m_capReached = false;
    int m_maxTopics = 0;
};
