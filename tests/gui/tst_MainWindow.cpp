#include "BannerWidget.h"
#include "ConnectionManagerDialog.h"
#include "CsvImportDialog.h"
#include "EmptyStateWidget.h"
#include "FleetFilterProxyModel.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "TestDevices.h"
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
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

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
    void selectingADeviceFillsTheDetails();
    void keepsSelectionAcrossReloads();
    void restoresWindowState();
    void emptyCacheTeaches();
    void newerCacheOpensReadOnly();
    void corruptCacheSaysWhereTheOldFileIs();
    void importsDevicesFromCsvAfterADryRun();
    void exportsDiagnostics();
    void everyInteractiveWidgetHasAnAccessibleName();

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

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
