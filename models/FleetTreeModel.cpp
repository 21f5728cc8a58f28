#include "FleetTreeModel.h"

#include "AppIcons.h"
#include "DeviceFields.h"
#include "HealthIcons.h"
#include "common/TimeFormat.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <functional>

#include <limits>
#include <vector>

namespace {

const QString UnassignedKey = QStringLiteral("unassigned");
const QChar KeySeparator(0x1F); // ASCII unit separator: cannot appear in names typed by people
const QString DeviceKeyPrefix = QStringLiteral("device:");
constexpr quintptr DeviceTag = 1; // internal ids of device rows: their container | 1

QString deviceKey(const QUuid &id)
{
    return DeviceKeyPrefix + id.toString(QUuid::WithoutBraces);
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

// A site, group or grouping value. Devices are not nodes: a container lists the indices of the
// devices directly below it (after its sub-containers), which keeps a device's cost to a few
// bytes. A device row's internal id is its container's address with the low bit set.
struct FleetTreeModel::Node
{
    NodeKind kind = NodeKind::Site;
    bool missing = false;
    Node *parent = nullptr;
    int row = 0; // among the parent's containers
    QString name;
    QString key;
    FleetSummary summary;
    std::vector<std::unique_ptr<Node>> groups;
    std::vector<int> devices; // indices into m_devices

    int childCount() const { return int(groups.size() + devices.size()); }
    int deviceRow(int position) const { return int(groups.size()) + position; }
    void renumber(size_t from = 0)
    {
        for (size_t i = from; i < groups.size(); ++i)
            groups[i]->row = int(i);
    }
};

FleetTreeModel::FleetTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

FleetTreeModel::~FleetTreeModel() = default;

// ---------------------------------------------------------------------------------------------
// Grouping

QVector<FleetTreeModel::Level> FleetTreeModel::levelsOf(const Device &device) const
{
    QVector<Level> levels;
    const QString id = FleetGrouping::id(m_groupBy) + QLatin1Char(':');
    const QString missing = id + KeySeparator;
    switch (m_groupBy) {
    case GroupBy::SiteGroup: {
        const QString site = device.site.trimmed();
        if (site.isEmpty())
            levels.append({unassignedSiteName(), UnassignedKey, true});
        else
            levels.append({site, QStringLiteral("site:") + site, false});
        const QStringList segments = device.groupSegments();
        for (const QString &segment : segments)
            levels.append({segment, levels.constLast().key + KeySeparator + segment, false});
        break;
    }
    case GroupBy::Model:
        if (device.model.isEmpty())
            levels.append({FleetGrouping::missingValueText(m_groupBy), missing, true});
        else
            levels.append({device.model, id + device.model, false});
        break;
    case GroupBy::Firmware:
        if (device.firmwareVersion.isEmpty())
            levels.append({FleetGrouping::missingValueText(m_groupBy), missing, true});
        else
            levels.append({device.firmwareVersion, id + device.firmwareVersion, false});
        break;
    case GroupBy::Health:
        levels.append({DeviceText::healthName(device.health),
                       id + DeviceText::healthId(device.health),
                       device.health == Health::Unknown});
        break;
    case GroupBy::Protocol:
        if (!device.binding.isBound())
            levels.append({FleetGrouping::missingValueText(m_groupBy), missing, true});
        else
            levels.append({DeviceText::protocolName(device.binding.protocol),
                           id + DeviceText::protocolId(device.binding.protocol),
                           false});
        break;
    case GroupBy::Server:
        if (!device.binding.isBound())
            levels.append({FleetGrouping::missingValueText(m_groupBy), missing, true});
        else
            levels.append({device.binding.profile, id + device.binding.profile, false});
        break;
    }
    return levels;
}

bool FleetTreeModel::sameGroupFields(const Device &a, const Device &b) const
{
    switch (m_groupBy) {
    case GroupBy::SiteGroup:
        return a.site == b.site && a.groupPath == b.groupPath;
    case GroupBy::Model:
        return a.model == b.model;
    case GroupBy::Firmware:
        return a.firmwareVersion == b.firmwareVersion;
    case GroupBy::Health:
        return a.health == b.health;
    case GroupBy::Protocol:
        return a.binding.protocol == b.binding.protocol;
    case GroupBy::Server:
        return a.binding.protocol == b.binding.protocol && a.binding.profile == b.binding.profile;
    }
    return false;
}

FleetTreeModel::Node *FleetTreeModel::ensurePath(const QVector<Level> &levels, bool announce)
{
    Node *parent = m_root.get();
    for (int depth = 0; depth < levels.size(); ++depth) {
        const Level &level = levels.at(depth);
        Node *node = m_nodesByKey.value(level.key);
        if (!node) {
            // New containers go after their sibling containers, but before the "missing value"
            // one, and before the devices.
            size_t at = parent->groups.size();
            if (!level.missing && at > 0 && parent->groups.back()->missing)
                --at;
            if (announce)
                beginInsertRows(indexFor(parent, 0), int(at), int(at));
            auto child = std::make_unique<Node>();
            child->kind = (m_groupBy == GroupBy::SiteGroup && depth == 0) ? NodeKind::Site
                                                                          : NodeKind::Group;
            child->missing = level.missing;
            child->parent = parent;
            child->name = level.name;
            child->key = level.key;
            node = child.get();
            parent->groups.insert(parent->groups.begin() + qsizetype(at), std::move(child));
            parent->renumber(at);
            m_nodesByKey.insert(node->key, node);
            if (announce)
                endInsertRows();
        }
        parent = node;
    }
    return parent;
}

// Where each device sits, from the containers' device lists.
void FleetTreeModel::placeDevices()
{
    m_deviceParent.assign(size_t(m_devices.size()), nullptr);
    m_devicePosition.assign(size_t(m_devices.size()), -1);
    std::vector<Node *> pending{m_root.get()};
    while (!pending.empty()) {
        Node *node = pending.back();
        pending.pop_back();
        for (size_t i = 0; i < node->devices.size(); ++i) {
            m_deviceParent[size_t(node->devices[i])] = node;
            m_devicePosition[size_t(node->devices[i])] = int(i);
        }
        for (const auto &group : node->groups)
            pending.push_back(group.get());
    }
}

void FleetTreeModel::recomputeSummaries(bool announce)
{
    std::vector<Node *> containers;
    std::vector<Node *> pending{m_root.get()};
    while (!pending.empty()) {
        Node *node = pending.back();
        pending.pop_back();
        containers.push_back(node);
        for (const auto &group : node->groups)
            pending.push_back(group.get());
    }
    std::vector<FleetSummary> before;
    before.reserve(containers.size());
    for (Node *node : containers) {
        before.push_back(node->summary);
        node->summary = FleetSummary();
    }
    for (Node *node : containers) {
        FleetSummary own;
        for (const int index : node->devices)
            own.add(m_devices.at(index));
        for (Node *n = node; n; n = n->parent)
            n->summary.add(own);
    }
    if (!announce)
        return;
    for (size_t i = 1; i < containers.size(); ++i) { // 0 is the root
        if (!sameSummary(before[i], containers[i]->summary))
            emit dataChanged(indexFor(containers[i], 0), indexFor(containers[i], ColumnCount - 1));
    }
}

void FleetTreeModel::resetTo(const DeviceList &devices)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodesByKey.clear();
    m_devicesById.clear();
    m_devices = devices;
    m_devicesById.reserve(devices.size());
    m_flags.setDevices(m_devices);
    // The cache delivers devices ordered by site, group path and name, so a device nearly always
    // goes where the one before it went: its levels (keys built from strings) are only made when
    // the grouped fields change.
    const Device *previous = nullptr;
    Node *container = nullptr;
    for (int i = 0; i < m_devices.size(); ++i) {
        const Device &device = m_devices.at(i);
        m_devicesById.insert(device.id, i);
        if (!previous || !sameGroupFields(*previous, device))
            container = ensurePath(levelsOf(device), false);
        container->devices.push_back(i);
        previous = &device;
    }
    placeDevices();
    recomputeSummaries(false);
    emit devicesReplaced();
    endResetModel();
}

void FleetTreeModel::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    resetTo(m_devices);
}

