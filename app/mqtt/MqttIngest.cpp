#include "mqtt/MqttIngest.h"

#include "common/Logging.h"
#include "store/CacheDatabase.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
#include <QUuid>
#include <functional>
#include <utility>

// The history side of the pipeline: its own thread, its own database connection. Appends are
// queued (ordered); reads and clears wait for the appends before them.
class MqttIngest::Writer
{
public:
    Writer() { m_thread.setObjectName(QStringLiteral("mqtt-history")); }
    ~Writer() { stop(); }

    bool start(const MqttIngest::Options &options, const QString &profile, QString *error)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        bool ok = false;
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                m_connection
                    = QStringLiteral("mqtt-history-%1").arg(QUuid::createUuid().toString());
                const CacheDatabase::OpenResult result = CacheDatabase::open(
                    options.telemetryDbPath, CacheDatabase::Kind::Telemetry, m_connection);
                if (!result.ok() || result.readOnly) {
                    *error = result.message.isEmpty()
                                 ? MqttIngest::tr("the telemetry database is read-only")
                                 : result.message;
                    return;
                }
                m_repository
                    = std::make_unique<MqttHistoryRepository>(QSqlDatabase::database(m_connection),
                                                              profile,
                                                              options.historyPerTopic,
                                                              options.historyMaxPayload);
                QString loadError;
                if (!m_repository->load(&loadError)) {
                    m_repository.reset();
                    *error = MqttIngest::tr("The MQTT history cannot be read: %1").arg(loadError);
                    return;
                }
                ok = true;
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    // done(error) runs on the writer thread after the rows are written ("" = fine).
    void append(QVector<MqttHistoryRepository::Row> rows, std::function<void(QString)> done)
    {
        QMetaObject::invokeMethod(&m_context,
                                  [this, rows = std::move(rows), done = std::move(done)] {
                                      QString error;
                                      if (!m_repository)
                                          return;
                                      m_repository->append(rows, &error);
                                      done(error);
                                  });
    }

    QVector<MqttHistoryEntry> history(const QString &topic, int limit)
    {
        QVector<MqttHistoryEntry> entries;
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                if (m_repository)
                    entries = m_repository->history(topic, limit);
            },
            Qt::BlockingQueuedConnection);
        return entries;
    }

    void clear(const QString &prefix)
    {
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                if (m_repository)
                    m_repository->clear(prefix);
            },
            Qt::BlockingQueuedConnection);
    }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_repository.reset();
                if (!m_connection.isEmpty())
                    CacheDatabase::close(m_connection);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    QObject m_context; // lives on m_thread; the target of every call
    QString m_connection;
    std::unique_ptr<MqttHistoryRepository> m_repository;
};

MqttIngest::MqttIngest(QString profileId, Options options, QObject *parent)
    : QObject(parent)
    , m_profileId(std::move(profileId))
    , m_options(std::move(options))
    , m_store(m_options.maxTopics)
{
    qRegisterMetaType<QVector<TopicUpdate>>();
    qRegisterMetaType<QVector<MqttHistoryEntry>>();
    qRegisterMetaType<MqttIngest::Stats>();
    m_flushTimer.setParent(this); // moves with the pipeline to its thread
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &MqttIngest::flush);
}

MqttIngest::~MqttIngest()
{
    close();
}

bool MqttIngest::open()
{
    if (m_options.telemetryDbPath.isEmpty() || m_options.historyPerTopic <= 0)
        return true;
    auto writer = std::make_unique<Writer>();
    QString error;
    if (!writer->start(m_options, m_profileId, &error)) {
        m_historyError = error;
        emit historyFailed(m_historyError);
        return false;
    }
    m_writer = std::move(writer);
    return true;
}

void MqttIngest::close()
{
    if (!m_writer)
        return;
    flush();
    m_writer->stop(); // waits for the writes queued before
    m_writer.reset();
}

MqttIngest::Stats MqttIngest::stats() const
{
    Stats s;
    s.messages = m_store.messageCount();
    s.bytes = m_store.byteCount();
    s.topics = m_store.topicCount();
    s.droppedMessages = m_store.droppedMessages();
    s.historyRows = m_historyRows.loadRelaxed();
    s.historyError = m_historyError;
    return s;
}

void MqttIngest::ingest(const QVector<MqttMessage> &messages)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const MqttMessage &message : messages) {
        if (!m_store.add(message, now))
            continue;
        if (m_writer)
            m_pending.append(MqttHistoryRepository::Row{message.topic, now, message});
    }
    if (m_store.capReached() && !m_capAnnounced) {
        m_capAnnounced = true;
        qCWarning(lcMqtt) << "topic cap reached:" << m_store.maxTopics();
        emit capReached(m_store.maxTopics());
    }
    scheduleFlush();
}

void MqttIngest::scheduleFlush()
{
    if (!m_flushTimer.isActive() || m_flushTimer.remainingTime() > m_options.flushIntervalMs)
        m_flushTimer.start(m_options.flushIntervalMs);
}

void MqttIngest::flush()
{
    m_flushTimer.stop();
    if (!m_sinceRateTick.isValid() || m_sinceRateTick.elapsed() >= 1000) {
        m_store.updateRates(QDateTime::currentMSecsSinceEpoch());
        m_sinceRateTick.start();
    }
    if (m_writer && !m_pending.isEmpty()) {
        const int count = int(m_pending.size());
        QPointer<MqttIngest> self(this);
        m_writer->append(std::exchange(m_pending, {}), [this, self, count](const QString &error) {
            if (error.isEmpty()) {
                m_historyRows.fetchAndAddRelaxed(quint64(count));
                return;
            }
            QMetaObject::invokeMethod(self, [this, self, error] {
                if (!self || error == m_historyError)
                    return;
                m_historyError = error;
                qCWarning(lcMqtt) << "MQTT history write failed:" << error;
                emit historyFailed(tr("The MQTT history cannot be written: %1").arg(error));
            });
        });
    }
    const QVector<TopicUpdate> updates = m_store.takeChanges();
    if (!updates.isEmpty())
        emit topicsUpdated(updates);
    emit statsUpdated(stats());
    // Rates fall to zero when messages stop: keep ticking while any topic shows a rate.
    if (!updates.isEmpty())
        m_flushTimer.start(1000);
}

void MqttIngest::requestHistory(const QString &topic, int limit)
{
    if (!m_writer) {
        emit historyReady(topic, {});
        return;
    }
    flush();
    emit historyReady(topic, m_writer->history(topic, limit));
}

void MqttIngest::clearHistory(const QString &prefix)
{
    if (!m_writer)
        return;
    flush();
    m_writer->clear(prefix);
}
