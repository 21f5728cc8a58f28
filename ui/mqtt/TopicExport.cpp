#include "mqtt/TopicExport.h"

#include "mqtt/PayloadDecoder.h"
#include "provisioning/CsvReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject propertiesJson(const MqttProperties &p)
{
    QJsonObject o;
    if (!p.contentType.isEmpty())
        o.insert(QStringLiteral("contentType"), p.contentType);
    if (!p.responseTopic.isEmpty())
        o.insert(QStringLiteral("responseTopic"), p.responseTopic);
    if (!p.correlationData.isEmpty())
        o.insert(QStringLiteral("correlationDataBase64"),
                 QString::fromLatin1(p.correlationData.toBase64()));
    if (!p.userProperties.isEmpty()) {
        QJsonArray list;
        for (const auto &u : p.userProperties)
            list.append(QJsonArray{u.first, u.second});
        o.insert(QStringLiteral("userProperties"), list);
    }
    return o;
}

} // namespace

TopicExport::Format TopicExport::formatFor(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QString TopicExport::csvField(const QString &text)
{
    return CsvReader::escape(text);
}

QPair<QString, QString> TopicExport::payloadText(const QByteArray &payload)
{
    if (PayloadDecoder::isValidUtf8(payload))
        return {QString::fromUtf8(payload), QStringLiteral("utf-8")};
    return {QString::fromLatin1(payload.toBase64()), QStringLiteral("base64")};
}

QByteArray
TopicExport::topics(const QString &profile, const QVector<TopicUpdate> &topics, Format format)
{
    if (format == Format::Json) {
        QJsonArray list;
        for (const TopicUpdate &t : topics) {
            const auto [payload, encoding] = payloadText(t.record.lastPayload);
            QJsonObject o{{QStringLiteral("topic"), t.topic},
                          {QStringLiteral("messages"), double(t.record.count)},
                          {QStringLiteral("bytes"), double(t.record.bytes)},
                          {QStringLiteral("ratePerSecond"), double(t.record.rate)},
                          {QStringLiteral("qos"), int(t.record.qos)},
                          {QStringLiteral("retained"), t.record.retained},
                          {QStringLiteral("lastReceived"), utc(t.record.lastMs)},
                          {QStringLiteral("payloadSize"), double(t.record.lastPayload.size())},
                          {QStringLiteral("payload"), payload},
                          {QStringLiteral("payloadEncoding"), encoding}};
            const QJsonObject props = propertiesJson(t.record.properties);
            if (!props.isEmpty())
                o.insert(QStringLiteral("properties"), props);
            list.append(o);
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("broker"), profile},
                                         {QStringLiteral("topics"), list}})
            .toJson(QJsonDocument::Indented);
    }
    QString csv = QStringLiteral("topic,messages,bytes,rate_per_s,qos,retained,last_received_utc,"
                                 "payload_size,payload,payload_encoding\n");
    for (const TopicUpdate &t : topics) {
        const auto [payload, encoding] = payloadText(t.record.lastPayload);
        csv += QStringList{csvField(t.topic),
                           QString::number(t.record.count),
                           QString::number(t.record.bytes),
                           QString::number(double(t.record.rate), 'f', 2),
                           QString::number(t.record.qos),
                           t.record.retained ? QStringLiteral("true") : QStringLiteral("false"),
                           utc(t.record.lastMs),
                           QString::number(t.record.lastPayload.size()),
                           csvField(payload),
                           encoding}
                   .join(QLatin1Char(','));
        csv += QLatin1Char('\n');
    }
    return csv.toUtf8();
}

QByteArray TopicExport::history(const QString &profile,
                                const QString &topic,
                                const QVector<MqttHistoryEntry> &entries,
                                Format format)
{
    if (format == Format::Json) {
        QJsonArray list;
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            const MqttHistoryEntry &e = *it;
            const auto [payload, encoding] = payloadText(e.payload);
            QJsonObject o{{QStringLiteral("received"), utc(e.timeMs)},
                          {QStringLiteral("qos"), e.qos},
                          {QStringLiteral("retain"), e.retain},
                          {QStringLiteral("size"), double(e.size)},
                          {QStringLiteral("storedSize"), double(e.payload.size())},
                          {QStringLiteral("payload"), payload},
                          {QStringLiteral("payloadEncoding"), encoding}};
            const QJsonObject props = propertiesJson(e.properties);
            if (!props.isEmpty())
                o.insert(QStringLiteral("properties"), props);
            list.append(o);
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("broker"), profile},
                                         {QStringLiteral("topic"), topic},
                                         {QStringLiteral("messages"), list}})
            .toJson(QJsonDocument::Indented);
    }
    QString csv = QStringLiteral(
        "received_utc,topic,qos,retain,size,stored_size,payload,payload_encoding\n");
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const MqttHistoryEntry &e = *it;
        const auto [payload, encoding] = payloadText(e.payload);
        csv += QStringList{utc(e.timeMs),
                           csvField(topic),
                           QString::number(e.qos),
                           e.retain ? QStringLiteral("true") : QStringLiteral("false"),
                           QString::number(e.size),
                           QString::number(e.payload.size()),
                           csvField(payload),
                           encoding}
                   .join(QLatin1Char(','));
        csv += QLatin1Char('\n');
    }
    return csv.toUtf8();
}
