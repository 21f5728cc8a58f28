#pragma once

#include "fleet/Device.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>
#include <optional>

// What an LwM2M server connection learnt about one endpoint, to be applied to the fleet cache by
// the thread that owns its SQLite connection (FleetStore's worker). Fields left empty are kept.
struct Lwm2mDeviceUpdate
{
    struct Registration
    {
        QString registrationId;
        QString address;
        QString bindingMode;
        QString lwm2mVersion;
        int lifetimeSeconds = 0;
        bool queueMode = false;
        QDateTime registeredAt; // UTC
    };

    QString endpoint;
    std::optional<Health> health;
    QDateTime lastSeen; // invalid = keep
    std::optional<Registration> registration;
    std::optional<QString> model;
    std::optional<QString> serial;
    std::optional<QString> firmwareVersion;
    std::optional<int> batteryPercent;
    std::optional<int> signalDbm;
};

using Lwm2mDeviceUpdateList = QVector<Lwm2mDeviceUpdate>;

Q_DECLARE_METATYPE(Lwm2mDeviceUpdate)
