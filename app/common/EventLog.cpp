#include "common/EventLog.h"

EventLog::EventLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{}

void EventLog::add(Severity severity, const QString &source, const QString &message)
{
    if (m_entries.size() >= m_capacity) {
        emit aboutToDropOldest();
        m_entries.removeFirst();
        emit droppedOldest();
    }
    emit aboutToAppend();
    m_entries.append({QDateTime::currentDateTimeUtc(), severity, source, message});
    emit appended();
}
