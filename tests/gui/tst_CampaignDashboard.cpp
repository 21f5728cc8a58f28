#include "BannerWidget.h"
#include "CampaignDeviceModel.h"
#include "InMemorySecretStore.h"
#include "ScreenshotLanguage.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "TestDevices.h"
#include "campaign/CampaignDashboard.h"
#include "campaign/CampaignNotifier.h"
#include "campaign/CampaignRunController.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"
#include "store/FleetRepository.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The campaign dashboard over a real cache: a campaign of 24 devices in three waves (canary, wave
// 2, wave 3) with a device in every state and a journal spread over 40 minutes. The dashboard reads
// it on its worker thread; the test writes to the cache through its own connection, as
// fleetdesk-cli would, and waits for the dashboard's poll to show it.
class tst_CampaignDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(ScreenshotLanguage::install()); }
    void init();
    void cleanup();
    void showsWavesDevicesAndFailures();
    void filterByState();
    void pauseGoesThroughTheCache();
    void abortAsksNamingTheCampaign();
    void selfPauseShowsBannerAndNotification();
    void hiddenDashboardStillWatches();
    void exportReport();
    void runHereNeedsTheProfileSecret();
    void runHereTakesTheLeaseAndPausesItself();
    void screenshot();

private:
    void openDashboard(CampaignRunController *runner = nullptr);
    QSqlDatabase db() const { return QSqlDatabase::database(Fixture); }
    std::optional<CampaignRecord> campaign() const
    {
        return CampaignRepository(db()).find(m_campaignId);
    }

    static inline const QString Fixture = QStringLiteral("tst-campaign-dashboard");
    static inline const QString Name = QStringLiteral("Pump firmware 2.1 rollout");
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cachePath;
    qint64 m_campaignId = 0;
    ScriptedMessageBoxes m_messageBoxes;
    ScriptedFileDialogs m_fileDialogs;
    std::unique_ptr<CampaignNotifier> m_notifier;
    std::unique_ptr<CampaignDashboard> m_dashboard;
};

namespace {

// What each of the 24 devices went through: wave, final state, and its story.
struct Plan
{
    int wave;
    CampaignDeviceState state;
    std::optional<int> resultCode = std::nullopt;
    QString reason = QString();
};

QVector<Plan> plan()
{
    using S = CampaignDeviceState;
    const QString battery = QStringLiteral("battery 12 % below 20 %");
    const QString neverBack = QStringLiteral("did not come back within 900 s");
    QVector<Plan> p;
    p << Plan{0, S::Succeeded} << Plan{0, S::Succeeded};                         // canary
    p << Plan{1, S::Succeeded} << Plan{1, S::Succeeded} << Plan{1, S::Succeeded} // wave 2
      << Plan{1, S::Succeeded} << Plan{1, S::Failed, 8, QString()}
      << Plan{1, S::Failed, 8, QString()} << Plan{1, S::Failed, std::nullopt, neverBack}
      << Plan{1, S::Skipped, std::nullopt, battery};
    p << Plan{2, S::Downloading} << Plan{2, S::Downloaded} << Plan{2, S::Updating} // wave 3
      << Plan{2, S::Succeeded} << Plan{2, S::Skipped, std::nullopt, battery}
      << Plan{2, S::Cancelled};
    while (p.size() < 24)
        p << Plan{2, S::Pending};
    return p;
}

} // namespace

