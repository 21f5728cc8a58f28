// Operations held offline in the window (docs/offline.md): the consent asked when some selected
// devices' servers are unreachable (Hold / Skip / Cancel, through the MessageBoxes seam), the Held
// operations dock, running held operations when the server comes back, and Discard.
#include "HeldOperationModel.h"
#include "HeldOperationsController.h"
#include "HeldOperationsWidget.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "TestDevices.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressDialog.h"
#include "common/EventLog.h"
#include "common/Settings.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/FleetStore.h"
#include "store/HeldOperationRepository.h"
#include "store/JournalRepository.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
const QString Down = QStringLiteral("down-leshan");
const QString Probe = QStringLiteral("held-probe");
} // namespace

class tst_HeldOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void holdThenRunWhenTheServerComesBack();
    void skipAndCancelHoldNothing();
    void discardFromTheDock();

private:
    void openWindow();
    HeldOperationList cachedOperations();
    void rebootSelection(const QList<QUuid> &ids);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    ScriptedFileDialogs m_fileDialogs;
    ScriptedMessageBoxes m_messageBoxes;
    std::unique_ptr<MainWindow> m_window;
    QString m_cachePath;
    QStringList m_ran; // device names the injected action ran on
};

void tst_HeldOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("fleetdesk.ini")));
    m_log = std::make_unique<EventLog>();
    m_store = std::make_unique<FleetStore>();
    m_store->setWatchInterval(0);
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_cachePath = m_dir->filePath(QStringLiteral("fleet.db"));
    m_messageBoxes = ScriptedMessageBoxes();
    m_ran.clear();

    // Devices 1 and 2 are on a server that did not answer when last tried.
    DeviceList devices = TestDevices::fleet(10);
    devices[0].binding.profile = Down;
    devices[1].binding.profile = Down;
    const QString connection = QStringLiteral("fixture");
    {
        const auto result
            = CacheDatabase::open(m_cachePath, CacheDatabase::Kind::Fleet, connection);
        QVERIFY2(result.ok(), qPrintable(result.message));
        FleetRepository fleet(QSqlDatabase::database(connection));
        QVERIFY(fleet.upsertDevices(devices));
        QVERIFY(fleet.setProfileReachable(Down, false, TestDevices::referenceNow()));
    }
    CacheDatabase::close(connection);
}

void tst_HeldOperations::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_secrets.reset();
    m_log.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_HeldOperations::openWindow()
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
    deps.bulkActionFactory = [this](const QString &) -> BulkRun::Action {
        return [this](const BulkRun::Target &target, const BulkRun::Done &done) {
            m_ran << target.name;
            QTimer::singleShot(1, [done] { done(BulkRun::Outcome::Succeeded, {}); });
        };
    };
    m_window = std::make_unique<MainWindow>(deps);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->fleetModel()->devices().size(), 10);
    // The unreachable profile arrives from the cache.
    QTRY_VERIFY(m_window->heldOperations()->unreachableProfiles().contains(Down));
}

HeldOperationList tst_HeldOperations::cachedOperations()
{
    HeldOperationList ops;
    {
        const auto result = CacheDatabase::open(m_cachePath, CacheDatabase::Kind::Fleet, Probe);
        if (result.ok())
            ops = HeldOperationRepository(QSqlDatabase::database(Probe)).list(true);
    }
    CacheDatabase::close(Probe);
    return ops;
}

void tst_HeldOperations::rebootSelection(const QList<QUuid> &ids)
{
    QCOMPARE(m_window->selectDevices(ids), int(ids.size()));
    auto *reboot = m_window->findChild<QAction *>(QStringLiteral("rebootAction"));
    QVERIFY(reboot && reboot->isEnabled());
    reboot->trigger();
}

