#pragma once

#include "mqtt/MqttMessage.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// What FleetDesk knows about one topic: the last message and counters.
struct TopicRecord
{
    QByteArray lastPayload;     // raw bytes, never altered
    QByteArray previousPayload; // for "diff against the previous message"
    MqttProperties properties;  // of the last message
    qint64 lastMs = 0;          // receive time, ms since the epoch
    quint64 count = 0;
    quint64 bytes = 0;
    float rate = 0.0f; // messages per second over the last rate window
    qint8 qos = 0;
    bool retained = false; // the last message arrived with the retain flag
};

struct TopicUpdate
{
    QString topic;
    TopicRecord record;
};

Q_DECLARE_METATYPE(TopicUpdate)
Q_DECLARE_METATYPE(QVector<TopicUpdate>)

// Every topic seen on one broker connection, with its last value, counters and rate. Bounded: past
// maxTopics distinct topics, messages on new topics are counted but not kept (capReached()), so a
// flood of distinct topics never grows memory without limit. Not thread-safe: one owner (the
// ingest pipeline).
class TopicStore
{
public:
    static constexpr int DefaultMaxTopics = 200000;

    explicit TopicStore(int maxTopics = DefaultMaxTopics);

    // Returns false when the topic is new and the cap is reached (the message is only counted).
    bool add(const MqttMessage &message, qint64 nowMs);

    // Recomputes rates; topics whose rate changed are marked changed. Call about once a second.
    void updateRates(qint64 nowMs);

    // The topics changed since the last call (new message or new rate), and forgets them.
    QVector<TopicUpdate> takeChanges();

    const TopicRecord *find(const QString &topic) const;
    int topicCount() const { return int(m_topics.size()); }
    int maxTopics() const { return m_maxTopics; }
    bool capReached() const { return m_droppedMessages > 0; }
    quint64 droppedMessages() const { return m_droppedMessages; }
    quint64 messageCount() const { return m_messages; }
    quint64 byteCount() const { return m_bytes; }
    QStringList topics() const; // sorted
    // Topics under filterPrefix ("" = all, "a/b" = a/b and a/b/...) whose last message was
    // retained.
    QStringList retainedTopics(const QString &prefix = QString()) const;

private:
    struct Entry
    {
        TopicRecord record;
        quint64 countAtRateTick = 0;
        quint32 rateTick = 0; // the last rate tick that looked at this topic
        bool changed = false; // listed in m_changed
        bool active = false;  // listed in m_active
    };
    // One hash lookup per message: the lists below are deduplicated by the flags in Entry.
    QHash<QString, Entry> m_topics;
    QVector<QString> m_changed; // changed since takeChanges()
    QVector<QString> m_active;  // with messages since the last rate tick
    QVector<QString> m_rated;   // with a non-zero rate
    quint32 m_rateTick = 0;
    int m_maxTopics;
    quint64 m_droppedMessages = 0;
    quint64 m_messages = 0;
    quint64 m_bytes = 0;
    qint64 m_lastRateTickMs = 0;
};

// True when topic lies at or under prefix in the topic hierarchy.
bool topicIsUnder(const QString &topic, const QString &prefix);