void tst_CampaignDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cachePath = m_dir->filePath(QStringLiteral("fleet.db"));
    m_messageBoxes = ScriptedMessageBoxes();
    m_fileDialogs = ScriptedFileDialogs();
    const auto opened = CacheDatabase::open(m_cachePath, CacheDatabase::Kind::Fleet, Fixture);
    QVERIFY2(opened.ok(), qPrintable(opened.message));

    const DeviceList fleet = TestDevices::fleet(24);
    QVERIFY(FleetRepository(db()).upsertDevices(fleet));

    CampaignSpec spec;
    spec.name = Name;
    spec.firmwareModel = QStringLiteral("LT-500");
    spec.firmwareVersion = QStringLiteral("2.1.0");
    spec.targetKind = CampaignSpec::TargetKind::Query;
    spec.targetQuery = QStringLiteral("model:LT-500");
    spec.waves = {CampaignAmount::count(2), CampaignAmount::count(8)};
    spec.concurrency = 4;

    const QVector<Plan> story = plan();
    QVector<CampaignDeviceRecord> records;
    for (int i = 0; i < story.size(); ++i) {
        CampaignDeviceRecord r;
        r.deviceId = fleet.at(i).id;
        r.position = i;
        r.wave = story.at(i).wave;
        r.fromVersion = QStringLiteral("2.0.3");
        r.state = story.at(i).state == CampaignDeviceState::Skipped ? CampaignDeviceState::Skipped
                                                                    : CampaignDeviceState::Pending;
        r.reason = r.state == CampaignDeviceState::Skipped ? story.at(i).reason : QString();
        records << r;
    }
    CampaignRepository repo(db());
    QString error;
    m_campaignId = repo.create(spec,
                               QStringLiteral("http://127.0.0.1:8088/fw/lt500-2.1.0.bin"),
                               QString(),
                               records,
                               QStringLiteral("tester"),
                               &error);
    QVERIFY2(m_campaignId > 0, qPrintable(error));
    QVERIFY(repo.setState(m_campaignId, CampaignState::Running, QString(), &error));

    // The journal: every device that started went Downloading → … → its final state.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-40 * 60);
    int minute = 1;
    for (int i = 0; i < story.size(); ++i) {
        const Plan &p = story.at(i);
        if (p.state == CampaignDeviceState::Pending || p.state == CampaignDeviceState::Skipped)
            continue;
        CampaignDeviceRecord r = records.at(i);
        if (p.state == CampaignDeviceState::Cancelled) {
            r.state = p.state;
            r.reason = QStringLiteral("campaign aborted before the device started");
            QVERIFY(repo.transition(m_campaignId, r, QString(), &error));
            continue;
        }
        r.attempt = 1;
        r.startedAt = start.addSecs(minute * 60);
        r.state = CampaignDeviceState::Downloading;
        QVERIFY2(repo.transition(m_campaignId, r, QString(), &error), qPrintable(error));
        if (p.state != CampaignDeviceState::Downloading) {
            r.state = p.state == CampaignDeviceState::Downloaded ? p.state
                                                                 : CampaignDeviceState::Updating;
            QVERIFY(repo.transition(m_campaignId, r, QString(), &error));
        }
        if (p.state == CampaignDeviceState::Succeeded || p.state == CampaignDeviceState::Failed) {
            r.state = p.state;
            r.resultCode = p.state == CampaignDeviceState::Succeeded ? 1 : p.resultCode.value_or(0);
            if (!p.resultCode && p.state == CampaignDeviceState::Failed)
                r.resultCode.reset();
            r.reason = p.reason;
            r.reportedVersion = p.state == CampaignDeviceState::Succeeded ? QStringLiteral("2.1.0")
                                                                          : QStringLiteral("2.0.3");
            r.mark = p.reason.startsWith(QLatin1String("did not")) ? QStringLiteral("never_back")
                                                                   : QString();
            r.finishedAt = r.startedAt.addSecs(90 + 7 * i);
            QVERIFY(repo.transition(m_campaignId, r, QString(), &error));
        }
        minute += 2;
    }
    // Spread the journal over the 40 minutes (transition() stamps it with the current time).
    QSqlQuery started(db());
    started.prepare(QStringLiteral("UPDATE campaigns SET started_at = ? WHERE id = ?"));
    started.addBindValue(start.toMSecsSinceEpoch());
    started.addBindValue(m_campaignId);
    QVERIFY(started.exec());
    QSqlQuery events(db());
    QVERIFY(events.exec(QStringLiteral("SELECT id FROM campaign_events ORDER BY id")));
    QVector<qint64> ids;
    while (events.next())
        ids << events.value(0).toLongLong();
    for (int i = 0; i < ids.size(); ++i) {
        QSqlQuery update(db());
        update.prepare(QStringLiteral("UPDATE campaign_events SET at = ? WHERE id = ?"));
        update.addBindValue(start.addSecs(qint64(i) * 40 * 60 / ids.size()).toMSecsSinceEpoch());
        update.addBindValue(ids.at(i));
        QVERIFY(update.exec());
    }
}

void tst_CampaignDashboard::cleanup()
{
    m_dashboard.reset();
    m_notifier.reset();
    CacheDatabase::close(Fixture);
    m_dir.reset();
}

