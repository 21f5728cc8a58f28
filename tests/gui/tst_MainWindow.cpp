#include "BannerWidget.h"
#include "BulkResultModel.h"
#include "ConnectionManagerDialog.h"
#include "CsvImportDialog.h"
#include "DeviceTableModel.h"
#include "EmptyStateWidget.h"
#include "ExportDevicesDialog.h"
#include "FleetFilterProxyModel.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "TestDevices.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressDialog.h"
#include "charts/ChartsDock.h"
#include "charts/LiveChartWidget.h"
#include "common/EventLog.h"
#include "common/Settings.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/FleetStore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QWizard>

#include <cmath>
#include <functional>
#include <memory>

namespace {

using NodeKind = FleetTreeModel::NodeKind;

// 50 devices on two sites: odd numbers in Osaka, even numbers and 25 in Kobe.
DeviceList twoSiteFleet()
{
    DeviceList devices = TestDevices::fleet(50);
    for (Device &device : devices) {
        if (device.site.isEmpty())
            device.site = QStringLiteral("Kobe depot");
    }
    return devices;
}

int countNodes(const QAbstractItemModel &model, const QModelIndex &parent = QModelIndex())
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row)
        count += 1 + countNodes(model, model.index(row, 0, parent));
    return count;
}

QStringList deviceNames(const QAbstractItemModel &model, const QModelIndex &parent = QModelIndex())
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (NodeKind(index.data(FleetTreeModel::NodeKindRole).toInt()) == NodeKind::Device)
            names << index.data().toString();
        else
            names << deviceNames(model, index);
    }
    names.sort();
    return names;
}

QModelIndex findNode(const QAbstractItemModel &model,
                     const QString &name,
                     const QModelIndex &parent = QModelIndex())
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        const QModelIndex found = findNode(model, name, index);
        if (found.isValid())
            return found;
    }
    return QModelIndex();
}

bool eventLogContains(const EventLog &log, const QString &text)
{
    for (int i = 0; i < log.count(); ++i) {
        if (log.at(i).message.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheCachedFleetAsStale();
    void filterNarrowsTheTree();
    void filterWithoutMatchesSaysWhy();
    void keyboardShortcuts();
    void campaignsMenuOpensWizardLibraryAndDashboard();
    void selectingADeviceFillsTheDetails();
    void keepsSelectionAcrossReloads();
    void restoresWindowState();
    void emptyCacheTeaches();
    void newerCacheOpensReadOnly();
    void corruptCacheSaysWhereTheOldFileIs();
    void importsDevicesFromCsvAfterADryRun();
    void exportsDiagnostics();
    void everyInteractiveWidgetHasAnAccessibleName();
    void chartsDockChartsLiveSeries();
    void bulkOperationsNeedAServer();
    void bulkRebootShowsPerDeviceResults();
    void factoryResetNeedsTheCountTyped();
    void bulkActsOnDevicesUnderASite();
    void queryNarrowsTheTreeAndBulkNamesTheCount();
    void groupingAndTableKeepTheSelectedDevice();
    void exportWritesTheSelectedOfflineDevicesOfASite();
    void viewSettingsPersist();

private:
    void createCache(const QString &path, const DeviceList &devices, const QDateTime &lastSync);
    void openWindow(const QString &cachePath);
    void waitForFleet(int deviceCount);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    ScriptedFileDialogs m_fileDialogs;
    ScriptedMessageBoxes m_messageBoxes;
    std::unique_ptr<MainWindow> m_window;
    QString m_cachePath;
    std::function<BulkRun::Action(const QString &)> m_bulkFactory;
    QStringList m_bulkOperationsAsked;
};

void tst_MainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("fleetdesk.ini")));
    m_log = std::make_unique<EventLog>();
    m_store = std::make_unique<FleetStore>();
    m_store->setWatchInterval(0);
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_cachePath = m_dir->filePath(QStringLiteral("fleet.db"));
    m_fileDialogs.answers.clear();
    m_messageBoxes.warnings.clear();
    m_messageBoxes.confirmAnswer = false;
    m_bulkFactory = nullptr;
    m_bulkOperationsAsked.clear();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_secrets.reset();
    m_log.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_MainWindow::createCache(const QString &path,
                                 const DeviceList &devices,
                                 const QDateTime &lastSync)
{
    const QString connection = QStringLiteral("fixture");
    {
        const CacheDatabase::OpenResult result
            = CacheDatabase::open(path, CacheDatabase::Kind::Fleet, connection);
        QVERIFY2(result.ok(), qPrintable(result.message));
        FleetRepository repository(QSqlDatabase::database(connection));
        QString error;
        QVERIFY2(repository.upsertDevices(devices, &error), qPrintable(error));
        QVERIFY(repository.setLastSync(lastSync));
    }
    CacheDatabase::close(connection);
}

