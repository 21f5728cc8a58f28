#pragma once

#include "DeviceFlags.h"
#include "fleet/Device.h"
#include "fleet/FleetGrouping.h"
#include "fleet/FleetSummary.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

// The fleet as a tree, grouped as setGroupBy() says (FleetGrouping): by site and group path (sites
// → group levels → devices; devices without a site sit under "Unassigned"), or one level of model,
// firmware version, health, protocol or server. The node for a missing value ("Unassigned",
// "Unknown model", …) always comes last. Every container node carries the FleetSummary of its
// subtree (counts and what needs attention). Device rows flag a serial that another device carries
// too (DuplicateSerialRole) and, for devices whose server profile is unreachable, show their last
// known state greyed and italic with its age (StaleRole).
//
// setDevices() applies live changes fine-grained: values in place (dataChanged), devices added
// (rowsInserted), removed (rowsRemoved) and moved between groups (rowsMoved), with the group nodes
// they need created and the ones left empty removed, so views keep selection, expansion and scroll
// position. A first load, a change of grouping, or more than MaxFineGrainedChanges structural
// changes at once reset the model instead; NodeKeyRole (stable per grouping; a device's key is the
// same in every grouping) with indexOfNode() and indexOfDevice() lets a view restore what it had.
// Memory: one small node per device (no strings of its own) plus an id hash.
class FleetTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FirmwareColumn,
        BatteryColumn,
        LastSeenColumn,
        HealthColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class NodeKind { Site, Group, Device };
    Q_ENUM(NodeKind)

    enum Role {
        DeviceIdRole = Qt::UserRole + 1, // QUuid; devices only
        NodeKindRole,                    // NodeKind as int
        SummaryRole,                     // FleetSummary of the node's subtree (a device: of itself)
        HealthRole,                      // Health as int; devices only
        NodeKeyRole,                     // QString that identifies the node across reloads
        SortRole,                        // what the column sorts by (string, number or time)
        DeviceRole,                      // Device; devices only
        StaleRole,           // bool: the device's server is unreachable; last known state
        DuplicateSerialRole, // bool: another device carries the same serial
        DeviceIndexRole,     // int: position in devices(); devices only
    };

    // More structural changes than this in one setDevices() reset the model instead.
    static constexpr int MaxFineGrainedChanges = 2000;

    using Clock = std::function<QDateTime()>; // returns "now" in UTC

    explicit FleetTreeModel(QObject *parent = nullptr);
    ~FleetTreeModel() override;

    void setDevices(const DeviceList &devices);
    const DeviceList &devices() const { return m_devices; }
    FleetSummary fleetSummary() const;

    // Regroups the fleet (a model reset). Device keys stay the same, so a view can restore the
    // current device.
    void setGroupBy(GroupBy groupBy);
    GroupBy groupBy() const { return m_groupBy; }

    // Devices bound to these profiles are shown as their last known state (stale).
    void setUnreachableProfiles(const QSet<QString> &profiles);
    const QSet<QString> &unreachableProfiles() const { return m_flags.unreachableProfiles(); }
    const QSet<QString> &duplicateSerials() const { return m_flags.duplicateSerials(); }
    const DeviceFlags &flags() const { return m_flags; }

    // Position of the device row's device in devices(), -1 for containers (cheap, no QVariant).
    int deviceIndex(const QModelIndex &index) const;
    // The container of devices without the grouped value ("Unassigned", "Unknown model", …).
    bool isMissingValueNode(const QModelIndex &index) const;

    const Device *device(const QModelIndex &index) const; // nullptr for sites and groups
    NodeKind nodeKind(const QModelIndex &index) const;
    QString nodeKey(const QModelIndex &index) const;
    QModelIndex indexOfDevice(const QUuid &id, int column = NameColumn) const;
    QModelIndex indexOfNode(const QString &key, int column = NameColumn) const;

    // Time source for relative times ("12 s ago"); tests pass a fixed clock.
    void setClock(Clock clock);
    QDateTime now() const;
    // Announces the "Last seen" column as changed so views redraw relative times.
    void refreshRelativeTimes();

    // "1,240 · 12 offline · 31 battery < 20 %" (locale-formatted; parts that are zero are left
    // out).
    static QString summaryText(const FleetSummary &summary);
    // "1,240 devices: 1,100 online, 31 sleeping, 12 offline, 97 unknown; 31 with battery below 20
    // %"
    static QString summaryDetails(const FleetSummary &summary);
    static QString batteryText(std::optional<int> percent); // "87 %" or "—"
    static QString unassignedSiteName();
    static QString unassignedNodeKey(); // NodeKeyRole of the "Unassigned" site
    static QString unknownValueText();  // "—"

    QModelIndex
    index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The device list was replaced (indices into devices() changed meaning) or what a query can
    // see of a device changed (unreachable profiles). Emitted after the new state is in place and
    // before any row signal that follows from it, so a filter can re-evaluate first.
    void devicesReplaced();

private:
    struct Node;
    struct Level
    {
        QString name;
        QString key;
        bool missing = false; // the node for devices without this value: comes last
    };

    QVector<Level> levelsOf(const Device &device) const;
    bool sameGroupFields(const Device &a, const Device &b) const;
    void resetTo(const DeviceList &devices);
    bool applyChanges(const DeviceList &devices);
    Node *ensurePath(const QVector<Level> &levels, bool announce);
    void placeDevices();
    void pruneEmpty(Node *container);
    void recomputeSummaries(bool announce);

    const Node *nodeFor(const QModelIndex &index) const; // containers only
    int deviceIndexFor(const QModelIndex &index) const;  // device rows only, else -1
    QModelIndex indexFor(const Node *node, int column) const;
    QModelIndex indexForDevice(int deviceIndex, int column) const;
    QVariant deviceData(int deviceIndex, int column, int role) const;
    QVariant containerData(const Node &node, int column, int role) const;

    std::unique_ptr<Node> m_root;
    DeviceList m_devices;
    QHash<QString, Node *> m_nodesByKey; // containers only; device keys resolve through the id
    QHash<QUuid, int> m_devicesById;     // -> index into m_devices
    std::vector<Node *> m_deviceParent;  // per device index: the container it sits in
    std::vector<int> m_devicePosition; // per device index: its place among the container's devices
    DeviceFlags m_flags;
    GroupBy m_groupBy = GroupBy::SiteGroup;
    Clock m_clock;
};