void FleetTreeModel::setDevices(const DeviceList &devices)
{
    if (m_devices.isEmpty() || devices.isEmpty() || !applyChanges(devices))
        resetTo(devices);
}

// The fine-grained update: removals while the old list is current, then the new list, then
// moves, insertions, empty containers, counts and values. Returns false (nothing done) when a
// reset is the better answer.
bool FleetTreeModel::applyChanges(const DeviceList &devices)
{
    const DeviceList old = m_devices;
    const int oldCount = int(old.size());
    const int newCount = int(devices.size());
    std::vector<int> newOf(size_t(oldCount), -1); // old index -> new index
    std::vector<int> inserted;                    // new indices
    std::vector<int> moved;                       // new indices
    int changes = 0;
    for (int j = 0; j < newCount; ++j) {
        const Device &device = devices.at(j);
        const int i = m_devicesById.value(device.id, -1);
        if (i < 0) {
            inserted.push_back(j);
        } else {
            if (newOf[size_t(i)] >= 0)
                return false; // the same id twice: let the reset sort it out
            newOf[size_t(i)] = j;
            if (!sameGroupFields(old.at(i), device)
                && levelsOf(device).constLast().key != m_deviceParent[size_t(i)]->key) {
                moved.push_back(j);
            }
        }
        if (int(inserted.size() + moved.size()) > MaxFineGrainedChanges)
            return false;
    }
    std::vector<int> removed; // old indices
    for (int i = 0; i < oldCount; ++i) {
        if (newOf[size_t(i)] < 0)
            removed.push_back(i);
    }
    changes = int(inserted.size() + moved.size() + removed.size());
    if (changes > MaxFineGrainedChanges)
        return false;

    QSet<QString> emptied; // containers that may be left empty
    // 1. Removals, per container, in ranges from the end.
    if (!removed.empty()) {
        QHash<Node *, std::vector<int>> byParent;
        for (const int i : removed) {
            byParent[m_deviceParent[size_t(i)]].push_back(m_devicePosition[size_t(i)]);
            m_devicesById.remove(old.at(i).id);
        }
        for (auto it = byParent.begin(); it != byParent.end(); ++it) {
            Node *parent = it.key();
            std::vector<int> &positions = it.value();
            std::sort(positions.begin(), positions.end(), std::greater<int>());
            size_t k = 0;
            while (k < positions.size()) {
                const int last = positions[k];
                int first = last;
                while (k + 1 < positions.size() && positions[k + 1] == first - 1)
                    first = positions[++k];
                ++k;
                beginRemoveRows(
                    indexFor(parent, 0), parent->deviceRow(first), parent->deviceRow(last));
                parent->devices.erase(parent->devices.begin() + first,
                                      parent->devices.begin() + last + 1);
                endRemoveRows();
            }
            emptied.insert(parent->key);
        }
    }

    // 2. The new list: renumber what stays, announce it.
    std::vector<Node *> pending{m_root.get()};
    while (!pending.empty()) {
        Node *node = pending.back();
        pending.pop_back();
        for (int &index : node->devices)
            index = newOf[size_t(index)];
        for (const auto &group : node->groups)
            pending.push_back(group.get());
    }
    for (auto it = m_devicesById.begin(); it != m_devicesById.end(); ++it)
        it.value() = newOf[size_t(it.value())];
    const DeviceFlags oldFlags = m_flags;
    m_devices = devices;
    m_flags.setDevices(m_devices);
    placeDevices();
    emit devicesReplaced();

    // 3. Moves between containers (the rows keep their identity: selection follows).
    for (const int j : moved) {
        Node *from = m_deviceParent[size_t(j)];
        Node *to = ensurePath(levelsOf(m_devices.at(j)), true);
        if (to == from)
            continue;
        const int position = m_devicePosition[size_t(j)];
        const int fromRow = from->deviceRow(position);
        const int toRow = to->childCount();
        if (beginMoveRows(indexFor(from, 0), fromRow, fromRow, indexFor(to, 0), toRow)) {
            from->devices.erase(from->devices.begin() + position);
            for (size_t p = size_t(position); p < from->devices.size(); ++p)
                m_devicePosition[size_t(from->devices[p])] = int(p);
            to->devices.push_back(j);
            m_deviceParent[size_t(j)] = to;
            m_devicePosition[size_t(j)] = int(to->devices.size()) - 1;
            endMoveRows();
        }
        emptied.insert(from->key);
    }

    // 4. Insertions, appended per container.
    if (!inserted.empty()) {
        std::vector<std::pair<Node *, std::vector<int>>> byParent;
        QHash<Node *, size_t> slot;
        for (const int j : inserted) {
            Node *parent = ensurePath(levelsOf(m_devices.at(j)), true);
            auto found = slot.constFind(parent);
            if (found == slot.constEnd()) {
                slot.insert(parent, byParent.size());
                byParent.push_back({parent, {j}});
            } else {
                byParent[*found].second.push_back(j);
            }
        }
        for (auto &[parent, indices] : byParent) {
            const int first = parent->childCount();
            beginInsertRows(indexFor(parent, 0), first, first + int(indices.size()) - 1);
            for (const int j : indices) {
                parent->devices.push_back(j);
                m_deviceParent[size_t(j)] = parent;
                m_devicePosition[size_t(j)] = int(parent->devices.size()) - 1;
                m_devicesById.insert(m_devices.at(j).id, j);
            }
            endInsertRows();
        }
    }

    // 5. Containers left empty go.
    for (const QString &key : std::as_const(emptied)) {
        if (Node *node = m_nodesByKey.value(key))
            pruneEmpty(node);
    }

    // 6. Counts, then the values of devices that stayed.
    recomputeSummaries(true);
    QHash<Node *, std::pair<int, int>> changedRows;
    for (int i = 0; i < oldCount; ++i) {
        const int j = newOf[size_t(i)];
        if (j < 0)
            continue;
        const Device &before = old.at(i);
        const Device &after = m_devices.at(j);
        if (before == after && oldFlags.isDuplicate(before) == m_flags.isDuplicate(after))
            continue;
        Node *parent = m_deviceParent[size_t(j)];
        const int row = parent->deviceRow(m_devicePosition[size_t(j)]);
        auto found = changedRows.find(parent);
        if (found == changedRows.end())
            changedRows.insert(parent, {row, row});
        else
            *found = {qMin(found->first, row), qMax(found->second, row)};
    }
    for (auto it = changedRows.cbegin(); it != changedRows.cend(); ++it) {
        const QModelIndex parent = indexFor(it.key(), 0);
        emit dataChanged(index(it->first, 0, parent), index(it->second, ColumnCount - 1, parent));
    }
    return true;
}