void tst_MainWindow::openWindow(const QString &cachePath)
{
    MainWindow::Dependencies deps;
    deps.fleetStore = m_store.get();
    deps.eventLog = m_log.get();
    deps.settings = m_settings.get();
    deps.secretStore = m_secrets.get();
    deps.fleetDbPath = cachePath;
    deps.profilesPath = m_dir->filePath(QStringLiteral("profiles.json"));
    deps.fileDialogs = &m_fileDialogs;
    deps.messageBoxes = &m_messageBoxes;
    deps.bulkActionFactory = m_bulkFactory;
    deps.clock = [] {
        return TestDevices::referenceNow();
    };
    m_window = std::make_unique<MainWindow>(deps);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::waitForFleet(int deviceCount)
{
    QTRY_COMPARE(m_window->fleetModel()->devices().size(), deviceCount);
}

void tst_MainWindow::showsTheCachedFleetAsStale()
{
    createCache(
        m_cachePath, twoSiteFleet(), TestDevices::referenceNow().addSecs(-qint64(2) * 3600));
    openWindow(m_cachePath);
    waitForFleet(50);

    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    QVERIFY(tree);
    QTRY_VERIFY(tree->isVisible());
    // 2 sites + 3 groups each (Line A, Line B, Line B/Pumps) + 50 devices.
    QCOMPARE(tree->model()->rowCount(), 2);
    QCOMPARE(countNodes(*tree->model()), 58);
    QCOMPARE(deviceNames(*tree->model()).size(), 50);

    // Shown from the cache while offline: visibly stale, with its age.
    auto *stale = m_window->findChild<BannerWidget *>(QStringLiteral("staleBannerWidget"));
    QVERIFY(stale);
    QVERIFY(stale->isVisible());
    QVERIFY2(stale->text().startsWith(QStringLiteral("Offline")), qPrintable(stale->text()));
    QVERIFY2(stale->text().contains(QStringLiteral("2 h")), qPrintable(stale->text()));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("fleetStatusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("cache 2 h old")));
    QVERIFY(status->text().contains(QStringLiteral("offline")));
    auto *connection = m_window->findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
    QVERIFY(connection->text().startsWith(QStringLiteral("Offline")));

    // After the first paint the cache is checked in the background, and the result logged.
    QTRY_VERIFY(eventLogContains(*m_log, QStringLiteral("integrity check")));
    QVERIFY(eventLogContains(*m_log, QStringLiteral("Loaded")));
}

void tst_MainWindow::filterNarrowsTheTree()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    QVERIFY(filter->isClearButtonEnabled());
    QVERIFY(!filter->placeholderText().isEmpty());

    QTest::keyClicks(filter, QStringLiteral("pump-001"));
    QTRY_COMPARE(deviceNames(*tree->model()).size(), 10);
    QStringList expected;
    for (int n = 10; n <= 19; ++n)
        expected << TestDevices::nameFor(n);
    QCOMPARE(deviceNames(*tree->model()), expected);

    QTest::keyClicks(filter, QStringLiteral(" osaka"));
    QTRY_COMPARE(deviceNames(*tree->model()).size(), 5);
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Osaka plant"));
    // The matches are expanded, so they are visible.
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("filterCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("5 of 50"));

    // Esc clears the filter.
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(deviceNames(*tree->model()).size(), 50);
    QVERIFY(filter->text().isEmpty());
}

void tst_MainWindow::filterWithoutMatchesSaysWhy()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    auto *noMatches
        = m_window->findChild<EmptyStateWidget *>(QStringLiteral("noMatchesStateWidget"));
    QVERIFY(noMatches);
    QTest::keyClicks(filter, QStringLiteral("osaka zz-top"));
    QTRY_VERIFY(noMatches->isVisible());
    QVERIFY2(noMatches->text().contains(QStringLiteral("“zz-top”")), qPrintable(noMatches->text()));
    QVERIFY(!noMatches->text().contains(QStringLiteral("“osaka”")));

    auto *clear = noMatches->findChild<QPushButton *>(QStringLiteral("clearFilterPushButton"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY(!noMatches->isVisible());
    QVERIFY(filter->text().isEmpty());
}

void tst_MainWindow::campaignsMenuOpensWizardLibraryAndDashboard()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("campaignsMenu"));
    QVERIFY(menu);
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus << action->menu()->objectName();
    // Between Devices and Tools.
    QCOMPARE(menus.indexOf(QStringLiteral("campaignsMenu")),
             menus.indexOf(QStringLiteral("devicesMenu")) + 1);
    QCOMPARE(menus.indexOf(QStringLiteral("toolsMenu")),
             menus.indexOf(QStringLiteral("campaignsMenu")) + 1);

    m_window->findChild<QAction *>(QStringLiteral("newCampaignAction"))->trigger();
    QTRY_VERIFY(m_window->findChild<QWizard *>(QStringLiteral("campaignWizard")));
    QVERIFY(m_window->findChild<QWizard *>(QStringLiteral("campaignWizard"))->isVisible());
    m_window->findChild<QWizard *>(QStringLiteral("campaignWizard"))->close();

    m_window->findChild<QAction *>(QStringLiteral("firmwareLibraryAction"))->trigger();
    QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("firmwareLibraryDialog")));
    m_window->findChild<QDialog *>(QStringLiteral("firmwareLibraryDialog"))->close();

    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("campaignsDockWidget"));
    QVERIFY(dock);
    QKeySequence shortcut;
    for (QAction *action : menu->actions()) {
        if (action == dock->toggleViewAction())
            shortcut = action->shortcut();
    }
    QCOMPARE(shortcut, QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    const bool shown = dock->isVisible();
    dock->toggleViewAction()->trigger();
    QTRY_COMPARE(dock->isVisible(), !shown);
}

