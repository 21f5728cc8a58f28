#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// Turns MQTT payload bytes into something a person can read (docs/mqtt.md "Payloads"). Never
// changes the bytes: every decoder works on a copy, and a payload that a decoder cannot read gets a
// message instead of a crash. Pure functions, safe on any thread (the viewer runs them on a worker
// for large payloads).
class PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(PayloadDecoder)

public:
    enum class Format { Auto, Text, Json, Hex, Number };

    struct Decoded
    {
        Format format = Format::Text; // the decoder used (never Auto)
        QString text;                 // what to show
        QString error;                // why the chosen decoder could not read it ("" = fine)
        qint64 fullSize = 0;          // payload size in bytes
        qint64 shownBytes = 0;        // bytes decoded (< fullSize when a display limit applied)
        bool truncated() const { return shownBytes < fullSize; }
    };

    // The best decoder for the bytes: Number, Json (object or array), Text (valid UTF-8), else Hex.
    static Format detect(const QByteArray &payload);

    // Decodes with format (Auto = detect). displayLimit > 0 decodes only that many bytes (for
    // display; Json then falls back to text of the prefix, since a prefix is not valid JSON).
    static Decoded decode(const QByteArray &payload, Format format, qint64 displayLimit = 0);

    static bool isValidUtf8(const QByteArray &bytes);
    // "00000000  48 65 6c 6c 6f ...  |Hello...|", 16 bytes a line.
    static QString hexDump(const QByteArray &bytes);
    static QString jsonPretty(const QByteArray &payload, QString *error);
    static std::optional<double> number(const QByteArray &payload);

    // The numeric value at a JSON path ("temperature", "a.b", "list.0.v"); an empty path means the
    // whole payload as a number. Numbers written as JSON strings count too.
    static std::optional<double> numberAt(const QByteArray &payload, const QString &jsonPath);
    // Every path in a JSON payload that holds a number (depth ≤ 16, at most 200 paths).
    static QStringList numericPaths(const QByteArray &payload);

    static QString formatName(Format format);
    static Format formatFromName(const QString &name); // "auto", "text", "json", "hex", "number"
};
