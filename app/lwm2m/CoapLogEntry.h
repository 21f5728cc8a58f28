#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

// One CoAP message between Leshan and a device, as Leshan reports it in a COAPLOG event of
// GET /api/event?ep=… (only streams opened for one endpoint get them). Leshan 2.0.0-M4 sends e.g.
// {"timestamp":1795691967507,"incoming":true,"type":"ACK","code":"2.05","mId":23143,
//  "token":"7C29744FD2B4C50F","options":"Content-Format: \"application/vnd.oma.lwm2m+tlv\"",
//  "payload":"Hex:c1095e","ep":"sim-lwm2m-0001"}; requests carry the method as code ("GET"),
// responses the dotted code ("2.05"); "options" and "payload" are left out when empty.
struct CoapLogEntry
{
    enum class Direction { Unknown, Incoming, Outgoing };

    QDateTime time; // UTC; invalid when the event had no timestamp
    Direction direction = Direction::Unknown;
    QString type;       // CON, NON, ACK, RST (as sent)
    QString code;       // "GET", "POST", "2.05", "4.04" …
    int messageId = -1; // -1: not given
    QString token;      // hex
    QString options;    // "Uri-Path: \"3\", \"0\" - Observe: 0"
    QString payload;    // text, or "Hex:…" for binary
    QString endpoint;

    // Tolerant: any field may be missing or of another JSON type. Returns nothing only when the
    // object has none of the COAPLOG fields at all.
    static std::optional<CoapLogEntry> fromJson(const QJsonObject &data);

    // "incoming" / "outgoing" / "" (stable ids for CSV and tests).
    static QString directionId(Direction direction);
    // True for responses with a 4.xx or 5.xx code.
    bool isError() const;

    // time_utc,direction,type,code,message_id,token,options,payload,endpoint (RFC 4180, UTF-8).
    static QString csvHeader();
    QString toCsvRow() const;
};

using CoapLogEntryList = QVector<CoapLogEntry>;

Q_DECLARE_METATYPE(CoapLogEntry)
Q_DECLARE_METATYPE(CoapLogEntryList)
