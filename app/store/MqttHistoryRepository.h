#pragma once

#include "mqtt/MqttMessage.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>
#include <unordered_map>

struct MqttHistoryEntry
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    int qos = 0;
    bool retain = false;
    qint64 size = 0;    // the full payload size
    QByteArray payload; // shorter than size only when the payload was over the storage limit
    MqttProperties properties;
    bool truncated() const { return payload.size() < size; }
};

// Per-topic MQTT message history in the telemetry database (schema 2): a ring of `limit` slots
// per (profile, topic), so it never grows past limit rows per topic and needs no deletes. Used on
// one thread with its own connection (the ingest pipeline's).
class MqttHistoryRepository
{
public:
    MqttHistoryRepository(QSqlDatabase db, QString profile, int limit, qint64 maxPayloadBytes);

    // Loads topic ids and sequence numbers of the profile; drops slots past a smaller limit.
    bool load(QString *error = nullptr);

    struct Row
    {
        QString topic;
        qint64 timeMs;
        MqttMessage message;
    };
    // One transaction for all rows.
    bool append(const QVector<Row> &rows, QString *error = nullptr);

    // Newest last; at most limit entries.
    QVector<MqttHistoryEntry> history(const QString &topic, int limit = -1) const;
    QStringList topics() const; // of this profile, sorted
    int limit() const { return m_limit; }
    // Removes the history of topics under prefix ("" = every topic of the profile).
    int clear(const QString &prefix);

    static QString propertiesToJson(const MqttProperties &properties);
    static MqttProperties propertiesFromJson(const QString &json);

private:
    QSqlDatabase m_db;
    QString m_profile;
    int m_limit;
    qint64 m_maxPayloadBytes;
    struct TopicState
    {
        qint64 id = 0;
        qint64 nextSeq = 0;
        int inBatch = 0; // rows of this topic in the batch being appended
        int seenInBatch = 0;
    };
    struct QStringHasher
    {
        size_t operator()(const QString &s) const { return qHash(s); }
    };
    // Node-based: a TopicState's address stays valid while others are inserted (append relies on
    // it to look each row's topic up once).
    std::unordered_map<QString, TopicState, QStringHasher> m_topics;

    TopicState *topicState(const QString &topic, QString *error);
};
