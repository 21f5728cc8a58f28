#include "DynSecListModel.h"

#include <QFont>

DynSecListModel::DynSecListModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void DynSecListModel::setClients(const QVector<DynSecProtocol::Client> &clients)
{
    beginResetModel();
    m_clients = clients;
    endResetModel();
}

void DynSecListModel::setRoles(const QVector<DynSecProtocol::Role> &roles)
{
    beginResetModel();
    m_roles = roles;
    endResetModel();
}

void DynSecListModel::setGroups(const QVector<DynSecProtocol::Group> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void DynSecListModel::clear()
{
    beginResetModel();
    m_clients.clear();
    m_roles.clear();
    m_groups.clear();
    endResetModel();
}

QString DynSecListModel::nameAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    switch (m_kind) {
    case Kind::Clients:
        return m_clients.at(row).username;
    case Kind::Roles:
        return m_roles.at(row).name;
    case Kind::Groups:
        break;
    }
    return m_groups.at(row).name;
}

int DynSecListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (nameAt(row) == name)
            return row;
    }
    return -1;
}

bool DynSecListModel::isDisabled(int row) const
{
    return m_kind == Kind::Clients && row >= 0 && row < m_clients.size()
           && m_clients.at(row).disabled;
}

int DynSecListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Clients:
        return int(m_clients.size());
    case Kind::Roles:
        return int(m_roles.size());
    case Kind::Groups:
        break;
    }
    return int(m_groups.size());
}

int DynSecListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Clients:
        return ClientColumnCount;
    case Kind::Roles:
        return RoleColumnCount;
    case Kind::Groups:
        break;
    }
    return GroupColumnCount;
}

QString DynSecListModel::aclText(const DynSecProtocol::Acl &acl)
{
    return acl.allow ? tr("%1 %2 (allow)").arg(acl.type, acl.topic)
                     : tr("%1 %2 (deny)").arg(acl.type, acl.topic);
}

QVariant DynSecListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == NameRole)
        return nameAt(row);
    if (role == DisabledRole)
        return isDisabled(row);
    if (role == Qt::FontRole && isDisabled(row)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    const auto joined = [](const QStringList &list) {
        return list.join(QStringLiteral(", "));
    };
    if (m_kind == Kind::Clients) {
        const DynSecProtocol::Client &c = m_clients.at(row);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (column) {
        case UsernameColumn:
            return c.username;
        case StateColumn:
            return c.disabled ? tr("Disabled") : tr("Enabled");
        case ClientIdColumn:
            return c.clientId;
        case ClientRolesColumn:
            return joined(c.roles);
        case ClientGroupsColumn:
            return joined(c.groups);
        case ClientTextNameColumn:
            return c.textName;
        default:
            return {};
        }
    }
    if (m_kind == Kind::Roles) {
        const DynSecProtocol::Role &r = m_roles.at(row);
        if (column == AclsColumn) {
            QStringList lines;
            for (const auto &acl : r.acls)
                lines.append(aclText(acl));
            if (role == Qt::DisplayRole)
                return lines.isEmpty() ? tr("no ACLs") : lines.join(QStringLiteral("; "));
            if (role == Qt::ToolTipRole)
                return lines.join(QLatin1Char('\n'));
            return {};
        }
        if (role != Qt::DisplayRole)
            return {};
        return column == RoleNameColumn ? r.name : r.textName;
    }
    const DynSecProtocol::Group &g = m_groups.at(row);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case GroupNameColumn:
        return g.name;
    case GroupRolesColumn:
        return joined(g.roles);
    case GroupClientsColumn:
        return joined(g.clients);
    case GroupTextNameColumn:
        return g.textName;
    default:
        return {};
    }
}

QVariant DynSecListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return {};
    switch (m_kind) {
    case Kind::Clients: {
        const QString titles[] = {
            tr("User name"), tr("State"), tr("Client ID"), tr("Roles"), tr("Groups"), tr("Name")};
        return titles[section];
    }
    case Kind::Roles: {
        const QString titles[] = {tr("Role"), tr("ACLs"), tr("Name")};
        return titles[section];
    }
    case Kind::Groups:
        break;
    }
    const QString titles[] = {tr("Group"), tr("Roles"), tr("Clients"), tr("Name")};
    return titles[section];
}
