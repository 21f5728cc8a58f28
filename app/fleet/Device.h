#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>
#include <optional>

enum class Health { Unknown, Online, Sleeping, Offline };
enum class Lifecycle { Provisioned, Active, Disabled, Retired };
enum class Protocol { None, Lwm2m, Mqtt };

// How FleetDesk reaches a device: {LwM2M server profile, endpoint} or {broker profile, device id}.
// Unique per profile.
struct ProtocolBinding
{
    Protocol protocol = Protocol::None;
    QString profile; // connection profile name
    QString key;     // LwM2M endpoint or MQTT device id

    bool isBound() const { return protocol != Protocol::None; }
    bool operator==(const ProtocolBinding &other) const
    {
        return protocol == other.protocol && profile == other.profile && key == other.key;
    }
};

struct Device
{
    QUuid id;
    QString name;
    ProtocolBinding binding;
    QString site;
    QString groupPath; // "/" separates levels: "Line A/Pumps"
    QString model;
    QString serial;
    QString firmwareVersion;
    QStringList tags;
    Lifecycle lifecycle = Lifecycle::Provisioned;
    Health health = Health::Unknown;
    QDateTime lastSeen; // UTC; invalid = never
    std::optional<int> batteryPercent;
    std::optional<int> signalDbm;

    QStringList groupSegments() const;
    // Problems that make the record unusable, in words for the operator (translated).
    QStringList validate() const;
    bool operator==(const Device &other) const;
};

class DeviceText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceText)

public:
    // Stable identifiers used in the cache, CSV, JSON and CLI (never translated).
    static QString healthId(Health health);
    static std::optional<Health> healthFromId(const QString &id);
    static QString lifecycleId(Lifecycle lifecycle);
    static std::optional<Lifecycle> lifecycleFromId(const QString &id);
    static QString protocolId(Protocol protocol);
    static std::optional<Protocol> protocolFromId(const QString &id);

    // Words for people (translated).
    static QString healthName(Health health);
    static QString lifecycleName(Lifecycle lifecycle);
    static QString protocolName(Protocol protocol);
};

using DeviceList = QVector<Device>;

Q_DECLARE_METATYPE(Device)
Q_DECLARE_METATYPE(DeviceList)