void FleetTreeModel::pruneEmpty(Node *container)
{
    while (container && container != m_root.get() && container->childCount() == 0) {
        Node *parent = container->parent;
        const int row = container->row;
        beginRemoveRows(indexFor(parent, 0), row, row);
        m_nodesByKey.remove(container->key);
        parent->groups.erase(parent->groups.begin() + row);
        parent->renumber(size_t(row));
        endRemoveRows();
        container = parent;
    }
}

void FleetTreeModel::setUnreachableProfiles(const QSet<QString> &profiles)
{
    if (!m_flags.setUnreachableProfiles(profiles))
        return;
    emit devicesReplaced();
    // Every device row may look different now.
    std::vector<const Node *> pending{m_root.get()};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        if (!node->devices.empty()) {
            const QModelIndex parent = indexFor(node, 0);
            emit dataChanged(index(node->deviceRow(0), 0, parent),
                             index(node->childCount() - 1, ColumnCount - 1, parent));
        }
        for (const auto &group : node->groups)
            pending.push_back(group.get());
    }
}

FleetSummary FleetTreeModel::fleetSummary() const
{
    return m_root->summary;
}

const FleetTreeModel::Node *FleetTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || (index.internalId() & DeviceTag))
        return nullptr;
    return reinterpret_cast<const Node *>(index.internalId());
}

