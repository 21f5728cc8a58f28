#include "fleet/FleetGrouping.h"

#include <QHash>

#include <vector>

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
    QSet<QString> out;
    const QHash<QString, QVector<int>> holders = duplicateSerialHolders(devices);
    out.reserve(holders.size());
    for (auto it = holders.cbegin(); it != holders.cend(); ++it)
        out.insert(it.key());
    return out;
}

QHash<QString, QVector<int>> FleetGrouping::duplicateSerialHolders(const DeviceList &devices)
{
    // Qt's QHash<QString> runs a seeded SipHash over every serial, a tenth of a 100,000-device
    // cold start; FNV-1a over the code units and linear probing in a table of device indices
    // (no allocation per serial) cost a few milliseconds.
    const auto hashOf = [](const QString &text) {
        quint64 h = 14695981039346656037ULL;
        const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
        for (qsizetype i = 0; i < text.size(); ++i) {
            h ^= p[i];
            h *= 1099511628211ULL;
        }
        return h ^ (h >> 29);
    };
    size_t capacity = 16;
    while (capacity < size_t(devices.size()) * 2)
        capacity *= 2;
    const size_t mask = capacity - 1;
    std::vector<int> table(capacity, -1); // index of the first device with that serial
    QHash<QString, QVector<int>> out;
    for (int i = 0; i < int(devices.size()); ++i) {
        const QString &serial = devices.at(i).serial;
        if (serial.isEmpty())
            continue;
        for (size_t s = size_t(hashOf(serial)) & mask;; s = (s + 1) & mask) {
            const int first = table[s];
            if (first < 0) {
                table[s] = i;
                break;
            }
            const QString &other = devices.at(first).serial;
            if (other.size() == serial.size() && other == serial) {
                QVector<int> &holders = out[serial];
                if (holders.isEmpty())
                    holders.append(first);
                holders.append(i);
                break;
            }
        }
    }
    return out;
}
