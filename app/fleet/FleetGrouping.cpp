#include "fleet/FleetGrouping.h"

#include <QHash>

QString FleetGrouping::id(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::SiteGroup:
        return QStringLiteral("site");
    case GroupBy::Model:
        return QStringLiteral("model");
    case GroupBy::Firmware:
        return QStringLiteral("firmware");
    case GroupBy::Health:
        return QStringLiteral("health");
    case GroupBy::Protocol:
        return QStringLiteral("protocol");
    case GroupBy::Server:
        return QStringLiteral("server");
    }
    return {};
}

std::optional<GroupBy> FleetGrouping::fromId(const QString &id)
{
    for (GroupBy g : all()) {
        if (FleetGrouping::id(g) == id)
            return g;
    }
    return std::nullopt;
}

QList<GroupBy> FleetGrouping::all()
{
    return {GroupBy::SiteGroup,
            GroupBy::Model,
            GroupBy::Firmware,
            GroupBy::Health,
            GroupBy::Protocol,
            GroupBy::Server};
}

QString FleetGrouping::name(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::SiteGroup:
        return tr("Site and group");
    case GroupBy::Model:
        return tr("Model");
    case GroupBy::Firmware:
        return tr("Firmware version");
    case GroupBy::Health:
        return tr("Health");
    case GroupBy::Protocol:
        return tr("Protocol");
    case GroupBy::Server:
        return tr("Server");
    }
    return {};
}

QString FleetGrouping::missingValueText(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::SiteGroup:
        return tr("Unassigned");
    case GroupBy::Model:
        return tr("Unknown model");
    case GroupBy::Firmware:
        return tr("Unknown version");
    case GroupBy::Health:
        return DeviceText::healthName(Health::Unknown);
    case GroupBy::Protocol:
    case GroupBy::Server:
        return tr("Not connected to a server");
    }
    return {};
}

QStringList FleetGrouping::path(const Device &device, GroupBy groupBy)
{
    auto orMissing = [groupBy](const QString &value) {
        return value.isEmpty() ? missingValueText(groupBy) : value;
    };
    switch (groupBy) {
    case GroupBy::SiteGroup: {
        QStringList out{orMissing(device.site)};
        out += device.groupSegments();
        return out;
    }
    case GroupBy::Model:
        return {orMissing(device.model)};
    case GroupBy::Firmware:
        return {orMissing(device.firmwareVersion)};
    case GroupBy::Health:
        return {DeviceText::healthName(device.health)};
    case GroupBy::Protocol:
        return {device.binding.isBound() ? DeviceText::protocolName(device.binding.protocol)
                                         : missingValueText(groupBy)};
    case GroupBy::Server:
        return {device.binding.isBound() ? device.binding.profile : missingValueText(groupBy)};
    }
    return {};
}

QSet<QString> FleetGrouping::duplicateSerials(const DeviceList &devices)
{
    QHash<QString, int> counts;
    counts.reserve(devices.size());
    QSet<QString> out;
    for (const Device &device : devices) {
        if (device.serial.isEmpty())
            continue;
        if (++counts[device.serial] == 2)
            out.insert(device.serial);
    }
    return out;
}