void tst_MainWindow::keyboardShortcuts()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    // ↓ from the filter goes to the tree, at the first row.
    QTest::keyClick(filter, Qt::Key_Down);
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(tree->currentIndex().isValid());

    // Every view and input has an accessible name.
    for (QWidget *widget : {static_cast<QWidget *>(tree),
                            static_cast<QWidget *>(filter),
                            m_window->findChild<QWidget *>(QStringLiteral("eventLogTableView"))}) {
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    // F5 reloads: the cache answers again.
    QSignalSpy loaded(m_store.get(), &FleetStore::devicesLoaded);
    QTest::keyClick(tree, Qt::Key_F5);
    QTRY_COMPARE(loaded.count(), 1);
}

void tst_MainWindow::selectingADeviceFillsTheDetails()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    auto *name = m_window->findChild<QLabel *>(QStringLiteral("deviceNameLabel"));
    QVERIFY(name);
    QVERIFY(!name->isVisible()); // nothing selected: the empty state

    const QModelIndex device = findNode(*tree->model(), QStringLiteral("pump-0003"));
    QVERIFY(device.isValid());
    tree->setCurrentIndex(device);
    QTRY_VERIFY(name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("pump-0003"));
    const auto value = [this](const char *objectName) {
        return m_window->findChild<QLabel *>(QLatin1String(objectName))->text();
    };
    QCOMPARE(value("firmwareValueLabel"), QStringLiteral("2.0.3"));
    QCOMPARE(value("batteryValueLabel"), QStringLiteral("21 %"));
    QCOMPARE(value("siteValueLabel"), QStringLiteral("Osaka plant"));
    QCOMPARE(value("groupValueLabel"), QStringLiteral("Line A"));
    QCOMPARE(value("healthLabel"), DeviceText::healthName(Health::Offline));
    QCOMPARE(value("idValueLabel"), TestDevices::idFor(3).toString(QUuid::WithoutBraces));
    QCOMPARE(value("bindingKeyValueLabel"), QStringLiteral("ep-3"));
    QVERIFY(value("lastSeenLabel").startsWith(QStringLiteral("seen ")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("lastSeenLabel"))
                ->toolTip()
                .contains(QStringLiteral("UTC")));
    // Offline: the details say the values are cached.
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("cacheNoteLabel"))->isVisible());

    // A site shows a summary of counts.
    tree->setCurrentIndex(findNode(*tree->model(), QStringLiteral("Osaka plant")));
    auto *site = m_window->findChild<QLabel *>(QStringLiteral("containerNameLabel"));
    QTRY_VERIFY(site->isVisible());
    QCOMPARE(site->text(), QStringLiteral("Osaka plant"));
    QCOMPARE(value("totalCountLabel"), QStringLiteral("24")); // odd numbers but 25
}

void tst_MainWindow::keepsSelectionAcrossReloads()
{
    DeviceList devices = twoSiteFleet();
    createCache(m_cachePath, devices, TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    QVERIFY(m_window->selectDevice(TestDevices::idFor(33)));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("pump-0033"));

    // A device moves to a new site: the tree is rebuilt, the selection stays on pump-0033.
    devices[1].site = QStringLiteral("Sakai warehouse");
    m_store->upsertDevices({devices[1]});
    QTRY_VERIFY(findNode(*tree->model(), QStringLiteral("Sakai warehouse")).isValid());
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("pump-0033"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("deviceNameLabel"))->text(),
             QStringLiteral("pump-0033"));
    QVERIFY(tree->isExpanded(tree->currentIndex().parent()));
}

void tst_MainWindow::restoresWindowState()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    m_window->resize(1000, 700);
    auto *events = m_window->findChild<QDockWidget *>(QStringLiteral("eventLogDockWidget"));
    auto *charts = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDockWidget"));
    QVERIFY(events && charts);
    charts->hide();
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({300, 600});
    const QList<int> sizes = splitter->sizes();
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    m_window->close();
    m_window.reset();

    openWindow(m_cachePath);
    waitForFleet(50);
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    events = m_window->findChild<QDockWidget *>(QStringLiteral("eventLogDockWidget"));
    charts = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDockWidget"));
    QVERIFY(events->isVisible());
    QVERIFY(!charts->isVisible());
    splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QTRY_COMPARE(splitter->sizes(), sizes);
}

void tst_MainWindow::emptyCacheTeaches()
{
    openWindow(m_dir->filePath(QStringLiteral("empty.db"))); // no cache, no profiles yet
    auto *empty = m_window->findChild<EmptyStateWidget *>(QStringLiteral("fleetEmptyStateWidget"));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("sandbox")));
    QVERIFY(!m_window->findChild<BannerWidget *>(QStringLiteral("staleBannerWidget"))->isVisible());
    auto *add = empty->findChild<QPushButton *>(QStringLiteral("addConnectionPushButton"));
    QTRY_VERIFY(add->isEnabled()); // once the (missing) profiles file has been read
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<ConnectionManagerDialog *>() != nullptr);
    auto *profileDialog = m_window->findChild<ProfileDialog *>();
    QVERIFY(profileDialog);
    QTRY_VERIFY(profileDialog->isVisible());
    QVERIFY(eventLogContains(*m_log, QStringLiteral("new fleet cache")));
}

void tst_MainWindow::newerCacheOpensReadOnly()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_cachePath);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    openWindow(m_cachePath);
    waitForFleet(50); // still shown
    auto *banner = m_window->findChild<BannerWidget *>(QStringLiteral("cacheBannerWidget"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("read-only")), qPrintable(banner->text()));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("importDevicesAction"))->isEnabled());
}

