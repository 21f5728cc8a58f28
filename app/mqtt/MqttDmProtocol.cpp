#include "mqtt/MqttDmProtocol.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <cmath>

QStringList MqttDmProtocol::trackerFilters()
{
    return {QStringLiteral("fd/v1/+/status"),
            QStringLiteral("fd/v1/+/identity"),
            QStringLiteral("fd/v1/+/attributes"),
            QStringLiteral("fd/v1/+/telemetry"),
            QStringLiteral("fd/v1/+/config"),
            QStringLiteral("fd/v1/+/firmware")};
}

QString MqttDmProtocol::commandTopic(const QString &deviceId, const QString &op)
{
    return root() + deviceId + QStringLiteral("/cmd/") + op;
}

QString MqttDmProtocol::responseTopic(const QString &deviceId)
{
    return root() + deviceId + QStringLiteral("/rsp");
}

bool MqttDmProtocol::isValidDeviceId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                        || u == '.' || u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool MqttDmProtocol::isValidOp(const QString &op)
{
    if (op.isEmpty() || op.size() > 64)
        return false;
    for (const QChar c : op) {
        const ushort u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_'))
            return false;
    }
    return true;
}

std::optional<MqttDmProtocol::Topic> MqttDmProtocol::parseTopic(const QString &topic)
{
    if (!topic.startsWith(root()) || topic.size() > 200)
        return std::nullopt;
    const QStringList parts = topic.mid(root().size()).split(QLatin1Char('/'));
    if (parts.size() < 2 || !isValidDeviceId(parts.at(0)))
        return std::nullopt;
    Topic t;
    t.deviceId = parts.at(0);
    t.kind = parts.at(1);
    if (t.kind == QLatin1String("cmd")) {
        if (parts.size() != 3 || !isValidOp(parts.at(2)))
            return std::nullopt;
        t.op = parts.at(2);
        return t;
    }
    static const QStringList kinds = {QStringLiteral("status"),
                                      QStringLiteral("identity"),
                                      QStringLiteral("attributes"),
                                      QStringLiteral("telemetry"),
                                      QStringLiteral("config"),
                                      QStringLiteral("firmware"),
                                      QStringLiteral("rsp")};
    if (parts.size() != 2 || !kinds.contains(t.kind))
        return std::nullopt;
    return t;
}

int MqttDmProtocol::nestingDepth(const QByteArray &json, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = qMax(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

std::optional<QJsonObject> MqttDmProtocol::parseObject(const QByteArray &payload, QString *error)
{
    if (payload.size() > MaxPayloadBytes) {
        *error = tr("the payload is too big (%1 bytes, at most %2)")
                     .arg(payload.size())
                     .arg(MaxPayloadBytes);
        return std::nullopt;
    }
    if (nestingDepth(payload, MaxDepth) > MaxDepth) {
        *error = tr("the JSON is nested more than %1 levels deep").arg(MaxDepth);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

std::optional<QString> MqttDmProtocol::string(const QJsonObject &o, const QString &key, bool *ok)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString() || v.toString().size() > 256) {
        *ok = false;
        return std::nullopt;
    }
    return v.toString();
}

std::optional<double> MqttDmProtocol::number(const QJsonObject &o, const QString &key, bool *ok)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        *ok = false;
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<qint64> MqttDmProtocol::integer(const QJsonObject &o, const QString &key, bool *ok)
{
    const std::optional<double> d = number(o, key, ok);
    if (!d)
        return std::nullopt;
    // Integral and inside what a double holds exactly.
    if (std::floor(*d) != *d || std::fabs(*d) > 9007199254740992.0) {
        *ok = false;
        return std::nullopt;
    }
    return qint64(*d);
}

std::optional<bool> MqttDmProtocol::boolean(const QJsonObject &o, const QString &key, bool *ok)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        *ok = false;
        return std::nullopt;
    }
    return v.toBool();
}

QDateTime MqttDmProtocol::timestamp(const QJsonObject &o, bool *ok)
{
    const std::optional<qint64> ms = integer(o, QStringLiteral("ts"), ok);
    // 2001-09-09 … 2286: anything else is a device without a clock (or seconds instead of ms).
    if (!ms || *ms < 1000000000000LL || *ms > 9999999999999LL)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

bool MqttDmProtocol::parseFirmware(const QJsonObject &o, MqttFirmwareProgress *progress)
{
    bool ok = true;
    const auto state = integer(o, QStringLiteral("state"), &ok);
    const auto result = integer(o, QStringLiteral("result"), &ok);
    const auto percent = integer(o, QStringLiteral("progress"), &ok);
    const auto target = string(o, QStringLiteral("target_version"), &ok);
    const auto request = string(o, QStringLiteral("request_id"), &ok);
    const QDateTime ts = timestamp(o, &ok);
    if (!ok || !state || *state < 0 || *state > 3 || (result && (*result < 0 || *result > 9))
        || (percent && (*percent < 0 || *percent > 100)))
        return false;
    progress->state = int(*state);
    progress->result = int(result.value_or(0));
    progress->progress = int(percent.value_or(-1));
    progress->targetVersion = target.value_or(QString());
    progress->requestId = request.value_or(QString());
    progress->time = ts;
    return true;
}

QString MqttDmProtocol::firmwareResultText(int result)
{
    switch (result) {
    case 0:
        return tr("in progress");
    case 1:
        return tr("updated successfully");
    case 2:
        return tr("not enough storage");
    case 3:
        return tr("out of memory");
    case 4:
        return tr("connection lost during download");
    case 5:
        return tr("integrity check failed");
    case 6:
        return tr("unsupported package type");
    case 7:
        return tr("invalid URI");
    case 8:
        return tr("update failed");
    case 9:
        return tr("unsupported protocol");
    default:
        break;
    }
    return tr("unknown result %1").arg(result);
}
