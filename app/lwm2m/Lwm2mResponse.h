#pragma once

#include "lwm2m/Lwm2mNode.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMap>
#include <QMetaType>
#include <QString>

// The outcome of one request to an LwM2M server, with the failure in words a technician
// understands (message, translated) and a stable code for scripts (errorId()).
struct Lwm2mResponse
{
    enum class Error {
        None,
        DeviceError,     // the device answered with an LwM2M error (HTTP 200, "success":false)
        UnknownEndpoint, // no such registered device
        InvalidPath,
        InvalidRequest, // bad request, or the device is asleep
        DeviceAsleep,
        NotFound,
        ServerError,   // HTTP 500
        DeviceTimeout, // HTTP 504: the device did not answer in time
        Unauthorized,  // HTTP 401/403
        Unreachable,   // connection refused, host unknown, TLS failure
        Timeout,       // the server itself did not answer in time
        Malformed,     // unreadable or truncated answer
        Oversized,
        NotSupported, // e.g. composite operations on Leshan 2.0.0-M4
        Cancelled,
    };

    Error error = Error::None;
    QString message; // empty on success
    int httpStatus = 0;
    QString status;                     // LwM2M status "CONTENT(205)" when the device answered
    Lwm2mNode content;                  // read, observe
    QMap<QString, Lwm2mNode> composite; // read-composite: path -> node
    QJsonArray objectLinks;             // discover
    QString location;                   // create
    QJsonValue json;                    // the whole answer, as the server sent it
    bool delayed = false;               // queue mode: answered later through REQUEST_RESPONSE
    QString requestId;

    bool ok() const { return error == Error::None; }
    static QString errorId(Error error); // "device_error", "timeout", … (never translated)
};

Q_DECLARE_METATYPE(Lwm2mResponse)
