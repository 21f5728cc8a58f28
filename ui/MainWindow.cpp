#include "MainWindow.h"

#include "AppIcons.h"
#include "BackgroundTask.h"
#include "BannerWidget.h"
#include "ConnectionManagerDialog.h"
#include "CsvImportDialog.h"
#include "DeviceDetailsWidget.h"
#include "DeviceTableModel.h"
#include "EmptyStateWidget.h"
#include "EventLogModel.h"
#include "FileDialogs.h"
#include "FleetFilterProxyModel.h"
#include "GroupsPanel.h"
#include "HealthIcons.h"
#include "HeldOperationsController.h"
#include "MessageBoxes.h"
#include "QueryLineEdit.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkRecord.h"
#include "bulk/Lwm2mBulkActions.h"
#include "charts/ChartsDock.h"
#include "common/AppPaths.h"
#include "common/Diagnostics.h"
#include "common/Logging.h"
#include "common/Settings.h"
#include "common/TimeFormat.h"
#include "lwm2m/Lwm2mService.h"
#include "lwm2m/ResourceBrowserWidget.h"
#include "mqtt/TopicExplorerWidget.h"
#include "profiles/ProfileStore.h"
#include "provisioning/CsvImport.h"
#include "store/FleetStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Toolbar buttons show the menu text without its mnemonic, also in the Japanese "名前(&N)" form.
QString toolBarText(const QString &menuText)
{
    QString text = menuText;
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

constexpr int WindowStateVersion = 1;
constexpr int FilterDelayMs = 150;
constexpr int TickIntervalMs = 15000;
constexpr int ExpandEverythingUpTo
    = 500; // devices; bigger fleets open with only the sites expanded

struct ProfilesLoad
{
    ProfileStore store{QString()};
    bool ok = false;
    QString error;
};

struct ImportRead
{
    bool ok = false;
    QString error;
    CsvImport::Plan plan;
};

struct ExportResult
{
    bool ok = false;
    QString error;
};

QIcon applicationIcon()
{
    const QString path = QStringLiteral(":/icons/fleetdesk.svg");
    return QFile::exists(path) ? QIcon(path) : AppIcons::application();
}

QString quoted(const QString &text)
{
    return MainWindow::tr("“%1”").arg(text);
}

struct BulkOperation
{
    QString id;
    QString menuText;
    BulkConfirmDialog::Operation confirm;
};

QList<BulkOperation> bulkOperations()
{
    return {
        {QStringLiteral("reboot"),
         MainWindow::tr("&Reboot…"),
         {MainWindow::tr("Reboot"),
          MainWindow::tr("Each device restarts (LwM2M Execute /3/0/4) and is unreachable for a "
                         "short while. Sleeping devices reboot when they next wake up."),
          false}},
        {QStringLiteral("factory_reset"),
         MainWindow::tr("&Factory Reset…"),
         {MainWindow::tr("Factory reset"),
          MainWindow::tr("Each device erases its configuration and data and returns to its "
                         "factory state (LwM2M Execute /3/0/5). It must be bootstrapped again "
                         "before FleetDesk can manage it."),
          true}},
        {QStringLiteral("disable"),
         MainWindow::tr("&Disable…"),
         {MainWindow::tr("Disable"),
          MainWindow::tr("Each device deregisters and stays silent for its disable timeout "
                         "(LwM2M Execute /1/x/4), then registers again."),
          false}},
        {QStringLiteral("registration_update"),
         MainWindow::tr("Registration &Update…"),
         {MainWindow::tr("Registration update"),
          MainWindow::tr("Each device is asked to send a registration update (LwM2M Execute "
                         "/1/x/8), which refreshes its objects and lifetime on the server."),
          false}},
    };
}

} // namespace

