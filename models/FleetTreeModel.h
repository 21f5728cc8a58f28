#pragma once

#include "fleet/Device.h"
#include "fleet/FleetSummary.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

// The fleet as a tree: sites → group path levels → devices. Devices without a site sit under an
// "Unassigned" site, which always comes last. Every site and group node carries the FleetSummary of
// its subtree (counts and what needs attention).
//
// setDevices() builds the tree in one pass (O(n) with hash lookups). When the new fleet has the
// same shape as the current one (the usual reload: the same devices in the same places), the nodes
// are updated in place and only dataChanged() is emitted, so views keep selection, expansion and
// scroll position. Otherwise the model is reset; indexOfDevice() and indexOfNode() (with the stable
// NodeKeyRole) let a view restore what it had.
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
    };

    using Clock = std::function<QDateTime()>; // returns "now" in UTC

    explicit FleetTreeModel(QObject *parent = nullptr);
    ~FleetTreeModel() override;

    void setDevices(const DeviceList &devices);
    const DeviceList &devices() const { return m_devices; }
    FleetSummary fleetSummary() const;

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

private:
    struct Node;
    struct Tree;

    static Tree buildTree(const DeviceList &devices);
    static bool sameShape(const Node &a, const Node &b);
    void updateInPlace(Node &current,
                       const Node &fresh,
                       const DeviceList &freshDevices,
                       std::vector<std::pair<const Node *, const Node *>> *changes);

    const Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column) const;
    QVariant deviceData(const Node &node, int column, int role) const;
    QVariant containerData(const Node &node, int column, int role) const;

    std::unique_ptr<Node> m_root;
    DeviceList m_devices;
    QHash<QString, Node *> m_nodesByKey;
    QHash<QUuid, Node *> m_devicesById;
    Clock m_clock;
};
