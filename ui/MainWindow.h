#pragma once

#include "FleetTreeModel.h"
#include "QueryLineEdit.h" // m_filterEdit: the files of MainWindow use it as a QLineEdit
#include "bulk/BulkRun.h"
#include "common/EventLog.h"
#include "fleet/Device.h"
#include "fleet/FleetGrouping.h"
#include "fleet/FleetQuery.h"
#include "store/CacheDatabase.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class BannerWidget;
class CampaignDashboard;
class CampaignNotifier;
class CampaignRunController;
class ChartsDock;
class ConnectionManagerDialog;
class DeviceDetailsWidget;
class EmptyStateWidget;
class EventLogModel;
class FileDialogs;
class DeviceTableModel;
class FleetFilterProxyModel;
class QAbstractItemView;
class QComboBox;
class QHeaderView;
class FleetStore;
class GroupsPanel;
class HeldOperationsController;
class HeldOperationsWidget;
class MessageBoxes;
class MqttConnection;
class ProfileStore;
class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;
class SecretStore;
class Settings;
class TopicExplorerWidget;

// The main window: the fleet tree and the selected device's details, the event log and charts
// docks, a status bar that says what is connected and how fresh the data is, and a banner whenever
// the cache is shown while offline (stale), read-only or recovered. Every collaborator is handed
// in, so tests run it on a cache they created, with answered dialogs and a fixed clock.
class Lwm2mService;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Dependencies
    {
        FleetStore *fleetStore = nullptr;     // required; the window calls open(fleetDbPath)
        EventLog *eventLog = nullptr;         // required
        Settings *settings = nullptr;         // required; window state and preferences
        SecretStore *secretStore = nullptr;   // required; secrets of connection profiles
        QString fleetDbPath;                  // required
        QString profilesPath;                 // profiles.json; loaded on a worker thread
        FileDialogs *fileDialogs = nullptr;   // nullptr: the real file dialogs
        MessageBoxes *messageBoxes = nullptr; // nullptr: the real message boxes
        FleetTreeModel::Clock clock;          // empty: the system clock (UTC)
        // Makes the per-device action of a bulk operation ("reboot", "factory_reset", "disable",
        // "registration_update"). Empty: the Devices menu's operations are disabled ("Needs a
        // connected LwM2M server"). Tests inject actions that succeed or fail per device.
        std::function<BulkRun::Action(const QString &operation)> bulkActionFactory;
        // The live LwM2M side (connections, requests, observations); nullptr: offline only.
        Lwm2mService *lwm2m = nullptr;
    };

    // The bulk operations of the Devices menu, by the id bulkActionFactory receives.
    static QStringList bulkOperationIds();

    explicit MainWindow(const Dependencies &dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    FleetTreeModel *fleetModel() const { return m_fleetModel; }
    FleetFilterProxyModel *filterModel() const { return m_filterModel; }
    ProfileStore *profiles() const { return m_profiles.get(); }
    // The Charts dock's content: the live feed adds series and appends samples here.
    ChartsDock *chartsDock() const { return m_charts; }
    // The Topics dock's content: the MQTT topic explorer of every connected broker.
    TopicExplorerWidget *topicExplorer() const { return m_topicExplorer; }
    // A broker connection (shared; MqttConnector owns it) for the topic explorer; remove it before
    // the connection is deleted.
    void addMqttConnection(const QString &profileId, MqttConnection *connection);
    void removeMqttConnection(const QString &profileId);

    // Selects a device in the tree (expanding its parents). Returns false when it is not shown.
    bool selectDevice(const QUuid &id);
    // Selects these devices (as with Ctrl+click); returns how many are shown.
    int selectDevices(const QList<QUuid> &ids);
    // The devices a bulk operation would act on: the selected devices, and every device shown
    // under a selected site or group, each once, in tree order.
    DeviceList selectedDevices() const;
    // Asks for confirmation (BulkConfirmDialog), then runs the operation with a progress dialog.
    void startBulkOperation(const QString &operationId);
    void selectFirstDevice();
    // Raises the Topics view and selects the topic of the current broker; false: not seen yet.
    bool showTopic(const QString &topic);
    // The MQTT history and topic-cap settings, for broker connections added from now on.
    void applyIngestSettings();
    // Switches the details pane to the selected device's LwM2M resources.
    void showDeviceResources();

    // Writes geometry, dock layout and splitter sizes through Settings (also done on close).
    void saveWindowState();

    // How many servers are connected now (the status bar and the stale banner follow it).
    void setConnectedServers(int online);

    // The device views (MainWindowViews.cpp). Devices of unreachable server profiles show their
    // last known state, greyed, with its age; the filter's stale:yes follows it.
    void setUnreachableProfiles(const QSet<QString> &profiles);
    // Operations held offline (MainWindowHeld.cpp, docs/offline.md): the connectors' up and down
    // events; held operations of a profile that comes back run.
    void setProfileReachable(const QString &profile, bool reachable);
    HeldOperationsController *heldOperations() const { return m_held; }
    // Static groups and saved filters for in:/saved: queries (duplicates and unreachable profiles
    // are filled in from the models).
    void setQueryContext(const FleetQueryContext &context);
    // The filter box's text; setFilterText applies it at once (the Groups dock uses it).
    void setFilterText(const QString &text);
    QString filterText() const;
    // The Groups dock (MainWindowGroups.cpp): smart and static groups.
    GroupsPanel *groupsPanel() const { return m_groups; }
    void setGroupBy(GroupBy groupBy); // persisted; keeps the current device
    GroupBy groupBy() const { return m_fleetModel->groupBy(); }
    void setTableView(bool table); // tree or table; persisted; keeps the current device
    bool isTableView() const;
    // Selects every device the current view shows (as Ctrl+A in it).
    void selectAllShown();
    DeviceTableModel *tableModel() const { return m_tableModel; } // nullptr until first shown
    FleetFilterProxyModel *tableFilterModel() const { return m_tableFilterModel; }

signals:
    // The devices of the cache are in the tree (also emitted, with 0, when the cache failed to
    // open).
    void fleetDisplayed(int deviceCount);
    void profilesLoaded(int profileCount);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onDeviceOperationFinished(const QUuid &deviceId,
                                   const QString &operation,
                                   const QString &path,
                                   bool ok,
                                   const QString &message);
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createDocks();
    void createStatusBar();
    void restoreWindowState();
    void loadProfiles();

    void onCacheOpened(const CacheDatabase::OpenResult &result, bool previousSessionUnclean);
    void onDevicesLoaded(const DeviceList &devices, const QDateTime &lastSync);
    void onIntegrityChecked(bool full, const QStringList &problems);
    void onStoreFailed(const QString &message);
    void maybeCheckIntegrity();

    void rememberTreeState();
    void restoreTreeState();
    void collectExpanded(const QModelIndex &parent, QStringList *keys) const;

    void applyFilter();
    void focusFilter();
    void updateDetails();
    void updateCentralPage();
    void updateStatus();
    void updateFilterFeedback();
    void tick();

    void refresh();
    void importDevicesFromCsv();
    // File ▸ Export Devices (MainWindowExport.cpp): the selection, the devices shown or all, with
    // the view's columns or all fields, to CSV or JSON, written in the background.
    void exportDevices();
    void writeDevices(const DeviceList &devices, const QStringList &fields);
    QStringList viewExportFields() const;
    void exportDiagnostics();
    void showConnections(bool startWithAdd);
    void showSettings();
    void showAbout();
    void updateBulkActions();
    void collectDevices(const QModelIndex &index, QSet<QUuid> *seen, DeviceList *out) const;

    // The device views (MainWindowViews.cpp).
    void createDeviceViews();
    void createGroups();         // MainWindowGroups.cpp
    void createHeldOperations(); // MainWindowHeld.cpp
    void createCampaigns();      // MainWindowCampaigns.cpp
    void showCampaignWizard();
    void showFirmwareLibrary();
    void showCampaignDashboard(qint64 campaignId = 0);
    void ensureTable();
    QAbstractItemView *activeDeviceView() const;
    FleetFilterProxyModel *activeFilterModel() const;
    const Device *deviceAt(const QModelIndex &viewIndex) const; // of the active view
    QUuid currentDeviceId() const;
    void showColumnMenu(QHeaderView *header, const QPoint &position);
    void saveDeviceViewState();

    QDateTime now() const;
    void logEvent(EventLog::Severity severity, const QString &source, const QString &message);

    Dependencies m_deps;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    std::unique_ptr<MessageBoxes> m_ownMessageBoxes;
    std::unique_ptr<ProfileStore> m_profiles;

    FleetTreeModel *m_fleetModel = nullptr;
    FleetFilterProxyModel *m_filterModel = nullptr;
    DeviceTableModel *m_tableModel = nullptr;
    FleetFilterProxyModel *m_tableFilterModel = nullptr;
    EventLogModel *m_eventLogModel = nullptr;

    // Actions
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_connectionsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_bulkActions; // data(): the operation id

    // Widgets
    QueryLineEdit *m_filterEdit = nullptr;
    QLabel *m_filterCountLabel = nullptr;
    BannerWidget *m_cacheBanner = nullptr;
    BannerWidget *m_staleBanner = nullptr;
    QStackedWidget *m_centralStack = nullptr;
    EmptyStateWidget *m_loadingState = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QPushButton *m_emptyConnectionsButton = nullptr;
    QPushButton *m_emptyImportButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_treeStack = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr; // created when first shown
    bool m_tableMode = false;      // the table shows instead of the tree
    QComboBox *m_groupByCombo = nullptr;
    QAction *m_treeViewAction = nullptr;
    QAction *m_tableViewAction = nullptr;
    EmptyStateWidget *m_noMatchesState = nullptr;
    DeviceDetailsWidget *m_details = nullptr;
    QDockWidget *m_eventLogDock = nullptr;
    QDockWidget *m_heldDock = nullptr;
    CampaignNotifier *m_campaignNotifier = nullptr;
    CampaignRunController *m_campaignRunner = nullptr;
    CampaignDashboard *m_campaignDashboard = nullptr;
    QDockWidget *m_campaignDock = nullptr;
    BannerWidget *m_campaignBanner = nullptr;
    QAction *m_newCampaignAction = nullptr;
    QAction *m_firmwareLibraryAction = nullptr;
    HeldOperationsController *m_held = nullptr;
    HeldOperationsWidget *m_heldWidget = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ChartsDock *m_charts = nullptr;
    QDockWidget *m_topicsDock = nullptr;
    QDockWidget *m_groupsDock = nullptr;
    GroupsPanel *m_groups = nullptr;
    TopicExplorerWidget *m_topicExplorer = nullptr;
    QTableView *m_eventLogTable = nullptr;
    QLabel *m_connectionIconLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_fleetStatusLabel = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_tickTimer = nullptr;
    QPointer<ConnectionManagerDialog> m_connectionsDialog;

    // State
    bool m_cacheOpened = false;
    bool m_cacheFailed = false;
    bool m_readOnly = false;
    bool m_devicesLoaded = false;
    bool m_profilesLoaded = false;
    bool m_shown = false;
    bool m_firstPaintDone = false;
    bool m_storeFailed = false; // a cache error came (the devices may never arrive)
    bool m_integrityRequested = false;
    bool m_treeInitialised = false;
    int m_connectedServers = 0;
    QDateTime m_lastSync;
    QString m_pendingCurrentKey;
    QStringList m_pendingExpanded;
    int m_pendingScroll = 0;
};