MainWindow::MainWindow(const Dependencies &dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_deps(dependencies)
    , m_profiles(std::make_unique<ProfileStore>(dependencies.profilesPath))
{
    Q_ASSERT(m_deps.fleetStore && m_deps.eventLog && m_deps.settings && m_deps.secretStore);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FleetDesk"));
    setWindowIcon(applicationIcon());
    if (!m_deps.fileDialogs) {
        m_ownFileDialogs = std::make_unique<FileDialogs>();
        m_deps.fileDialogs = m_ownFileDialogs.get();
    }
    if (!m_deps.messageBoxes) {
        m_ownMessageBoxes = std::make_unique<MessageBoxes>();
        m_deps.messageBoxes = m_ownMessageBoxes.get();
    }

    m_fleetModel = new FleetTreeModel(this);
    m_fleetModel->setObjectName(QStringLiteral("fleetTreeModel"));
    m_fleetModel->setClock([this] { return now(); });
    m_filterModel = new FleetFilterProxyModel(this);
    m_filterModel->setObjectName(QStringLiteral("fleetFilterProxyModel"));
    m_filterModel->setSourceModel(m_fleetModel);
    m_eventLogModel = new EventLogModel(m_deps.eventLog, this);
    m_eventLogModel->setObjectName(QStringLiteral("eventLogModel"));

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createDocks();
    createStatusBar();
    createDeviceViews();
    createGroups();
    createHeldOperations();
    createCampaigns();
    restoreWindowState();
    updateBulkActions();

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(TickIntervalMs);
    connect(m_tickTimer, &QTimer::timeout, this, &MainWindow::tick);
    m_tickTimer->start();

    FleetStore *store = m_deps.fleetStore;
    connect(store, &FleetStore::opened, this, &MainWindow::onCacheOpened);
    connect(store, &FleetStore::devicesLoaded, this, &MainWindow::onDevicesLoaded);
    connect(store, &FleetStore::integrityChecked, this, &MainWindow::onIntegrityChecked);
    connect(store, &FleetStore::failed, this, &MainWindow::onStoreFailed);

    updateCentralPage();
    updateStatus();
    loadProfiles();
    store->open(m_deps.fleetDbPath);
}

MainWindow::~MainWindow() = default;

QDateTime MainWindow::now() const
{
    return m_deps.clock ? m_deps.clock() : QDateTime::currentDateTimeUtc();
}

void MainWindow::logEvent(EventLog::Severity severity,
                          const QString &source,
                          const QString &message)
{
    m_deps.eventLog->add(severity, source, message);
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::createActions()
{
    m_importAction = new QAction(tr("&Import Devices from CSV…"), this);
    m_importAction->setObjectName(QStringLiteral("importDevicesAction"));
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importAction->setStatusTip(tr("Check a CSV file of devices, then add them to the cache"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDevicesFromCsv);

    m_exportAction = new QAction(tr("&Export Devices…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportDevicesAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setStatusTip(tr("Write the selected or shown devices to a CSV or JSON file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDevices);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_filterAction = new QAction(tr("&Filter Devices"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, &MainWindow::focusFilter);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the fleet cache again"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_connectionsAction = new QAction(tr("&Connections…"), this);
    m_connectionsAction->setObjectName(QStringLiteral("connectionsAction"));
    m_connectionsAction->setStatusTip(tr("Add, edit and test LwM2M servers and MQTT brokers"));
    m_connectionsAction->setEnabled(false); // until the profiles are loaded
    connect(m_connectionsAction, &QAction::triggered, this, [this] { showConnections(false); });

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_diagnosticsAction = new QAction(tr("&Export Diagnostics…"), this);
    m_diagnosticsAction->setObjectName(QStringLiteral("exportDiagnosticsAction"));
    m_diagnosticsAction->setStatusTip(
        tr("Save the application log, versions and settings (never secrets) in a zip file for "
           "support"));
    connect(m_diagnosticsAction, &QAction::triggered, this, &MainWindow::exportDiagnostics);

    for (const BulkOperation &operation : bulkOperations()) {
        auto *action = new QAction(operation.menuText, this);
        QString name = operation.id;
        for (int i = name.indexOf(QLatin1Char('_')); i >= 0; i = name.indexOf(QLatin1Char('_'))) {
            name.remove(i, 1);
            if (i < name.size())
                name[i] = name.at(i).toUpper();
        }
        action->setObjectName(name + QStringLiteral("Action")); // "factoryResetAction"
        action->setData(operation.id);
        connect(action, &QAction::triggered, this, [this, id = operation.id] {
            startBulkOperation(id);
        });
        m_bulkActions << action;
    }

    m_aboutAction = new QAction(tr("&About FleetDesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_filterAction);
    view->addAction(m_refreshAction);
    view->addSeparator();
    // The dock toggles are added in createDocks().

    QMenu *devices = menuBar()->addMenu(tr("&Devices"));
    devices->setObjectName(QStringLiteral("devicesMenu"));
    devices->setToolTipsVisible(true); // why an operation is disabled
    devices->addActions(m_bulkActions);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(m_connectionsAction);
    tools->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_diagnosticsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_filterEdit = new QueryLineEdit(toolBar);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter devices"));
    m_filterEdit->setPlaceholderText(
        tr("Filter devices: pump, fw:<2.1, site:\"Osaka*\", health:offline… (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(AppIcons::search(), QLineEdit::LeadingPosition);
    m_filterEdit->setToolTip(
        tr("Words search every text field; field:value narrows (fw:<2.1 battery:<20 "
           "site:\"Osaka*\" health:offline seen:>2h tag:pump). OR, NOT or -, and parentheses "
           "combine terms. Ctrl+Space completes, Esc clears the filter, ↓ moves to the tree."));
    // Completion from the fleet in the window and the filter's context (groups, saved filters).
    m_filterEdit->setCompletionSource([this](const QString &text, int cursor, int *from) {
        return FleetQuery::completions(
            text, cursor, m_fleetModel->devices(), m_filterModel->queryContext(), from);
    });
    m_filterEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_filterEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_filterEdit->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterTimer->start(); });

    m_filterCountLabel = new QLabel(toolBar);
    m_filterCountLabel->setObjectName(QStringLiteral("filterCountLabel"));
    m_filterCountLabel->setAccessibleName(tr("Devices matching the filter"));
    m_filterCountLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *filterBox = new QWidget(toolBar);
    filterBox->setObjectName(QStringLiteral("filterBoxWidget"));
    auto *filterLayout = new QHBoxLayout(filterBox);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    filterLayout->setContentsMargins(spacing, spacing / 2, spacing, spacing / 2);
    filterLayout->addWidget(m_filterEdit, 1);
    filterLayout->addWidget(m_filterCountLabel);
    toolBar->addWidget(filterBox);
    toolBar->addSeparator();
    for (QAction *action : {m_refreshAction, m_connectionsAction, m_importAction}) {
        action->setIconText(toolBarText(action->text()));
        toolBar->addAction(action);
    }
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    layout->setContentsMargins(spacing, spacing, spacing, 0);
    layout->setSpacing(spacing);

    m_cacheBanner = new BannerWidget(central);
    m_cacheBanner->setObjectName(QStringLiteral("cacheBannerWidget"));
    m_cacheBanner->hide();
    m_staleBanner = new BannerWidget(central);
    m_staleBanner->setObjectName(QStringLiteral("staleBannerWidget"));
    m_staleBanner->setActionText(tr("Connections…"));
    m_staleBanner->actionButton()->setObjectName(QStringLiteral("staleConnectionsPushButton"));
    m_staleBanner->hide();
    connect(
        m_staleBanner, &BannerWidget::actionTriggered, this, [this] { showConnections(false); });
    layout->addWidget(m_cacheBanner);
    layout->addWidget(m_staleBanner);

    m_centralStack = new QStackedWidget(central);
    m_centralStack->setObjectName(QStringLiteral("centralStackedWidget"));
    layout->addWidget(m_centralStack, 1);

    m_loadingState = new EmptyStateWidget(m_centralStack);
    m_loadingState->setObjectName(QStringLiteral("loadingStateWidget"));
    m_loadingState->setTitle(tr("Opening the fleet cache…"));
    m_loadingState->setText(QDir::toNativeSeparators(m_deps.fleetDbPath));
    m_centralStack->addWidget(m_loadingState);

    m_emptyState = new EmptyStateWidget(m_centralStack);
    m_emptyState->setObjectName(QStringLiteral("fleetEmptyStateWidget"));
    m_emptyState->setIcon(applicationIcon());
    m_emptyConnectionsButton
        = m_emptyState->addButton(tr("Add Connection…"), QStringLiteral("addConnectionPushButton"));
    m_emptyImportButton = m_emptyState->addButton(tr("Import Devices from CSV…"),
                                                  QStringLiteral("importCsvPushButton"));
    connect(m_emptyConnectionsButton, &QPushButton::clicked, this, [this] {
        showConnections(m_profiles->entries().isEmpty());
    });
    connect(m_emptyImportButton, &QPushButton::clicked, this, &MainWindow::importDevicesFromCsv);
    m_centralStack->addWidget(m_emptyState);

    m_splitter = new QSplitter(Qt::Horizontal, m_centralStack);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_centralStack->addWidget(m_splitter);

    m_treeStack = new QStackedWidget(m_splitter);
    m_treeStack->setObjectName(QStringLiteral("treeStackedWidget"));
    m_tree = new QTreeView(m_treeStack);
    m_tree->setObjectName(QStringLiteral("deviceTreeView"));
    m_tree->setAccessibleName(tr("Devices"));
    m_tree->setAccessibleDescription(tr("Sites, groups and devices with their health"));
    m_tree->setModel(m_filterModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection); // bulk operations
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from the font, so they follow the language, the font size and the screen's DPI.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int iconAndIndent
        = m_tree->indentation() * 3 + style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    const auto widthFor = [&](const QString &sample, int column) {
        const int headerWidth = metrics.horizontalAdvance(
            m_fleetModel->headerData(column, Qt::Horizontal).toString());
        return qMax(metrics.horizontalAdvance(sample), headerWidth)
               + style()->pixelMetric(QStyle::PM_HeaderMargin) * 4;
    };
    header->resizeSection(FleetTreeModel::NameColumn,
                          widthFor(QStringLiteral("pump-station-0042"), 0) + iconAndIndent);
    header->resizeSection(FleetTreeModel::FirmwareColumn,
                          widthFor(QStringLiteral("2.10.13"), FleetTreeModel::FirmwareColumn));
    header->resizeSection(FleetTreeModel::BatteryColumn,
                          widthFor(QStringLiteral("100 %"), FleetTreeModel::BatteryColumn)
                              + style()->pixelMetric(QStyle::PM_SmallIconSize));
    header->resizeSection(FleetTreeModel::LastSeenColumn,
                          widthFor(tr("59 min ago"), FleetTreeModel::LastSeenColumn));
    m_treeStack->addWidget(m_tree);

    m_noMatchesState = new EmptyStateWidget(m_treeStack);
    m_noMatchesState->setObjectName(QStringLiteral("noMatchesStateWidget"));
    QPushButton *clearFilter
        = m_noMatchesState->addButton(tr("Clear Filter"), QStringLiteral("clearFilterPushButton"));
    connect(clearFilter, &QPushButton::clicked, this, [this] {
        m_filterEdit->clear();
        applyFilter();
        m_filterEdit->setFocus();
    });
    m_treeStack->addWidget(m_noMatchesState);

    m_details = new DeviceDetailsWidget(m_splitter);
    m_details->setClock([this] { return now(); });
    m_details->setMessageBoxes(m_deps.messageBoxes);
    m_details->setFileDialogs(m_deps.fileDialogs);
    m_details->setLwm2mService(m_deps.lwm2m);
    connect(m_details,
            &DeviceDetailsWidget::chartRequested,
            this,
            [this](const QUuid &deviceId,
                   const QString &deviceName,
                   const QString &,
                   const QString &,
                   const QString &path,
                   const QString &unit) {
                if (!m_charts->hasSeries(deviceId, path))
                    m_charts->addSeries(deviceId, deviceName, path, unit);
                m_chartsDock->show();
                m_chartsDock->raise();
            });
    connect(m_details,
            &DeviceDetailsWidget::operationFinished,
            this,
            &MainWindow::onDeviceOperationFinished);
    m_splitter->addWidget(m_treeStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);

    setTabOrder(m_filterEdit, m_tree);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::updateDetails);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::updateDetails);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::updateBulkActions);
    connect(m_filterModel,
            &QAbstractItemModel::modelAboutToBeReset,
            this,
            &MainWindow::rememberTreeState);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &MainWindow::restoreTreeState);

    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_eventLogDock = new QDockWidget(tr("Events"), this);
    m_eventLogDock->setObjectName(QStringLiteral("eventLogDockWidget"));
    m_eventLogDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea
                                    | Qt::LeftDockWidgetArea);
    m_eventLogTable = new QTableView(m_eventLogDock);
    m_eventLogTable->setObjectName(QStringLiteral("eventLogTableView"));
    m_eventLogTable->setAccessibleName(tr("Event log"));
    m_eventLogTable->setModel(m_eventLogModel);
    m_eventLogTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventLogTable->setWordWrap(false);
    m_eventLogTable->setShowGrid(false);
    m_eventLogTable->setAlternatingRowColors(true);
    m_eventLogTable->verticalHeader()->hide();
    m_eventLogTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_eventLogTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_eventLogTable->horizontalHeader()->setStretchLastSection(true);
    m_eventLogTable->horizontalHeader()->setHighlightSections(false);
    m_eventLogTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics = fontMetrics();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin) * 4;
    m_eventLogTable->setColumnWidth(EventLogModel::TimeColumn,
                                    metrics.horizontalAdvance(QStringLiteral("2026-11-26 10:42:03"))
                                        + margin);
    m_eventLogTable->setColumnWidth(
        EventLogModel::SeverityColumn,
        metrics.horizontalAdvance(EventLogModel::severityName(EventLog::Severity::Info))
            + margin * 2 + style()->pixelMetric(QStyle::PM_SmallIconSize) * 2);
    m_eventLogTable->setColumnWidth(EventLogModel::SourceColumn,
                                    metrics.averageCharWidth() * 18 + margin);
    // Follow new entries while the view is at the bottom; leave it alone when the user scrolled up.
    connect(m_eventLogModel, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_eventLogTable->verticalScrollBar();
        m_eventLogTable->setProperty("followTail", bar->value() >= bar->maximum());
    });
    connect(m_eventLogModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_eventLogTable->property("followTail").toBool())
            QTimer::singleShot(0, m_eventLogTable, &QTableView::scrollToBottom);
    });
    m_eventLogDock->setWidget(m_eventLogTable);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventLogDock);

    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDockWidget"));
    // Live charts of observed resources, with their recorded history from telemetry.db; an empty
    // state that says how to get one until something is charted.
    m_charts = new ChartsDock(m_deps.fileDialogs, m_chartsDock);
    m_charts->setTelemetryDatabase(AppPaths::telemetryDbFor(m_deps.fleetDbPath));
    m_charts->setClock([this] { return now(); });
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    tabifyDockWidget(m_eventLogDock, m_chartsDock);
    if (m_deps.lwm2m) {
        // Observed values go to the chart that shows them (they reach telemetry.db in the core).
        connect(m_deps.lwm2m, &Lwm2mService::notification, this, [this](const Lwm2mSample &sample) {
            if (!sample.value || sample.deviceId.isNull()
                || !m_charts->hasSeries(sample.deviceId, sample.path))
                return;
            m_charts->appendSamples(
                sample.deviceId, sample.path, {{sample.time.toMSecsSinceEpoch(), *sample.value}});
        });
    }
    // The MQTT topic explorer: every broker connection's topics, payloads, history, publishing.
    m_topicsDock = new QDockWidget(tr("Topics"), this);
    m_topicsDock->setObjectName(QStringLiteral("topicsDockWidget"));
    m_topicExplorer = new TopicExplorerWidget(m_topicsDock);
    m_topicExplorer->setFileDialogs(m_deps.fileDialogs);
    m_topicExplorer->setMessageBoxes(m_deps.messageBoxes);
    m_topicExplorer->setFleetStore(m_deps.fleetStore);
    m_topicExplorer->setChartsDock(m_charts);
    applyIngestSettings();
    connect(m_topicExplorer, &TopicExplorerWidget::chartAdded, this, [this] {
        m_chartsDock->show();
        m_chartsDock->raise();
    });
    m_topicsDock->setWidget(m_topicExplorer);
    addDockWidget(Qt::BottomDockWidgetArea, m_topicsDock);
    tabifyDockWidget(m_chartsDock, m_topicsDock);
    m_eventLogDock->raise();
    resizeDocks({m_eventLogDock}, {fontMetrics().height() * 9}, Qt::Vertical);

    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QAction *eventsToggle = m_eventLogDock->toggleViewAction();
    eventsToggle->setText(tr("&Event Log"));
    eventsToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    QAction *chartsToggle = m_chartsDock->toggleViewAction();
    chartsToggle->setText(tr("C&harts"));
    QAction *topicsToggle = m_topicsDock->toggleViewAction();
    topicsToggle->setText(tr("&Topics"));
    topicsToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    view->addAction(eventsToggle);
    view->addAction(chartsToggle);
    view->addAction(topicsToggle);
    QAction *toolBarToggle
        = findChild<QToolBar *>(QStringLiteral("mainToolBar"))->toggleViewAction();
    toolBarToggle->setText(tr("&Toolbar"));
    view->addAction(toolBarToggle);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("mainStatusBar"));
    m_connectionIconLabel = new QLabel(bar);
    m_connectionIconLabel->setObjectName(QStringLiteral("connectionIconLabel"));
    m_connectionLabel = new QLabel(bar);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection status"));
    m_fleetStatusLabel = new QLabel(bar);
    m_fleetStatusLabel->setObjectName(QStringLiteral("fleetStatusLabel"));
    m_fleetStatusLabel->setAccessibleName(tr("Fleet status"));
    bar->addPermanentWidget(m_connectionIconLabel);
    bar->addPermanentWidget(m_connectionLabel);
    bar->addPermanentWidget(m_fleetStatusLabel, 1);
}

