#include "mqtt/MosquittoConnection.h"

#include "common/Logging.h"
#include "mqtt/MosquittoWorker.h"

#include <QDeadlineTimer>
#include <QThread>
#include <mosquitto.h>
#include <mutex>

namespace {
constexpr int JoinTimeoutMs = 2000;

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        mosquitto_lib_init(); // not thread-safe: once per process, here
        qRegisterMetaType<MqttMessage>();
        qRegisterMetaType<QVector<MqttMessage>>();
        qRegisterMetaType<MqttConnection::State>();
        qRegisterMetaType<MqttConnection::Error>();
    });
}
} // namespace

MosquittoConnection::MosquittoConnection(MqttConnectionSettings settings, QObject *parent)
    : MqttConnection(parent)
    , m_settings(std::move(settings))
    , m_thread(new QThread)
    , m_worker(new MosquittoWorker(m_settings))
{
    initLibrary();
    m_thread->setObjectName(QStringLiteral("mqtt %1").arg(m_settings.host));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    const auto queued = Qt::QueuedConnection;
    connect(
        m_worker,
        &MosquittoWorker::stateChanged,
        this,
        [this](State state, const QString &reason) {
            m_state = state;
            emit stateChanged(state, reason);
        },
        queued);
    connect(
        m_worker, &MosquittoWorker::errorOccurred, this, &MqttConnection::errorOccurred, queued);
    connect(m_worker,
            &MosquittoWorker::messagesReceived,
            this,
            &MqttConnection::messagesReceived,
            queued);
    connect(m_worker, &MosquittoWorker::published, this, &MqttConnection::published, queued);
    connect(
        m_worker, &MosquittoWorker::publishFailed, this, &MqttConnection::publishFailed, queued);
    connect(m_worker, &MosquittoWorker::subscribed, this, &MqttConnection::subscribed, queued);
    connect(m_worker,
            &MosquittoWorker::subscribeFailed,
            this,
            &MqttConnection::subscribeFailed,
            queued);
    m_thread->start();
}

MosquittoConnection::~MosquittoConnection()
{
    MosquittoWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::QueuedConnection);
    if (m_thread->wait(QDeadlineTimer(JoinTimeoutMs))) {
        delete m_thread;
        return;
    }
    qCWarning(lcMqtt) << "the MQTT worker for" << m_settings.host
                      << "is still busy; it finishes on its own";
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

void MosquittoConnection::connectToBroker()
{
    MosquittoWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->start(); }, Qt::QueuedConnection);
}

void MosquittoConnection::disconnectFromBroker()
{
    MosquittoWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
}

void MosquittoConnection::subscribe(const QString &filter, int qos)
{
    MosquittoWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, filter, qos] { worker->subscribe(filter, qos); }, Qt::QueuedConnection);
}

void MosquittoConnection::unsubscribe(const QString &filter)
{
    MosquittoWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, filter] { worker->unsubscribe(filter); }, Qt::QueuedConnection);
}

int MosquittoConnection::publish(const MqttMessage &message)
{
    const int id = m_nextPublishId++;
    MosquittoWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id, message] { worker->publish(id, message); }, Qt::QueuedConnection);
    return id;
}
