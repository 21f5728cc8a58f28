#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QUuid>

// The Groups dock: two sections, "Smart groups" (saved filters, each with how many devices match
// now) and "Static groups" (manual membership, with their member count), names sorted. Changes
// arrive as whole snapshots (FleetStore::groupsLoaded); rows are inserted, removed and updated
// one by one so the view keeps its selection.
class GroupListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum class Kind { Section, SmartGroup, StaticGroup };
    enum Section { SmartSection, StaticSection, SectionCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        NameRole,                    // the group's or filter's name
        QueryRole,                   // a smart group's query text
        CountRole,                   // devices in it / matching it; -1 while not counted
        FilterTextRole,              // what the filter box gets: saved:"NAME" or in:"NAME"
    };

    explicit GroupListModel(QObject *parent = nullptr);

    void setGroups(const QHash<QString, QSet<QUuid>> &staticGroups,
                   const QHash<QString, QString> &savedFilters);
    // Device counts by name; a name without a count shows "…" until counted.
    void setCounts(const QHash<QString, int> &smartCounts, const QHash<QString, int> &staticCounts);

    QStringList smartGroupNames() const { return m_names[SmartSection]; }
    QStringList staticGroupNames() const { return m_names[StaticSection]; }
    QModelIndex sectionIndex(Section section) const;
    QModelIndex groupIndex(Kind kind, const QString &name, int column = NameColumn) const;
    static Kind kindOf(const QModelIndex &index);
    // saved:"NAME" for a smart group, in:"NAME" for a static one.
    static QString filterText(Kind kind, const QString &name);

    QModelIndex
    index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void syncSection(Section section, QStringList names);
    int count(Section section, const QString &name) const;

    // Internal ids: 0 for the section rows, section + 1 for the rows under a section.
    QStringList m_names[SectionCount];
    QHash<QString, QString> m_queries;
    QHash<QString, int> m_counts[SectionCount];
};
