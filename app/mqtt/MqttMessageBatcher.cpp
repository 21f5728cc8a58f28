#include "mqtt/MqttMessageBatcher.h"

#include <algorithm>

MqttMessageBatcher::MqttMessageBatcher(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(std::max(0, intervalMs))
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MqttMessageBatcher::flush);
}

void MqttMessageBatcher::add(const MqttMessage &message)
{
    m_pending.append(message);
    if (m_timer.isActive())
        return;
    qint64 wait = 0;
    if (m_sinceLastBatch.isValid())
        wait = std::max<qint64>(0, m_intervalMs - m_sinceLastBatch.elapsed());
    m_timer.start(int(wait));
}

void MqttMessageBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QVector<MqttMessage> batch;
    batch.swap(m_pending);
    m_sinceLastBatch.start();
    emit batchReady(batch);
}
