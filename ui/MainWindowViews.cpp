// MainWindow: the device views — the tree's grouping, the table, their columns and the query
// context. Kept apart from MainWindow.cpp so the views can grow without crowding the rest.
#include "MainWindow.h"

#include "DeviceTableModel.h"
#include "FleetFilterProxyModel.h"
#include "common/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

void MainWindow::createDeviceViews()
{
    // "Group by" in the filter bar.
    auto *filterBox = findChild<QWidget *>(QStringLiteral("filterBoxWidget"));
    m_groupByCombo = new QComboBox(filterBox);
    m_groupByCombo->setObjectName(QStringLiteral("groupByComboBox"));
    m_groupByCombo->setAccessibleName(tr("Group devices by"));
    m_groupByCombo->setToolTip(tr("How the device tree groups the fleet"));
    for (GroupBy groupBy : FleetGrouping::all())
        m_groupByCombo->addItem(FleetGrouping::name(groupBy), FleetGrouping::id(groupBy));
    m_groupByCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupByCombo->view()->setAccessibleName(tr("Groupings"));
    auto *groupByLabel = new QLabel(tr("&Group by:"), filterBox);
    groupByLabel->setObjectName(QStringLiteral("groupByLabel"));
    groupByLabel->setBuddy(m_groupByCombo);
    if (auto *layout = qobject_cast<QHBoxLayout *>(filterBox ? filterBox->layout() : nullptr)) {
        layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
        // Both keep their size: spare room goes to the filter box, not between label and combo.
        groupByLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        m_groupByCombo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        layout->addWidget(groupByLabel);
        layout->addWidget(m_groupByCombo);
    }
    const std::optional<GroupBy> saved = FleetGrouping::fromId(m_deps.settings->fleetGroupBy());
    if (saved) {
        m_fleetModel->setGroupBy(*saved);
        m_groupByCombo->setCurrentIndex(m_groupByCombo->findData(FleetGrouping::id(*saved)));
    }
    connect(m_groupByCombo, &QComboBox::activated, this, [this](int index) {
        if (const auto groupBy = FleetGrouping::fromId(m_groupByCombo->itemData(index).toString()))
            setGroupBy(*groupBy);
    });

    // Tree or table: View menu and toolbar.
    auto *modes = new QActionGroup(this);
    modes->setExclusive(true);
    m_treeViewAction = new QAction(tr("Device &Tree"), modes);
    m_treeViewAction->setObjectName(QStringLiteral("treeViewAction"));
    m_treeViewAction->setCheckable(true);
    m_treeViewAction->setChecked(true);
    m_treeViewAction->setShortcut(QKeySequence(tr("Ctrl+1")));
    m_treeViewAction->setStatusTip(tr("Show the devices as a tree, grouped"));
    m_tableViewAction = new QAction(tr("Device T&able"), modes);
    m_tableViewAction->setObjectName(QStringLiteral("tableViewAction"));
    m_tableViewAction->setCheckable(true);
    m_tableViewAction->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_tableViewAction->setStatusTip(tr("Show every device as one row of a sortable table"));
    connect(m_treeViewAction, &QAction::triggered, this, [this] { setTableView(false); });
    connect(m_tableViewAction, &QAction::triggered, this, [this] { setTableView(true); });
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        QAction *before = view->actions().value(2); // after Filter and Refresh
        view->insertAction(before, m_treeViewAction);
        view->insertAction(before, m_tableViewAction);
        view->insertSeparator(before);
    }
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        toolBar->addSeparator();
        m_treeViewAction->setIconText(tr("Tree"));
        m_tableViewAction->setIconText(tr("Table"));
        toolBar->addAction(m_treeViewAction);
        toolBar->addAction(m_tableViewAction);
    }

    // Columns: the header's context menu shows and hides them; the layout is saved.
    QHeaderView *header = m_tree->header();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        showColumnMenu(m_tree->header(), position);
    });
    const QByteArray treeHeader = m_deps.settings->fleetTreeHeaderState();
    if (!treeHeader.isEmpty() && header->restoreState(treeHeader)) {
        header->setSectionHidden(FleetTreeModel::NameColumn, false);
        m_tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }

    m_filterModel->setClock([this] { return now(); });
    if (m_deps.settings->fleetTableView())
        setTableView(true);
}

