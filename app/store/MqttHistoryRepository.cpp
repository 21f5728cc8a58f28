#include "store/MqttHistoryRepository.h"

#include "mqtt/TopicStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <algorithm>
#include <sqlite3.h>

MqttHistoryRepository::MqttHistoryRepository(QSqlDatabase db,
                                             QString profile,
                                             int limit,
                                             qint64 maxPayloadBytes)
    : m_db(std::move(db))
    , m_profile(std::move(profile))
    , m_limit(qMax(1, limit))
    , m_maxPayloadBytes(qMax<qint64>(0, maxPayloadBytes))
{}

bool MqttHistoryRepository::load(QString *error)
{
    m_topics.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, topic FROM mqtt_topics WHERE profile = ?"));
    query.addBindValue(m_profile);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QHash<qint64, QString> byId;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString topic = query.value(1).toString();
        m_topics[topic] = TopicState{id, 0};
        byId.insert(id, topic);
    }
    query.finish();
    if (m_topics.empty())
        return true;
    // A smaller limit than before: drop the slots past it, keep the newest of the rest.
    QSqlQuery prune(m_db);
    prune.prepare(QStringLiteral("DELETE FROM mqtt_history WHERE slot >= ? AND topic_id IN "
                                 "(SELECT id FROM mqtt_topics WHERE profile = ?)"));
    prune.addBindValue(m_limit);
    prune.addBindValue(m_profile);
    prune.exec();
    QSqlQuery seqs(m_db);
    seqs.setForwardOnly(true);
    seqs.prepare(QStringLiteral("SELECT h.topic_id, MAX(h.seq) FROM mqtt_history h JOIN "
                                "mqtt_topics t ON t.id = h.topic_id WHERE t.profile = ? "
                                "GROUP BY h.topic_id"));
    seqs.addBindValue(m_profile);
    if (!seqs.exec()) {
        if (error)
            *error = seqs.lastError().text();
        return false;
    }
    while (seqs.next()) {
        const auto it = byId.constFind(seqs.value(0).toLongLong());
        if (it != byId.constEnd())
            m_topics[*it].nextSeq = seqs.value(1).toLongLong() + 1;
    }
    return true;
}

MqttHistoryRepository::TopicState *MqttHistoryRepository::topicState(const QString &topic,
                                                                     QString *error)
{
    const auto it = m_topics.find(topic);
    if (it != m_topics.end())
        return &it->second;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO mqtt_topics (profile, topic) VALUES (?, ?) "
                                  "ON CONFLICT (profile, topic) DO NOTHING"));
    insert.addBindValue(m_profile);
    insert.addBindValue(topic);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return nullptr;
    }
    QSqlQuery select(m_db);
    select.prepare(QStringLiteral("SELECT id FROM mqtt_topics WHERE profile = ? AND topic = ?"));
    select.addBindValue(m_profile);
    select.addBindValue(topic);
    if (!select.exec() || !select.next()) {
        *error = select.lastError().text();
        return nullptr;
    }
    TopicState &state = m_topics[topic];
    state = TopicState{select.value(0).toLongLong(), 0};
    return &state;
}