void tst_CampaignDashboard::openDashboard(CampaignRunController *runner)
{
    m_notifier = std::make_unique<CampaignNotifier>();
    m_notifier->setDesktopNotificationsEnabled(false);
    CampaignDashboard::Dependencies deps;
    deps.fleetDbPath = m_cachePath;
    deps.messageBoxes = &m_messageBoxes;
    deps.fileDialogs = &m_fileDialogs;
    deps.notifier = m_notifier.get();
    deps.runController = runner;
    if (runner)
        runner->setNotifier(m_notifier.get());
    deps.actor = QStringLiteral("tester");
    deps.pollIntervalMs = 100;
    m_dashboard = std::make_unique<CampaignDashboard>(deps);
    m_dashboard->resize(1280, 820);
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->snapshot().campaign.has_value(), 10000);
}

void tst_CampaignDashboard::showsWavesDevicesAndFailures()
{
    openDashboard();
    QCOMPARE(m_dashboard->currentCampaign(), m_campaignId);
    auto *title = m_dashboard->findChild<QLabel *>(QStringLiteral("campaignTitleLabel"));
    QCOMPARE(title->text(), Name);
    auto *state = m_dashboard->findChild<QLabel *>(QStringLiteral("campaignStateLabel"));
    QVERIFY2(state->text().contains(CampaignText::stateName(CampaignState::Running)),
             qPrintable(state->text()));
    auto *detail = m_dashboard->findChild<QLabel *>(QStringLiteral("campaignDetailLabel"));
    QVERIFY2(detail->text().contains(QStringLiteral("LT-500 2.1.0")), qPrintable(detail->text()));

    // A row per wave with its counts.
    auto *waves = m_dashboard->findChild<QTableWidget *>(QStringLiteral("wavesTableWidget"));
    QCOMPARE(waves->rowCount(), 3);
    auto cell = [&](int row, int column) {
        return waves->item(row, column)->text();
    };
    QCOMPARE(cell(0, 0), QStringLiteral("Canary"));
    QCOMPARE(cell(1, 0), QStringLiteral("Wave 2"));
    QCOMPARE(cell(2, 0), QStringLiteral("Wave 3"));
    QCOMPARE(cell(0, 2), QStringLiteral("2")); // canary: 2 succeeded
    QCOMPARE(cell(1, 2), QStringLiteral("4")); // wave 2: 4 succeeded, 3 failed, 1 skipped
    QCOMPARE(cell(1, 3), QStringLiteral("3"));
    QCOMPARE(cell(1, 4), QStringLiteral("1"));
    QCOMPARE(cell(2, 5), QStringLiteral("3")); // wave 3: 3 in flight, 8 pending, 1 cancelled
    QCOMPARE(cell(2, 6), QStringLiteral("8"));
    QCOMPARE(cell(2, 7), QStringLiteral("1"));
    auto *bar = qobject_cast<QProgressBar *>(waves->cellWidget(1, 1));
    QVERIFY(bar);
    QCOMPARE(bar->maximum(), 8);
    QCOMPARE(bar->value(), 8);
    auto *bar3 = qobject_cast<QProgressBar *>(waves->cellWidget(2, 1));
    QCOMPARE(bar3->maximum(), 14);
    QCOMPARE(bar3->value(), 3); // succeeded + skipped + cancelled

    // Every device, with its state.
    QCOMPARE(m_dashboard->deviceModel()->rowCount(), 24);
    auto *view = m_dashboard->findChild<QTableView *>(QStringLiteral("campaignDevicesTableView"));
    QCOMPARE(view->model()->rowCount(), 24);

    // Failures grouped by reason: the result code in words (2 devices), the one that never came
    // back.
    auto *failures = m_dashboard->findChild<QTableWidget *>(QStringLiteral("failuresTableWidget"));
    QCOMPARE(failures->rowCount(), 2);
    QCOMPARE(failures->item(0, 0)->text(), CampaignText::updateResultName(8));
    QCOMPARE(failures->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(failures->item(0, 3)->text(), QStringLiteral("pump-0007, pump-0008"));
    QCOMPARE(failures->item(1, 0)->text(), QStringLiteral("did not come back within 900 s"));
    QCOMPARE(failures->item(1, 1)->text(), QStringLiteral("1"));

    // Progress over time: 7 succeeded and 3 failed at the end of the journal.
    const auto &series = m_dashboard->snapshot().report->progressSeries();
    QVERIFY(series.size() > 3);
    QCOMPARE(series.constLast().succeeded, 7);
    QCOMPARE(series.constLast().failed, 3);

    // Live: a device finishing in the cache (as fleetdesk-cli would write it) shows without a
    // reset.
    QSignalSpy reset(m_dashboard->deviceModel(), &QAbstractItemModel::modelReset);
    CampaignRepository repo(db());
    CampaignDeviceRecord device = *repo.device(m_campaignId, TestDevices::idFor(11));
    device.state = CampaignDeviceState::Succeeded;
    device.reportedVersion = QStringLiteral("2.1.0");
    device.finishedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(repo.transition(m_campaignId, device));
    QTRY_COMPARE_WITH_TIMEOUT(cell(2, 2), QStringLiteral("2"), 10000);
    const int row = m_dashboard->deviceModel()->rowOf(TestDevices::idFor(11));
    QCOMPARE(m_dashboard->deviceModel()
                 ->index(row, CampaignDeviceModel::StateColumn)
                 .data(CampaignDeviceModel::StateIdRole)
                 .toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(reset.size(), 0);
}

void tst_CampaignDashboard::filterByState()
{
    openDashboard();
    auto *filter = m_dashboard->findChild<QComboBox *>(QStringLiteral("stateFilterComboBox"));
    auto *view = m_dashboard->findChild<QTableView *>(QStringLiteral("campaignDevicesTableView"));
    QVERIFY(filter->itemText(0).contains(QStringLiteral("24")));
    auto choose = [&](const QString &pattern) {
        const int index = filter->findData(pattern);
        QVERIFY(index >= 0);
        filter->setCurrentIndex(index);
    };
    choose(QStringLiteral("^failed$"));
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(filter->currentText().contains(QStringLiteral("(3)")));
    choose(QStringLiteral("^(downloading|downloaded|updating)$"));
    QCOMPARE(view->model()->rowCount(), 3);
    choose(QStringLiteral("^pending$"));
    QCOMPARE(view->model()->rowCount(), 8);
    choose(QString());
    QCOMPARE(view->model()->rowCount(), 24);
}

void tst_CampaignDashboard::pauseGoesThroughTheCache()
{
    openDashboard();
    auto *pause = m_dashboard->findChild<QPushButton *>(QStringLiteral("pausePushButton"));
    auto *resume = m_dashboard->findChild<QPushButton *>(QStringLiteral("resumePushButton"));
    QVERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    QSignalSpy done(m_dashboard.get(), &CampaignDashboard::requestFinished);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!done.isEmpty() || done.wait(10000));
    QVERIFY(done.constFirst().at(2).toBool());
    // No runner holds the campaign: the repository applies the pause directly.
    QCOMPARE(campaign()->state, CampaignState::Paused);
    QVERIFY(campaign()->reason.contains(QStringLiteral("tester")));
    QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 10000);
    QVERIFY(!pause->isEnabled());
    // An operator's pause is not "by itself": no banner.
    QVERIFY(m_dashboard->banner()->isHidden());

    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(campaign()->state, CampaignState::Running, 10000);
}