void tst_MainWindow::corruptCacheSaysWhereTheOldFileIs()
{
    QFile file(m_cachePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    openWindow(m_cachePath);
    auto *banner = m_window->findChild<BannerWidget *>(QStringLiteral("cacheBannerWidget"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("damaged")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(m_dir->path()), qPrintable(banner->text()));
    QVERIFY(eventLogContains(*m_log, QStringLiteral("damaged file was kept")));
}

void tst_MainWindow::importsDevicesFromCsvAfterADryRun()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    const QString csvPath = m_dir->filePath(QStringLiteral("new-devices.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,name,site,group,model,serial,firmware,tags,protocol,profile,endpoint,lifecycle\n"
              ",valve-0901,Sakai warehouse,Dock,LT-900,SN901,3.0.0,valve,lwm2m,sandbox-leshan,"
              "ep-901,active\n"
              ",valve-0902,Sakai warehouse,Dock,LT-900,SN902,3.0.0,valve,lwm2m,sandbox-leshan,"
              "ep-902,active\n"
              ",,Sakai warehouse,Dock,LT-900,SN903,3.0.0,valve,lwm2m,sandbox-leshan,ep-903,"
              "no-such-lifecycle\n");
    csv.close();
    openWindow(m_cachePath);
    waitForFleet(50);

    m_fileDialogs.answers = {csvPath};
    m_window->findChild<QAction *>(QStringLiteral("importDevicesAction"))->trigger();
    CsvImportDialog *dryRun = nullptr;
    QTRY_VERIFY((dryRun = m_window->findChild<CsvImportDialog *>()) != nullptr);
    QTRY_VERIFY(dryRun->isVisible());
    // Nothing is written before the user agrees.
    QCOMPARE(m_window->fleetModel()->devices().size(), 50);
    auto *summary = dryRun->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("2 new")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("1 rejected")), qPrintable(summary->text()));
    auto *import = dryRun->findChild<QPushButton *>(QStringLiteral("importPushButton"));
    QVERIFY(import->isEnabled());
    QVERIFY(!import->isDefault());
    QTest::mouseClick(import, Qt::LeftButton);

    waitForFleet(52); // only the valid rows
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    QTRY_VERIFY(findNode(*tree->model(), QStringLiteral("valve-0902")).isValid());
    QVERIFY(eventLogContains(*m_log, QStringLiteral("new-devices.csv")));
}

void tst_MainWindow::exportsDiagnostics()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    const QString zip = m_dir->filePath(QStringLiteral("support/diagnostics"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("support"))));
    m_fileDialogs.answers = {zip};
    m_window->findChild<QAction *>(QStringLiteral("exportDiagnosticsAction"))->trigger();
    QTRY_VERIFY(eventLogContains(*m_log, QStringLiteral("Diagnostics saved")));
    QVERIFY(QFile::exists(zip + QStringLiteral(".zip"))); // the extension is added
    QVERIFY(m_messageBoxes.warnings.isEmpty());
}

void tst_MainWindow::everyInteractiveWidgetHasAnAccessibleName()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    // Open the dialogs too, so their widgets are checked as well.
    auto *connections = m_window->findChild<QAction *>(QStringLiteral("connectionsAction"));
    QTRY_VERIFY(connections->isEnabled());
    connections->trigger();
    QTRY_VERIFY(m_window->findChild<ConnectionManagerDialog *>() != nullptr);
    m_window->findChild<ConnectionManagerDialog *>()->addProfile();
    QTRY_VERIFY(m_window->findChild<ProfileDialog *>() != nullptr);

    QStringList missing;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive
            = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
              || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
              || qobject_cast<QAbstractItemView *>(widget);
        // Parts that Qt builds inside its own widgets (headers, dock and tab buttons, the line
        // edit in a spin box) are named by Qt's accessibility layer.
        const bool qtInternal = qobject_cast<QHeaderView *>(widget)
                                || qobject_cast<QToolButton *>(widget)
                                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                                || widget->objectName().startsWith(QLatin1String("qt_"))
                                || QLatin1String(widget->metaObject()->className())
                                       == QLatin1String("QTableCornerButton");
        if (interactive && !qtInternal && !widget->isHidden() && widget->accessibleName().isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QLatin1String(widget->metaObject()->className()));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void tst_MainWindow::chartsDockChartsLiveSeries()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDockWidget"));
    QCOMPARE(dock->widget(), m_window->chartsDock());
    dock->raise();
    auto *empty = dock->findChild<QWidget *>(QStringLiteral("chartsEmptyStateWidget"));
    QTRY_VERIFY(empty->isVisible()); // nothing charted: the honest empty state

    // Synthetic readings, in this test only: the product never shows made-up data.
    ChartsDock *charts = m_window->chartsDock();
    const qint64 end = TestDevices::referenceNow().toMSecsSinceEpoch();
    for (int n : {41, 42}) {
        const QUuid id = TestDevices::idFor(n);
        charts->addSeries(
            id, TestDevices::nameFor(n), QStringLiteral("/3303/0/5700"), QStringLiteral("°C"));
        QVector<SeriesBuffer::Point> samples;
        for (int i = 0; i < 20'000; ++i) {
            const double t = i / 20'000.0;
            samples.append({end - (20'000 - i) * 100LL,
                            21.0 + n % 2 * 1.5 + 2.0 * std::sin(t * 12.0 + n)
                                + 0.3 * std::sin(t * 400.0) + (i % 97 == 0 ? 1.2 : 0.0)});
        }
        charts->appendSamples(id, QStringLiteral("/3303/0/5700"), samples);
    }
    QVERIFY(!empty->isVisible());
    QCOMPARE(charts->charts().size(), 1);
    LiveChartWidget *chart = charts->charts().first();
    QSignalSpy frames(chart, &LiveChartWidget::frameRendered);
    QVERIFY(frames.wait(2000));
    QCOMPARE(chart->lastFramePointCounts().size(), 2);
    if (const QByteArray out = qgetenv("FLEETDESK_SCREENSHOT_DIR"); !out.isEmpty()) {
        m_window->resize(1366, 768);
        m_window->resizeDocks({dock}, {300}, Qt::Vertical);
        m_window->selectDevice(TestDevices::idFor(42));
        QTest::qWait(300);
        m_window->grab().save(QString::fromLocal8Bit(out)
                              + QStringLiteral("/main-window-charts.png"));
    }
}

