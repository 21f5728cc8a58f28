#include "ProfileListModel.h"

#include "AppIcons.h"

ProfileListModel::ProfileListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProfileListModel::setStore(const ProfileStore *store)
{
    m_store = store;
    refresh();
}

void ProfileListModel::refresh()
{
    beginResetModel();
    m_entries = m_store ? m_store->entries() : QVector<ProfileStore::Entry>();
    endResetModel();
}

const ProfileStore::Entry *ProfileListModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

int ProfileListModel::rowOf(const QString &profileName) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.name == profileName)
            return row;
    }
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return QVariant();
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProfileStore::Entry &entry = m_entries.at(index.row());
    const ConnectionProfile &profile = entry.profile;
    const QString problems = entry.problems.join(QLatin1Char('\n'));

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return profile.name;
        case KindColumn:
            return ProfileText::kindName(profile.kind);
        case UrlColumn:
            return profile.url.toDisplayString();
        case StatusColumn:
            return entry.isValid() ? tr("Valid") : tr("Invalid: %1").arg(entry.problems.value(0));
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !entry.isValid())
            return AppIcons::warning();
        break;
    case Qt::ToolTipRole:
        if (!entry.isValid())
            return tr("This profile cannot be used:\n%1").arg(problems);
        if (index.column() == UrlColumn)
            return profile.url.toDisplayString();
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn) {
            return entry.isValid()
                       ? tr("%1, %2, %3")
                             .arg(profile.name,
                                  ProfileText::kindName(profile.kind),
                                  profile.url.toDisplayString())
                       : tr("%1, %2, invalid: %3")
                             .arg(profile.name, ProfileText::kindName(profile.kind), problems);
        }
        break;
    case ProfileNameRole:
        return profile.name;
    case ValidRole:
        return entry.isValid();
    case ProblemsRole:
        return entry.problems;
    default:
        break;
    }
    return QVariant();
}