void MainWindow::restoreWindowState()
{
    Settings *settings = m_deps.settings;
    if (!restoreGeometry(settings->windowGeometry())) {
        // First start: most of the screen, and never more than it (works on 1366×768).
        QSize size(1280, 760);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.92);
        resize(size);
    }
    restoreState(settings->windowState(), WindowStateVersion);
    if (!m_splitter->restoreState(settings->splitterState())) {
        const int total = width();
        m_splitter->setSizes({total * 56 / 100, total * 44 / 100});
    }
}

void MainWindow::saveWindowState()
{
    Settings *settings = m_deps.settings;
    settings->setWindowGeometry(saveGeometry());
    settings->setWindowState(saveState(WindowStateVersion));
    settings->setSplitterState(m_splitter->saveState());
    saveDeviceViewState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_deps.settings->sync(); // a small file, once, on the way out
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // After the first paint: the window is up before any background check starts.
    QTimer::singleShot(0, this, [this] {
        m_firstPaintDone = true;
        maybeCheckIntegrity();
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            if (!m_filterEdit->text().isEmpty()) {
                m_filterEdit->clear();
                applyFilter();
                return true;
            }
            m_tree->setFocus(Qt::ShortcutFocusReason);
            return true;
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            applyFilter();
            if (!activeDeviceView()->currentIndex().isValid()
                && activeFilterModel()->rowCount() > 0)
                activeDeviceView()->setCurrentIndex(activeFilterModel()->index(0, 0));
            activeDeviceView()->setFocus(Qt::ShortcutFocusReason);
            return true;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// Profiles and the cache

void MainWindow::loadProfiles()
{
    const QString path = m_deps.profilesPath;
    if (path.isEmpty()) {
        m_profilesLoaded = true;
        m_connectionsAction->setEnabled(true);
        return;
    }
    BackgroundTask::run(
        this,
        [path] {
            ProfilesLoad result;
            result.store = ProfileStore(path);
            result.ok = result.store.load(&result.error);
            return result;
        },
        [this](const ProfilesLoad &result) {
            *m_profiles = result.store;
            m_profilesLoaded = true;
            m_connectionsAction->setEnabled(true);
            if (!result.ok) {
                logEvent(EventLog::Severity::Error,
                         tr("Connections"),
                         tr("The connection profiles could not be read from %1: %2")
                             .arg(QDir::toNativeSeparators(m_profiles->path()), result.error));
            }
            int invalid = 0;
            for (const ProfileStore::Entry &entry : m_profiles->entries()) {
                if (!entry.isValid()) {
                    ++invalid;
                    logEvent(EventLog::Severity::Warning,
                             entry.profile.name,
                             tr("This connection profile cannot be used: %1")
                                 .arg(entry.problems.join(QStringLiteral("; "))));
                }
            }
            qCInfo(lcUi) << "profiles loaded:" << m_profiles->entries().size()
                         << "invalid:" << invalid;
            updateCentralPage();
            emit profilesLoaded(int(m_profiles->entries().size()));
        });
}

void MainWindow::onCacheOpened(const CacheDatabase::OpenResult &result, bool previousSessionUnclean)
{
    m_cacheOpened = true;
    m_readOnly = result.readOnly;
    const QString source = tr("Cache");
    const QString path = QDir::toNativeSeparators(m_deps.fleetDbPath);
    switch (result.status) {
    case CacheDatabase::Status::Ok:
        logEvent(EventLog::Severity::Info, source, tr("Opened the fleet cache %1.").arg(path));
        break;
    case CacheDatabase::Status::Created:
        logEvent(
            EventLog::Severity::Info, source, tr("Started a new fleet cache at %1.").arg(path));
        break;
    case CacheDatabase::Status::ReadOnlyNewerSchema: {
        const QString text
            = tr("This fleet cache was written by a newer version of FleetDesk. It is "
                 "open read-only: you can look, but imports are off until FleetDesk "
                 "is updated.");
        m_cacheBanner->setMessage(BannerWidget::Kind::Warning, text, result.message);
        m_cacheBanner->show();
        logEvent(EventLog::Severity::Warning, source, text);
        break;
    }
    case CacheDatabase::Status::RecoveredFromCorruption: {
        const QString text = tr("The fleet cache was damaged and could not be read. FleetDesk "
                                "started a new, empty cache; the damaged file was kept at %1.")
                                 .arg(QDir::toNativeSeparators(result.movedAsideTo));
        m_cacheBanner->setMessage(BannerWidget::Kind::Warning, text, result.message);
        m_cacheBanner->show();
        logEvent(EventLog::Severity::Warning, source, text);
        break;
    }
    case CacheDatabase::Status::Failed: {
        m_cacheFailed = true;
        const QString text
            = tr("The fleet cache %1 could not be opened: %2").arg(path, result.message);
        m_cacheBanner->setMessage(BannerWidget::Kind::Error, text);
        m_cacheBanner->show();
        logEvent(EventLog::Severity::Error, source, text);
        updateCentralPage();
        updateStatus();
        emit fleetDisplayed(0);
        break;
    }
    }
    if (previousSessionUnclean) {
        logEvent(
            EventLog::Severity::Warning,
            source,
            tr("FleetDesk did not close cleanly last time; a full integrity check of the cache "
               "runs in the background."));
    }
    m_importAction->setEnabled(result.ok() && !m_readOnly);
    if (m_readOnly)
        m_importAction->setToolTip(tr("The cache is read-only"));
    maybeCheckIntegrity();
}

void MainWindow::maybeCheckIntegrity()
{
    // Not before the devices are in the tree (or a cache error said they won't come): the check
    // would share the CPU with the first tree build.
    if (m_integrityRequested || !m_firstPaintDone || !m_cacheOpened || m_cacheFailed
        || (!m_devicesLoaded && !m_storeFailed))
        return;
    m_integrityRequested = true;
    m_deps.fleetStore->checkIntegrity();
}

void MainWindow::onIntegrityChecked(bool full, const QStringList &problems)
{
    const QString source = tr("Cache");
    if (problems.isEmpty()) {
        logEvent(EventLog::Severity::Info,
                 source,
                 full ? tr("Full integrity check of the fleet cache: no problems found.")
                      : tr("Quick integrity check of the fleet cache: no problems found."));
        return;
    }
    const int shown = qMin(int(problems.size()), 20);
    for (int i = 0; i < shown; ++i)
        logEvent(EventLog::Severity::Error, source, problems.at(i));
    const QString text = tr("The integrity check found %Ln problem(s) in the fleet cache. The "
                            "event log lists them; export diagnostics for support.",
                            nullptr,
                            int(problems.size()));
    logEvent(EventLog::Severity::Error, source, text);
    if (m_cacheBanner->isHidden()) {
        m_cacheBanner->setMessage(BannerWidget::Kind::Error, text);
        m_cacheBanner->show();
    }
}

void MainWindow::onStoreFailed(const QString &message)
{
    logEvent(EventLog::Severity::Error, tr("Cache"), message);
    statusBar()->showMessage(message, 10000);
    m_storeFailed = true;
    maybeCheckIntegrity();
}

void MainWindow::onDevicesLoaded(const DeviceList &devices, const QDateTime &lastSync)
{
    const bool first = !m_devicesLoaded;
    m_devicesLoaded = true;
    m_lastSync = lastSync;
    m_fleetModel->setDevices(devices);
    if (m_tableModel)
        m_tableModel->setDevices(devices);
    if (m_filterModel->isFiltering() && m_tree->isVisible())
        m_tree->expandAll();
    updateDetails();
    updateCentralPage();
    updateStatus();
    updateFilterFeedback();
    if (first) {
        logEvent(EventLog::Severity::Info,
                 tr("Cache"),
                 tr("Loaded %Ln device(s) from the cache.", nullptr, int(devices.size())));
    }
    emit fleetDisplayed(int(devices.size()));
    if (first) // after the tree's first paint
        QTimer::singleShot(0, this, &MainWindow::maybeCheckIntegrity);
}

// ---------------------------------------------------------------------------------------------
// The tree across reloads

void MainWindow::collectExpanded(const QModelIndex &parent, QStringList *keys) const
{
    const int rows = m_filterModel->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_filterModel->index(row, 0, parent);
        if (m_tree->isExpanded(index)) {
            keys->append(index.data(FleetTreeModel::NodeKeyRole).toString());
            collectExpanded(index, keys);
        }
    }
}

void MainWindow::rememberTreeState()
{
    m_pendingCurrentKey = m_tree->currentIndex().data(FleetTreeModel::NodeKeyRole).toString();
    m_pendingExpanded.clear();
    collectExpanded(QModelIndex(), &m_pendingExpanded);
    m_pendingScroll = m_tree->verticalScrollBar()->value();
}

void MainWindow::restoreTreeState()
{
    if (!m_treeInitialised) {
        if (m_fleetModel->devices().isEmpty())
            return;
        m_treeInitialised = true;
        if (m_fleetModel->devices().size() <= ExpandEverythingUpTo)
            m_tree->expandAll();
        else
            m_tree->expandToDepth(0);
        return;
    }
    for (const QString &key : std::as_const(m_pendingExpanded)) {
        const QModelIndex index = m_filterModel->mapFromSource(m_fleetModel->indexOfNode(key));
        if (index.isValid())
            m_tree->expand(index);
    }
    if (!m_pendingCurrentKey.isEmpty()) {
        const QModelIndex current
            = m_filterModel->mapFromSource(m_fleetModel->indexOfNode(m_pendingCurrentKey));
        if (current.isValid()) {
            m_tree->selectionModel()->setCurrentIndex(
                current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    m_tree->doItemsLayout(); // lay out now, so the scroll range is right before restoring it
    m_tree->verticalScrollBar()->setValue(m_pendingScroll);
    m_pendingExpanded.clear();
    m_pendingCurrentKey.clear();
}

bool MainWindow::selectDevice(const QUuid &id)
{
    if (isTableView()) {
        const QModelIndex row = m_tableFilterModel->mapFromSource(m_tableModel->indexOfDevice(id));
        if (!row.isValid())
            return false;
        m_table->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(row);
        return true;
    }
    const QModelIndex index = m_filterModel->mapFromSource(m_fleetModel->indexOfDevice(id));
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::selectFirstDevice()
{
    QModelIndex index = m_filterModel->index(0, 0);
    while (index.isValid() && m_filterModel->hasChildren(index))
        index = m_filterModel->index(0, 0, index);
    if (index.isValid())
        selectDevice(index.data(FleetTreeModel::DeviceIdRole).toUuid());
}

// ---------------------------------------------------------------------------------------------
// Filter, details, status

void MainWindow::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void MainWindow::applyFilter()
{
    m_filterTimer->stop();
    const QString text = m_filterEdit->text().trimmed();
    if (text == m_filterModel->filterText())
        return;
    m_filterModel->setFilterText(text);
    if (m_tableFilterModel && isTableView())
        m_tableFilterModel->setFilterText(text); // the hidden view catches up when shown
    if (m_filterModel->isFiltering() && !isTableView())
        m_tree->expandAll(); // show every match, wherever it sits
    if (activeDeviceView()->currentIndex().isValid())
        activeDeviceView()->scrollTo(activeDeviceView()->currentIndex());
    updateFilterFeedback();
}

void MainWindow::updateFilterFeedback()
{
    QWidget *view = activeDeviceView();
    // A malformed query: the box turns red and the label says what and where (the previous
    // filter stays applied meanwhile).
    if (!m_filterModel->isValid()) {
        const QString typed = m_filterEdit->text();
        int lead = 0; // the filter is the trimmed text
        while (lead < typed.size() && typed.at(lead).isSpace())
            ++lead;
        const FleetQuery query
            = FleetQuery::parse(m_filterModel->filterText(), m_filterModel->queryContext());
        m_filterEdit->setError(m_filterModel->errorMessage(),
                               lead + m_filterModel->errorPosition(),
                               query.errorLength());
        m_filterCountLabel->setText(m_filterModel->errorMessage());
        m_filterCountLabel->setToolTip(m_filterModel->errorMessage());
        m_treeStack->setCurrentWidget(view);
        return;
    }
    m_filterEdit->clearError();
    m_filterCountLabel->setToolTip(QString());
    if (!m_filterModel->isFiltering()) {
        m_filterCountLabel->clear();
        m_treeStack->setCurrentWidget(view);
        return;
    }
    const QLocale locale;
    const int matches = m_filterModel->matchingDeviceCount();
    const int total = int(m_fleetModel->devices().size());
    m_filterCountLabel->setText(
        tr("%1 of %2").arg(locale.toString(matches), locale.toString(total)));
    if (matches > 0) {
        m_treeStack->setCurrentWidget(view);
        return;
    }
    // Say which part of the filter excluded everything.
    m_noMatchesState->setTitle(tr("No device matches %1").arg(quoted(m_filterModel->filterText())));
    const QStringList culprits = m_filterModel->termsWithoutMatches();
    if (culprits.isEmpty()) {
        m_noMatchesState->setText(tr("Each word matches some devices, but no device matches all "
                                     "of them. Remove a word to widen the filter."));
    } else {
        QStringList words;
        for (const QString &word : culprits)
            words << quoted(word);
        m_noMatchesState->setText(tr("No device has %1 in its name, site, group, model, serial, "
                                     "firmware or tags. Check the spelling, or remove it from the "
                                     "filter.")
                                      .arg(words.join(tr(", "))));
    }
    m_treeStack->setCurrentWidget(m_noMatchesState);
}

void MainWindow::updateDetails()
{
    // Several rows: the selection's roll-up (select all on 100,000 rows: one pass).
    const QItemSelectionModel *selection = activeDeviceView()->selectionModel();
    if (selection && selection->selectedRows().size() > 1) {
        FleetSummary summary;
        for (const Device &device : selectedDevices())
            summary.add(device);
        m_details->showSelection(summary);
        return;
    }
    if (isTableView()) {
        if (const Device *device = deviceAt(m_table->currentIndex()))
            m_details->showDevice(*device);
        else
            m_details->showNothing();
        return;
    }
    const QModelIndex current = m_filterModel->mapToSource(m_tree->currentIndex());
    if (!current.isValid()) {
        m_details->showNothing();
        return;
    }
    if (const Device *device = m_fleetModel->device(current)) {
        m_details->showDevice(*device);
        return;
    }
    m_details->showContainer(m_fleetModel->nodeKind(current),
                             current.data(Qt::DisplayRole).toString(),
                             current.data(FleetTreeModel::SummaryRole).value<FleetSummary>());
}

void MainWindow::updateCentralPage()
{
    QWidget *page = nullptr;
    const int deviceCount = int(m_fleetModel->devices().size());
    const int profileCount = int(m_profiles->entries().size());
    if (m_cacheFailed) {
        m_emptyState->setTitle(tr("The fleet cache is not available"));
        m_emptyState->setText(tr("The message above says why. You can still manage connections; "
                                 "FleetDesk tries the cache again at the next start."));
        m_emptyImportButton->hide();
        m_emptyConnectionsButton->setText(tr("Connections…"));
        page = m_emptyState;
    } else if (!m_devicesLoaded) {
        page = m_loadingState;
    } else if (deviceCount > 0) {
        page = m_splitter;
    } else if (profileCount == 0) {
        m_emptyState->setTitle(tr("Welcome to FleetDesk"));
        m_emptyState->setText(
            tr("There are no devices and no connections yet. Add the LwM2M server or MQTT broker "
               "your devices talk to, or import a list of devices from a CSV file.\n\n"
               "No hardware at hand? Start the FleetDesk sandbox (a local LwM2M server, MQTT "
               "broker and simulated devices, see docs/sandbox.md), then choose “Import from "
               "sandbox…” in the Connections window."));
        m_emptyConnectionsButton->setText(tr("Add Connection…"));
        m_emptyImportButton->setVisible(!m_readOnly);
        page = m_emptyState;
    } else {
        m_emptyState->setTitle(tr("No devices in the cache yet"));
        m_emptyState->setText(
            tr("FleetDesk knows %Ln connection(s) but has no devices in its cache. Import a list "
               "of devices from a CSV file, or check the connections.",
               nullptr,
               profileCount));
        m_emptyConnectionsButton->setText(tr("Connections…"));
        m_emptyImportButton->setVisible(!m_readOnly);
        page = m_emptyState;
    }
    m_emptyConnectionsButton->setAccessibleName(m_emptyConnectionsButton->text());
    m_emptyConnectionsButton->setEnabled(m_profilesLoaded);
    m_centralStack->setCurrentWidget(page);
    updateStatus();
}

void MainWindow::onDeviceOperationFinished(const QUuid &deviceId,
                                           const QString &operation,
                                           const QString &path,
                                           bool ok,
                                           const QString &message)
{
    const Device *device = m_fleetModel->device(m_fleetModel->indexOfDevice(deviceId));
    const QString name = device ? device->name : deviceId.toString(QUuid::WithoutBraces);
    logEvent(ok ? EventLog::Severity::Info : EventLog::Severity::Warning,
             name,
             ok ? tr("%1 %2: done.").arg(operation, path)
                : tr("%1 %2 failed: %3").arg(operation, path, message));
    // Reads, observations and discovery change nothing on the device: only changes are audited.
    static const QStringList changes = {QStringLiteral("write"),
                                        QStringLiteral("execute"),
                                        QStringLiteral("create"),
                                        QStringLiteral("delete"),
                                        QStringLiteral("write-attributes")};
    if (!changes.contains(operation))
        return;
    const QString outcome = ok ? QStringLiteral("succeeded") : QStringLiteral("failed: ") + message;
    JournalRepository::AuditEntry audit;
    audit.action = QStringLiteral("lwm2m-") + operation;
    audit.devices = {deviceId};
    audit.parameters = {{QStringLiteral("path"), path}};
    audit.result = outcome;
    JournalRepository::JournalEntry entry;
    entry.deviceId = deviceId;
    entry.kind = QStringLiteral("operation");
    entry.message = QStringLiteral("%1 %2: %3").arg(operation, path, outcome);
    entry.data = {{QStringLiteral("operation"), operation}, {QStringLiteral("path"), path}};
    m_deps.fleetStore->record(audit, {entry});
}

void MainWindow::addMqttConnection(const QString &profileId, MqttConnection *connection)
{
    m_topicExplorer->addConnection(profileId, connection);
}

void MainWindow::removeMqttConnection(const QString &profileId)
{
    m_topicExplorer->removeConnection(profileId);
}

void MainWindow::showDeviceResources()
{
    m_details->tabWidget()->setCurrentWidget(m_details->resourceBrowser());
}

void MainWindow::setConnectedServers(int online)
{
    if (online == m_connectedServers)
        return;
    m_connectedServers = online;
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const FleetSummary summary = m_fleetModel->fleetSummary();
    const QDateTime current = now();
    const qint64 age = m_lastSync.isValid() ? qMax<qint64>(0, m_lastSync.secsTo(current)) : -1;
    const bool offline = m_connectedServers == 0;
    const bool stale = offline || age < 0 || age > m_deps.settings->staleAfterSeconds();

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_connectionIconLabel->setPixmap(HealthIcons::icon(offline ? Health::Offline : Health::Online)
                                         .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_connectionLabel->setText(offline
                                   ? tr("Offline: no server connected")
                                   : tr("%Ln server(s) connected", nullptr, m_connectedServers));

    QStringList parts;
    parts << tr("%Ln device(s)", nullptr, summary.total);
    if (summary.offline > 0)
        parts << tr("%1 offline").arg(locale.toString(summary.offline));
    if (summary.lowBattery > 0) {
        parts << tr("%1 battery < %2 %")
                     .arg(locale.toString(summary.lowBattery),
                          locale.toString(FleetSummary::LowBatteryPercent));
    }
    if (!m_devicesLoaded)
        parts = QStringList{tr("Opening the fleet cache…")};
    else if (age >= 0)
        parts << tr("cache %1 old").arg(TimeFormat::age(age));
    else
        parts << tr("cache never synchronised");
    m_fleetStatusLabel->setText(QStringLiteral(" · ") + parts.join(QStringLiteral(" · ")));
    m_fleetStatusLabel->setToolTip(
        m_lastSync.isValid()
            ? tr("Last heard from a server: %1\n%2")
                  .arg(TimeFormat::local(m_lastSync), TimeFormat::utcTooltip(m_lastSync))
            : tr("The cache has never been synchronised with a server."));

    const bool fleetShown = m_centralStack->currentWidget() == m_splitter;
    if (fleetShown && stale) {
        QString text;
        if (offline && age >= 0) {
            text = tr("Offline — showing the cached fleet from %1 ago. Values may be out of date.")
                       .arg(TimeFormat::age(age));
        } else if (offline) {
            text = tr("Offline — showing the cached fleet. It has never been synchronised with a "
                      "server, so values may be out of date.");
        } else {
            text = tr("The fleet data is %1 old. Values may be out of date.")
                       .arg(TimeFormat::age(age));
        }
        m_staleBanner->setMessage(BannerWidget::Kind::Warning, text, m_fleetStatusLabel->toolTip());
        m_staleBanner->show();
    } else {
        m_staleBanner->hide();
    }
    m_details->setCacheNote(stale ? tr("Cached values — not live. FleetDesk is not connected to "
                                       "this device's server.")
                                  : QString());
}

void MainWindow::tick()
{
    m_fleetModel->refreshRelativeTimes();
    if (m_tableModel && isTableView())
        m_tableModel->refreshRelativeTimes();
    m_details->refreshRelativeTimes();
    updateStatus();
}

// ---------------------------------------------------------------------------------------------
// Commands

void MainWindow::refresh()
{
    if (!m_cacheOpened || m_cacheFailed)
        return;
    m_deps.fleetStore->reload();
    statusBar()->showMessage(tr("Reading the fleet cache again…"), 3000);
}

void MainWindow::importDevicesFromCsv()
{
    if (m_readOnly || m_cacheFailed)
        return;
    const QString path = m_deps.fileDialogs->openFileName(
        this, tr("Import devices from CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_importAction->setEnabled(false);
    statusBar()->showMessage(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    const DeviceList existing = m_fleetModel->devices();
    BackgroundTask::run(
        this,
        [path, existing] {
            ImportRead result;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                result.error = file.errorString();
                return result;
            }
            result.plan = CsvImport::plan(file.readAll(), existing);
            result.ok = true;
            return result;
        },
        [this, path](const ImportRead &result) {
            statusBar()->clearMessage();
            m_importAction->setEnabled(!m_readOnly && !m_cacheFailed);
            const QString source = tr("Import");
            if (!result.ok) {
                const QString text = tr("%1 could not be read: %2")
                                         .arg(QDir::toNativeSeparators(path), result.error);
                logEvent(EventLog::Severity::Error, source, text);
                m_deps.messageBoxes->warning(this, tr("Import devices from CSV"), text);
                return;
            }
            auto *dialog = new CsvImportDialog(path, result.plan, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, path, source] {
                const DeviceList devices = dialog->acceptedDevices();
                if (devices.isEmpty())
                    return;
                m_deps.fleetStore->upsertDevices(devices);
                logEvent(EventLog::Severity::Info,
                         source,
                         tr("Importing %Ln device(s) from %1.", nullptr, int(devices.size()))
                             .arg(QFileInfo(path).fileName()));
            });
            dialog->open();
        });
}

void MainWindow::exportDiagnostics()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("fleetdesk-diagnostics-%1.zip")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path = m_deps.fileDialogs->saveFileName(
        this, tr("Export diagnostics"), suggested, tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    m_diagnosticsAction->setEnabled(false);
    statusBar()->showMessage(tr("Exporting diagnostics…"));
    m_deps.settings->sync();
    const QString settingsDump = m_deps.settings->dumpForDiagnostics();
    const QString profilesPath = m_deps.profilesPath;
    BackgroundTask::run(
        this,
        [path, settingsDump, profilesPath] {
            ExportResult result;
            result.ok = Diagnostics::exportZip(path, settingsDump, profilesPath, &result.error);
            return result;
        },
        [this, path](const ExportResult &result) {
            m_diagnosticsAction->setEnabled(true);
            statusBar()->clearMessage();
            const QString source = tr("Diagnostics");
            const QString nativePath = QDir::toNativeSeparators(path);
            if (result.ok) {
                logEvent(
                    EventLog::Severity::Info,
                    source,
                    tr("Diagnostics saved to %1. They hold no passwords or keys.").arg(nativePath));
                statusBar()->showMessage(tr("Diagnostics saved to %1").arg(nativePath), 10000);
            } else {
                const QString text
                    = tr("The diagnostics could not be saved to %1.").arg(nativePath);
                logEvent(EventLog::Severity::Error, source, text + QLatin1Char(' ') + result.error);
                m_deps.messageBoxes->warning(this, tr("Export diagnostics"), text, result.error);
            }
        });
}

void MainWindow::showConnections(bool startWithAdd)
{
    if (!m_profilesLoaded)
        return;
    if (!m_connectionsDialog) {
        ConnectionManagerDialog::Dependencies deps;
        deps.profiles = m_profiles.get();
        deps.secrets = m_deps.secretStore;
        deps.fileDialogs = m_deps.fileDialogs;
        deps.messageBoxes = m_deps.messageBoxes;
        deps.audit = [store = m_deps.fleetStore](const JournalRepository::AuditEntry &entry) {
            store->record(entry, {});
        };
        m_connectionsDialog = new ConnectionManagerDialog(deps, this);
        m_connectionsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_connectionsDialog,
                &ConnectionManagerDialog::profilesChanged,
                this,
                &MainWindow::updateCentralPage);
        connect(m_connectionsDialog,
                &ConnectionManagerDialog::profilesSaved,
                this,
                [this](bool ok, const QString &error) {
                    if (!ok) {
                        logEvent(EventLog::Severity::Error,
                                 tr("Connections"),
                                 tr("The connection profiles could not be saved: %1").arg(error));
                        return;
                    }
                    // Connections follow the saved profiles.
                    emit profilesLoaded(int(m_profiles->entries().size()));
                });
    }
    m_connectionsDialog->open();
    m_connectionsDialog->raise();
    m_connectionsDialog->activateWindow();
    if (startWithAdd)
        m_connectionsDialog->addProfile();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_deps.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->apply())
            Theme::apply(m_deps.settings->theme());
        applyIngestSettings();
        updateStatus();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    m_deps.messageBoxes->about(
        this,
        tr("About FleetDesk"),
        tr("<h3>FleetDesk %1</h3>"
           "<p>A desktop console for fleets of IoT devices: LwM2M servers and MQTT brokers in one "
           "place.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(FLEETDESK_VERSION),
                 QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

// ---------------------------------------------------------------------------------------------
// Bulk operations

QStringList MainWindow::bulkOperationIds()
{
    QStringList ids;
    for (const BulkOperation &operation : bulkOperations())
        ids << operation.id;
    return ids;
}

void MainWindow::collectDevices(const QModelIndex &index, QSet<QUuid> *seen, DeviceList *out) const
{
    const QModelIndex source = m_filterModel->mapToSource(index);
    if (const Device *device = m_fleetModel->device(source)) {
        if (!seen->contains(device->id)) {
            seen->insert(device->id);
            out->append(*device);
        }
        return;
    }
    // A site or group: every device shown under it (the filter applies).
    for (int row = 0; row < m_filterModel->rowCount(index); ++row)
        collectDevices(m_filterModel->index(row, 0, index), seen, out);
}

DeviceList MainWindow::selectedDevices() const
{
    if (isTableView()) {
        QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return a.row() < b.row();
        });
        DeviceList devices;
        devices.reserve(rows.size());
        for (const QModelIndex &row : std::as_const(rows)) {
            if (const Device *device = deviceAt(row))
                devices.append(*device);
        }
        return devices;
    }
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_tree->visualRect(a).top() < m_tree->visualRect(b).top()
               || (m_tree->visualRect(a).top() == m_tree->visualRect(b).top() && a < b);
    });
    QSet<QUuid> seen;
    DeviceList devices;
    for (const QModelIndex &row : std::as_const(rows))
        collectDevices(row, &seen, &devices);
    return devices;
}

int MainWindow::selectDevices(const QList<QUuid> &ids)
{
    if (isTableView()) {
        QItemSelection selection;
        QModelIndex last;
        for (const QUuid &id : ids) {
            const QModelIndex row
                = m_tableFilterModel->mapFromSource(m_tableModel->indexOfDevice(id));
            if (row.isValid()) {
                selection.select(row, row);
                last = row;
            }
        }
        if (!last.isValid())
            return 0;
        m_table->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
        m_table->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return int(selection.size());
    }
    QItemSelection selection;
    QModelIndex last;
    for (const QUuid &id : ids) {
        const QModelIndex index = m_filterModel->mapFromSource(m_fleetModel->indexOfDevice(id));
        if (!index.isValid())
            continue;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
        selection.select(index, index);
        last = index;
    }
    if (!last.isValid())
        return 0;
    m_tree->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
    m_tree->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return int(selection.size());
}

void MainWindow::updateBulkActions()
{
    const bool connected = bool(m_deps.bulkActionFactory);
    const bool anything = activeDeviceView()->selectionModel()->hasSelection();
    for (QAction *action : std::as_const(m_bulkActions)) {
        action->setEnabled(connected && anything);
        action->setToolTip(!connected  ? tr("Needs a connected LwM2M server")
                           : !anything ? tr("Select devices, or a site or group, first")
                                       : QString());
        action->setStatusTip(action->toolTip());
    }
    if (m_groups)
        m_groups->setSelectionAvailable(anything);
}

void MainWindow::startBulkOperation(const QString &operationId)
{
    if (!m_deps.bulkActionFactory)
        return;
    const QList<BulkOperation> operations = bulkOperations();
    const auto operation
        = std::find_if(operations.cbegin(), operations.cend(), [&](const BulkOperation &op) {
              return op.id == operationId;
          });
    if (operation == operations.cend())
        return;
    DeviceList devices;
    // Devices whose server is unreachable: held offline, skipped, or cancel — the operator says.
    if (!m_held->askAboutUnreachable(
            selectedDevices(), operationId, operation->confirm.name, &devices)
        || devices.isEmpty())
        return;
    QStringList names;
    QVector<BulkRun::Target> targets;
    names.reserve(devices.size());
    targets.reserve(devices.size());
    for (const Device &device : devices) {
        names << device.name;
        targets.append({device.id, device.name, device.binding.key, device.binding.profile});
    }
    auto *confirm = new BulkConfirmDialog(operation->confirm, names, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    const BulkConfirmDialog::Operation what = operation->confirm;
    connect(confirm, &QDialog::accepted, this, [this, what, operationId, targets] {
        BulkRun::Action action = m_deps.bulkActionFactory(operationId);
        if (!action)
            return;
        auto *progress = new BulkProgressDialog(
            new BulkRun(what.name, targets, std::move(action)), m_deps.fileDialogs, this);
        BulkRun *run = progress->run();
        run->setParent(progress); // the results live as long as their window
        progress->setAttribute(Qt::WA_DeleteOnClose);
        const QString source = tr("Devices");
        logEvent(EventLog::Severity::Info,
                 source,
                 tr("%1 started on %Ln device(s).", nullptr, run->total()).arg(what.name));
        connect(run, &BulkRun::finished, this, [this, run, source, operationId] {
            m_deps.fleetStore->record(
                BulkRecord::auditEntry(
                    *run,
                    operationId,
                    {{QStringLiteral("path"), Lwm2mBulkActions::executePath(operationId)}}),
                BulkRecord::journalEntries(*run, operationId));
            const int failed = run->total() - run->count(BulkRun::Outcome::Succeeded);
            logEvent(failed > 0 ? EventLog::Severity::Warning : EventLog::Severity::Info,
                     source,
                     tr("%1 finished: %2 of %Ln device(s) succeeded.", nullptr, run->total())
                         .arg(run->operation(),
                              QLocale().toString(run->count(BulkRun::Outcome::Succeeded))));
        });
        progress->show(); // modeless: the window stays usable while devices answer
        run->start();
    });
    confirm->open();
}

bool MainWindow::showTopic(const QString &topic)
{
    m_topicsDock->show();
    m_topicsDock->raise();
    resizeDocks({m_topicsDock}, {height() * 3 / 5}, Qt::Vertical);
    return m_topicExplorer->selectTopic(topic);
}

void MainWindow::applyIngestSettings()
{
    MqttIngest::Options options = m_topicExplorer->ingestOptions();
    options.telemetryDbPath = AppPaths::telemetryDbFor(m_deps.fleetDbPath);
    options.historyPerTopic = m_deps.settings->mqttHistoryPerTopic();
    options.maxTopics = m_deps.settings->mqttMaxTopics();
    m_topicExplorer->setIngestOptions(options);
}
