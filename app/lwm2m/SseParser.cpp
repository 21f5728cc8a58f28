#include "lwm2m/SseParser.h"

QVector<SseParser::Event> SseParser::feed(const QByteArray &chunk)
{
    QVector<Event> out;
    for (const char c : chunk) {
        if (c == '\n' && m_lastWasCr) { // the LF of a CRLF: the line already ended at the CR
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = c == '\r';
        if (c == '\r' || c == '\n') {
            processLine(m_buffer, &out);
            m_buffer.clear();
            continue;
        }
        if (m_buffer.size() >= MaxBufferedBytes) {
            m_overflowed = true;
            continue;
        }
        m_buffer.append(c);
    }
    return out;
}

void SseParser::reset()
{
    m_buffer.clear();
    m_lastWasCr = false;
    m_name.clear();
    m_data.clear();
    m_hasData = false;
}

void SseParser::processLine(const QByteArray &line, QVector<Event> *out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            out->append({m_name.isEmpty() ? QStringLiteral("message") : m_name, m_data});
        }
        m_name.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // comment
    const int colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_name = QString::fromUtf8(value);
    } else if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "id" || field == "retry") {
        // no replay in Leshan; accepted and ignored
    } else {
        ++m_malformed;
    }
}
