#pragma once

#include "lwm2m/CoapLogEntry.h"

#include <QObject>
#include <QString>

class LeshanRestClient;
class Lwm2mEventStream;
class QTimer;

// The CoAP traffic of one endpoint, from Leshan's COAPLOG events: opens its own
// GET /api/event?ep=ENDPOINT stream (same URL, TLS and authentication as the client's profile;
// reconnects by itself), parses each COAPLOG event into a CoapLogEntry, keeps the newest capacity()
// entries in a ring buffer, and hands new entries on in batches (at most one entriesAdded() per
// batchInterval(), so a burst does not flood the receiver). Other events on that stream
// (REGISTRATION, UPDATED…) are ignored. Runs on one thread: Lwm2mService's worker for the GUI.
// Leshan has no replay: nothing from before start() (or from while it was reconnecting) is shown.
class Lwm2mProtocolLog : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Connecting, Connected, Reconnecting, Unavailable };
    Q_ENUM(State)

    static constexpr int DefaultCapacity = 5000;

    // client: URL, TLS and authentication (it must outlive the log).
    Lwm2mProtocolLog(LeshanRestClient *client, const QString &endpoint, QObject *parent = nullptr);
    ~Lwm2mProtocolLog() override;

    void start();
    void stop();
    State state() const { return m_state; }
    QString endpoint() const { return m_endpoint; }
    Lwm2mEventStream *stream() const { return m_stream; }

    // The ring buffer. Lowering the capacity drops the oldest entries.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    // The kept entries, oldest first.
    CoapLogEntryList entries() const;
    int size() const { return int(m_ring.size()); }
    // Entries pushed out of the full buffer since start (or clear()).
    qint64 droppedCount() const { return m_dropped; }
    void clear();

    // One COAPLOG event's data (the stream calls it; public for tests). Returns false for data
    // that is not a COAPLOG object (it is skipped and counted).
    bool addEvent(const QJsonObject &data);
    int skippedEvents() const { return m_skipped; }

    void setBatchInterval(int milliseconds) { m_batchIntervalMs = qMax(0, milliseconds); }
    int batchInterval() const { return m_batchIntervalMs; }

signals:
    // New entries since the last emission, oldest first (at most capacity() of them); skipped:
    // entries that came since then but were pushed out before this batch went (a burst of more
    // than capacity() within batchInterval()).
    void entriesAdded(const CoapLogEntryList &entries, qint64 skipped);
    void stateChanged(Lwm2mProtocolLog::State state, const QString &message);

private:
    void append(const CoapLogEntry &entry);
    void flush();
    void setState(State state, const QString &message = {});

    QString m_endpoint;
    Lwm2mEventStream *m_stream;
    QTimer *m_batchTimer;
    int m_batchIntervalMs = 100;
    State m_state = State::Stopped;

    QVector<CoapLogEntry> m_ring; // grows to m_capacity, then wraps at m_head
    int m_head = 0;               // index of the oldest entry once full
    int m_capacity = DefaultCapacity;
    qint64 m_dropped = 0;
    int m_skipped = 0;
    CoapLogEntryList m_pending;
    qint64 m_pendingSkipped = 0;
};
