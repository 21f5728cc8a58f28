#include "mqtt/PayloadDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QStringDecoder>
#include <functional>

namespace {

QString parseErrorText(const QJsonParseError &error)
{
    return PayloadDecoder::tr("invalid JSON at byte %1: %2")
        .arg(error.offset)
        .arg(error.errorString());
}

std::optional<double> numberFromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool() ? 1.0 : 0.0;
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

} // namespace

bool PayloadDecoder::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

std::optional<double> PayloadDecoder::number(const QByteArray &payload)
{
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return std::nullopt;
    bool ok = false;
    const double d = trimmed.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return d;
}

PayloadDecoder::Format PayloadDecoder::detect(const QByteArray &payload)
{
    if (number(payload))
        return Format::Number;
    const QByteArray head = payload.left(64).trimmed();
    if (head.startsWith('{') || head.startsWith('[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(payload, &error);
        if (error.error == QJsonParseError::NoError)
            return Format::Json;
    }
    return isValidUtf8(payload) ? Format::Text : Format::Hex;
}

QString PayloadDecoder::hexDump(const QByteArray &bytes)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(int(bytes.size() / 16 + 1) * 78);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (int i = 0; i < 16; ++i) {
            if (line + i < bytes.size()) {
                const auto c = uchar(bytes.at(line + i));
                out += QLatin1Char(digits[c >> 4]);
                out += QLatin1Char(digits[c & 15]);
                out += QLatin1Char(' ');
                ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                out += QLatin1String("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1String(" |") + ascii + QLatin1String("|\n");
    }
    return out;
}

QString PayloadDecoder::jsonPretty(const QByteArray &payload, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseErrorText(parseError);
        return {};
    }
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

PayloadDecoder::Decoded
PayloadDecoder::decode(const QByteArray &payload, Format format, qint64 displayLimit)
{
    Decoded d;
    d.fullSize = payload.size();
    const bool limited = displayLimit > 0 && payload.size() > displayLimit;
    const QByteArray bytes = limited ? payload.left(int(displayLimit)) : payload;
    d.shownBytes = bytes.size();
    d.format = format == Format::Auto ? detect(limited ? bytes : payload) : format;
    if (limited && d.format == Format::Json)
        d.format = Format::Text; // a prefix of JSON is not JSON
    switch (d.format) {
    case Format::Number:
        if (const auto n = number(bytes))
            d.text = QString::number(*n, 'g', QLocale::FloatingPointShortest); // 21.7, not 21.69…
        else {
            d.error = tr("not a number");
            d.text = QString::fromUtf8(bytes);
        }
        break;
    case Format::Json:
        d.text = jsonPretty(bytes, &d.error);
        if (!d.error.isEmpty())
            d.text = QString::fromUtf8(bytes);
        break;
    case Format::Text:
        if (!isValidUtf8(bytes) && !limited)
            d.error = tr("not valid UTF-8 (invalid bytes shown as \uFFFD)");
        d.text = QString::fromUtf8(bytes);
        break;
    case Format::Hex:
    case Format::Auto:
        d.format = Format::Hex;
        d.text = hexDump(bytes);
        break;
    }
    return d;
}

std::optional<double> PayloadDecoder::numberAt(const QByteArray &payload, const QString &jsonPath)
{
    if (jsonPath.isEmpty())
        return number(payload);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QStringList parts = jsonPath.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        if (value.isObject()) {
            value = value.toObject().value(part);
        } else if (value.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QJsonArray array = value.toArray();
            if (!ok || index < 0 || index >= array.size())
                return std::nullopt;
            value = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return numberFromJson(value);
}

QStringList PayloadDecoder::numericPaths(const QByteArray &payload)
{
    QStringList paths;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return paths;
    constexpr int MaxDepth = 16;
    constexpr int MaxPaths = 200;
    std::function<void(const QJsonValue &, const QString &, int)> walk
        = [&](const QJsonValue &value, const QString &path, int depth) {
              if (paths.size() >= MaxPaths || depth > MaxDepth)
                  return;
              if (value.isObject()) {
                  const QJsonObject o = value.toObject();
                  for (auto it = o.begin(); it != o.end(); ++it)
                      walk(it.value(),
                           path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                           depth + 1);
              } else if (value.isArray()) {
                  const QJsonArray a = value.toArray();
                  for (int i = 0; i < a.size(); ++i)
                      walk(a.at(i),
                           path.isEmpty() ? QString::number(i)
                                          : path + QLatin1Char('.') + QString::number(i),
                           depth + 1);
              } else if (value.isDouble()) {
                  paths.append(path);
              }
          };
    walk(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString(), 0);
    return paths;
}

QString PayloadDecoder::formatName(Format format)
{
    switch (format) {
    case Format::Auto:
        return QStringLiteral("auto");
    case Format::Text:
        return QStringLiteral("text");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Hex:
        return QStringLiteral("hex");
    case Format::Number:
        return QStringLiteral("number");
    }
    return QStringLiteral("auto");
}

PayloadDecoder::Format PayloadDecoder::formatFromName(const QString &name)
{
    for (Format f : {Format::Text, Format::Json, Format::Hex, Format::Number})
        if (formatName(f) == name)
            return f;
    return Format::Auto;
}
