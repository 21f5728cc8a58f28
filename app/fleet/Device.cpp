#include "fleet/Device.h"

QStringList Device::groupSegments() const
{
    QStringList segments;
    const QStringList parts = groupPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            segments.append(trimmed);
    }
    return segments;
}

QStringList Device::validate() const
{
    QStringList problems;
    if (id.isNull())
        problems.append(DeviceText::tr("the device has no id"));
    if (name.trimmed().isEmpty())
        problems.append(DeviceText::tr("the device has no name"));
    if (binding.isBound()) {
        if (binding.profile.trimmed().isEmpty())
            problems.append(DeviceText::tr("the protocol binding names no connection profile"));
        if (binding.key.trimmed().isEmpty())
            problems.append(binding.protocol == Protocol::Lwm2m
                                ? DeviceText::tr("the LwM2M binding has no endpoint name")
                                : DeviceText::tr("the MQTT binding has no device id"));
    }
    if (batteryPercent && (*batteryPercent < 0 || *batteryPercent > 100))
        problems.append(DeviceText::tr("battery level %1 % is outside 0–100").arg(*batteryPercent));
    for (const QString &tag : tags) {
        if (tag.contains(QLatin1Char(';')) || tag.trimmed() != tag || tag.isEmpty())
            problems.append(DeviceText::tr("tag \"%1\" is not valid").arg(tag));
    }
    return problems;
}

bool Device::operator==(const Device &other) const
{
    return id == other.id && name == other.name && binding == other.binding && site == other.site
           && groupPath == other.groupPath && model == other.model && serial == other.serial
           && firmwareVersion == other.firmwareVersion && tags == other.tags
           && lifecycle == other.lifecycle && health == other.health && lastSeen == other.lastSeen
           && batteryPercent == other.batteryPercent && signalDbm == other.signalDbm;
}

QString DeviceText::healthId(Health health)
{
    switch (health) {
    case Health::Online:
        return QStringLiteral("online");
    case Health::Sleeping:
        return QStringLiteral("sleeping");
    case Health::Offline:
        return QStringLiteral("offline");
    case Health::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Health> DeviceText::healthFromId(const QString &id)
{
    for (Health h : {Health::Unknown, Health::Online, Health::Sleeping, Health::Offline}) {
        if (healthId(h) == id)
            return h;
    }
    return std::nullopt;
}

QString DeviceText::lifecycleId(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Active:
        return QStringLiteral("active");
    case Lifecycle::Disabled:
        return QStringLiteral("disabled");
    case Lifecycle::Retired:
        return QStringLiteral("retired");
    case Lifecycle::Provisioned:
        break;
    }
    return QStringLiteral("provisioned");
}

std::optional<Lifecycle> DeviceText::lifecycleFromId(const QString &id)
{
    for (Lifecycle l :
         {Lifecycle::Provisioned, Lifecycle::Active, Lifecycle::Disabled, Lifecycle::Retired}) {
        if (lifecycleId(l) == id)
            return l;
    }
    return std::nullopt;
}

QString DeviceText::protocolId(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Lwm2m:
        return QStringLiteral("lwm2m");
    case Protocol::Mqtt:
        return QStringLiteral("mqtt");
    case Protocol::None:
        break;
    }
    return QString();
}

std::optional<Protocol> DeviceText::protocolFromId(const QString &id)
{
    if (id.isEmpty())
        return Protocol::None;
    for (Protocol p : {Protocol::Lwm2m, Protocol::Mqtt}) {
        if (protocolId(p) == id)
            return p;
    }
    return std::nullopt;
}

QString DeviceText::healthName(Health health)
{
    switch (health) {
    case Health::Online:
        return tr("online");
    case Health::Sleeping:
        return tr("sleeping");
    case Health::Offline:
        return tr("offline");
    case Health::Unknown:
        break;
    }
    return tr("unknown");
}

QString DeviceText::lifecycleName(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Active:
        return tr("active");
    case Lifecycle::Disabled:
        return tr("disabled");
    case Lifecycle::Retired:
        return tr("retired");
    case Lifecycle::Provisioned:
        break;
    }
    return tr("provisioned");
}

QString DeviceText::protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Lwm2m:
        return tr("LwM2M");
    case Protocol::Mqtt:
        return tr("MQTT");
    case Protocol::None:
        break;
    }
    return tr("not bound");
}