namespace {

// A scripted LwM2M server: pump-0003 refuses, every other device succeeds a little later.
BulkRun::Action scriptedAction(QStringList *asked, const QString &operation)
{
    asked->append(operation);
    return [](const BulkRun::Target &target, const BulkRun::Done &done) {
        QTimer::singleShot(10, [target, done] {
            if (target.name == TestDevices::nameFor(3))
                done(BulkRun::Outcome::Failed,
                     QStringLiteral("The device refused the request (4.05 Method Not Allowed)"));
            else
                done(BulkRun::Outcome::Succeeded, QString());
        });
    };
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    if (const QByteArray out = qgetenv("FLEETDESK_SCREENSHOT_DIR"); !out.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(out) + QLatin1Char('/') + name);
}

} // namespace

void tst_MainWindow::bulkOperationsNeedAServer()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath); // no bulkActionFactory: not connected
    waitForFleet(50);
    QCOMPARE(m_window->selectDevices({TestDevices::idFor(1), TestDevices::idFor(2)}), 2);
    auto *reboot = m_window->findChild<QAction *>(QStringLiteral("rebootAction"));
    QVERIFY(reboot);
    QVERIFY(!reboot->isEnabled());
    QCOMPARE(reboot->toolTip(), QStringLiteral("Needs a connected LwM2M server"));
    const QStringList ids = MainWindow::bulkOperationIds();
    QCOMPARE(ids,
             (QStringList{QStringLiteral("reboot"),
                          QStringLiteral("factory_reset"),
                          QStringLiteral("disable"),
                          QStringLiteral("registration_update")}));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("devicesMenu"));
    QVERIFY(menu);
    QStringList menuIds; // the bulk operations (the group actions follow them)
    for (const QAction *action : menu->actions()) {
        if (!action->data().toString().isEmpty())
            menuIds << action->data().toString();
    }
    QCOMPARE(menuIds, ids);
}

