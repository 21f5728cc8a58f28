#include "mqtt/TopicExplorerSession.h"

#include "MqttTrafficFilterProxyModel.h"
#include "MqttTrafficModel.h"
#include "TopicFilterProxyModel.h"
#include "TopicTreeModel.h"
#include "common/Logging.h"
#include "mqtt/MqttConnection.h"

#include <QDateTime>
#include <QThread>

TopicExplorerSession::TopicExplorerSession(QString profileId,
                                           MqttConnection *connection,
                                           MqttIngest::Options options,
                                           QObject *parent)
    : QObject(parent)
    , m_profileId(std::move(profileId))
    , m_connection(connection)
    , m_topics(new TopicTreeModel(this))
    , m_topicProxy(new TopicFilterProxyModel(this))
    , m_traffic(new MqttTrafficModel(this))
    , m_trafficProxy(new MqttTrafficFilterProxyModel(this))
    , m_maxTopics(options.maxTopics)
{
    qRegisterMetaType<QVector<MqttMessage>>();
    qRegisterMetaType<QVector<TopicUpdate>>();
    m_topicProxy->setSourceModel(m_topics);
    m_trafficProxy->setSourceModel(m_traffic);

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("mqtt-ingest"));
    m_ingest = new MqttIngest(m_profileId, std::move(options));
    m_ingest->moveToThread(m_thread);
    connect(
        m_ingest, &MqttIngest::topicsUpdated, this, [this](const QVector<TopicUpdate> &updates) {
            m_topics->applyUpdates(updates);
            emit topicsUpdated(updates);
        });
    connect(m_ingest, &MqttIngest::statsUpdated, this, [this](const MqttIngest::Stats &stats) {
        m_stats = stats;
        emit statsUpdated();
    });
    connect(m_ingest, &MqttIngest::capReached, this, [this](int maxTopics) {
        m_capReached = true;
        m_maxTopics = maxTopics;
        emit capReached(maxTopics);
    });
    connect(m_ingest, &MqttIngest::historyReady, this, &TopicExplorerSession::historyReady);
    connect(m_ingest, &MqttIngest::historyFailed, this, &TopicExplorerSession::historyFailed);
    m_thread->start();
    QMetaObject::invokeMethod(m_ingest, &MqttIngest::open, Qt::QueuedConnection);

    if (m_connection) {
        // Straight to the pipeline's thread (queued); the GUI thread only logs the batch.
        connect(
            m_connection.data(), &MqttConnection::messagesReceived, m_ingest, &MqttIngest::ingest);
        connect(m_connection.data(),
                &MqttConnection::messagesReceived,
                this,
                [this](const QVector<MqttMessage> &messages) {
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    m_traffic->append(messages, false, now);
                    emit messagesReceived(messages, now);
                });
        m_connection->subscribe(QStringLiteral("#"), 0);
    }
}

TopicExplorerSession::~TopicExplorerSession()
{
    detach();
    // The pipeline is deleted on its own thread (close() writes what is pending), then the thread
    // ends. A short wait, once, when a broker goes or the window closes.
    MqttIngest *ingest = m_ingest;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(ingest, [ingest, thread] {
        delete ingest;
        thread->quit();
    });
    if (!thread->wait(10000))
        qCWarning(lcMqtt) << "the MQTT ingest thread did not end in time";
    delete thread;
}

int TopicExplorerSession::publish(const MqttMessage &message)
{
    if (!m_connection)
        return 0;
    const int id = m_connection->publish(message);
    m_traffic->append({message}, true, QDateTime::currentMSecsSinceEpoch());
    emit published(message);
    return id;
}

void TopicExplorerSession::requestHistory(const QString &topic, int limit)
{
    QMetaObject::invokeMethod(
        m_ingest, [ingest = m_ingest, topic, limit] { ingest->requestHistory(topic, limit); });
}

void TopicExplorerSession::detach()
{
    if (!m_connection)
        return;
    disconnect(m_connection.data(), nullptr, m_ingest, nullptr);
    disconnect(m_connection.data(), nullptr, this, nullptr);
    m_connection = nullptr;
}
