#pragma once

#include "profiles/ProfileStore.h"

#include <QAbstractTableModel>
#include <QVector>

// The connection profiles of a ProfileStore as a table: name, kind, URL, status. Invalid profiles
// stay listed, with a warning icon and the reason (as tooltip and in the status text). ProfileStore
// is not a QObject: call refresh() after changing it. The model keeps its own copy of the entries,
// so a store changed without refresh() can never make it read out of range.
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, UrlColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ProfileNameRole = Qt::UserRole + 1, // QString
        ValidRole,                          // bool
        ProblemsRole,                       // QStringList
    };

    explicit ProfileListModel(QObject *parent = nullptr);

    void setStore(const ProfileStore *store);
    void refresh();

    const ProfileStore::Entry *entry(int row) const;
    int rowOf(const QString &profileName) const; // -1 when absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const ProfileStore *m_store = nullptr;
    QVector<ProfileStore::Entry> m_entries;
};
