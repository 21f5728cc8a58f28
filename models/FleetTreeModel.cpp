#include "FleetTreeModel.h"

#include "AppIcons.h"
#include "HealthIcons.h"
#include "common/TimeFormat.h"

#include <QLocale>

#include <limits>
#include <vector>

namespace {

const QString UnassignedKey = QStringLiteral("unassigned");
const QChar KeySeparator(0x1F); // ASCII unit separator: cannot appear in names typed by people

QString siteKey(const QString &site)
{
    return QStringLiteral("site:") + site;
}

QString deviceKey(const QUuid &id)
{
    return QStringLiteral("device:") + id.toString(QUuid::WithoutBraces);
}

// Worst first, so an ascending sort by health puts what needs attention on top.
int healthRank(Health health)
{
    switch (health) {
    case Health::Offline:
        return 0;
    case Health::Unknown:
        return 1;
    case Health::Sleeping:
        return 2;
    case Health::Online:
        return 3;
    }
    return 1;
}

bool isLowBattery(const Device &device)
{
    return device.batteryPercent && *device.batteryPercent < FleetSummary::LowBatteryPercent;
}

bool sameSummary(const FleetSummary &a, const FleetSummary &b)
{
    return a.total == b.total && a.online == b.online && a.sleeping == b.sleeping
           && a.offline == b.offline && a.unknown == b.unknown && a.lowBattery == b.lowBattery;
}

} // namespace

struct FleetTreeModel::Node
{
    NodeKind kind = NodeKind::Site;
    QString name;
    QString key;
    Node *parent = nullptr;
    int row = 0;
    int deviceIndex = -1; // into m_devices; devices only
    FleetSummary summary;
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(NodeKind childKind, const QString &childName, const QString &childKey)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->name = childName;
        child->key = childKey;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

struct FleetTreeModel::Tree
{
    std::unique_ptr<Node> root;
    QHash<QString, Node *> nodesByKey;
    QHash<QUuid, Node *> devicesById;
};

FleetTreeModel::FleetTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

FleetTreeModel::~FleetTreeModel() = default;

FleetTreeModel::Tree FleetTreeModel::buildTree(const DeviceList &devices)
{
    Tree tree;
    tree.root = std::make_unique<Node>();
    tree.nodesByKey.reserve(devices.size() + 64);
    tree.devicesById.reserve(devices.size());
    Node *unassigned = nullptr;

    for (int i = 0; i < devices.size(); ++i) {
        const Device &device = devices.at(i);
        const QString siteName = device.site.trimmed();
        const QString key = siteName.isEmpty() ? UnassignedKey : siteKey(siteName);
        Node *parent = tree.nodesByKey.value(key);
        if (!parent) {
            parent = tree.root->addChild(
                NodeKind::Site, siteName.isEmpty() ? unassignedSiteName() : siteName, key);
            tree.nodesByKey.insert(key, parent);
            if (siteName.isEmpty())
                unassigned = parent;
        }
        const QStringList segments = device.groupSegments();
        for (const QString &segment : segments) {
            const QString groupKey = parent->key + KeySeparator + segment;
            Node *group = tree.nodesByKey.value(groupKey);
            if (!group) {
                group = parent->addChild(NodeKind::Group, segment, groupKey);
                tree.nodesByKey.insert(groupKey, group);
            }
            parent = group;
        }
        Node *node = parent->addChild(NodeKind::Device, device.name, deviceKey(device.id));
        node->deviceIndex = i;
        tree.nodesByKey.insert(node->key, node);
        tree.devicesById.insert(device.id, node);
        for (Node *n = node; n; n = n->parent)
            n->summary.add(device);
    }

    // "Unassigned" always comes last among the sites.
    auto &sites = tree.root->children;
    if (unassigned && unassigned->row != int(sites.size()) - 1) {
        std::unique_ptr<Node> moved = std::move(sites[size_t(unassigned->row)]);
        sites.erase(sites.begin() + unassigned->row);
        sites.push_back(std::move(moved));
        for (size_t row = 0; row < sites.size(); ++row)
            sites[row]->row = int(row);
    }
    return tree;
}

bool FleetTreeModel::sameShape(const Node &a, const Node &b)
{
    if (a.key != b.key || a.kind != b.kind || a.children.size() != b.children.size())
        return false;
    for (size_t i = 0; i < a.children.size(); ++i) {
        if (!sameShape(*a.children[i], *b.children[i]))
            return false;
    }
    return true;
}

void FleetTreeModel::updateInPlace(Node &current,
                                   const Node &fresh,
                                   const DeviceList &freshDevices,
                                   std::vector<std::pair<const Node *, const Node *>> *changes)
{
    int firstChanged = -1;
    int lastChanged = -1;
    for (size_t i = 0; i < current.children.size(); ++i) {
        Node &child = *current.children[i];
        const Node &freshChild = *fresh.children[i];
        bool changed = !sameSummary(child.summary, freshChild.summary);
        if (child.kind == NodeKind::Device) {
            changed
                = changed
                  || !(m_devices.at(child.deviceIndex) == freshDevices.at(freshChild.deviceIndex));
            child.deviceIndex = freshChild.deviceIndex;
            child.name = freshChild.name;
        } else {
            updateInPlace(child, freshChild, freshDevices, changes);
        }
        child.summary = freshChild.summary;
        if (changed) {
            if (firstChanged < 0)
                firstChanged = int(i);
            lastChanged = int(i);
        }
    }
    current.summary = fresh.summary;
    if (firstChanged >= 0) {
        changes->emplace_back(current.children[size_t(firstChanged)].get(),
                              current.children[size_t(lastChanged)].get());
    }
}

void FleetTreeModel::setDevices(const DeviceList &devices)
{
    Tree tree = buildTree(devices);
    if (!m_devices.isEmpty() && sameShape(*m_root, *tree.root)) {
        // Same rows, maybe new values (a device renamed, its health changed, counts of a group):
        // update the nodes, swap the list, then announce — views read consistent data.
        std::vector<std::pair<const Node *, const Node *>> changes;
        updateInPlace(*m_root, *tree.root, devices, &changes);
        m_devices = devices;
        for (const auto &[first, last] : changes)
            emit dataChanged(indexFor(first, 0), indexFor(last, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_root = std::move(tree.root);
    m_nodesByKey = std::move(tree.nodesByKey);
    m_devicesById = std::move(tree.devicesById);
    m_devices = devices;
    endResetModel();
}

FleetSummary FleetTreeModel::fleetSummary() const
{
    return m_root->summary;
}

const FleetTreeModel::Node *FleetTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const Node *>(index.internalPointer());
}

QModelIndex FleetTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row, column, const_cast<Node *>(node));
}

const Device *FleetTreeModel::device(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node || node->kind != NodeKind::Device)
        return nullptr;
    return &m_devices.at(node->deviceIndex);
}