int FleetTreeModel::deviceIndexFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !(index.internalId() & DeviceTag))
        return -1;
    const auto *parent = reinterpret_cast<const Node *>(index.internalId() & ~DeviceTag);
    const int position = index.row() - int(parent->groups.size());
    if (position < 0 || position >= int(parent->devices.size()))
        return -1;
    return parent->devices[size_t(position)];
}

int FleetTreeModel::deviceIndex(const QModelIndex &index) const
{
    return deviceIndexFor(index);
}

bool FleetTreeModel::isMissingValueNode(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node && node->missing;
}

QModelIndex FleetTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row, column, reinterpret_cast<quintptr>(node));
}

QModelIndex FleetTreeModel::indexForDevice(int deviceIndex, int column) const
{
    if (deviceIndex < 0 || size_t(deviceIndex) >= m_deviceParent.size())
        return QModelIndex();
    const Node *parent = m_deviceParent[size_t(deviceIndex)];
    if (!parent)
        return QModelIndex();
    return createIndex(parent->deviceRow(m_devicePosition[size_t(deviceIndex)]),
                       column,
                       reinterpret_cast<quintptr>(parent) | DeviceTag);
}

const Device *FleetTreeModel::device(const QModelIndex &index) const
{
    const int i = deviceIndexFor(index);
    return i < 0 ? nullptr : &m_devices.at(i);
}