void tst_CampaignDashboard::abortAsksNamingTheCampaign()
{
    openDashboard();
    auto *abort = m_dashboard->findChild<QPushButton *>(QStringLiteral("abortPushButton"));
    QVERIFY(abort->isEnabled());
    m_messageBoxes.confirmAnswer = false;
    QTest::mouseClick(abort, Qt::LeftButton);
    QCOMPARE(m_messageBoxes.confirmations.size(), 1);
    QVERIFY(m_messageBoxes.confirmTexts.constFirst().contains(Name));
    QVERIFY(m_messageBoxes.confirmTexts.constFirst().contains(QStringLiteral("8 device")));
    QVERIFY(m_messageBoxes.confirmButtons.constFirst().contains(Name));
    QCOMPARE(m_messageBoxes.typedExpectations, QStringList{Name}); // the name must be typed
    QCOMPARE(campaign()->state, CampaignState::Running);           // refused: nothing was sent

    m_messageBoxes.confirmAnswer = true;
    QSignalSpy done(m_dashboard.get(), &CampaignDashboard::requestFinished);
    QTest::mouseClick(abort, Qt::LeftButton);
    QVERIFY(!done.isEmpty() || done.wait(10000));
    QCOMPARE(campaign()->state, CampaignState::Aborted);
    QTRY_VERIFY_WITH_TIMEOUT(!abort->isEnabled(), 10000);
    const int row = m_dashboard->deviceModel()->rowOf(TestDevices::idFor(24));
    QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->deviceModel()
                                  ->index(row, CampaignDeviceModel::StateColumn)
                                  .data(CampaignDeviceModel::StateIdRole)
                                  .toString(),
                              QStringLiteral("cancelled"),
                              10000);
}