FleetTreeModel::NodeKind FleetTreeModel::nodeKind(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->kind : NodeKind::Site;
}

QString FleetTreeModel::nodeKey(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->key : QString();
}

QModelIndex FleetTreeModel::indexOfDevice(const QUuid &id, int column) const
{
    return indexFor(m_devicesById.value(id), column);
}

QModelIndex FleetTreeModel::indexOfNode(const QString &key, int column) const
{
    return indexFor(m_nodesByKey.value(key), column);
}

void FleetTreeModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime FleetTreeModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void FleetTreeModel::refreshRelativeTimes()
{
    std::vector<const Node *> pending{m_root.get()};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        if (node->children.empty())
            continue;
        const QModelIndex parent = indexFor(node, 0);
        emit dataChanged(index(0, LastSeenColumn, parent),
                         index(int(node->children.size()) - 1, LastSeenColumn, parent),
                         {Qt::DisplayRole, Qt::ToolTipRole});
        for (const auto &child : node->children) {
            if (child->kind != NodeKind::Device)
                pending.push_back(child.get());
        }
    }
}

QString FleetTreeModel::summaryText(const FleetSummary &summary)
{
    const QLocale locale;
    QStringList parts{locale.toString(summary.total)};
    if (summary.offline > 0)
        parts << tr("%1 offline").arg(locale.toString(summary.offline));
    if (summary.lowBattery > 0) {
        parts << tr("%1 battery < %2 %")
                     .arg(locale.toString(summary.lowBattery),
                          locale.toString(FleetSummary::LowBatteryPercent));
    }
    return parts.join(QStringLiteral(" · "));
}

QString FleetTreeModel::summaryDetails(const FleetSummary &summary)
{
    const QLocale locale;
    QString text
        = tr("%n device(s): %1 online, %2 sleeping, %3 offline, %4 unknown", nullptr, summary.total)
              .arg(locale.toString(summary.online),
                   locale.toString(summary.sleeping),
                   locale.toString(summary.offline),
                   locale.toString(summary.unknown));
    if (summary.lowBattery > 0) {
        text += tr("; %1 with battery below %2 %")
                    .arg(locale.toString(summary.lowBattery),
                         locale.toString(FleetSummary::LowBatteryPercent));
    }
    return text;
}

QString FleetTreeModel::batteryText(std::optional<int> percent)
{
    if (!percent)
        return unknownValueText();
    return tr("%1 %").arg(QLocale().toString(*percent));
}

QString FleetTreeModel::unassignedSiteName()
{
    return tr("Unassigned");
}

QString FleetTreeModel::unassignedNodeKey()
{
    return UnassignedKey;
}

