#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// FleetDesk's MQTT device-management convention, version 1 (docs/mqtt-dm-convention.md): topics,
// and a careful reader for the JSON payloads devices send. Nothing here trusts a payload: a message
// that is too big, too deep, not JSON, not an object or has a known key of the wrong type is
// refused with a reason (the caller counts and ignores it).
class MqttDmProtocol
{
    Q_DECLARE_TR_FUNCTIONS(MqttDmProtocol)

public:
    static constexpr int MaxPayloadBytes = 64 * 1024; // identity/attributes/config are small
    static constexpr int MaxDepth = 16;

    struct Topic
    {
        QString deviceId;
        QString kind; // status, identity, attributes, telemetry, config, firmware, rsp, cmd
        QString op;   // for cmd/<op>
    };

    static QString root() { return QStringLiteral("fd/v1/"); }
    // The filters a device manager subscribes to (status … firmware; rsp is the command client's).
    static QStringList trackerFilters();
    static QString responseFilter() { return QStringLiteral("fd/v1/+/rsp"); }
    static QString commandTopic(const QString &deviceId, const QString &op);
    static QString responseTopic(const QString &deviceId);

    // 1–64 characters from [A-Za-z0-9._-].
    static bool isValidDeviceId(const QString &id);
    static bool isValidOp(const QString &op);
    static std::optional<Topic> parseTopic(const QString &topic);

    // The payload as a JSON object, or nullopt with *error saying why (for the counted warning).
    static std::optional<QJsonObject> parseObject(const QByteArray &payload, QString *error);
    // Deepest nesting of [ and { outside strings (stops counting past limit).
    static int nestingDepth(const QByteArray &json, int limit);

    // Checked field readers: a missing key is fine (nullopt, *ok untouched); a key of the wrong
    // type sets *ok = false.
    static std::optional<QString> string(const QJsonObject &o, const QString &key, bool *ok);
    static std::optional<qint64> integer(const QJsonObject &o, const QString &key, bool *ok);
    static std::optional<double> number(const QJsonObject &o, const QString &key, bool *ok);
    static std::optional<bool> boolean(const QJsonObject &o, const QString &key, bool *ok);
    // A `ts` (ms since the epoch, UTC); invalid when missing or not plausible.
    static QDateTime timestamp(const QJsonObject &o, bool *ok);

    // The firmware topic's payload (state 0–3, result 0–9, progress 0–100); false when invalid.
    static bool parseFirmware(const QJsonObject &o, struct MqttFirmwareProgress *progress);

    // LwM2M /5/0/5 Update Result in words ("integrity check failed", …).
    static QString firmwareResultText(int result);
};

// The `firmware` topic's progress (states and results exactly as LwM2M object 5).
struct MqttFirmwareProgress
{
    int state = 0;     // 0 idle, 1 downloading, 2 downloaded, 3 updating
    int result = 0;    // 0 in progress, 1 success, >= 2 failure
    int progress = -1; // percent, -1 unknown
    QString targetVersion;
    QString requestId;
    QDateTime time;

    bool isFinal() const { return state == 0 && result != 0; }
    bool succeeded() const { return state == 0 && result == 1; }
};

Q_DECLARE_METATYPE(MqttFirmwareProgress)
