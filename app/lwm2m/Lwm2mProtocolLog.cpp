#include "lwm2m/Lwm2mProtocolLog.h"

#include "common/Logging.h"
#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mEventStream.h"

#include <QTimer>

Lwm2mProtocolLog::Lwm2mProtocolLog(LeshanRestClient *client,
                                   const QString &endpoint,
                                   QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_stream(new Lwm2mEventStream(client, this))
    , m_batchTimer(new QTimer(this))
{
    qRegisterMetaType<CoapLogEntryList>();
    m_stream->setEndpointFilter(endpoint);
    m_batchTimer->setSingleShot(true);
    connect(m_batchTimer, &QTimer::timeout, this, &Lwm2mProtocolLog::flush);
    connect(m_stream, &Lwm2mEventStream::coapLog, this, &Lwm2mProtocolLog::addEvent);
    connect(m_stream, &Lwm2mEventStream::connected, this, [this] { setState(State::Connected); });
    connect(m_stream, &Lwm2mEventStream::disconnected, this, [this](const QString &reason) {
        flush();
        setState(State::Reconnecting, reason);
    });
}

Lwm2mProtocolLog::~Lwm2mProtocolLog() = default;

void Lwm2mProtocolLog::start()
{
    if (m_endpoint.isEmpty()) {
        setState(State::Unavailable, tr("The device has no LwM2M endpoint name."));
        return;
    }
    if (m_stream->state() != Lwm2mEventStream::State::Stopped)
        return;
    setState(State::Connecting);
    m_stream->start();
}

void Lwm2mProtocolLog::stop()
{
    m_stream->stop();
    flush();
    setState(State::Stopped);
}

void Lwm2mProtocolLog::setState(State state, const QString &message)
{
    if (m_state == state && message.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state, message);
}

void Lwm2mProtocolLog::setCapacity(int capacity)
{
    capacity = qMax(1, capacity);
    if (capacity == m_capacity)
        return;
    CoapLogEntryList kept = entries();
    if (kept.size() > capacity) {
        m_dropped += kept.size() - capacity;
        kept.remove(0, kept.size() - capacity);
    }
    m_ring = kept;
    m_head = 0;
    m_capacity = capacity;
}

CoapLogEntryList Lwm2mProtocolLog::entries() const
{
    if (m_head == 0)
        return m_ring;
    CoapLogEntryList ordered;
    ordered.reserve(m_ring.size());
    for (qsizetype i = m_head; i < m_ring.size(); ++i)
        ordered.append(m_ring.at(i));
    for (qsizetype i = 0; i < m_head; ++i)
        ordered.append(m_ring.at(i));
    return ordered;
}

void Lwm2mProtocolLog::clear()
{
    m_ring.clear();
    m_head = 0;
    m_dropped = 0;
    m_pending.clear();
    m_pendingSkipped = 0;
}

bool Lwm2mProtocolLog::addEvent(const QJsonObject &data)
{
    const std::optional<CoapLogEntry> entry = CoapLogEntry::fromJson(data);
    if (!entry) {
        ++m_skipped;
        qCDebug(lcLwm2m) << "skipped a COAPLOG event without CoAP fields for" << m_endpoint;
        return false;
    }
    append(*entry);
    return true;
}

void Lwm2mProtocolLog::append(const CoapLogEntry &entry)
{
    if (m_ring.size() < m_capacity) {
        m_ring.append(entry);
    } else {
        m_ring[m_head] = entry;
        m_head = (m_head + 1) % m_capacity;
        ++m_dropped;
    }
    m_pending.append(entry);
    if (m_pending.size() > m_capacity) {
        m_pendingSkipped += m_pending.size() - m_capacity;
        m_pending.remove(0, m_pending.size() - m_capacity);
    }
    if (m_batchIntervalMs == 0)
        flush();
    else if (!m_batchTimer->isActive())
        m_batchTimer->start(m_batchIntervalMs);
}

void Lwm2mProtocolLog::flush()
{
    m_batchTimer->stop();
    if (m_pending.isEmpty())
        return;
    const CoapLogEntryList batch = std::exchange(m_pending, {});
    emit entriesAdded(batch, std::exchange(m_pendingSkipped, 0));
}