QString FleetTreeModel::unknownValueText()
{
    return QString(QChar(0x2014)); // em dash
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    const Node *parentNode = parent.isValid() ? nodeFor(parent) : m_root.get();
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex FleetTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node)
        return QModelIndex();
    return indexFor(node->parent, 0);
}

int FleetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_root->children.size());
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int FleetTreeModel::columnCount(const QModelIndex & /*parent*/) const
{
    return ColumnCount;
}

Qt::ItemFlags FleetTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == NodeKind::Device)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case FirmwareColumn:
            return tr("Firmware");
        case BatteryColumn:
            return tr("Battery");
        case LastSeenColumn:
            return tr("Last seen");
        case HealthColumn:
            return tr("Health");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && section == BatteryColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return QVariant();
}

QVariant FleetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node *node = nodeFor(index);
    switch (role) {
    case NodeKindRole:
        return int(node->kind);
    case NodeKeyRole:
        return node->key;
    case SummaryRole:
        return QVariant::fromValue(node->summary);
    default:
        break;
    }
    return node->kind == NodeKind::Device ? deviceData(*node, index.column(), role)
                                          : containerData(*node, index.column(), role);
}

QVariant FleetTreeModel::deviceData(const Node &node, int column, int role) const
{
    const Device &device = m_devices.at(node.deviceIndex);
    const QString name
        = device.name.isEmpty() ? device.id.toString(QUuid::WithoutBraces) : device.name;
    const auto lastSeenText = [&] {
        return device.lastSeen.isValid() ? TimeFormat::relative(device.lastSeen, now())
                                         : tr("Never");
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return name;
        case FirmwareColumn:
            return device.firmwareVersion.isEmpty() ? unknownValueText() : device.firmwareVersion;
        case BatteryColumn:
            return batteryText(device.batteryPercent);
        case LastSeenColumn:
            return lastSeenText();
        case HealthColumn:
            return DeviceText::healthName(device.health);
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return HealthIcons::icon(device.health);
        if (column == BatteryColumn && isLowBattery(device))
            return AppIcons::warning();
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return tr("%1 — %2").arg(name, DeviceText::healthName(device.health));
        case BatteryColumn:
            if (isLowBattery(device))
                return tr("Battery below %1 %")
                    .arg(QLocale().toString(FleetSummary::LowBatteryPercent));
            break;
        case LastSeenColumn:
            if (device.lastSeen.isValid()) {
                return tr("%1 (local time)\n%2")
                    .arg(TimeFormat::local(device.lastSeen),
                         TimeFormat::utcTooltip(device.lastSeen));
            }
            return tr("FleetDesk has never heard from this device.");
        case HealthColumn:
            return tr("%1 · %2").arg(DeviceText::healthName(device.health),
                                     DeviceText::lifecycleName(device.lifecycle));
        default:
            break;
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == NameColumn) {
            return tr("%1, %2, firmware %3, battery %4, last seen %5")
                .arg(name,
                     DeviceText::healthName(device.health),
                     device.firmwareVersion.isEmpty() ? tr("unknown") : device.firmwareVersion,
                     device.batteryPercent ? batteryText(device.batteryPercent) : tr("unknown"),
                     lastSeenText());
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == BatteryColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return name;
        case FirmwareColumn:
            return device.firmwareVersion;
        case BatteryColumn:
            return device.batteryPercent.value_or(-1);
        case LastSeenColumn:
            return device.lastSeen.isValid() ? device.lastSeen.toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::min();
        case HealthColumn:
            return healthRank(device.health);
        default:
            break;
        }
        break;
    case DeviceIdRole:
        return device.id;
    case HealthRole:
        return int(device.health);
    case DeviceRole:
        return QVariant::fromValue(device);
    default:
        break;
    }
    return QVariant();
}

QVariant FleetTreeModel::containerData(const Node &node, int column, int role) const
{
    const bool isSite = node.kind == NodeKind::Site;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return node.name;
        if (column == HealthColumn)
            return summaryText(node.summary);
        break;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return isSite ? AppIcons::site() : AppIcons::group();
        if (column == HealthColumn && node.summary.needsAttention() > 0)
            return AppIcons::warning();
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn || column == HealthColumn) {
            return tr("%1 (%2)\n%3")
                .arg(node.name, isSite ? tr("site") : tr("group"), summaryDetails(node.summary));
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == NameColumn) {
            return tr("%1, %2, %3")
                .arg(node.name, isSite ? tr("site") : tr("group"), summaryDetails(node.summary));
        }
        break;
    case SortRole:
        if (column == HealthColumn)
            return node.summary.needsAttention();
        if (column == NameColumn)
            return node.name;
        return QString();
    default:
        break;
    }
    return QVariant();
}
