#pragma once

#include "fleet/Device.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// How the device tree (and `devices list --group-by`) groups the fleet.
enum class GroupBy { SiteGroup, Model, Firmware, Health, Protocol, Server };

class FleetGrouping
{
    Q_DECLARE_TR_FUNCTIONS(FleetGrouping)

public:
    // Stable ids for settings and the CLI: "site", "model", "firmware", "health", "protocol",
    // "server".
    static QString id(GroupBy groupBy);
    static std::optional<GroupBy> fromId(const QString &id);
    static QList<GroupBy> all();
    static QString name(GroupBy groupBy); // words for people (translated): "Site and group", …

    // The path of group names a device sits under (outermost first), in words for people:
    // site/group → [site, group levels…]; the others one level ([model], [version], [health],
    // [protocol], [server profile]). A missing value gives missingValueText().
    static QStringList path(const Device &device, GroupBy groupBy);
    static QString missingValueText(GroupBy groupBy); // "Unassigned", "Unknown model", …

    // Serials (non-empty) that more than one device carries — the same device on two bindings,
    // or a mistake; the tree and the table flag them.
    static QSet<QString> duplicateSerials(const DeviceList &devices);
    // The same, with the indices (ascending) of the devices that carry each of them. O(n): one
    // open-addressing table of device indices, a cheap hash of each serial's UTF-16 code units.
    static QHash<QString, QVector<int>> duplicateSerialHolders(const DeviceList &devices);
};