void tst_MainWindow::bulkRebootShowsPerDeviceResults()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    m_bulkFactory = [this](const QString &operation) {
        return scriptedAction(&m_bulkOperationsAsked, operation);
    };
    openWindow(m_cachePath);
    waitForFleet(50);
    QCOMPARE(m_window->selectDevices(
                 {TestDevices::idFor(1), TestDevices::idFor(3), TestDevices::idFor(5)}),
             3);
    QCOMPARE(m_window->selectedDevices().size(), 3);
    auto *reboot = m_window->findChild<QAction *>(QStringLiteral("rebootAction"));
    QVERIFY(reboot->isEnabled());
    reboot->trigger();

    // The confirmation names the operation and the count, and lists the devices.
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<BulkConfirmDialog *>()) != nullptr);
    QCOMPARE(confirm->count(), 3);
    QVERIFY(!confirm->needsTypedCount());
    // (Without the English translation loaded, plurals read "device(s)".)
    QVERIFY(confirm->windowTitle().startsWith(QStringLiteral("Reboot 3 device")));
    QVERIFY(confirm->confirmButton()->text().startsWith(QStringLiteral("Reboot 3 Device")));
    QVERIFY(confirm->confirmButton()->isEnabled());
    auto *list = confirm->findChild<QListView *>(QStringLiteral("bulkDevicesListView"));
    QCOMPARE(list->model()->rowCount(), 3);
    QStringList listed;
    for (int row = 0; row < 3; ++row)
        listed << list->model()->index(row, 0).data().toString();
    listed.sort();
    QCOMPARE(
        listed,
        (QStringList{TestDevices::nameFor(1), TestDevices::nameFor(3), TestDevices::nameFor(5)}));
    saveScreenshot(confirm, QStringLiteral("bulk-confirm.png"));
    QVERIFY(m_bulkOperationsAsked.isEmpty()); // nothing runs before the user confirms
    confirm->confirmButton()->click();

    BulkProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = m_window->findChild<BulkProgressDialog *>()) != nullptr);
    QCOMPARE(m_bulkOperationsAsked, QStringList{QStringLiteral("reboot")});
    QTRY_VERIFY(progress->run()->isFinished());
    BulkRun *run = progress->run();
    QCOMPARE(run->count(BulkRun::Outcome::Succeeded), 2);
    QCOMPARE(run->count(BulkRun::Outcome::Failed), 1);
    // The result table shows it per device, with the reason, and stays open.
    auto *table = progress->findChild<QTableView *>(QStringLiteral("bulkResultTableView"));
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 3);
    int succeeded = 0;
    QString failedRow;
    for (int row = 0; row < 3; ++row) {
        const QModelIndex outcome = model->index(row, BulkResultModel::OutcomeColumn);
        const auto value = BulkRun::Outcome(outcome.data(BulkResultModel::OutcomeRole).toInt());
        if (value == BulkRun::Outcome::Succeeded)
            ++succeeded;
        if (value == BulkRun::Outcome::Failed)
            failedRow = model->index(row, BulkResultModel::DeviceColumn).data().toString()
                        + QStringLiteral(": ") + outcome.data().toString();
        QVERIFY(!model->index(row, BulkResultModel::FinishedColumn).data().toString().isEmpty());
    }
    QCOMPARE(succeeded, 2);
    QVERIFY2(failedRow.startsWith(TestDevices::nameFor(3)), qPrintable(failedRow));
    QVERIFY2(failedRow.contains(QStringLiteral("4.05 Method Not Allowed")), qPrintable(failedRow));
    QVERIFY(progress->summaryText().contains(QStringLiteral("2 succeeded")));
    QVERIFY(progress->summaryText().contains(QStringLiteral("1 failed")));
    QVERIFY(progress->isVisible());
    QVERIFY(progress->findChild<QPushButton *>(QStringLiteral("closePushButton"))->isEnabled());

    // Export the table as CSV through the file dialog seam.
    const QString csvPath = m_dir->filePath(QStringLiteral("reboot-results.csv"));
    m_fileDialogs.answers << csvPath;
    QSignalSpy exported(progress, &BulkProgressDialog::exportFinished);
    progress->findChild<QPushButton *>(QStringLiteral("exportCsvPushButton"))->click();
    QVERIFY(exported.wait(5000));
    QVERIFY(exported.first().at(0).toBool());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QCOMPARE(text.count(QLatin1Char('\n')), 4);
    QVERIFY(text.contains(QStringLiteral("failed")));
    QVERIFY(eventLogContains(*m_log, QStringLiteral("Reboot finished: 2 of 3 device")));
    saveScreenshot(progress, QStringLiteral("bulk-results.png"));
}

void tst_MainWindow::factoryResetNeedsTheCountTyped()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    m_bulkFactory = [this](const QString &operation) {
        return scriptedAction(&m_bulkOperationsAsked, operation);
    };
    openWindow(m_cachePath);
    waitForFleet(50);
    m_window->selectDevices({TestDevices::idFor(1), TestDevices::idFor(3), TestDevices::idFor(5)});
    m_window->findChild<QAction *>(QStringLiteral("factoryResetAction"))->trigger();
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<BulkConfirmDialog *>()) != nullptr);
    QVERIFY(confirm->needsTypedCount());
    QLineEdit *typed = confirm->countLineEdit();
    QVERIFY(typed);
    QVERIFY(!confirm->confirmButton()->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("2"));
    QVERIFY(!confirm->confirmButton()->isEnabled()); // the wrong count
    typed->clear();
    QTest::keyClicks(typed, QStringLiteral("3"));
    QVERIFY(confirm->confirmButton()->isEnabled());
    saveScreenshot(confirm, QStringLiteral("bulk-confirm-factory-reset.png"));
    // Enter does not confirm by default: Cancel is the default button.
    QVERIFY(!confirm->confirmButton()->isDefault());
    confirm->reject();
    QTest::qWait(50);
    QVERIFY(m_bulkOperationsAsked.isEmpty()); // cancelled: nothing ran
    QVERIFY(m_window->findChild<BulkProgressDialog *>() == nullptr);
}

void tst_MainWindow::bulkActsOnDevicesUnderASite()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    m_bulkFactory = [this](const QString &operation) {
        return scriptedAction(&m_bulkOperationsAsked, operation);
    };
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    QCOMPARE(tree->selectionMode(), QAbstractItemView::ExtendedSelection);
    const QModelIndex osaka = findNode(*tree->model(), QStringLiteral("Osaka plant"));
    QVERIFY(osaka.isValid());
    tree->selectionModel()->select(osaka,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // A device also selected on its own counts once.
    m_window->selectDevices({TestDevices::idFor(1)});
    tree->selectionModel()->select(osaka, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const DeviceList devices = m_window->selectedDevices();
    int osakaDevices = 0;
    for (const Device &device : m_window->fleetModel()->devices())
        osakaDevices += device.site == QStringLiteral("Osaka plant") ? 1 : 0;
    QCOMPARE(devices.size(), osakaDevices);
    m_window->findChild<QAction *>(QStringLiteral("registrationUpdateAction"))->trigger();
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<BulkConfirmDialog *>()) != nullptr);
    QCOMPARE(confirm->count(), osakaDevices);
    confirm->reject();
}

