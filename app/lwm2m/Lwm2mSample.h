#pragma once

#include "lwm2m/Lwm2mNode.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <QVector>
#include <optional>

// One value a device reported by itself (an observation's NOTIFICATION, or an LwM2M 1.1 SEND).
struct Lwm2mSample
{
    QString profile;
    QString endpoint;
    QUuid deviceId;              // null while the cache has not resolved the endpoint yet
    QString path;                // "/3303/0/5700"
    QDateTime time;              // UTC, when FleetDesk received it
    std::optional<double> value; // when the value is numeric
    Lwm2mNode node;
};

using Lwm2mSampleList = QVector<Lwm2mSample>;

Q_DECLARE_METATYPE(Lwm2mSample)
