#include "GroupsPanel.h"

#include "BackgroundTask.h"
#include "EmptyStateWidget.h"
#include "GroupListModel.h"
#include "MessageBoxes.h"
#include "fleet/FleetGrouping.h"
#include "fleet/FleetQuery.h"
#include "store/FleetStore.h"
#include "store/GroupRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int CountDelayMs = 250;

struct Counts
{
    int generation = 0;
    QHash<QString, int> smart;
    QHash<QString, int> fixed;
};

QString quoted(const QString &text)
{
    return GroupsPanel::tr("“%1”").arg(text);
}

std::optional<QString> askWithDialog(QWidget *parent,
                                     const QString &title,
                                     const QString &label,
                                     const QStringList &choices,
                                     const QString &initial)
{
    bool ok = false;
    QString answer;
    if (choices.isEmpty()) {
        answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    } else {
        const int current = int(qMax(qsizetype(0), choices.indexOf(initial)));
        answer = QInputDialog::getItem(parent, title, label, choices, current, true, &ok);
    }
    if (!ok)
        return std::nullopt;
    return answer;
}

} // namespace

GroupsPanel::GroupsPanel(FleetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_askName(askWithDialog)
{
    setObjectName(QStringLiteral("groupsPanel"));
    m_model = new GroupListModel(this);
    m_model->setObjectName(QStringLiteral("groupListModel"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("groupsTreeView"));
    m_view->setAccessibleName(tr("Groups"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(GroupListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(GroupListModel::CountColumn,
                                           QHeaderView::ResizeToContents);
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            return;
        m_view->expand(parent);
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GroupsPanel::updateState);
    connect(m_view, &QAbstractItemView::activated, this, &GroupsPanel::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &GroupsPanel::showContextMenu);

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(QStringLiteral("groupsEmptyStateWidget"));
    m_empty->setTitle(tr("No groups yet"));
    m_empty->setText(tr("Type a query in the filter box and save it (Ctrl+Shift+S) for a smart "
                        "group that follows the fleet, or select devices and choose Devices → Add "
                        "to Group… for a static one."));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_saveFilterAction = new QAction(tr("&Save Filter…"), this);
    m_saveFilterAction->setObjectName(QStringLiteral("saveFilterAction"));
    m_saveFilterAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_saveFilterAction->setShortcutContext(Qt::WindowShortcut);
    m_saveFilterAction->setStatusTip(
        tr("Save the filter box's query as a smart group that follows the fleet"));
    connect(m_saveFilterAction, &QAction::triggered, this, [this] {
        saveFilter(m_currentQuery ? m_currentQuery() : QString());
    });

    m_addToGroupAction = new QAction(tr("&Add to Group…"), this);
    m_addToGroupAction->setObjectName(QStringLiteral("addToGroupAction"));
    m_addToGroupAction->setStatusTip(tr("Put the selected devices in a static group"));
    m_addToGroupAction->setEnabled(false);
    connect(m_addToGroupAction, &QAction::triggered, this, [this] { addToGroup(selectedIds()); });

    m_removeFromGroupAction = new QAction(tr("Re&move from Group…"), this);
    m_removeFromGroupAction->setObjectName(QStringLiteral("removeFromGroupAction"));
    m_removeFromGroupAction->setStatusTip(tr("Take the selected devices out of a static group"));
    m_removeFromGroupAction->setEnabled(false);
    connect(m_removeFromGroupAction, &QAction::triggered, this, [this] {
        removeFromGroup(selectedIds());
    });

    m_newGroupAction = new QAction(tr("&New Static Group…"), this);
    m_newGroupAction->setObjectName(QStringLiteral("newStaticGroupAction"));
    connect(m_newGroupAction, &QAction::triggered, this, &GroupsPanel::createStaticGroup);

    m_renameAction = new QAction(tr("&Rename…"), this);
    m_renameAction->setObjectName(QStringLiteral("renameGroupAction"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetShortcut);
    connect(
        m_renameAction, &QAction::triggered, this, [this] { renameGroup(m_view->currentIndex()); });
    m_view->addAction(m_renameAction);

    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteGroupAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(
        m_deleteAction, &QAction::triggered, this, [this] { deleteGroup(m_view->currentIndex()); });
    m_view->addAction(m_deleteAction);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &GroupsPanel::count);

    if (store) {
        connect(store, &FleetStore::groupsLoaded, this, &GroupsPanel::onGroupsLoaded);
        connect(store, &FleetStore::devicesLoaded, this, [this](const DeviceList &devices) {
            m_devices = devices;
            scheduleCount();
        });
        connect(store,
                &FleetStore::unreachableProfilesLoaded,
                this,
                [this](const QSet<QString> &profiles) {
                    m_unreachableProfiles = profiles;
                    scheduleCount();
                });
        connect(store, &FleetStore::groupChangeFailed, this, [this](const QString &message) {
            m_selectAfterLoad.clear();
            messageBoxes()->warning(
                this, tr("Groups"), tr("The groups were not changed."), message);
        });
        store->loadGroups();
    }
    updateState();
}

GroupsPanel::~GroupsPanel() = default;

void GroupsPanel::setMessageBoxes(MessageBoxes *messageBoxes)
{
    m_messageBoxes = messageBoxes;
}

void GroupsPanel::setAskName(AskName askName)
{
    m_askName = askName ? std::move(askName) : AskName(askWithDialog);
}

void GroupsPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void GroupsPanel::setCurrentQuery(std::function<QString()> currentQuery)
{
    m_currentQuery = std::move(currentQuery);
}

void GroupsPanel::setSelectedDevices(std::function<DeviceList()> selectedDevices)
{
    m_selectedDevices = std::move(selectedDevices);
}

void GroupsPanel::setSelectionAvailable(bool available)
{
    m_addToGroupAction->setEnabled(available);
    m_removeFromGroupAction->setEnabled(available && !m_staticGroups.isEmpty());
}

MessageBoxes *GroupsPanel::messageBoxes()
{
    if (!m_messageBoxes) {
        m_ownMessageBoxes = std::make_unique<MessageBoxes>();
        m_messageBoxes = m_ownMessageBoxes.get();
    }
    return m_messageBoxes;
}

std::optional<QString> GroupsPanel::askName(const QString &title,
                                            const QString &label,
                                            const QStringList &choices,
                                            const QString &initial)
{
    const std::optional<QString> answer = m_askName(this, title, label, choices, initial);
    if (!answer)
        return std::nullopt;
    return answer->trimmed();
}

bool GroupsPanel::checkName(const QString &name, const QString &title)
{
    const QString problem = GroupRepository::nameProblem(name);
    if (problem.isEmpty())
        return true;
    messageBoxes()->warning(
        this, title, tr("%1 cannot be used as a name.").arg(quoted(name)), problem);
    return false;
}

QList<QUuid> GroupsPanel::selectedIds() const
{
    QList<QUuid> ids;
    if (!m_selectedDevices)
        return ids;
    const DeviceList devices = m_selectedDevices();
    ids.reserve(devices.size());
    for (const Device &d : devices)
        ids.append(d.id);
    return ids;
}

// ---- loading and counting ----------------------------------------------------------------------

void GroupsPanel::onGroupsLoaded(const QHash<QString, QSet<QUuid>> &staticGroups,
                                 const QHash<QString, QString> &savedFilters)
{
    m_staticGroups = staticGroups;
    m_savedFilters = savedFilters;
    m_model->setGroups(staticGroups, savedFilters);
    m_removeFromGroupAction->setEnabled(m_addToGroupAction->isEnabled()
                                        && !m_staticGroups.isEmpty());
    if (!m_selectAfterLoad.isEmpty()) {
        const QString name = m_selectAfterLoad.mid(2);
        const auto kind = m_selectAfterLoad.startsWith(QLatin1String("s:"))
                              ? GroupListModel::Kind::SmartGroup
                              : GroupListModel::Kind::StaticGroup;
        const QModelIndex index = m_model->groupIndex(kind, name);
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            m_selectAfterLoad.clear();
        }
    }
    updateState();
    scheduleCount();
}

void GroupsPanel::scheduleCount()
{
    ++m_countGeneration; // results of counts started before are dropped
    m_countTimer->start();
}

// Evaluates every saved filter on every device, and intersects every static group with the
// devices of the cache, on the thread pool; the newest result wins.
void GroupsPanel::count()
{
    FleetQueryContext context;
    context.now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    context.staticGroups = m_staticGroups;
    context.savedFilters = m_savedFilters;
    context.unreachableProfiles = m_unreachableProfiles;
    const DeviceList devices = m_devices;
    const int generation = m_countGeneration;
    BackgroundTask::run(
        this,
        [devices, context, generation]() mutable {
            Counts counts;
            counts.generation = generation;
            context.duplicateSerials = FleetGrouping::duplicateSerials(devices);
            QSet<QUuid> ids;
            ids.reserve(devices.size());
            for (const Device &d : devices)
                ids.insert(d.id);
            for (auto it = context.staticGroups.cbegin(); it != context.staticGroups.cend(); ++it) {
                int n = 0;
                for (const QUuid &id : it.value())
                    n += ids.contains(id) ? 1 : 0;
                counts.fixed.insert(it.key(), n);
            }
            for (auto it = context.savedFilters.cbegin(); it != context.savedFilters.cend(); ++it) {
                const FleetQuery query = FleetQuery::parse(it.value(), context);
                int n = 0;
                if (query.isValid()) {
                    for (const Device &d : devices)
                        n += query.matches(d, context) ? 1 : 0;
                }
                counts.smart.insert(it.key(), n);
            }
            return counts;
        },
        [this](const Counts &counts) {
            if (counts.generation != m_countGeneration)
                return;
            m_model->setCounts(counts.smart, counts.fixed);
            emit countsUpdated();
        });
}

void GroupsPanel::updateState()
{
    const bool empty
        = m_model->smartGroupNames().isEmpty() && m_model->staticGroupNames().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    if (!empty)
        m_view->expandAll();
}

// ---- actions -----------------------------------------------------------------------------------

void GroupsPanel::activate(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(GroupListModel::NameColumn);
    if (!name.isValid() || GroupListModel::kindOf(name) == GroupListModel::Kind::Section)
        return;
    emit filterRequested(name.data(GroupListModel::FilterTextRole).toString());
}

void GroupsPanel::saveFilter(const QString &query)
{
    const QString title = tr("Save Filter");
    const QString text = query.trimmed();
    if (text.isEmpty()) {
        messageBoxes()->warning(this,
                                title,
                                tr("There is no query to save."),
                                tr("Type a query in the filter box first, e.g. "
                                   "site:\"Osaka*\" health:offline, then save it."));
        return;
    }
    FleetQueryContext context;
    context.staticGroups = m_staticGroups;
    context.savedFilters = m_savedFilters;
    const FleetQuery parsed = FleetQuery::parse(text, context);
    if (!parsed.isValid()) {
        messageBoxes()->warning(
            this, title, tr("The query cannot be saved: %1").arg(parsed.errorMessage()), text);
        return;
    }
    const std::optional<QString> name
        = askName(title, tr("Name of the smart group for %1:").arg(quoted(text)), {}, {});
    if (!name || !checkName(*name, title))
        return;
    bool replace = false;
    if (m_savedFilters.contains(*name)) {
        if (m_savedFilters.value(*name) == text)
            return; // saved already
        if (!messageBoxes()->confirm(this,
                                     title,
                                     tr("Replace the saved filter %1?").arg(quoted(*name)),
                                     tr("Its query %1 becomes %2.")
                                         .arg(quoted(m_savedFilters.value(*name)), quoted(text)),
                                     tr("Replace")))
            return;
        replace = true;
    }
    m_selectAfterLoad = QStringLiteral("s:") + *name;
    m_store->saveFilter(*name, text, replace);
}

void GroupsPanel::addToGroup(const QList<QUuid> &ids)
{
    if (ids.isEmpty() || !m_store)
        return;
    const QString title = tr("Add to Group");
    QStringList names = m_model->staticGroupNames();
    const std::optional<QString> name
        = askName(title,
                  tr("Add %n device(s) to the static group (choose one, or type a new name):",
                     nullptr,
                     int(ids.size())),
                  names, // none yet: a text field
                  m_lastGroup);
    if (!name || !checkName(*name, title))
        return;
    m_lastGroup = *name;
    m_selectAfterLoad = QStringLiteral("g:") + *name;
    m_store->addToGroup(*name, ids, true);
}

void GroupsPanel::removeFromGroup(const QList<QUuid> &ids)
{
    if (ids.isEmpty() || !m_store)
        return;
    const QString title = tr("Remove from Group");
    QStringList names;
    for (const QString &group : m_model->staticGroupNames()) {
        const QSet<QUuid> &members = m_staticGroups.value(group);
        if (std::any_of(
                ids.cbegin(), ids.cend(), [&](const QUuid &id) { return members.contains(id); }))
            names.append(group);
    }
    if (names.isEmpty()) {
        messageBoxes()->warning(this,
                                title,
                                tr("None of the %n selected device(s) is in a static group.",
                                   nullptr,
                                   int(ids.size())));
        return;
    }
    const std::optional<QString> name
        = askName(title,
                  tr("Remove %n device(s) from the static group:", nullptr, int(ids.size())),
                  names,
                  names.contains(m_lastGroup) ? m_lastGroup : names.first());
    if (!name)
        return;
    if (!m_staticGroups.contains(*name)) {
        messageBoxes()->warning(this, title, tr("There is no group named %1.").arg(quoted(*name)));
        return;
    }
    m_lastGroup = *name;
    m_store->removeFromGroup(*name, ids);
}

void GroupsPanel::createStaticGroup()
{
    const QString title = tr("New Static Group");
    const std::optional<QString> name = askName(title, tr("Name of the new group:"), {}, {});
    if (!name || !checkName(*name, title))
        return;
    m_selectAfterLoad = QStringLiteral("g:") + *name;
    m_store->createGroup(*name);
}

void GroupsPanel::renameGroup(const QModelIndex &index)
{
    const QModelIndex item = index.siblingAtColumn(GroupListModel::NameColumn);
    const GroupListModel::Kind kind = GroupListModel::kindOf(item);
    if (!item.isValid() || kind == GroupListModel::Kind::Section || !m_store)
        return;
    const QString oldName = item.data(GroupListModel::NameRole).toString();
    const QString title = kind == GroupListModel::Kind::SmartGroup ? tr("Rename Smart Group")
                                                                   : tr("Rename Static Group");
    const std::optional<QString> name
        = askName(title, tr("New name for %1:").arg(quoted(oldName)), {}, oldName);
    if (!name || *name == oldName || !checkName(*name, title))
        return;
    if (kind == GroupListModel::Kind::SmartGroup) {
        m_selectAfterLoad = QStringLiteral("s:") + *name;
        m_store->renameFilter(oldName, *name);
    } else {
        m_selectAfterLoad = QStringLiteral("g:") + *name;
        m_store->renameGroup(oldName, *name);
    }
}

void GroupsPanel::deleteGroup(const QModelIndex &index)
{
    const QModelIndex item = index.siblingAtColumn(GroupListModel::NameColumn);
    const GroupListModel::Kind kind = GroupListModel::kindOf(item);
    if (!item.isValid() || kind == GroupListModel::Kind::Section || !m_store)
        return;
    const QString name = item.data(GroupListModel::NameRole).toString();
    if (kind == GroupListModel::Kind::SmartGroup) {
        if (messageBoxes()->confirm(
                this,
                tr("Delete Smart Group"),
                tr("Delete the saved filter %1?").arg(quoted(name)),
                tr("Its query was %1. No device changes.")
                    .arg(quoted(item.data(GroupListModel::QueryRole).toString())),
                tr("Delete")))
            m_store->deleteFilter(name);
        return;
    }
    const int members = qMax(0, item.data(GroupListModel::CountRole).toInt());
    if (messageBoxes()->confirm(
            this,
            tr("Delete Static Group"),
            tr("Delete the static group %1?").arg(quoted(name)),
            tr("Its %n device(s) stay in the fleet; only the group goes.", nullptr, members),
            tr("Delete")))
        m_store->deleteGroup(name);
}

void GroupsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("groupsContextMenu"));
    const QModelIndex item = index.siblingAtColumn(GroupListModel::NameColumn);
    if (item.isValid() && GroupListModel::kindOf(item) != GroupListModel::Kind::Section) {
        m_view->setCurrentIndex(item);
        QAction *show = menu.addAction(tr("&Show Devices"));
        show->setObjectName(QStringLiteral("showGroupDevicesAction"));
        connect(show, &QAction::triggered, this, [this, item] { activate(item); });
        menu.setDefaultAction(show);
        menu.addSeparator();
        menu.addAction(m_renameAction);
        menu.addAction(m_deleteAction);
    } else {
        menu.addAction(m_saveFilterAction);
        menu.addAction(m_newGroupAction);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