void tst_CampaignDashboard::selfPauseShowsBannerAndNotification()
{
    openDashboard();
    QVERIFY(m_dashboard->banner()->isHidden());
    QSignalSpy stopped(m_dashboard.get(), &CampaignDashboard::campaignStoppedItself);

    // The runner (fleetdesk-cli, another process) pauses the campaign by itself.
    const QString reason = QStringLiteral("3 of 8 devices failed in Wave 2 (error threshold 1)");
    QVERIFY(CampaignRepository(db()).setState(
        m_campaignId, CampaignState::Paused, QStringLiteral("auto: ") + reason));
    QVERIFY(!stopped.isEmpty() || stopped.wait(10000));
    QCOMPARE(stopped.constFirst().at(0).toLongLong(), m_campaignId);
    QVERIFY(m_dashboard->banner()->isVisible());
    QVERIFY2(m_dashboard->banner()->text().contains(reason),
             qPrintable(m_dashboard->banner()->text()));
    QVERIFY(m_dashboard->banner()->text().contains(Name));
    QCOMPARE(m_dashboard->banner()->kind(), BannerWidget::Kind::Warning);
    // The desktop notification (no tray offscreen: recorded, the banner alone shows).
    QVERIFY(m_notifier->lastDesktopTitle().contains(Name));
    QCOMPARE(m_notifier->lastDesktopMessage(), reason);
    auto *state = m_dashboard->findChild<QLabel *>(QStringLiteral("campaignStateLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("by itself")), 10000);
    QVERIFY(!state->text().contains(QStringLiteral("auto:")));

    // Seen once: the next polls do not announce it again.
    QSignalSpy refreshed(m_dashboard.get(), &CampaignDashboard::refreshed);
    m_dashboard->refresh();
    QVERIFY(!refreshed.isEmpty() || refreshed.wait(10000));
    QCOMPARE(stopped.size(), 1);

    // Resumed: the banner goes.
    auto *resume = m_dashboard->findChild<QPushButton *>(QStringLiteral("resumePushButton"));
    QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 10000);
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->banner()->isHidden(), 10000);
}

void tst_CampaignDashboard::hiddenDashboardStillWatches()
{
    // The dashboard is a tab the operator is not looking at: a self-abort is still announced.
    openDashboard();
    m_dashboard->hide();
    QSignalSpy announced(m_notifier.get(), &CampaignNotifier::announced);
    QVERIFY(
        CampaignRepository(db()).abort(m_campaignId, QStringLiteral("auto: the canary failed")));
    QVERIFY(!announced.isEmpty() || announced.wait(10000));
    QCOMPARE(announced.constFirst().at(0).toLongLong(), m_campaignId);
    QCOMPARE(announced.constFirst().at(2).toString(), QStringLiteral("aborted"));
    QCOMPARE(announced.constFirst().at(3).toString(), QStringLiteral("the canary failed"));
    QVERIFY(announced.constFirst().at(4).toString().contains(QStringLiteral("aborted itself")));
    QCOMPARE(m_dashboard->banner()->text(), announced.constFirst().at(4).toString());
}

void tst_CampaignDashboard::exportReport()
{
    openDashboard();
    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    m_fileDialogs.answers << path;
    QSignalSpy done(m_dashboard.get(), &CampaignDashboard::exportFinished);
    auto *button = m_dashboard->findChild<QAction *>(QStringLiteral("exportCsvAction"));
    QVERIFY(button);
    button->trigger();
    QVERIFY(!done.isEmpty() || done.wait(10000));
    QVERIFY(done.constFirst().at(1).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count('\n'), 25); // header + 24 devices
    QVERIFY(csv.contains("pump-0009"));

    // The PDF, written on the worker thread too.
    const QString pdfPath = m_dir->filePath(QStringLiteral("report.pdf"));
    m_fileDialogs.answers << pdfPath;
    m_dashboard->findChild<QAction *>(QStringLiteral("exportPdfAction"))->trigger();
    QVERIFY(done.size() > 1 || done.wait(20000));
    QVERIFY2(done.at(1).at(1).toBool(),
             qPrintable(m_messageBoxes.warnings.join(QLatin1Char('\n'))));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 2000);
}

