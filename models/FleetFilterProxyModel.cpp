#include "FleetFilterProxyModel.h"

#include "DeviceFields.h"
#include "DeviceTableModel.h"
#include "FleetTreeModel.h"
#include "firmware/FirmwareVersion.h"

#include <algorithm>

FleetFilterProxyModel::FleetFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
    setDynamicSortFilter(true);
    setSortRole(FleetTreeModel::SortRole);
}

void FleetFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_fleet)
        disconnect(m_fleet, nullptr, this, nullptr);
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_fleet = qobject_cast<FleetTreeModel *>(sourceModel);
    m_table = qobject_cast<DeviceTableModel *>(sourceModel);
    Q_ASSERT_X(m_fleet || m_table || !sourceModel,
               "FleetFilterProxyModel",
               "source must be a FleetTreeModel or a DeviceTableModel");
    // Connected before the base class connects its own handlers, and emitted by the models
    // before the row signals anyway: the match bytes are fresh when rows are filtered.
    if (m_fleet)
        connect(m_fleet, &FleetTreeModel::devicesReplaced, this, &FleetFilterProxyModel::evaluate);
    if (m_table) {
        connect(
            m_table, &DeviceTableModel::devicesReplaced, this, &FleetFilterProxyModel::evaluate);
    }
    setRecursiveFilteringEnabled(m_fleet != nullptr);
    evaluate();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

const DeviceList *FleetFilterProxyModel::sourceDevices() const
{
    if (m_fleet)
        return &m_fleet->devices();
    if (m_table)
        return &m_table->devices();
    return nullptr;
}

int FleetFilterProxyModel::sourceDeviceIndex(const QModelIndex &sourceIndex) const
{
    if (m_fleet)
        return m_fleet->deviceIndex(sourceIndex);
    if (m_table)
        return m_table->deviceIndex(sourceIndex);
    return -1;
}

void FleetFilterProxyModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

FleetQueryContext FleetFilterProxyModel::queryContext() const
{
    FleetQueryContext context = m_context;
    if (m_fleet) {
        context.duplicateSerials = m_fleet->duplicateSerials();
        context.unreachableProfiles = m_fleet->unreachableProfiles();
    } else if (m_table) {
        context.duplicateSerials = m_table->duplicateSerials();
        context.unreachableProfiles = m_table->unreachableProfiles();
    }
    if (m_clock)
        context.now = m_clock();
    else if (!context.now.isValid())
        context.now = QDateTime::currentDateTimeUtc();
    return context;
}

void FleetFilterProxyModel::setQueryContext(const FleetQueryContext &context)
{
    m_context = context;
    if (m_filterText.trimmed().isEmpty())
        return;
    // in:/saved: names may have come or gone: parse again against the new context.
    const FleetQuery query = FleetQuery::parse(m_filterText, queryContext());
    const bool validityChanged
        = query.isValid() != m_typedValid || query.errorMessage() != m_typedError;
    m_typedValid = query.isValid();
    m_typedError = query.errorMessage();
    m_typedErrorPosition = query.errorPosition();
    if (m_typedValid)
        m_applied = query;
    if (isFiltering() || m_typedValid) {
        evaluate();
        invalidateFilter();
    }
    if (validityChanged)
        emit queryValidityChanged(m_typedValid, m_typedError);
}

void FleetFilterProxyModel::evaluate()
{
    const DeviceList *devices = sourceDevices();
    if (!devices || m_applied.isEmpty()) {
        m_matches.clear();
        m_matchCount = devices ? int(devices->size()) : 0;
        return;
    }
    const FleetQueryContext context = queryContext();
    const qsizetype count = devices->size();
    m_matches.assign(size_t(count), 0);
    int matched = 0;
    const Device *data = devices->constData();
    for (qsizetype i = 0; i < count; ++i) {
        if (m_applied.matches(data[i], context)) {
            m_matches[size_t(i)] = 1;
            ++matched;
        }
    }
    m_matchCount = matched;
}

void FleetFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    const FleetQuery query = FleetQuery::parse(text, queryContext());
    m_typedValid = query.isValid();
    m_typedError = query.errorMessage();
    m_typedErrorPosition = query.errorPosition();
    if (m_typedValid && query.text() != m_applied.text()) {
        m_applied = query;
        evaluate();
        invalidateFilter();
    }
    emit filterTextChanged(text);
    emit queryValidityChanged(m_typedValid, m_typedError);
}

int FleetFilterProxyModel::matchingDeviceCount() const
{
    if (m_matches.empty()) {
        const DeviceList *devices = sourceDevices();
        return devices ? int(devices->size()) : 0;
    }
    return m_matchCount;
}

bool FleetFilterProxyModel::deviceMatches(int deviceIndex) const
{
    if (m_matches.empty())
        return true;
    return deviceIndex >= 0 && size_t(deviceIndex) < m_matches.size()
           && m_matches[size_t(deviceIndex)] != 0;
}

