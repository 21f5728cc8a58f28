#include "mqtt/TopicStore.h"

#include <algorithm>
#include <utility>

bool topicIsUnder(const QString &topic, const QString &prefix)
{
    if (prefix.isEmpty())
        return true;
    if (!topic.startsWith(prefix))
        return false;
    return topic.size() == prefix.size() || prefix.endsWith(QLatin1Char('/'))
           || topic.at(prefix.size()) == QLatin1Char('/');
}

TopicStore::TopicStore(int maxTopics)
    : m_maxTopics(qMax(1, maxTopics))
{}

bool TopicStore::add(const MqttMessage &message, qint64 nowMs)
{
    ++m_messages;
    m_bytes += quint64(message.payload.size());
    auto it = m_topics.find(message.topic);
    if (it == m_topics.end()) {
        if (m_topics.size() >= m_maxTopics) {
            ++m_droppedMessages;
            return false;
        }
        it = m_topics.insert(message.topic, Entry{});
    }
    Entry &e = *it;
    TopicRecord &r = e.record;
    if (r.count > 0)
        r.previousPayload = r.lastPayload;
    r.lastPayload = message.payload;
    r.properties = message.properties;
    r.lastMs = nowMs;
    ++r.count;
    r.bytes += quint64(message.payload.size());
    r.qos = qint8(message.qos);
    r.retained = message.retain;
    if (!e.changed) {
        e.changed = true;
        m_changed.append(it.key());
    }
    if (!e.active) {
        e.active = true;
        m_active.append(it.key());
    }
    return true;
}

void TopicStore::updateRates(qint64 nowMs)
{
    if (m_lastRateTickMs == 0) {
        m_lastRateTickMs = nowMs;
        for (auto it = m_topics.begin(); it != m_topics.end(); ++it)
            it->countAtRateTick = it->record.count;
        return;
    }
    const double seconds = double(nowMs - m_lastRateTickMs) / 1000.0;
    if (seconds <= 0.0)
        return;
    m_lastRateTickMs = nowMs;
    ++m_rateTick;
    // Only topics that received something or still show a rate need a look.
    QVector<QString> candidates = std::exchange(m_rated, {});
    candidates += std::exchange(m_active, {});
    for (const QString &topic : std::as_const(candidates)) {
        auto it = m_topics.find(topic);
        if (it == m_topics.end() || it->rateTick == m_rateTick)
            continue;
        Entry &e = *it;
        e.rateTick = m_rateTick;
        e.active = false;
        const float rate = float(double(e.record.count - e.countAtRateTick) / seconds);
        e.countAtRateTick = e.record.count;
        if (rate != e.record.rate) {
            e.record.rate = rate;
            if (!e.changed) {
                e.changed = true;
                m_changed.append(it.key());
            }
        }
        if (rate > 0.0f)
            m_rated.append(it.key());
    }
}

QVector<TopicUpdate> TopicStore::takeChanges()
{
    QVector<TopicUpdate> updates;
    updates.reserve(m_changed.size());
    for (const QString &topic : std::as_const(m_changed)) {
        const auto it = m_topics.find(topic);
        if (it == m_topics.end())
            continue;
        it->changed = false;
        updates.append(TopicUpdate{it.key(), it->record});
    }
    m_changed.clear();
    return updates;
}

const TopicRecord *TopicStore::find(const QString &topic) const
{
    const auto it = m_topics.constFind(topic);
    return it == m_topics.constEnd() ? nullptr : &it->record;
}

QStringList TopicStore::topics() const
{
    QStringList list = m_topics.keys();
    std::sort(list.begin(), list.end());
    return list;
}

QStringList TopicStore::retainedTopics(const QString &prefix) const
{
    QStringList list;
    for (auto it = m_topics.constBegin(); it != m_topics.constEnd(); ++it) {
        if (it->record.retained && !it->record.lastPayload.isEmpty()
            && topicIsUnder(it.key(), prefix))
            list.append(it.key());
    }
    std::sort(list.begin(), list.end());
    return list;
}
