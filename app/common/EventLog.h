#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVector>

// The operator-facing event log (a domain feature, separate from debug logging): what happened to
// the fleet and to FleetDesk's connections, in words for the operator. Bounded ring buffer.
class EventLog : public QObject
{
    Q_OBJECT

public:
    enum class Severity { Info, Warning, Error };

    struct Entry
    {
        QDateTime time;
        Severity severity = Severity::Info;
        QString source;  // e.g. "cache", a profile name, a device name
        QString message; // already translated
    };

    explicit EventLog(int capacity = 10000, QObject *parent = nullptr);

    void add(Severity severity, const QString &source, const QString &message);
    int count() const { return int(m_entries.size()); }
    const Entry &at(int index) const { return m_entries.at(index); }
    int capacity() const { return m_capacity; }

signals:
    void aboutToAppend();
    void appended();
    void aboutToDropOldest();
    void droppedOldest();

private:
    QVector<Entry> m_entries;
    int m_capacity;
};
