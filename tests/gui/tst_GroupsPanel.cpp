#include "DeviceDetailsWidget.h"
#include "FleetFilterProxyModel.h"
#include "GroupListModel.h"
#include "GroupsPanel.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "TestDevices.h"
#include "TimelineModel.h"
#include "TimelineWidget.h"
#include "common/EventLog.h"
#include "common/Settings.h"
#include "fleet/FleetQuery.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/FleetStore.h"
#include "store/GroupRepository.h"
#include "store/JournalRepository.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

// The Groups dock and the details pane's Timeline tab in a real MainWindow over a cache made here:
// activating a smart or static group filters the fleet, Save Filter / Add to Group / Remove /
// Rename / Delete go through FleetStore, the timeline shows, filters and exports the journal.
class tst_GroupsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void activatingAGroupFiltersTheFleet();
    void saveFilterAddRemoveRenameDelete();
    void invalidOrEmptyQueryIsNotSaved();
    void timelineTabShowsFiltersAndExports();

private:
    void createCache();
    void openWindow();

    DeviceList m_devices;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    ScriptedFileDialogs m_fileDialogs;
    ScriptedMessageBoxes m_messageBoxes;
    std::unique_ptr<MainWindow> m_window;
    QString m_cachePath;
    QStringList m_names; // answers of the name prompt, in order
    QStringList m_prompts;
};

void tst_GroupsPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_devices = TestDevices::fleet(50);
}

void tst_GroupsPanel::init()
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
    m_messageBoxes.confirmations.clear();
    m_messageBoxes.confirmAnswer = false;
    m_names.clear();
    m_prompts.clear();
    createCache();
}

void tst_GroupsPanel::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_secrets.reset();
    m_log.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_GroupsPanel::createCache()
{
    const QString connection = QStringLiteral("fixture");
    {
        const CacheDatabase::OpenResult result
            = CacheDatabase::open(m_cachePath, CacheDatabase::Kind::Fleet, connection);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QSqlDatabase db = QSqlDatabase::database(connection);
        QString error;
        QVERIFY2(FleetRepository(db).upsertDevices(m_devices, &error), qPrintable(error));
        GroupRepository groups(db);
        QVERIFY2(groups.saveFilter(
                     QStringLiteral("Osaka"), QStringLiteral("site:\"Osaka*\""), false, &error),
                 qPrintable(error));
        QVERIFY(
            groups.addMembers(QStringLiteral("Spare"),
                              {TestDevices::idFor(1), TestDevices::idFor(2), TestDevices::idFor(3)},
                              true));
        // The journal of pump-0001: oldest first here.
        const QDateTime t0 = TestDevices::referenceNow().addSecs(-3600);
        const QUuid id = TestDevices::idFor(1);
        QVERIFY(JournalRepository(db).appendJournal(
            {{0, id, t0, QStringLiteral("registration"), QStringLiteral("registered"), {}},
             {0, id, t0.addSecs(60), QStringLiteral("health"), QStringLiteral("went offline"), {}},
             {0, id, t0.addSecs(120), QStringLiteral("health"), QStringLiteral("came online"), {}},
             {0,
              id,
              t0.addSecs(180),
              QStringLiteral("operation"),
              QStringLiteral("reboot succeeded"),
              {{QStringLiteral("operation"), QStringLiteral("reboot")}}}}));
    }
    CacheDatabase::close(connection);
}

