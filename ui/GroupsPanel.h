#pragma once

#include "fleet/Device.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class EmptyStateWidget;
class FleetStore;
class GroupListModel;
class MessageBoxes;
class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class QTreeView;

// The "Groups" dock: smart groups (saved filters, each with how many devices match now) and static
// groups (manual membership, with their member count). Activating one filters the fleet by it
// (filterRequested with saved:"NAME" or in:"NAME"); its context menu renames and deletes. It also
// owns the actions "Save Filter…", "Add to Group…" and "Remove from Group…" that the main window
// places in its menus. Every change goes through FleetStore; counts are computed off the GUI
// thread.
class GroupsPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks for a name. choices empty: a text field; else an editable list of them. nullopt when
    // the user cancelled. The seam for tests (STYLE rule 4); the default is QInputDialog.
    using AskName = std::function<std::optional<QString>(QWidget *parent,
                                                         const QString &title,
                                                         const QString &label,
                                                         const QStringList &choices,
                                                         const QString &initial)>;

    explicit GroupsPanel(FleetStore *store, QWidget *parent = nullptr);
    ~GroupsPanel() override;

    void setMessageBoxes(MessageBoxes *messageBoxes); // nullptr: real message boxes
    void setAskName(AskName askName);
    void setClock(std::function<QDateTime()> clock); // for seen:>2h in the counts
    // Where "Save Filter…" takes its query from and the group actions their devices.
    void setCurrentQuery(std::function<QString()> currentQuery);
    void setSelectedDevices(std::function<DeviceList()> selectedDevices);
    // Whether any device is selected now (enables "Add to Group…" and "Remove from Group…").
    void setSelectionAvailable(bool available);

    GroupListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *saveFilterAction() const { return m_saveFilterAction; }
    QAction *addToGroupAction() const { return m_addToGroupAction; }
    QAction *removeFromGroupAction() const { return m_removeFromGroupAction; }

    const QHash<QString, QSet<QUuid>> &staticGroups() const { return m_staticGroups; }
    const QHash<QString, QString> &savedFilters() const { return m_savedFilters; }

    void saveFilter(const QString &query);
    void addToGroup(const QList<QUuid> &ids);
    void removeFromGroup(const QList<QUuid> &ids);
    void createStaticGroup();
    void activate(const QModelIndex &index);
    void renameGroup(const QModelIndex &index);
    void deleteGroup(const QModelIndex &index);

signals:
    void filterRequested(const QString &filterText);
    // The counts of every group are up to date with the last devices and groups loaded.
    void countsUpdated();

private:
    void onGroupsLoaded(const QHash<QString, QSet<QUuid>> &staticGroups,
                        const QHash<QString, QString> &savedFilters);
    void scheduleCount();
    void count();
    void showContextMenu(const QPoint &position);
    void updateState();
    MessageBoxes *messageBoxes();
    std::optional<QString> askName(const QString &title,
                                   const QString &label,
                                   const QStringList &choices,
                                   const QString &initial);
    bool checkName(const QString &name, const QString &title);
    QList<QUuid> selectedIds() const;

    QPointer<FleetStore> m_store;
    MessageBoxes *m_messageBoxes = nullptr;
    std::unique_ptr<MessageBoxes> m_ownMessageBoxes;
    AskName m_askName;
    std::function<QDateTime()> m_clock;
    std::function<QString()> m_currentQuery;
    std::function<DeviceList()> m_selectedDevices;

    QHash<QString, QSet<QUuid>> m_staticGroups;
    QHash<QString, QString> m_savedFilters;
    DeviceList m_devices;
    QSet<QString> m_unreachableProfiles;
    int m_countGeneration = 0;
    QString m_selectAfterLoad; // "s:NAME" or "g:NAME": select it once it is listed
    QString m_lastGroup;

    GroupListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QTimer *m_countTimer = nullptr;
    QAction *m_saveFilterAction = nullptr;
    QAction *m_addToGroupAction = nullptr;
    QAction *m_removeFromGroupAction = nullptr;
    QAction *m_newGroupAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
};