bool MqttHistoryRepository::append(const QVector<Row> &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    sqlite3 *handle = nullptr;
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(v.data());
    if (!handle) {
        if (error)
            *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    // One lookup per row (new topics get their id here, through Qt).
    QString failure;
    std::vector<TopicState *> states(size_t(rows.size()), nullptr);
    for (qsizetype i = 0; i < rows.size() && failure.isEmpty(); ++i) {
        TopicState *state = topicState(rows.at(i).topic, &failure);
        if (state) {
            if (state->inBatch == 0)
                state->seenInBatch = 0;
            ++state->inBatch;
        }
        states[size_t(i)] = state;
    }

    static const char sql[] = "INSERT OR REPLACE INTO mqtt_history (topic_id, slot, seq, t, qos, "
                              "retain, size, payload, properties) VALUES (?,?,?,?,?,?,?,?,?)";
    sqlite3_stmt *stmt = nullptr;
    if (failure.isEmpty() && sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK)
        failure = QString::fromUtf8(sqlite3_errmsg(handle));
    for (qsizetype i = 0; failure.isEmpty() && i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        TopicState *state = states[size_t(i)];
        const qint64 seq = state->nextSeq++;
        // Ring semantics: of a topic's rows in this batch only the newest `limit` can survive, so
        // the older ones only advance its sequence number and are never written.
        if (state->inBatch - state->seenInBatch++ > m_limit)
            continue;
        const QByteArray &payload = row.message.payload;
        const qint64 stored = qMin<qint64>(payload.size(), m_maxPayloadBytes);
        const QByteArray props = row.message.properties.isEmpty()
                                     ? QByteArray()
                                     : propertiesToJson(row.message.properties).toUtf8();
        sqlite3_bind_int64(stmt, 1, state->id);
        sqlite3_bind_int64(stmt, 2, seq % m_limit);
        sqlite3_bind_int64(stmt, 3, seq);
        sqlite3_bind_int64(stmt, 4, row.timeMs);
        sqlite3_bind_int(stmt, 5, row.message.qos);
        sqlite3_bind_int(stmt, 6, row.message.retain ? 1 : 0);
        sqlite3_bind_int64(stmt, 7, payload.size());
        sqlite3_bind_blob64(stmt, 8, payload.constData(), sqlite3_uint64(stored), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 9, props.constData(), int(props.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            failure = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    for (TopicState *state : states)
        if (state)
            state->inBatch = 0;
    if (!failure.isEmpty()) {
        m_db.rollback();
        if (error)
            *error = failure;
        // Sequence numbers handed out above may now be unused; reload keeps them consistent.
        load();
        return false;
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        load();
        return false;
    }
    return true;
}

QVector<MqttHistoryEntry> MqttHistoryRepository::history(const QString &topic, int limit) const
{
    QVector<MqttHistoryEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT h.seq, h.t, h.qos, h.retain, h.size, h.payload, h.properties FROM mqtt_history h "
        "JOIN mqtt_topics t ON t.id = h.topic_id WHERE t.profile = ? AND t.topic = ? "
        "ORDER BY h.seq DESC LIMIT ?"));
    query.addBindValue(m_profile);
    query.addBindValue(topic);
    query.addBindValue(limit > 0 ? qMin(limit, m_limit) : m_limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        MqttHistoryEntry e;
        e.seq = query.value(0).toLongLong();
        e.timeMs = query.value(1).toLongLong();
        e.qos = query.value(2).toInt();
        e.retain = query.value(3).toInt() != 0;
        e.size = query.value(4).toLongLong();
        e.payload = query.value(5).toByteArray();
        e.properties = propertiesFromJson(query.value(6).toString());
        entries.append(e);
    }
    std::reverse(entries.begin(), entries.end());
    return entries;
}

QStringList MqttHistoryRepository::topics() const
{
    QStringList list;
    list.reserve(qsizetype(m_topics.size()));
    for (const auto &entry : m_topics)
        list.append(entry.first);
    std::sort(list.begin(), list.end());
    return list;
}

int MqttHistoryRepository::clear(const QString &prefix)
{
    int removed = 0;
    m_db.transaction();
    for (auto it = m_topics.begin(); it != m_topics.end();) {
        if (!topicIsUnder(it->first, prefix)) {
            ++it;
            continue;
        }
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM mqtt_history WHERE topic_id = ?"));
        del.addBindValue(it->second.id);
        del.exec();
        QSqlQuery topic(m_db);
        topic.prepare(QStringLiteral("DELETE FROM mqtt_topics WHERE id = ?"));
        topic.addBindValue(it->second.id);
        topic.exec();
        ++removed;
        it = m_topics.erase(it);
    }
    m_db.commit();
    return removed;
}

QString MqttHistoryRepository::propertiesToJson(const MqttProperties &p)
{
    QJsonObject o;
    if (!p.contentType.isEmpty())
        o.insert(QStringLiteral("content_type"), p.contentType);
    if (!p.responseTopic.isEmpty())
        o.insert(QStringLiteral("response_topic"), p.responseTopic);
    if (!p.correlationData.isEmpty())
        o.insert(QStringLiteral("correlation_data"),
                 QString::fromLatin1(p.correlationData.toBase64()));
    if (!p.userProperties.isEmpty()) {
        QJsonArray user;
        for (const auto &pair : p.userProperties)
            user.append(QJsonArray{pair.first, pair.second});
        o.insert(QStringLiteral("user_properties"), user);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

MqttProperties MqttHistoryRepository::propertiesFromJson(const QString &json)
{
    MqttProperties p;
    if (json.isEmpty())
        return p;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    p.contentType = o.value(QStringLiteral("content_type")).toString();
    p.responseTopic = o.value(QStringLiteral("response_topic")).toString();
    p.correlationData
        = QByteArray::fromBase64(o.value(QStringLiteral("correlation_data")).toString().toLatin1());
    for (const QJsonValue &v : o.value(QStringLiteral("user_properties")).toArray()) {
        const QJsonArray pair = v.toArray();
        p.userProperties.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return p;
}