FleetTreeModel::NodeKind FleetTreeModel::nodeKind(const QModelIndex &index) const
{
    if (deviceIndexFor(index) >= 0)
        return NodeKind::Device;
    const Node *node = nodeFor(index);
    return node ? node->kind : NodeKind::Site;
}

QString FleetTreeModel::nodeKey(const QModelIndex &index) const
{
    const int i = deviceIndexFor(index);
    if (i >= 0)
        return deviceKey(m_devices.at(i).id);
    const Node *node = nodeFor(index);
    return node ? node->key : QString();
}

QModelIndex FleetTreeModel::indexOfDevice(const QUuid &id, int column) const
{
    return indexForDevice(m_devicesById.value(id, -1), column);
}

QModelIndex FleetTreeModel::indexOfNode(const QString &key, int column) const
{
    if (key.startsWith(DeviceKeyPrefix)) {
        const QUuid id = QUuid::fromString(QStringView(key).mid(DeviceKeyPrefix.size()));
        return id.isNull() ? QModelIndex() : indexOfDevice(id, column);
    }
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
        if (!node->devices.empty()) {
            const QModelIndex parent = indexFor(node, 0);
            emit dataChanged(index(node->deviceRow(0), LastSeenColumn, parent),
                             index(node->childCount() - 1, LastSeenColumn, parent),
                             {Qt::DisplayRole, Qt::ToolTipRole});
        }
        for (const auto &group : node->groups)
            pending.push_back(group.get());
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
    return DeviceFields::batteryText(percent);
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
    if (!parentNode)
        return QModelIndex();
    if (row < int(parentNode->groups.size()))
        return createIndex(
            row, column, reinterpret_cast<quintptr>(parentNode->groups[size_t(row)].get()));
    return createIndex(row, column, reinterpret_cast<quintptr>(parentNode) | DeviceTag);
}

QModelIndex FleetTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.model() != this)
        return QModelIndex();
    if (child.internalId() & DeviceTag)
        return indexFor(reinterpret_cast<const Node *>(child.internalId() & ~DeviceTag), 0);
    const Node *node = nodeFor(child);
    return node ? indexFor(node->parent, 0) : QModelIndex();
}

int FleetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_root->childCount();
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? node->childCount() : 0;
}

int FleetTreeModel::columnCount(const QModelIndex & /*parent*/) const
{
    return ColumnCount;
}

