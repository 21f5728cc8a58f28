// MainWindow: static groups and saved filters (the Groups dock, "Save Filter…", "Add to Group…",
// "Remove from Group…") and the details pane's Timeline tab. Kept apart from MainWindow.cpp.
#include "MainWindow.h"

#include "DeviceDetailsWidget.h"
#include "GroupsPanel.h"
#include "store/FleetStore.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>
#include <QTreeView>

void MainWindow::createGroups()
{
    FleetStore *store = m_deps.fleetStore;
    m_details->setFleetStore(store);

    m_groupsDock = new QDockWidget(tr("Groups"), this);
    m_groupsDock->setObjectName(QStringLiteral("groupsDockWidget"));
    m_groups = new GroupsPanel(store, m_groupsDock);
    m_groups->setMessageBoxes(m_deps.messageBoxes);
    m_groups->setClock([this] { return now(); });
    m_groups->setCurrentQuery([this] { return m_filterEdit->text(); });
    m_groups->setSelectedDevices([this] { return selectedDevices(); });
    connect(m_groups, &GroupsPanel::filterRequested, this, &MainWindow::setFilterText);
    m_groupsDock->setWidget(m_groups);
    addDockWidget(Qt::LeftDockWidgetArea, m_groupsDock);

    // in:"NAME" and saved:"NAME" in the filter box need the groups and filters.
    connect(store,
            &FleetStore::groupsLoaded,
            this,
            [this](const QHash<QString, QSet<QUuid>> &staticGroups,
                   const QHash<QString, QString> &savedFilters) {
                FleetQueryContext context;
                context.staticGroups = staticGroups;
                context.savedFilters = savedFilters;
                setQueryContext(context);
            });

    // View menu: "Save Filter…" after "Filter Devices", the dock's toggle with the others; and a
    // button beside the filter box.
    QAction *saveFilter = m_groups->saveFilterAction();
    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        const QList<QAction *> actions = view->actions();
        const qsizetype after = actions.indexOf(m_filterAction);
        view->insertAction(
            after >= 0 && after + 1 < actions.size() ? actions.at(after + 1) : nullptr, saveFilter);
        QAction *toggle = m_groupsDock->toggleViewAction();
        toggle->setText(tr("&Groups"));
        toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
        view->addAction(toggle);
    }
    if (auto *filterBox = findChild<QWidget *>(QStringLiteral("filterBoxWidget"))) {
        auto *button = new QToolButton(filterBox);
        button->setObjectName(QStringLiteral("saveFilterToolButton"));
        button->setDefaultAction(saveFilter);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setText(tr("Save…"));
        button->setToolTip(tr("Save this query as a smart group (Ctrl+Shift+S)"));
        if (auto *layout = qobject_cast<QHBoxLayout *>(filterBox->layout())) {
            const int at = layout->indexOf(m_filterEdit);
            layout->insertWidget(at + 1, button);
        }
    }
    addAction(saveFilter); // the shortcut works with the menu bar hidden too

    // Devices menu and the tree's context menu: the group actions on the selected devices.
    if (QMenu *devices = menuBar()->findChild<QMenu *>(QStringLiteral("devicesMenu"))) {
        devices->addSeparator();
        devices->addAction(m_groups->addToGroupAction());
        devices->addAction(m_groups->removeFromGroupAction());
    }
    if (m_tree->contextMenuPolicy() == Qt::DefaultContextMenu) {
        m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
            QMenu menu(this);
            menu.setObjectName(QStringLiteral("deviceContextMenu"));
            menu.setToolTipsVisible(true);
            menu.addActions(m_bulkActions);
            menu.addSeparator();
            menu.addAction(m_groups->addToGroupAction());
            menu.addAction(m_groups->removeFromGroupAction());
            menu.exec(m_tree->viewport()->mapToGlobal(position));
        });
    }
}

void MainWindow::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
    applyFilter();
}

QString MainWindow::filterText() const
{
    return m_filterEdit->text();
}
