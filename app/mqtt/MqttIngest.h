#pragma once

#include "mqtt/MqttMessage.h"
#include "mqtt/TopicStore.h"
#include "store/MqttHistoryRepository.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>
#include <memory>

// The one ingest pipeline for received MQTT messages, shared by the window and `fleetdesk-cli mqtt
// sub` (docs/mqtt.md "Ingest"): batches from an MqttConnection → the TopicStore (last values,
// counters, rates, the distinct-topic cap) → the per-topic history in the telemetry database,
// written by a writer thread of its own in one transaction per flush. Every flush (100 ms) hands
// the topics that changed to topicsUpdated, so a view applies at most ten deltas a second whatever
// the message rate. Lives on one thread (the window gives it its own); every slot runs there.
class MqttIngest : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString telemetryDbPath;            // "" = no history
        int historyPerTopic = 100;          // messages kept per topic
        qint64 historyMaxPayload = 1 << 20; // bytes of one payload stored in the history
        int maxTopics = TopicStore::DefaultMaxTopics;
        int flushIntervalMs = 100;
    };

    struct Stats
    {
        quint64 messages = 0;
        quint64 bytes = 0;
        int topics = 0;
        quint64 droppedMessages = 0; // on topics past the cap
        quint64 historyRows = 0;     // written to the database
        QString historyError;        // the last write error, if any
    };

    MqttIngest(QString profileId, Options options, QObject *parent = nullptr);
    ~MqttIngest() override;

    const TopicStore &store() const { return m_store; }
    Stats stats() const;
    QString profileId() const { return m_profileId; }

public slots:
    bool open(); // opens the history database (on the writer thread); false: see stats()
    void ingest(const QVector<MqttMessage> &messages);
    void flush(); // writes pending history and emits the changes now
    void close();
    // Emits historyReady with up to limit entries (after writing what is pending).
    void requestHistory(const QString &topic, int limit);
    // Forgets the history of topics under prefix (""= all) in the database.
    void clearHistory(const QString &prefix);

signals:
    void topicsUpdated(const QVector<TopicUpdate> &updates);
    void capReached(int maxTopics); // once, when the first message on a topic past the cap came
    void historyReady(const QString &topic, const QVector<MqttHistoryEntry> &entries);
    void historyFailed(const QString &message);
    void statsUpdated(const MqttIngest::Stats &stats);

private:
    void scheduleFlush();

    QString m_profileId;
    Options m_options;
    TopicStore m_store;
    class Writer;
    std::unique_ptr<Writer> m_writer; // owns the history thread and its database connection
    QVector<MqttHistoryRepository::Row> m_pending;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceRateTick;
    QAtomicInteger<quint64> m_historyRows = 0;
    QString m_historyError;
    bool m_capAnnounced = false;
};

Q_DECLARE_METATYPE(MqttIngest::Stats)
