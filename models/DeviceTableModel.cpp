#include "DeviceTableModel.h"

#include "AppIcons.h"
#include "HealthIcons.h"
#include "common/TimeFormat.h"
#include "firmware/FirmwareVersion.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <functional>
#include <limits>

namespace {

constexpr int MaxFineGrainedChanges = 2000; // as FleetTreeModel

bool isLowBattery(const Device &device)
{
    return device.batteryPercent && *device.batteryPercent < 20;
}

} // namespace

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime DeviceTableModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void DeviceTableModel::rebuildRows()
{
    m_rowOfDevice.assign(size_t(m_devices.size()), -1);
    for (size_t row = 0; row < m_order.size(); ++row)
        m_rowOfDevice[size_t(m_order[row])] = int(row);
}

void DeviceTableModel::setDevices(const DeviceList &devices)
{
    const DeviceList old = m_devices;
    const int oldCount = int(old.size());
    std::vector<int> newOf(size_t(oldCount), -1);
    std::vector<int> inserted;
    bool reset = old.isEmpty() || devices.isEmpty();
    for (int j = 0; j < devices.size() && !reset; ++j) {
        const int i = m_indexById.value(devices.at(j).id, -1);
        if (i < 0)
            inserted.push_back(j);
        else if (newOf[size_t(i)] >= 0)
            reset = true; // the same id twice
        else
            newOf[size_t(i)] = j;
        reset = reset || int(inserted.size()) > MaxFineGrainedChanges;
    }
    std::vector<int> removedRows;
    for (int i = 0; i < oldCount && !reset; ++i) {
        if (newOf[size_t(i)] < 0)
            removedRows.push_back(m_rowOfDevice[size_t(i)]);
    }
    reset = reset || int(inserted.size() + removedRows.size()) > MaxFineGrainedChanges;

    if (reset) {
        beginResetModel();
        m_devices = devices;
        m_flags.setDevices(m_devices);
        m_indexById.clear();
        m_indexById.reserve(m_devices.size());
        m_order.resize(size_t(m_devices.size()));
        for (int i = 0; i < m_devices.size(); ++i) {
            m_indexById.insert(m_devices.at(i).id, i);
            m_order[size_t(i)] = i;
        }
        applySort(false);
        emit devicesReplaced();
        endResetModel();
        return;
    }

    // Removed rows, in ranges from the end, while the old list is current.
    std::sort(removedRows.begin(), removedRows.end(), std::greater<int>());
    size_t k = 0;
    while (k < removedRows.size()) {
        const int last = removedRows[k];
        int first = last;
        while (k + 1 < removedRows.size() && removedRows[k + 1] == first - 1)
            first = removedRows[++k];
        ++k;
        beginRemoveRows(QModelIndex(), first, last);
        m_order.erase(m_order.begin() + first, m_order.begin() + last + 1);
        endRemoveRows();
    }

    // The new list.
    for (int &index : m_order)
        index = newOf[size_t(index)];
    const DeviceFlags oldFlags = m_flags;
    m_devices = devices;
    m_flags.setDevices(m_devices);
    m_indexById.clear();
    m_indexById.reserve(m_devices.size());
    for (const int index : m_order)
        m_indexById.insert(m_devices.at(index).id, index);
    rebuildRows();
    emit devicesReplaced();

    if (!inserted.empty()) {
        const int first = int(m_order.size());
        beginInsertRows(QModelIndex(), first, first + int(inserted.size()) - 1);
        for (const int j : inserted) {
            m_rowOfDevice[size_t(j)] = int(m_order.size());
            m_order.push_back(j);
            m_indexById.insert(m_devices.at(j).id, j);
        }
        endInsertRows();
    }

    int firstChanged = std::numeric_limits<int>::max();
    int lastChanged = -1;
    bool orderChanged = !inserted.empty();
    for (int i = 0; i < oldCount; ++i) {
        const int j = newOf[size_t(i)];
        if (j < 0)
            continue;
        if (old.at(i) == m_devices.at(j)
            && oldFlags.isDuplicate(old.at(i)) == m_flags.isDuplicate(m_devices.at(j)))
            continue;
        if (m_sortColumn >= 0 && !orderChanged) {
            const auto field = DeviceFields::Field(m_sortColumn);
            orderChanged = DeviceFields::compare(old.at(i), m_devices.at(j), field) != 0
                           || old.at(i).name != m_devices.at(j).name;
        }
        const int row = m_rowOfDevice[size_t(j)];
        firstChanged = qMin(firstChanged, row);
        lastChanged = qMax(lastChanged, row);
    }
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, DeviceFields::FieldCount - 1));
    if (m_sortColumn >= 0 && orderChanged)
        applySort(true); // only when a sort value changed or rows came
}

void DeviceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= DeviceFields::FieldCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort(true);
}