void tst_CampaignDashboard::runHereNeedsTheProfileSecret()
{
    // The devices' LwM2M server needs a token that is not in the keychain: the runner does not
    // start, and says why.
    ProfileStore profiles(m_dir->filePath(QStringLiteral("profiles.json")));
    ConnectionProfile leshan;
    leshan.name = QStringLiteral("sandbox-leshan");
    leshan.kind = ConnectionProfile::Kind::Lwm2mServer;
    leshan.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    leshan.auth = ConnectionProfile::Auth::Bearer;
    QString error;
    QVERIFY2(profiles.put(leshan, &error), qPrintable(error));
    InMemorySecretStore secrets;
    CampaignRunController runner(m_cachePath, &secrets, [profiles] { return profiles; });
    openDashboard(&runner);
    QVERIFY(m_dashboard->snapshot().campaign->state == CampaignState::Running);
    auto *run = m_dashboard->findChild<QPushButton *>(QStringLiteral("runHerePushButton"));
    QVERIFY(run->isEnabled()); // no live runner holds it

    QSignalSpy failed(&runner, &CampaignRunController::failedToStart);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(!failed.isEmpty() || failed.wait(10000));
    QCOMPARE(failed.constFirst().at(0).toLongLong(), m_campaignId);
    QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
    QVERIFY(!runner.isRunning());
    QCOMPARE(m_messageBoxes.warnings.size(), 1); // the dashboard says it, with the reason
    QVERIFY(!CampaignRepository(db()).lease(m_campaignId).has_value());
}

void tst_CampaignDashboard::runHereTakesTheLeaseAndPausesItself()
{
    // No profile for the devices' server: every device the engine starts fails ("no connection"),
    // the error threshold (0) is exceeded and the campaign pauses itself → banner.
    InMemorySecretStore secrets;
    CampaignRunController runner(m_cachePath, &secrets, [this] {
        return ProfileStore(m_dir->filePath(QStringLiteral("none.json")));
    });
    openDashboard(&runner);
    QSignalSpy started(&runner, &CampaignRunController::started);
    QSignalSpy failed(&runner, &CampaignRunController::failedToStart);
    QSignalSpy stopped(&runner, &CampaignRunController::stoppedItself);
    auto *run = m_dashboard->findChild<QPushButton *>(QStringLiteral("runHerePushButton"));
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(!run->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QVERIFY(runner.isRunning());
    const auto lease = CampaignRepository(db()).lease(m_campaignId);
    QVERIFY(lease.has_value());
    QVERIFY2(lease->owner.startsWith(QStringLiteral("gui")), qPrintable(lease->owner));

    QVERIFY(!stopped.isEmpty() || stopped.wait(20000));
    QCOMPARE(stopped.constFirst().at(0).toLongLong(), m_campaignId);
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->banner()->isVisible(), 10000);
    QVERIFY(m_dashboard->banner()->text().contains(Name));
    QTRY_COMPARE_WITH_TIMEOUT(campaign()->state, CampaignState::Paused, 10000);

    // Stopping the window's runner leaves the campaign for the next one and frees the lease.
    runner.stop();
    QVERIFY(!runner.isRunning());
    QVERIFY(!CampaignRepository(db()).hasLiveRunner(m_campaignId));
}

void tst_CampaignDashboard::screenshot()
{
    // FLEETDESK_SCREENSHOT=path renders the dashboard for docs/screenshots (a run by hand).
    const QString path = qEnvironmentVariable("FLEETDESK_SCREENSHOT");
    openDashboard();
    QVERIFY(CampaignRepository(db()).setState(
        m_campaignId,
        CampaignState::Paused,
        QStringLiteral("auto: 3 of 8 devices failed in Wave 2 (error threshold 2)")));
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->banner()->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->snapshot().campaign->state == CampaignState::Paused,
                             10000);
    const QPixmap image = m_dashboard->grab();
    QVERIFY(!image.isNull());
    if (!path.isEmpty())
        QVERIFY(image.save(path));
}

QTEST_MAIN(tst_CampaignDashboard)
#include "tst_CampaignDashboard.moc"