void tst_MainWindow::queryNarrowsTheTreeAndBulkNamesTheCount()
{
    const DeviceList devices = twoSiteFleet();
    createCache(m_cachePath, devices, TestDevices::referenceNow());
    m_bulkFactory = [this](const QString &operation) {
        return scriptedAction(&m_bulkOperationsAsked, operation);
    };
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    const QString text = QStringLiteral("osaka offline");
    const FleetQuery query = FleetQuery::parse(text);
    QVERIFY(query.isValid());
    FleetQueryContext context;
    context.now = TestDevices::referenceNow();
    QStringList expected;
    for (const Device &device : devices) {
        if (query.matches(device, context))
            expected << device.name;
    }
    expected.sort();
    QCOMPARE(expected.size(), 11); // odd numbers n % 4 == 3, but 7 (unknown)

    QTest::keyClicks(filter, text);
    QTRY_COMPARE(deviceNames(*tree->model()), expected);
    QCOMPARE(tree->model()->rowCount(), 1); // Osaka plant only
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("filterCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("11 of 50"));

    // Select all, start a bulk operation: the confirmation names the count of what is shown.
    tree->setFocus();
    tree->selectAll();
    QCOMPARE(m_window->selectedDevices().size(), 11);
    // The details pane sums up the selection.
    auto *selectionTitle = m_window->findChild<QLabel *>(QStringLiteral("containerNameLabel"));
    QTRY_VERIFY2(selectionTitle->text().startsWith(QStringLiteral("11 device")),
                 qPrintable(selectionTitle->text())); // the tests load no translator: "device(s)"
    QVERIFY(selectionTitle->text().endsWith(QStringLiteral("selected")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("offlineCountLabel"))->text(),
             QStringLiteral("11"));
    m_window->findChild<QAction *>(QStringLiteral("rebootAction"))->trigger();
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<BulkConfirmDialog *>()) != nullptr);
    QCOMPARE(confirm->count(), 11);
    QVERIFY(confirm->windowTitle().startsWith(QStringLiteral("Reboot 11 device")));
    confirm->reject();
    QTest::qWait(20);
    QVERIFY(m_bulkOperationsAsked.isEmpty());
}

void tst_MainWindow::exportWritesTheSelectedOfflineDevicesOfASite()
{
    const DeviceList devices = twoSiteFleet();
    createCache(m_cachePath, devices, TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("site:\"Osaka*\" health:offline"));
    QTRY_COMPARE(m_window->filterModel()->matchingDeviceCount(), 11);
    tree->setFocus();
    tree->selectAll();
    QCOMPARE(m_window->selectedDevices().size(), 11);

    // The selection with the view's columns, to CSV.
    const QString csvPath = m_dir->filePath(QStringLiteral("offline-osaka.csv"));
    m_fileDialogs.answers = {csvPath};
    m_window->findChild<QAction *>(QStringLiteral("exportDevicesAction"))->trigger();
    ExportDevicesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportDevicesDialog *>()) != nullptr);
    QVERIFY(dialog->scopeButton(ExportDevicesDialog::Scope::Selected)->isChecked());
    QVERIFY(dialog->scopeButton(ExportDevicesDialog::Scope::Selected)
                ->text()
                .contains(QStringLiteral("(11)")));
    QVERIFY(dialog->scopeButton(ExportDevicesDialog::Scope::All)
                ->text()
                .contains(QStringLiteral("(50)")));
    QVERIFY(dialog->viewFieldsButton()->isChecked());
    dialog->exportButton()->click();
    QTRY_VERIFY(QFile::exists(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 12); // header + 11
    QCOMPARE(lines[0], QByteArray("name,firmware,battery,last_seen,health"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].endsWith(",offline"), lines[i].constData());

    // Every device shown, all fields, to JSON.
    const QString jsonPath = m_dir->filePath(QStringLiteral("offline-osaka.json"));
    m_fileDialogs.answers = {jsonPath};
    tree->clearSelection();
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportDevicesAction"));
    QTRY_VERIFY(exportAction->isEnabled()); // again once the first export has finished
    QTRY_VERIFY(m_window->findChild<ExportDevicesDialog *>() == nullptr);
    exportAction->trigger();
    QTRY_VERIFY((dialog = m_window->findChild<ExportDevicesDialog *>()) != nullptr);
    QVERIFY(!dialog->scopeButton(ExportDevicesDialog::Scope::Selected)->isEnabled());
    QVERIFY(dialog->scopeButton(ExportDevicesDialog::Scope::Shown)->isChecked());
    dialog->allFieldsButton()->setChecked(true);
    dialog->exportButton()->click();
    QTRY_VERIFY(QFile::exists(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("count")).toInt(), 11);
    const QJsonObject first
        = document.value(QStringLiteral("devices")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("site")).toString(), QStringLiteral("Osaka plant"));
    QVERIFY(first.contains(QStringLiteral("signal_dbm")));
}

