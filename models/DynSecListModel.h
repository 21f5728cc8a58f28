#pragma once

#include "mqtt/DynSecProtocol.h"

#include <QAbstractTableModel>
#include <QVector>

// One of the broker-accounts tables (DynSecDialog): the dynamic-security plugin's clients, roles or
// groups as DynSecClient last listed them. A plain table over value lists: setClients/setRoles/
// setGroups replace the contents (model reset).
class DynSecListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Clients, Roles, Groups };
    Q_ENUM(Kind)

    enum ClientColumn {
        UsernameColumn,
        StateColumn,
        ClientIdColumn,
        ClientRolesColumn,
        ClientGroupsColumn,
        ClientTextNameColumn,
        ClientColumnCount
    };
    enum RoleColumn { RoleNameColumn, AclsColumn, RoleTextNameColumn, RoleColumnCount };
    enum GroupColumn {
        GroupNameColumn,
        GroupRolesColumn,
        GroupClientsColumn,
        GroupTextNameColumn,
        GroupColumnCount
    };

    enum Role {
        NameRole = Qt::UserRole + 1, // the user, role or group name (QString)
        DisabledRole,                // clients: bool
    };

    explicit DynSecListModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setClients(const QVector<DynSecProtocol::Client> &clients);
    void setRoles(const QVector<DynSecProtocol::Role> &roles);
    void setGroups(const QVector<DynSecProtocol::Group> &groups);
    void clear();

    // The name in the given row (user name, role or group), or an empty string.
    QString nameAt(int row) const;
    int rowOf(const QString &name) const;
    bool isDisabled(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "publishClientSend fd/v1/x/# (allow)", one per line.
    static QString aclText(const DynSecProtocol::Acl &acl);

private:
    Kind m_kind;
    QVector<DynSecProtocol::Client> m_clients;
    QVector<DynSecProtocol::Role> m_roles;
    QVector<DynSecProtocol::Group> m_groups;
};
