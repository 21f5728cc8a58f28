#include "FleetFilterProxyModel.h"

#include "FleetTreeModel.h"

#include <QDateTime>
#include <QLocale>

FleetFilterProxyModel::FleetFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
    setDynamicSortFilter(true);
    setSortRole(FleetTreeModel::SortRole);
    // The "C" locale (a bare container, LANG unset) makes QCollator compare code points and ignore
    // numeric mode; names still sort like a person expects with an English collator.
    if (QLocale().language() == QLocale::C)
        m_collator = QCollator(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void FleetFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_fleet = qobject_cast<FleetTreeModel *>(sourceModel);
    Q_ASSERT_X(m_fleet || !sourceModel, "FleetFilterProxyModel", "source must be a FleetTreeModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void FleetFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_filter = DeviceFilter(text);
    invalidateFilter();
    emit filterTextChanged(text);
}

int FleetFilterProxyModel::matchingDeviceCount() const
{
    if (!m_fleet)
        return 0;
    const DeviceList &devices = m_fleet->devices();
    if (m_filter.isEmpty())
        return int(devices.size());
    int count = 0;
    for (const Device &device : devices) {
        if (m_filter.matches(device))
            ++count;
    }
    return count;
}

QStringList FleetFilterProxyModel::termsWithoutMatches() const
{
    QStringList result;
    if (!m_fleet)
        return result;
    const DeviceList &devices = m_fleet->devices();
    for (const QString &term : m_filter.terms()) {
        const QString quoted = QLatin1Char('"') + term + QLatin1Char('"');
        const DeviceFilter single(quoted);
        const bool any = std::any_of(devices.cbegin(), devices.cend(), [&](const Device &device) {
            return single.matches(device);
        });
        if (!any)
            result << term;
    }
    return result;
}

bool FleetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !m_fleet)
        return true;
    const QModelIndex index = m_fleet->index(sourceRow, 0, sourceParent);
    const Device *device = m_fleet->device(index);
    // Sites and groups are not matched themselves: recursive filtering keeps them while a device
    // below matches.
    return device && m_filter.matches(*device);
}

bool FleetFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_fleet)
        return QSortFilterProxyModel::lessThan(left, right);

    const auto rank = [this](const QModelIndex &index) {
        // Sites in name order with "Unassigned" last, then groups, then devices.
        switch (m_fleet->nodeKind(index)) {
        case FleetTreeModel::NodeKind::Site:
            return m_fleet->nodeKey(index) == FleetTreeModel::unassignedNodeKey() ? 1 : 0;
        case FleetTreeModel::NodeKind::Group:
            return 0;
        case FleetTreeModel::NodeKind::Device:
            return 2;
        }
        return 0;
    };
    const int leftRank = rank(left);
    const int rightRank = rank(right);
    if (leftRank != rightRank) {
        // Keep the grouping whatever the direction: the view inverts lessThan when descending.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return ascending ? leftRank < rightRank : leftRank > rightRank;
    }

    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else if (a != b) {
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }
    // Ties: by name, so the order is stable and predictable.
    return m_collator.compare(left.siblingAtColumn(0).data(Qt::DisplayRole).toString(),
                              right.siblingAtColumn(0).data(Qt::DisplayRole).toString())
           < 0;
}