void tst_GroupsPanel::openWindow()
{
    MainWindow::Dependencies deps;
    deps.fleetStore = m_store.get();
    deps.eventLog = m_log.get();
    deps.settings = m_settings.get();
    deps.secretStore = m_secrets.get();
    deps.fleetDbPath = m_cachePath;
    deps.profilesPath = m_dir->filePath(QStringLiteral("profiles.json"));
    deps.fileDialogs = &m_fileDialogs;
    deps.messageBoxes = &m_messageBoxes;
    deps.clock = [] {
        return TestDevices::referenceNow();
    };
    m_window = std::make_unique<MainWindow>(deps);
    m_window->groupsPanel()->setAskName([this](QWidget *,
                                               const QString &title,
                                               const QString &,
                                               const QStringList &,
                                               const QString &) -> std::optional<QString> {
        m_prompts << title;
        if (m_names.isEmpty())
            return std::nullopt;
        return m_names.takeFirst();
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->fleetModel()->devices().size(), m_devices.size());
}

void tst_GroupsPanel::activatingAGroupFiltersTheFleet()
{
    openWindow();
    GroupsPanel *panel = m_window->groupsPanel();
    QVERIFY(panel);
    QVERIFY(panel->isVisibleTo(m_window.get()));
    GroupListModel *model = panel->model();
    int osaka = 0;
    for (const Device &d : std::as_const(m_devices))
        osaka += d.site.startsWith(QLatin1String("Osaka")) ? 1 : 0;
    QVERIFY(osaka > 0);

    // Listed, with their live counts.
    QTRY_VERIFY(
        model->groupIndex(GroupListModel::Kind::SmartGroup, QStringLiteral("Osaka")).isValid());
    const QModelIndex smart
        = model->groupIndex(GroupListModel::Kind::SmartGroup, QStringLiteral("Osaka"));
    const QModelIndex spare
        = model->groupIndex(GroupListModel::Kind::StaticGroup, QStringLiteral("Spare"));
    QVERIFY(spare.isValid());
    QTRY_COMPARE(smart.data(GroupListModel::CountRole).toInt(), osaka);
    QTRY_COMPARE(spare.data(GroupListModel::CountRole).toInt(), 3);

    // Activating a smart group puts saved:"NAME" in the filter box and the tree follows.
    auto *filterEdit = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QVERIFY(filterEdit);
    panel->view()->setFocus();
    panel->view()->setCurrentIndex(smart);
    QTest::keyClick(panel->view(), Qt::Key_Return);
    QCOMPARE(filterEdit->text(), QStringLiteral("saved:\"Osaka\""));
    QTRY_COMPARE(m_window->filterModel()->matchingDeviceCount(), osaka);

    // And a static group in:"NAME".
    panel->activate(spare);
    QCOMPARE(filterEdit->text(), QStringLiteral("in:\"Spare\""));
    QTRY_COMPARE(m_window->filterModel()->matchingDeviceCount(), 3);
}

void tst_GroupsPanel::saveFilterAddRemoveRenameDelete()
{
    openWindow();
    GroupsPanel *panel = m_window->groupsPanel();
    GroupListModel *model = panel->model();
    QTRY_VERIFY(!model->staticGroupNames().isEmpty());

    // Save Filter… (Ctrl+Shift+S) saves the filter box's query under the name asked for.
    m_window->setFilterText(QStringLiteral("health:offline"));
    m_names << QStringLiteral("Offline now");
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    QCOMPARE(m_prompts.size(), 1);
    QTRY_VERIFY(model->smartGroupNames().contains(QStringLiteral("Offline now")));
    QCOMPARE(panel->savedFilters().value(QStringLiteral("Offline now")),
             QStringLiteral("health:offline"));
    QTRY_COMPARE(panel->view()->currentIndex().data(GroupListModel::NameRole).toString(),
                 QStringLiteral("Offline now"));

    // Add to Group… on the selected devices, into a new group.
    m_window->setFilterText(QString());
    QAction *add = m_window->findChild<QAction *>(QStringLiteral("addToGroupAction"));
    QAction *remove = m_window->findChild<QAction *>(QStringLiteral("removeFromGroupAction"));
    QVERIFY(add && remove);
    QVERIFY(m_window->menuBar()
                ->findChild<QMenu *>(QStringLiteral("devicesMenu"))
                ->actions()
                .contains(add));
    QTRY_COMPARE(m_window->selectDevices({TestDevices::idFor(10),
                                          TestDevices::idFor(11),
                                          TestDevices::idFor(12),
                                          TestDevices::idFor(13)}),
                 4);
    QVERIFY(add->isEnabled());
    m_names << QStringLiteral("Line check");
    add->trigger();
    QTRY_COMPARE(panel->staticGroups().value(QStringLiteral("Line check")).size(), 4);

    // Remove from Group… takes them out again (two of them).
    QCOMPARE(m_window->selectDevices({TestDevices::idFor(10), TestDevices::idFor(11)}), 2);
    QVERIFY(remove->isEnabled());
    m_names << QStringLiteral("Line check");
    remove->trigger();
    QTRY_COMPARE(panel->staticGroups().value(QStringLiteral("Line check")).size(), 2);
    QVERIFY(!panel->staticGroups()
                 .value(QStringLiteral("Line check"))
                 .contains(TestDevices::idFor(10)));

    // Rename the static group.
    QModelIndex group
        = model->groupIndex(GroupListModel::Kind::StaticGroup, QStringLiteral("Line check"));
    m_names << QStringLiteral("Line B check");
    panel->renameGroup(group);
    QTRY_VERIFY(model->staticGroupNames().contains(QStringLiteral("Line B check")));
    QVERIFY(!model->staticGroupNames().contains(QStringLiteral("Line check")));

    // A name that exists already: refused with a warning, nothing changes.
    group = model->groupIndex(GroupListModel::Kind::StaticGroup, QStringLiteral("Line B check"));
    m_names << QStringLiteral("Spare");
    panel->renameGroup(group);
    QTRY_COMPARE(m_messageBoxes.warnings.size(), 1);
    QVERIFY2(m_messageBoxes.warnings.first().contains(QStringLiteral("not changed")),
             qPrintable(m_messageBoxes.warnings.first()));

    // Delete asks first; "Cancel" keeps the group.
    m_messageBoxes.confirmAnswer = false;
    panel->deleteGroup(group);
    QCOMPARE(m_messageBoxes.confirmations.size(), 1);
    QVERIFY(model->staticGroupNames().contains(QStringLiteral("Line B check")));
    m_messageBoxes.confirmAnswer = true;
    panel->deleteGroup(group);
    QTRY_VERIFY(!model->staticGroupNames().contains(QStringLiteral("Line B check")));

    // Deleting a smart group.
    panel->deleteGroup(
        model->groupIndex(GroupListModel::Kind::SmartGroup, QStringLiteral("Offline now")));
    QTRY_VERIFY(!model->smartGroupNames().contains(QStringLiteral("Offline now")));

    // Everything reached the cache.
    const QString connection = QStringLiteral("check");
    {
        QVERIFY(CacheDatabase::open(m_cachePath, CacheDatabase::Kind::Fleet, connection).ok());
        GroupRepository check(QSqlDatabase::database(connection));
        const auto groups = check.staticGroups();
        QCOMPARE(groups.keys(), QStringList{QStringLiteral("Spare")});
        QCOMPARE(check.savedFilters().keys(), QStringList{QStringLiteral("Osaka")});
    }
    CacheDatabase::close(connection);
}

void tst_GroupsPanel::invalidOrEmptyQueryIsNotSaved()
{
    openWindow();
    GroupsPanel *panel = m_window->groupsPanel();
    panel->saveFilter(QString());
    QCOMPARE(m_messageBoxes.warnings.size(), 1);
    QCOMPARE(m_prompts.size(), 0); // not even asked for a name
    const QString bad = QStringLiteral("(site:Osaka OR");
    if (!FleetQuery::parse(bad).isValid()) {
        panel->saveFilter(bad);
        QCOMPARE(m_messageBoxes.warnings.size(), 2);
        QCOMPARE(m_prompts.size(), 0);
    }
    // A name that cannot be used.
    m_names << QStringLiteral("with \"quotes\"");
    panel->saveFilter(QStringLiteral("pump"));
    QCOMPARE(m_prompts.size(), 1);
    QVERIFY(m_messageBoxes.warnings.last().contains(QStringLiteral("cannot be used")));
    QVERIFY(!panel->savedFilters().contains(QStringLiteral("with \"quotes\"")));
}

void tst_GroupsPanel::timelineTabShowsFiltersAndExports()
{
    openWindow();
    QVERIFY(m_window->selectDevice(TestDevices::idFor(1)));
    auto *details = m_window->findChild<DeviceDetailsWidget *>();
    QVERIFY(details);
    TimelineWidget *timeline = details->timeline();
    QVERIFY(timeline);
    QTabWidget *tabs = details->tabWidget();
    const int tab = tabs->indexOf(timeline);
    QVERIFY(tab >= 0);
    QCOMPARE(tabs->tabText(tab), QStringLiteral("Timeline"));
    tabs->setCurrentIndex(tab);

    // Entries appear, newest first.
    TimelineModel *model = timeline->model();
    QTRY_COMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0, TimelineModel::MessageColumn).data().toString(),
             QStringLiteral("reboot succeeded"));

    // Kind filter and search.
    auto *kinds = timeline->findChild<QComboBox *>(QStringLiteral("timelineKindComboBox"));
    QVERIFY(kinds);
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("health")));
    QCOMPARE(model->rowCount(), 2);
    auto *search = timeline->findChild<QLineEdit *>(QStringLiteral("timelineSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("offline"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TimelineModel::MessageColumn).data().toString(),
             QStringLiteral("went offline"));
    search->clear();
    kinds->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 4);

    // Export writes a file: JSON here, oldest first.
    const QString path = m_dir->filePath(QStringLiteral("timeline.json"));
    m_fileDialogs.answers << path;
    QSignalSpy exported(timeline, &TimelineWidget::exportFinished);
    auto *exportButton = timeline->findChild<QPushButton *>(QStringLiteral("timelineExportButton"));
    QVERIFY(exportButton && exportButton->isEnabled());
    exportButton->click();
    QVERIFY(!exported.isEmpty() || exported.wait());
    QVERIFY(exported.first().at(0).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.first().toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("registered"));
    QCOMPARE(json.value(QStringLiteral("device")).toObject().value(QStringLiteral("name")),
             TestDevices::nameFor(1));

    // The journal grows (an operation recorded through the store): the new entry appears.
    JournalRepository::AuditEntry audit;
    audit.action = QStringLiteral("reboot");
    audit.devices = {TestDevices::idFor(1)};
    audit.result = QStringLiteral("failed: timeout");
    m_store->record(audit,
                    {{0,
                      TestDevices::idFor(1),
                      TestDevices::referenceNow(),
                      QStringLiteral("operation"),
                      QStringLiteral("reboot failed: timeout"),
                      {}}});
    QTRY_COMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(0, TimelineModel::MessageColumn).data().toString(),
             QStringLiteral("reboot failed: timeout"));

    // Another device: its own (empty) timeline.
    QVERIFY(m_window->selectDevice(TestDevices::idFor(2)));
    QTRY_COMPARE(model->deviceId(), TestDevices::idFor(2));
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(tst_GroupsPanel)
#include "tst_GroupsPanel.moc"
