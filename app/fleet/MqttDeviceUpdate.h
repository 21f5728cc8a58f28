#pragma once

#include "fleet/Device.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>
#include <optional>

// What FleetDesk learnt about one MQTT device of a broker (docs/mqtt-dm-convention.md), to be
// applied to the fleet cache by the thread that owns its SQLite connection. Fields left empty are
// kept.
struct MqttDeviceUpdate
{
    QString deviceId; // the convention's <id>: the device's key under its broker profile
    std::optional<Health> health;
    QDateTime lastSeen; // invalid = keep
    std::optional<QString> model;
    std::optional<QString> serial;
    std::optional<QString> firmwareVersion;
    std::optional<QString> site;
    std::optional<QString> group;
    std::optional<int> batteryPercent;
    std::optional<int> signalDbm;
};

using MqttDeviceUpdateList = QVector<MqttDeviceUpdate>;

Q_DECLARE_METATYPE(MqttDeviceUpdate)
Q_DECLARE_METATYPE(MqttDeviceUpdateList)
