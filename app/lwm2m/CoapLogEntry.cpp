#include "lwm2m/CoapLogEntry.h"

#include "provisioning/CsvReader.h"

#include <QJsonValue>
#include <QStringList>

namespace {

// A string field; numbers and booleans are turned into text, anything else is "".
QString text(const QJsonObject &data, QLatin1String key)
{
    const QJsonValue value = data.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

std::optional<CoapLogEntry> CoapLogEntry::fromJson(const QJsonObject &data)
{
    static const QLatin1String keys[] = {QLatin1String("timestamp"),
                                         QLatin1String("incoming"),
                                         QLatin1String("type"),
                                         QLatin1String("code"),
                                         QLatin1String("mId"),
                                         QLatin1String("token"),
                                         QLatin1String("options"),
                                         QLatin1String("payload")};
    bool any = false;
    for (const QLatin1String &key : keys)
        any = any || data.contains(key);
    if (!any)
        return std::nullopt;

    CoapLogEntry entry;
    const QJsonValue timestamp = data.value(QLatin1String("timestamp"));
    if (timestamp.isDouble()) {
        entry.time = QDateTime::fromMSecsSinceEpoch(qint64(timestamp.toDouble()), Qt::UTC);
    } else if (timestamp.isString()) {
        bool ok = false;
        const qint64 ms = timestamp.toString().toLongLong(&ok);
        entry.time = ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                        : QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs).toUTC();
    }
    const QJsonValue incoming = data.value(QLatin1String("incoming"));
    if (incoming.isBool())
        entry.direction = incoming.toBool() ? Direction::Incoming : Direction::Outgoing;
    entry.type = text(data, QLatin1String("type")).toUpper();
    entry.code = text(data, QLatin1String("code"));
    const QJsonValue mid = data.value(QLatin1String("mId"));
    if (mid.isDouble())
        entry.messageId = mid.toInt(-1);
    else if (mid.isString())
        entry.messageId = mid.toString().toInt(nullptr);
    entry.token = text(data, QLatin1String("token"));
    entry.options = text(data, QLatin1String("options"));
    entry.payload = text(data, QLatin1String("payload"));
    entry.endpoint = text(data, QLatin1String("ep"));
    return entry;
}

QString CoapLogEntry::directionId(Direction direction)
{
    switch (direction) {
    case Direction::Incoming:
        return QStringLiteral("incoming");
    case Direction::Outgoing:
        return QStringLiteral("outgoing");
    case Direction::Unknown:
        break;
    }
    return {};
}

bool CoapLogEntry::isError() const
{
    // "4.04", "5.00"; Leshan 1.x/other builds may send "404" or "NOT_FOUND(404)".
    const QChar first = code.isEmpty() ? QChar() : code.at(0);
    if (first == QLatin1Char('4') || first == QLatin1Char('5'))
        return true;
    const int open = code.lastIndexOf(QLatin1Char('('));
    return open >= 0 && code.size() > open + 1
           && (code.at(open + 1) == QLatin1Char('4') || code.at(open + 1) == QLatin1Char('5'));
}

QString CoapLogEntry::csvHeader()
{
    return QStringLiteral("time_utc,direction,type,code,message_id,token,options,payload,endpoint");
}

QString CoapLogEntry::toCsvRow() const
{
    const QStringList fields = {
        time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(),
        directionId(direction),
        type,
        code,
        messageId >= 0 ? QString::number(messageId) : QString(),
        token,
        options,
        payload,
        endpoint,
    };
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(CsvReader::escape(field));
    return escaped.join(QLatin1Char(','));
}
