#pragma once

#include "mqtt/TopicStore.h"
#include "store/MqttHistoryRepository.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// Writes the topic list and a topic's history as CSV (UTF-8, RFC 4180 quoting, UTC ISO times) or
// JSON. Payloads that are valid UTF-8 are written as text, others as Base64 with
// payload_encoding "base64", so nothing is lost. Pure; runs on a worker.
class TopicExport
{
public:
    enum class Format { Csv, Json };

    // From the file name: ".json" → Json, else Csv.
    static Format formatFor(const QString &path);

    static QByteArray
    topics(const QString &profile, const QVector<TopicUpdate> &topics, Format format);
    // entries newest first (as shown); written oldest first.
    static QByteArray history(const QString &profile,
                              const QString &topic,
                              const QVector<MqttHistoryEntry> &entries,
                              Format format);

    static QString csvField(const QString &text);
    // The payload as text and its encoding ("utf-8" or "base64").
    static QPair<QString, QString> payloadText(const QByteArray &payload);
};