void tst_HeldOperations::holdThenRunWhenTheServerComesBack()
{
    openWindow();
    m_messageBoxes.chooseAnswer = 0; // Hold them until reachable
    rebootSelection({TestDevices::idFor(1), TestDevices::idFor(2), TestDevices::idFor(3)});

    // Asked once, naming the count, the server and the choices.
    QCOMPARE(m_messageBoxes.choiceTitles.size(), 1);
    const QString asked = m_messageBoxes.choiceTexts.first();
    QVERIFY2(asked.startsWith(QStringLiteral("2 of the selected devices")), qPrintable(asked));
    QVERIFY(asked.contains(Down));
    QVERIFY(asked.contains(TestDevices::nameFor(1)) && asked.contains(TestDevices::nameFor(2)));
    QCOMPARE(m_messageBoxes.choiceButtons.first().size(), 2);
    QVERIFY(m_messageBoxes.choiceButtons.first().at(0).contains(QStringLiteral("Hold")));

    // The reachable device runs now, after the usual confirmation naming one device.
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<BulkConfirmDialog *>()) != nullptr);
    QCOMPARE(confirm->count(), 1);
    confirm->confirmButton()->click();
    BulkProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = m_window->findChild<BulkProgressDialog *>()) != nullptr);
    QTRY_VERIFY(progress->run()->isFinished());
    QCOMPARE(m_ran, QStringList{TestDevices::nameFor(3)});

    // The other two are held: in the cache and in the dock, which shows itself.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("heldOperationsDockWidget"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    HeldOperationModel *model = m_window->heldOperations()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->openCount(), 2);
    const HeldOperationList cached = cachedOperations();
    QCOMPARE(cached.size(), 2);
    for (const HeldOperation &op : cached) {
        QCOMPARE(op.state, HeldOperation::State::Held);
        QCOMPARE(op.operation, QStringLiteral("reboot"));
        QCOMPARE(op.profile(), Down);
    }

    // The server comes back (the connector's up event): both run, after the re-check.
    m_window->setProfileReachable(Down, true);
    QTRY_COMPARE(m_ran.size(), 3);
    QTRY_COMPARE(model->openCount(), 0);
    QTRY_COMPARE(model->index(0, 0).data(HeldOperationModel::StateRole).toInt(),
                 int(HeldOperation::State::Succeeded));
    QTRY_VERIFY([this] {
        const HeldOperationList ops = cachedOperations();
        return ops.size() == 2 && std::all_of(ops.cbegin(), ops.cend(), [](const HeldOperation &o) {
                   return o.state == HeldOperation::State::Succeeded;
               });
    }());
    // The result is in the device's journal (its timeline).
    QTRY_VERIFY([this] {
        bool found = false;
        {
            const auto result = CacheDatabase::open(m_cachePath, CacheDatabase::Kind::Fleet, Probe);
            if (result.ok()) {
                const auto entries = JournalRepository(QSqlDatabase::database(Probe))
                                         .journal(TestDevices::idFor(1));
                for (const auto &e : entries) {
                    found |= e.kind == QLatin1String("operation")
                             && e.data.value(QStringLiteral("outcome")).toString()
                                    == QLatin1String("succeeded")
                             && e.data.contains(QStringLiteral("held_operation"));
                }
            }
        }
        CacheDatabase::close(Probe);
        return found;
    }());
}

void tst_HeldOperations::skipAndCancelHoldNothing()
{
    openWindow();
    // Cancel: nothing runs, nothing is held.
    m_messageBoxes.chooseAnswer = -1;
    rebootSelection({TestDevices::idFor(1), TestDevices::idFor(4)});
    QCOMPARE(m_messageBoxes.choiceTitles.size(), 1);
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<BulkConfirmDialog *>());

    // Skip: only the reachable device is offered for the reboot.
    m_messageBoxes.chooseAnswer = 1;
    rebootSelection({TestDevices::idFor(1), TestDevices::idFor(4)});
    QCOMPARE(m_messageBoxes.choiceTitles.size(), 2);
    BulkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<BulkConfirmDialog *>()) != nullptr);
    QCOMPARE(confirm->count(), 1);
    confirm->reject();
    QVERIFY(cachedOperations().isEmpty());
    QVERIFY(m_ran.isEmpty());

    // Every device reachable: no question at all.
    rebootSelection({TestDevices::idFor(4), TestDevices::idFor(5)});
    QCOMPARE(m_messageBoxes.choiceTitles.size(), 2);
}

void tst_HeldOperations::discardFromTheDock()
{
    openWindow();
    m_messageBoxes.chooseAnswer = 0;
    rebootSelection({TestDevices::idFor(2)}); // only unreachable devices: no bulk confirmation
    HeldOperationModel *model = m_window->heldOperations()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(!m_window->findChild<BulkConfirmDialog *>());

    auto *widget = m_window->findChild<HeldOperationsWidget *>();
    QVERIFY(widget);
    auto *discard = widget->findChild<QPushButton *>(QStringLiteral("discardHeldPushButton"));
    auto *run = widget->findChild<QPushButton *>(QStringLiteral("runHeldPushButton"));
    auto *confirmButton = widget->findChild<QPushButton *>(QStringLiteral("confirmHeldPushButton"));
    QVERIFY(discard && run && confirmButton);
    QVERIFY(!discard->isEnabled()); // nothing selected
    widget->view()->selectRow(0);
    QVERIFY(discard->isEnabled());
    QVERIFY(run->isEnabled());
    QVERIFY(!confirmButton->isEnabled()); // only for those that need confirmation

    // Run now while the server is still unreachable: it stays held.
    run->click();
    QTest::qWait(50);
    QVERIFY(m_ran.isEmpty());

    // Discard asks first; "no" keeps it.
    m_messageBoxes.confirmAnswer = false;
    discard->click();
    QCOMPARE(m_messageBoxes.confirmations.size(), 1);
    QCOMPARE(model->openCount(), 1);
    m_messageBoxes.confirmAnswer = true;
    discard->click();
    QTRY_COMPARE(model->openCount(), 0);
    QTRY_COMPARE(cachedOperations().value(0).state, HeldOperation::State::Discarded);
    // A server that comes back later runs nothing.
    m_window->setProfileReachable(Down, true);
    QTest::qWait(50);
    QVERIFY(m_ran.isEmpty());
}

QTEST_MAIN(tst_HeldOperations)
#include "tst_HeldOperations.moc"