Qt::ItemFlags FleetTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() & DeviceTag)
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
    const int i = deviceIndexFor(index);
    if (i >= 0)
        return deviceData(i, index.column(), role);
    const Node *node = nodeFor(index);
    if (!node)
        return QVariant();
    switch (role) {
    case NodeKindRole:
        return int(node->kind);
    case NodeKeyRole:
        return node->key;
    case SummaryRole:
        return QVariant::fromValue(node->summary);
    case StaleRole:
    case DuplicateSerialRole:
        return false;
    default:
        break;
    }
    return containerData(*node, index.column(), role);
}

QVariant FleetTreeModel::deviceData(int deviceIndex, int column, int role) const
{
    const Device &device = m_devices.at(deviceIndex);
    const QString name = DeviceFields::displayName(device);
    const bool stale = m_flags.isStale(device);
    const bool duplicate = m_flags.isDuplicate(device);
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
        if (column == HealthColumn && duplicate)
            return AppIcons::warning();
        break;
    case Qt::FontRole:
        if (stale) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (stale)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole: {
        QStringList notes;
        if (stale && (column == NameColumn || column == LastSeenColumn || column == HealthColumn))
            notes << m_flags.staleText(device, now());
        if (duplicate && (column == NameColumn || column == HealthColumn))
            notes << m_flags.duplicateText(device, m_devices);
        const QString notesText = notes.join(QLatin1Char('\n'));
        const auto withNotes = [&](const QString &text) {
            return notesText.isEmpty() ? text : text + QLatin1Char('\n') + notesText;
        };
        switch (column) {
        case NameColumn:
            return withNotes(tr("%1 — %2").arg(name, DeviceText::healthName(device.health)));
        case BatteryColumn:
            if (isLowBattery(device))
                return tr("Battery below %1 %")
                    .arg(QLocale().toString(FleetSummary::LowBatteryPercent));
            break;
        case LastSeenColumn:
            if (device.lastSeen.isValid()) {
                return withNotes(tr("%1 (local time)\n%2")
                                     .arg(TimeFormat::local(device.lastSeen),
                                          TimeFormat::utcTooltip(device.lastSeen)));
            }
            return withNotes(tr("FleetDesk has never heard from this device."));
        case HealthColumn:
            return withNotes(tr("%1 · %2").arg(DeviceText::healthName(device.health),
                                               DeviceText::lifecycleName(device.lifecycle)));
        default:
            break;
        }
        break;
    }
    case Qt::AccessibleTextRole:
        if (column == NameColumn) {
            QString text = tr("%1, %2, firmware %3, battery %4, last seen %5")
                               .arg(name,
                                    DeviceText::healthName(device.health),
                                    device.firmwareVersion.isEmpty() ? tr("unknown")
                                                                     : device.firmwareVersion,
                                    device.batteryPercent ? batteryText(device.batteryPercent)
                                                          : tr("unknown"),
                                    lastSeenText());
            if (stale)
                text += tr(", %1").arg(m_flags.staleText(device, now()));
            if (duplicate)
                text += tr(", duplicate serial %1").arg(device.serial);
            return text;
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
            return DeviceFields::healthRank(device.health);
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
    case NodeKindRole:
        return int(NodeKind::Device);
    case NodeKeyRole:
        return deviceKey(device.id);
    case SummaryRole: {
        FleetSummary summary;
        summary.add(device);
        return QVariant::fromValue(summary);
    }
    case StaleRole:
        return stale;
    case DuplicateSerialRole:
        return duplicate;
    case DeviceIndexRole:
        return deviceIndex;
    default:
        break;
    }
    return QVariant();
}

QVariant FleetTreeModel::containerData(const Node &node, int column, int role) const
{
    const bool isSite = node.kind == NodeKind::Site;
    const QString kindName = isSite                            ? tr("site")
                             : m_groupBy == GroupBy::SiteGroup ? tr("group")
                                                               : FleetGrouping::name(m_groupBy);
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
            return tr("%1 (%2)\n%3").arg(node.name, kindName, summaryDetails(node.summary));
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == NameColumn) {
            return tr("%1, %2, %3").arg(node.name, kindName, summaryDetails(node.summary));
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
