#include "GroupListModel.h"

#include <QLocale>
#include <algorithm>

namespace {

bool nameLess(const QString &a, const QString &b)
{
    const int c = QString::localeAwareCompare(a, b);
    return c != 0 ? c < 0 : a < b;
}

} // namespace

GroupListModel::GroupListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString GroupListModel::filterText(Kind kind, const QString &name)
{
    switch (kind) {
    case Kind::SmartGroup:
        return QStringLiteral("saved:\"%1\"").arg(name);
    case Kind::StaticGroup:
        return QStringLiteral("in:\"%1\"").arg(name);
    case Kind::Section:
        break;
    }
    return {};
}

GroupListModel::Kind GroupListModel::kindOf(const QModelIndex &index)
{
    return Kind(index.data(KindRole).toInt());
}

void GroupListModel::setGroups(const QHash<QString, QSet<QUuid>> &staticGroups,
                               const QHash<QString, QString> &savedFilters)
{
    m_queries = savedFilters;
    QHash<QString, int> members;
    for (auto it = staticGroups.cbegin(); it != staticGroups.cend(); ++it)
        members.insert(it.key(), int(it.value().size()));
    // Member counts are known now; smart group counts stay until recounted.
    m_counts[StaticSection] = members;
    syncSection(SmartSection, savedFilters.keys());
    syncSection(StaticSection, staticGroups.keys());
    for (int s = 0; s < SectionCount; ++s) {
        const int rows = int(m_names[s].size());
        if (rows > 0)
            emit dataChanged(index(0, 0, sectionIndex(Section(s))),
                             index(rows - 1, ColumnCount - 1, sectionIndex(Section(s))));
    }
    emit dataChanged(sectionIndex(SmartSection),
                     sectionIndex(StaticSection).siblingAtColumn(ColumnCount - 1));
}

void GroupListModel::setCounts(const QHash<QString, int> &smartCounts,
                               const QHash<QString, int> &staticCounts)
{
    m_counts[SmartSection] = smartCounts;
    m_counts[StaticSection] = staticCounts;
    for (int s = 0; s < SectionCount; ++s) {
        const int rows = int(m_names[s].size());
        if (rows > 0)
            emit dataChanged(index(0, CountColumn, sectionIndex(Section(s))),
                             index(rows - 1, CountColumn, sectionIndex(Section(s))));
    }
}

// Both lists sorted: walk them together, removing the names that went and inserting the new ones
// in place, so rows that stay keep their selection.
void GroupListModel::syncSection(Section section, QStringList names)
{
    std::sort(names.begin(), names.end(), nameLess);
    QStringList &current = m_names[section];
    const QModelIndex parent = sectionIndex(section);
    int i = 0;
    int j = 0;
    while (i < current.size() || j < names.size()) {
        if (j >= names.size() || (i < current.size() && nameLess(current.at(i), names.at(j)))) {
            beginRemoveRows(parent, i, i);
            current.removeAt(i);
            endRemoveRows();
        } else if (i >= current.size() || nameLess(names.at(j), current.at(i))) {
            beginInsertRows(parent, i, i);
            current.insert(i, names.at(j));
            endInsertRows();
            ++i;
            ++j;
        } else {
            ++i;
            ++j;
        }
    }
}

int GroupListModel::count(Section section, const QString &name) const
{
    return m_counts[section].value(name, -1);
}

QModelIndex GroupListModel::sectionIndex(Section section) const
{
    return createIndex(int(section), 0, quintptr(0));
}

QModelIndex GroupListModel::groupIndex(Kind kind, const QString &name, int column) const
{
    if (kind == Kind::Section)
        return {};
    const Section section = kind == Kind::SmartGroup ? SmartSection : StaticSection;
    const int row = int(m_names[section].indexOf(name));
    return row < 0 ? QModelIndex() : index(row, column, sectionIndex(section));
}

QModelIndex GroupListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GroupListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_names[parent.row()].size());
}

int GroupListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    if (index.internalId() == 0) {
        const Section section = Section(index.row());
        const int groups = int(m_names[section].size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return section == SmartSection ? tr("Smart groups") : tr("Static groups");
            return locale.toString(groups);
        case Qt::ToolTipRole:
            return section == SmartSection
                       ? tr("Saved filters: the devices that match the query now. Save the "
                            "filter box's query with View → Save Filter… (Ctrl+Shift+S).")
                       : tr("Groups you fill by hand: Devices → Add to Group…");
        case Qt::AccessibleTextRole:
            return section == SmartSection ? tr("Smart groups, %n group(s)", nullptr, groups)
                                           : tr("Static groups, %n group(s)", nullptr, groups);
        case Qt::TextAlignmentRole:
            if (index.column() == CountColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case KindRole:
            return int(Kind::Section);
        case CountRole:
            return groups;
        default:
            return {};
        }
    }

    const Section section = Section(index.internalId() - 1);
    const QString &name = m_names[section].at(index.row());
    const Kind kind = section == SmartSection ? Kind::SmartGroup : Kind::StaticGroup;
    const int devices = count(section, name);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return name;
        return devices < 0 ? QStringLiteral("…") : locale.toString(devices);
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(name) : QVariant(devices);
    case Qt::ToolTipRole:
        if (kind == Kind::SmartGroup)
            return tr("%1\nQuery: %2\nDouble-click or Enter to filter the fleet by it.")
                .arg(name, m_queries.value(name));
        return tr("%1\n%n device(s). Double-click or Enter to filter the fleet by it.",
                  nullptr,
                  qMax(devices, 0))
            .arg(name);
    case Qt::AccessibleTextRole:
        return devices < 0 ? name : tr("%1, %n device(s)", nullptr, devices).arg(name);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole:
        return int(kind);
    case NameRole:
        return name;
    case QueryRole:
        return kind == Kind::SmartGroup ? QVariant(m_queries.value(name)) : QVariant();
    case CountRole:
        return devices;
    case FilterTextRole:
        return filterText(kind, name);
    default:
        return {};
    }
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Group") : tr("Devices");
}

Qt::ItemFlags GroupListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable
           | (index.internalId() == 0 ? Qt::NoItemFlags : Qt::ItemNeverHasChildren);
}