void DeviceTableModel::applySort(bool announce)
{
    if (announce)
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = announce ? persistentIndexList() : QModelIndexList();
    std::vector<int> devicesBefore;
    devicesBefore.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        devicesBefore.push_back(m_order[size_t(index.row())]);

    if (m_sortColumn < 0) {
        std::sort(m_order.begin(), m_order.end()); // the order of the list
    } else {
        const auto field = DeviceFields::Field(m_sortColumn);
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        const DeviceList &devices = m_devices;
        // Firmware versions: rank the few distinct versions once, then sort by rank.
        std::vector<int> rank;
        if (field == DeviceFields::Firmware) {
            QHash<QString, int> ranks;
            for (const Device &device : devices)
                ranks.insert(device.firmwareVersion, 0);
            QStringList versions = ranks.keys();
            std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
                if (a.isEmpty() || b.isEmpty())
                    return a.isEmpty() && !b.isEmpty();
                return FirmwareVersion::compare(a, b) < 0;
            });
            for (int i = 0; i < versions.size(); ++i)
                ranks[versions.at(i)] = i;
            rank.reserve(size_t(devices.size()));
            for (const Device &device : devices)
                rank.push_back(ranks.value(device.firmwareVersion));
        }
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const Device &da = devices.at(a);
            const Device &db = devices.at(b);
            int order = rank.empty() ? DeviceFields::compare(da, db, field)
                                     : (rank[size_t(a)] > rank[size_t(b)])
                                           - (rank[size_t(a)] < rank[size_t(b)]);
            if (order != 0)
                return descending ? order > 0 : order < 0;
            if (field != DeviceFields::Name) {
                order = DeviceFields::compare(da, db, DeviceFields::Name);
                if (order != 0)
                    return order < 0;
            }
            return a < b;
        });
    }
    rebuildRows();

    if (!announce)
        return;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(m_rowOfDevice[size_t(devicesBefore[size_t(i)])], before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DeviceTableModel::setUnreachableProfiles(const QSet<QString> &profiles)
{
    if (!m_flags.setUnreachableProfiles(profiles))
        return;
    emit devicesReplaced();
    if (!m_order.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, DeviceFields::FieldCount - 1));
}

void DeviceTableModel::refreshRelativeTimes()
{
    if (!m_order.empty()) {
        emit dataChanged(index(0, DeviceFields::LastSeen),
                         index(rowCount() - 1, DeviceFields::LastSeen),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int DeviceTableModel::deviceIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_order.size()))
        return -1;
    return m_order[size_t(index.row())];
}

const Device *DeviceTableModel::device(const QModelIndex &index) const
{
    const int i = deviceIndex(index);
    return i < 0 ? nullptr : &m_devices.at(i);
}

QModelIndex DeviceTableModel::indexOfDevice(const QUuid &id, int column) const
{
    const int i = m_indexById.value(id, -1);
    if (i < 0 || m_rowOfDevice[size_t(i)] < 0)
        return QModelIndex();
    return index(m_rowOfDevice[size_t(i)], column);
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(DeviceFields::FieldCount);
}

Qt::ItemFlags DeviceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= DeviceFields::FieldCount)
        return QVariant();
    if (role == Qt::DisplayRole)
        return DeviceFields::header(DeviceFields::Field(section));
    if (role == Qt::TextAlignmentRole
        && (section == DeviceFields::Battery || section == DeviceFields::Signal))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return QVariant();
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int i = m_order[size_t(index.row())];
    const Device &device = m_devices.at(i);
    const auto field = DeviceFields::Field(index.column());
    const bool stale = m_flags.isStale(device);
    const bool duplicate = m_flags.isDuplicate(device);

    switch (role) {
    case Qt::DisplayRole:
        return DeviceFields::text(device, field, now());
    case Qt::DecorationRole:
        if (field == DeviceFields::Name)
            return HealthIcons::icon(device.health);
        if (field == DeviceFields::Serial && duplicate)
            return AppIcons::warning();
        if (field == DeviceFields::Battery && isLowBattery(device))
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
        QStringList lines;
        switch (field) {
        case DeviceFields::LastSeen:
            if (device.lastSeen.isValid()) {
                lines << tr("%1 (local time)\n%2")
                             .arg(TimeFormat::local(device.lastSeen),
                                  TimeFormat::utcTooltip(device.lastSeen));
            }
            break;
        case DeviceFields::Serial:
            if (duplicate)
                lines << m_flags.duplicateText(device, m_devices);
            break;
        case DeviceFields::Name:
            if (duplicate)
                lines << m_flags.duplicateText(device, m_devices);
            break;
        default:
            break;
        }
        if (stale)
            lines << m_flags.staleText(device, now());
        if (lines.isEmpty())
            break;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        if (field == DeviceFields::Name && (stale || duplicate)) {
            QString text = DeviceFields::displayName(device);
            if (stale)
                text += tr(", %1").arg(m_flags.staleText(device, now()));
            if (duplicate)
                text += tr(", duplicate serial %1").arg(device.serial);
            return text;
        }
        break;
    case Qt::TextAlignmentRole:
        if (field == DeviceFields::Battery || field == DeviceFields::Signal)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case SortRole:
        switch (field) {
        case DeviceFields::Battery:
            return device.batteryPercent.value_or(-1);
        case DeviceFields::Signal:
            return device.signalDbm.value_or(std::numeric_limits<int>::min());
        case DeviceFields::LastSeen:
            return device.lastSeen.isValid() ? device.lastSeen.toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::min();
        case DeviceFields::Health:
            return DeviceFields::healthRank(device.health);
        default:
            return DeviceFields::text(device, field, now());
        }
    case DeviceIdRole:
        return device.id;
    case DeviceRole:
        return QVariant::fromValue(device);
    case HealthRole:
        return int(device.health);
    case StaleRole:
        return stale;
    case DuplicateSerialRole:
        return duplicate;
    case DeviceIndexRole:
        return i;
    default:
        break;
    }
    return QVariant();
}