void tst_MainWindow::groupingAndTableKeepTheSelectedDevice()
{
    const DeviceList devices = twoSiteFleet();
    createCache(m_cachePath, devices, TestDevices::referenceNow());
    m_bulkFactory = [this](const QString &operation) {
        return scriptedAction(&m_bulkOperationsAsked, operation);
    };
    openWindow(m_cachePath);
    waitForFleet(50);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    auto *nameLabel = m_window->findChild<QLabel *>(QStringLiteral("deviceNameLabel"));
    QVERIFY(m_window->selectDevice(TestDevices::idFor(33)));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("pump-0033"));

    // Group by firmware through the filter bar's combo box.
    auto *groupBy = m_window->findChild<QComboBox *>(QStringLiteral("groupByComboBox"));
    QVERIFY(groupBy);
    QVERIFY(!groupBy->accessibleName().isEmpty());
    const int firmware = groupBy->findData(QStringLiteral("firmware"));
    QVERIFY(firmware >= 0);
    groupBy->setCurrentIndex(firmware);
    emit groupBy->activated(firmware);
    QCOMPARE(m_window->groupBy(), GroupBy::Firmware);
    QCOMPARE(m_settings->fleetGroupBy(), QStringLiteral("firmware"));
    QStringList top;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        top << tree->model()->index(row, 0).data().toString();
    QCOMPARE(top, (QStringList{QStringLiteral("1.9.0"), QStringLiteral("2.0.3")}));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("pump-0033"));
    QCOMPARE(tree->currentIndex().parent().data().toString(), QStringLiteral("2.0.3"));
    QVERIFY(tree->isExpanded(tree->currentIndex().parent()));
    QCOMPARE(nameLabel->text(), QStringLiteral("pump-0033"));
    // Counts on every node.
    QVERIFY(tree->model()
                ->index(0, FleetTreeModel::HealthColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("10")));

    // The table: the same device stays current, the details follow.
    auto *tableAction = m_window->findChild<QAction *>(QStringLiteral("tableViewAction"));
    QVERIFY(tableAction);
    tableAction->trigger();
    QVERIFY(m_window->isTableView());
    QVERIFY(m_settings->fleetTableView());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("deviceTableView"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 50);
    QCOMPARE(table->currentIndex().siblingAtColumn(DeviceFields::Name).data().toString(),
             QStringLiteral("pump-0033"));
    QCOMPARE(nameLabel->text(), QStringLiteral("pump-0033"));
    QVERIFY(!groupBy->isEnabled()); // grouping is the tree's

    // Sorting by clicking a header: the table model sorts.
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(DeviceFields::Battery) + 4;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_window->tableModel()->sortColumn(), int(DeviceFields::Battery));
    QCOMPARE(table->currentIndex().siblingAtColumn(DeviceFields::Name).data().toString(),
             QStringLiteral("pump-0033"));

    // The filter and bulk operations work from the table too.
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("osaka offline"));
    QTRY_COMPARE(table->model()->rowCount(), 11);
    table->selectAll();
    QCOMPARE(m_window->selectedDevices().size(), 11);
    m_window->findChild<QAction *>(QStringLiteral("rebootAction"))->trigger();
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<BulkConfirmDialog *>()) != nullptr);
    QCOMPARE(confirm->count(), 11);
    confirm->reject();
    QTest::qWait(20);

    // Back to the tree: the current device is still pump-0033 (it matches the filter).
    QVERIFY(m_window->selectDevice(TestDevices::idFor(3)));
    m_window->findChild<QAction *>(QStringLiteral("treeViewAction"))->trigger();
    QVERIFY(!m_window->isTableView());
    QTRY_VERIFY(tree->isVisible());
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("pump-0003"));

    // Unreachable servers: their devices turn stale in the views.
    m_window->setUnreachableProfiles({QStringLiteral("sandbox-leshan")});
    QVERIFY(tree->currentIndex().data(FleetTreeModel::StaleRole).toBool());
    QVERIFY(m_window->tableModel()->index(0, 0).data(DeviceTableModel::StaleRole).toBool());
    if (!qEnvironmentVariableIsEmpty("FLEETDESK_SCREENSHOT_DIR")) {
        m_window->resize(1366, 768);
        filter->clear();
        QTest::keyClick(filter, Qt::Key_Enter);
        tree->expandAll();
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("main-window-grouped-by-firmware.png"));
        m_window->setTableView(true);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("main-window-table.png"));
    }
}

void tst_MainWindow::viewSettingsPersist()
{
    createCache(m_cachePath, twoSiteFleet(), TestDevices::referenceNow());
    openWindow(m_cachePath);
    waitForFleet(50);
    m_window->setGroupBy(GroupBy::Health);
    m_window->setTableView(true);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("deviceTableView"));
    QVERIFY(table);
    QVERIFY(table->horizontalHeader()->contextMenuPolicy() == Qt::CustomContextMenu);
    QVERIFY(!table->isColumnHidden(DeviceFields::Model));
    table->horizontalHeader()->setSectionHidden(DeviceFields::Model, true);
    table->horizontalHeader()->setSectionHidden(DeviceFields::Tags, false);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    tree->header()->setSectionHidden(FleetTreeModel::BatteryColumn, true);
    m_window->close(); // saves the window state
    m_window.reset();

    m_store = std::make_unique<FleetStore>();
    m_store->setWatchInterval(0);
    openWindow(m_cachePath);
    waitForFleet(50);
    QCOMPARE(m_window->groupBy(), GroupBy::Health);
    QVERIFY(m_window->isTableView());
    table = m_window->findChild<QTableView *>(QStringLiteral("deviceTableView"));
    QVERIFY(table);
    QVERIFY(table->isColumnHidden(DeviceFields::Model));
    QVERIFY(!table->isColumnHidden(DeviceFields::Tags));
    QVERIFY(!table->isColumnHidden(DeviceFields::Name));
    tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    QVERIFY(tree->isColumnHidden(FleetTreeModel::BatteryColumn));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("groupByComboBox"))->currentData(),
             QVariant(QStringLiteral("health")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
