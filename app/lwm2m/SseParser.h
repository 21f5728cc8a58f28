#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// Incremental parser for text/event-stream (server-sent events): feed it bytes as they arrive, in
// chunks of any size; it returns the events completed so far. Lines end in CRLF, LF or CR;
// "event:" and "data:" fields (several data lines are joined with LF); a blank line ends an event;
// comment lines (":…") and blank heartbeats are ignored; unknown fields are skipped.
class SseParser
{
public:
    struct Event
    {
        QString name; // "message" when the event had no "event:" line
        QByteArray data;
    };

    QVector<Event> feed(const QByteArray &chunk);
    void reset();
    // Lines that were not valid SSE fields (skipped), for diagnostics.
    int malformedLines() const { return m_malformed; }
    static constexpr int MaxBufferedBytes = 16 * 1024 * 1024;
    // True when a single line grew past MaxBufferedBytes; the parser then drops it.
    bool overflowed() const { return m_overflowed; }

private:
    void processLine(const QByteArray &line, QVector<Event> *out);

    QByteArray m_buffer;
    bool m_lastWasCr = false;
    QString m_name;
    QByteArray m_data;
    bool m_hasData = false;
    int m_malformed = 0;
    bool m_overflowed = false;
};