QStringList FleetFilterProxyModel::topLevelTerms(const QString &text)
{
    QStringList terms;
    QString current;
    bool inQuotes = false;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && c == QLatin1Char('('))
            ++depth;
        else if (!inQuotes && c == QLatin1Char(')'))
            depth = qMax(0, depth - 1);
        if (!inQuotes && depth == 0 && c.isSpace()) {
            if (!current.isEmpty())
                terms << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        terms << current;
    return terms;
}

QStringList FleetFilterProxyModel::termsWithoutMatches() const
{
    QStringList result;
    const DeviceList *devices = sourceDevices();
    if (!devices || !isFiltering())
        return result;
    const QStringList terms = topLevelTerms(m_applied.text());
    for (const QString &term : terms) {
        if (term.compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0
            || term.startsWith(QLatin1Char('('))) {
            return {}; // alternatives: no single culprit to name
        }
    }
    const FleetQueryContext context = queryContext();
    for (const QString &term : terms) {
        if (term.startsWith(QLatin1Char('-'))
            || term.compare(QLatin1String("NOT"), Qt::CaseInsensitive) == 0
            || term.compare(QLatin1String("AND"), Qt::CaseInsensitive) == 0) {
            continue;
        }
        const FleetQuery single = FleetQuery::parse(term, context);
        if (!single.isValid() || single.isEmpty())
            continue;
        const bool any = std::any_of(devices->cbegin(), devices->cend(), [&](const Device &d) {
            return single.matches(d, context);
        });
        if (any)
            continue;
        QString shown = term;
        if (shown.size() >= 2 && shown.startsWith(QLatin1Char('"'))
            && shown.endsWith(QLatin1Char('"'))) {
            shown = shown.mid(1, shown.size() - 2);
        }
        result << shown;
    }
    return result;
}

bool FleetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_matches.empty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return true;
    // Sites and groups are not matched themselves: recursive filtering keeps them while a device
    // below matches.
    const int device = sourceDeviceIndex(source->index(sourceRow, 0, sourceParent));
    return device >= 0 && size_t(device) < m_matches.size() && m_matches[size_t(device)] != 0;
}

bool FleetFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_matches.empty() || !source)
        return QSortFilterProxyModel::hasChildren(parent);
    const QModelIndex sourceParent = mapToSource(parent);
    if (parent.isValid() && !sourceParent.isValid())
        return false;
    return source->hasChildren(sourceParent) && source->columnCount(sourceParent) > 0;
}

void FleetFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_table) {
        m_table->sort(column, order); // the table sorts itself; the proxy keeps its order
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool FleetFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_fleet)
        return QSortFilterProxyModel::lessThan(left, right);

    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const Device *a = m_fleet->device(left);
    const Device *b = m_fleet->device(right);
    const auto rank = [this](const QModelIndex &index, const Device *device) {
        // Containers in name order with the "missing value" one ("Unassigned") last, then devices.
        if (device)
            return 2;
        return m_fleet->isMissingValueNode(index) ? 1 : 0;
    };
    const int leftRank = rank(left, a);
    const int rightRank = rank(right, b);
    if (leftRank != rightRank) {
        // Keep the grouping whatever the direction: the view inverts lessThan when descending.
        return ascending ? leftRank < rightRank : leftRank > rightRank;
    }

    if (a && b) {
        DeviceFields::Field field = DeviceFields::Name;
        switch (left.column()) {
        case FleetTreeModel::FirmwareColumn:
            field = DeviceFields::Firmware;
            break;
        case FleetTreeModel::BatteryColumn:
            field = DeviceFields::Battery;
            break;
        case FleetTreeModel::LastSeenColumn:
            field = DeviceFields::LastSeen;
            break;
        case FleetTreeModel::HealthColumn:
            field = DeviceFields::Health;
            break;
        default:
            break;
        }
        int order = DeviceFields::compare(*a, *b, field);
        if (order == 0 && field != DeviceFields::Name)
            order = DeviceFields::compare(*a, *b, DeviceFields::Name);
        if (order != 0)
            return order < 0;
        return m_fleet->deviceIndex(left) < m_fleet->deviceIndex(right);
    }

    // Two containers: by their count of what needs attention (health column), else by name.
    if (left.column() == FleetTreeModel::HealthColumn) {
        const int l = left.data(FleetTreeModel::SortRole).toInt();
        const int r = right.data(FleetTreeModel::SortRole).toInt();
        if (l != r)
            return l < r;
    }
    const QString leftName = left.siblingAtColumn(0).data(Qt::DisplayRole).toString();
    const QString rightName = right.siblingAtColumn(0).data(Qt::DisplayRole).toString();
    if (m_fleet->groupBy() == GroupBy::Firmware) {
        const int order = FirmwareVersion::compare(leftName, rightName);
        if (order != 0)
            return order < 0;
    }
    return DeviceFields::naturalCompare(leftName, rightName) < 0;
}