void MainWindow::ensureTable()
{
    if (m_table)
        return;
    m_tableModel = new DeviceTableModel(this);
    m_tableModel->setObjectName(QStringLiteral("deviceTableModel"));
    m_tableModel->setClock([this] { return now(); });
    m_tableModel->setUnreachableProfiles(m_fleetModel->unreachableProfiles());
    m_tableModel->setDevices(m_fleetModel->devices());
    m_tableFilterModel = new FleetFilterProxyModel(this);
    m_tableFilterModel->setObjectName(QStringLiteral("deviceTableFilterProxyModel"));
    m_tableFilterModel->setClock([this] { return now(); });
    m_tableFilterModel->setSourceModel(m_tableModel);
    m_tableFilterModel->setQueryContext(m_filterModel->queryContext());
    m_tableFilterModel->setFilterText(m_filterModel->appliedQueryText());

    m_table = new QTableView(m_treeStack);
    m_table->setObjectName(QStringLiteral("deviceTableView"));
    m_table->setAccessibleName(tr("Devices"));
    m_table->setAccessibleDescription(tr("Every device with its values, one row each"));
    m_table->setModel(m_tableFilterModel);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        showColumnMenu(m_table->horizontalHeader(), position);
    });
    const QFontMetrics metrics = m_table->fontMetrics();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin) * 4;
    const auto widthFor = [&](const QString &sample, int column) {
        const QString title = m_tableModel->headerData(column, Qt::Horizontal).toString();
        return qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + margin;
    };
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    header->resizeSection(DeviceFields::Name,
                          widthFor(QStringLiteral("pump-station-0042"), 0) + icon);
    header->resizeSection(DeviceFields::Site, widthFor(QStringLiteral("Osaka plant"), 1));
    header->resizeSection(DeviceFields::Group, widthFor(QStringLiteral("Line B/Pumps"), 2));
    header->resizeSection(DeviceFields::Serial, widthFor(QStringLiteral("SN00000000"), 4) + icon);
    header->resizeSection(DeviceFields::Firmware, widthFor(QStringLiteral("2.10.13"), 5));
    header->resizeSection(DeviceFields::LastSeen, widthFor(tr("59 min ago"), 9));
    // Less used columns start hidden; the header's menu shows them.
    for (const int column : {int(DeviceFields::Endpoint),
                             int(DeviceFields::Tags),
                             int(DeviceFields::Lifecycle),
                             int(DeviceFields::Group)}) {
        header->setSectionHidden(column, true);
    }
    const QByteArray saved = m_deps.settings->fleetTableHeaderState();
    if (!saved.isEmpty() && header->restoreState(saved))
        header->setSectionHidden(DeviceFields::Name, false);
    else
        header->setSortIndicator(DeviceFields::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // sorts by the header's indicator (the table model sorts)
    m_treeStack->addWidget(m_table);

    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::updateDetails);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::updateDetails);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::updateBulkActions);
    // After a reset (a big change), the current device is selected again.
    connect(m_tableFilterModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_table->setProperty("pendingCurrent", currentDeviceId());
    });
    connect(m_tableFilterModel, &QAbstractItemModel::modelReset, this, [this] {
        const QUuid id = m_table->property("pendingCurrent").toUuid();
        if (!id.isNull() && isTableView())
            selectDevice(id);
    });
}

bool MainWindow::isTableView() const
{
    return m_table && m_tableMode;
}

QAbstractItemView *MainWindow::activeDeviceView() const
{
    return isTableView() ? static_cast<QAbstractItemView *>(m_table) : m_tree;
}

FleetFilterProxyModel *MainWindow::activeFilterModel() const
{
    return activeDeviceView() == m_table ? m_tableFilterModel : m_filterModel;
}

const Device *MainWindow::deviceAt(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid())
        return nullptr;
    if (viewIndex.model() == m_tableFilterModel && m_tableFilterModel)
        return m_tableModel->device(m_tableFilterModel->mapToSource(viewIndex));
    if (viewIndex.model() == m_filterModel)
        return m_fleetModel->device(m_filterModel->mapToSource(viewIndex));
    return nullptr;
}

QUuid MainWindow::currentDeviceId() const
{
    const Device *device = deviceAt(activeDeviceView()->currentIndex());
    return device ? device->id : QUuid();
}

void MainWindow::setTableView(bool table)
{
    const QUuid current = currentDeviceId(); // of the view shown until now
    if (table)
        ensureTable();
    m_tableMode = table;
    (table ? m_tableViewAction : m_treeViewAction)->setChecked(true);
    m_groupByCombo->setEnabled(!table);
    m_deps.settings->setFleetTableView(table);
    // The view that shows now gets the filter typed so far.
    FleetFilterProxyModel *proxy = activeFilterModel();
    if (proxy->filterText() != m_filterModel->filterText())
        proxy->setFilterText(m_filterModel->filterText());
    updateFilterFeedback(); // shows the view (or the "no matches" page)
    if (!current.isNull())
        selectDevice(current);
    updateDetails();
    updateBulkActions();
}

void MainWindow::setGroupBy(GroupBy groupBy)
{
    m_deps.settings->setFleetGroupBy(FleetGrouping::id(groupBy));
    const int index = m_groupByCombo->findData(FleetGrouping::id(groupBy));
    if (index >= 0 && index != m_groupByCombo->currentIndex())
        m_groupByCombo->setCurrentIndex(index);
    if (groupBy == m_fleetModel->groupBy())
        return;
    const QUuid current = m_tree->currentIndex().isValid()
                              ? m_tree->currentIndex().data(FleetTreeModel::DeviceIdRole).toUuid()
                              : QUuid();
    m_fleetModel->setGroupBy(groupBy); // a reset: rememberTreeState/restoreTreeState run
    if (m_filterModel->isFiltering() || m_fleetModel->devices().size() <= 500)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    if (!current.isNull())
        selectDevice(current);
}

void MainWindow::setUnreachableProfiles(const QSet<QString> &profiles)
{
    m_fleetModel->setUnreachableProfiles(profiles);
    if (m_tableModel)
        m_tableModel->setUnreachableProfiles(profiles);
    if (m_details && !currentDeviceId().isNull())
        updateDetails();
}

void MainWindow::setQueryContext(const FleetQueryContext &context)
{
    m_filterModel->setQueryContext(context);
    if (m_tableFilterModel)
        m_tableFilterModel->setQueryContext(context);
    updateFilterFeedback();
}

void MainWindow::showColumnMenu(QHeaderView *header, const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnsMenu"));
    QAbstractItemModel *model = header->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != 0); // the name always shows
        connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
    saveDeviceViewState();
}

void MainWindow::saveDeviceViewState()
{
    m_deps.settings->setFleetTreeHeaderState(m_tree->header()->saveState());
    if (m_table)
        m_deps.settings->setFleetTableHeaderState(m_table->horizontalHeader()->saveState());
}

void MainWindow::selectAllShown()
{
    if (isTableView() && m_table) {
        m_table->setFocus();
        m_table->selectAll();
    } else {
        m_tree->setFocus();
        m_tree->selectAll();
    }
}
