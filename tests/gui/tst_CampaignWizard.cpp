#include "CampaignPlanModel.h"
#include "QueryLineEdit.h"
#include "ScreenshotLanguage.h"
#include "ScriptedFileDialogs.h"
#include "campaign/CampaignWizard.h"
#include "campaign/CampaignWizardPages.h"
#include "firmware/FirmwareLibrary.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"
#include "store/FleetRepository.h"
#include "store/GroupRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QtEndian>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

QByteArray readFixture()
{
    QFile f(QStringLiteral(FLEETDESK_TEST_DATA "/campaign/full.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read full.json");
    return f.readAll();
}

CampaignSpec fixture()
{
    QVector<CampaignProblem> problems;
    const CampaignSpec spec = CampaignSpec::fromJson(readFixture(), &problems);
    if (!problems.isEmpty())
        qFatal("full.json has problems");
    return spec;
}

// An unsigned FDFW image (docs/firmware-image.md) for model/version.
QByteArray fdfw(const QString &model, const QString &version)
{
    const QByteArray payload(4096, 'x');
    const QByteArray header
        = QJsonDocument(
              QJsonObject{
                  {QStringLiteral("model"), model},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("payload_size"), int(payload.size())},
                  {QStringLiteral("payload_sha256"),
                   QString::fromLatin1(
                       QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex())}})
              .toJson(QJsonDocument::Compact);
    QByteArray out("FDFW");
    char buffer[4];
    qToBigEndian<quint16>(1, buffer);
    out.append(buffer, 2);
    qToBigEndian<quint32>(quint32(header.size()), buffer);
    out.append(buffer, 4);
    return out + header + payload;
}

Device device(int n)
{
    Device d;
    d.id = QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    d.name = QStringLiteral("hh-%1").arg(n, 3, 10, QLatin1Char('0'));
    d.site = QStringLiteral("Hamburg");
    d.groupPath = QStringLiteral("Harbour");
    d.model = QStringLiteral("LT-500");
    d.serial = QStringLiteral("SN%1").arg(n);
    d.firmwareVersion = QStringLiteral("1.0.0");
    d.tags = {n <= 2 ? QStringLiteral("gateway") : QStringLiteral("sensor")};
    d.binding = {Protocol::Lwm2m, QStringLiteral("sandbox-leshan"), QStringLiteral("ep-%1").arg(n)};
    d.lifecycle = Lifecycle::Active;
    d.health = Health::Online;
    d.lastSeen = kNow.addSecs(-60);
    d.batteryPercent = 80;
    d.signalDbm = -80;
    return d;
}

// 10 LT-500 on 1.0.0: 8 eligible, one with a low battery, one offline; one retired and one
// LT-700 that the fixture's query does not target.
DeviceList fleet()
{
    DeviceList list;
    for (int n = 1; n <= 10; ++n)
        list.append(device(n));
    list[8].batteryPercent = 12;
    list[9].health = Health::Offline;
    Device retired = device(11);
    retired.lifecycle = Lifecycle::Retired;
    Device other = device(12);
    other.model = QStringLiteral("LT-700");
    list << retired << other;
    return list;
}

template<typename T>
T find(QWidget *root, const char *name)
{
    T widget = root->findChild<T>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class tst_CampaignWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rolloutProblemsBlockNext();
    void targetsFromCsvAndSelection();
    void presetDocumentRoundTrips();
    void startRefusedShowsTheProblems();
    // Last: Start creates a campaign, whose devices are then in another campaign for the others.
    void producesTheFixtureDocument();

private:
    CampaignWizard::Options options() const;
    void screenshot(QWidget *wizard, int n, const QString &page);
    void goToRollout(CampaignWizard *wizard);

    QTemporaryDir m_dir;
    QString m_dbPath;
    ScriptedFileDialogs m_dialogs;
};

void tst_CampaignWizard::initTestCase()
{
    QVERIFY(ScreenshotLanguage::install());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("fleet.db"));
    const QString image = m_dir.filePath(QStringLiteral("LT-500-1.1.0.fdfw"));
    {
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fdfw(QStringLiteral("LT-500"), QStringLiteral("1.1.0")));
    }
    const QString connection = QStringLiteral("tst_CampaignWizard");
    {
        QVERIFY(CacheDatabase::open(m_dbPath, CacheDatabase::Kind::Fleet, connection).ok());
        QSqlDatabase db = QSqlDatabase::database(connection);
        QString error;
        QVERIFY2(FleetRepository(db).upsertDevices(fleet(), &error), qPrintable(error));
        GroupRepository groups(db);
        QVERIFY(groups.addMembers(QStringLiteral("Hamburg pilots"),
                                  {device(1).id, device(2).id, device(3).id},
                                  true,
                                  nullptr,
                                  &error));
        QVERIFY(groups.saveFilter(
            QStringLiteral("Old LT-500"), QStringLiteral("model:LT-500 fw:<1.1.0"), false, &error));
        FirmwareLibrary library(db, FirmwareLibrary::defaultDirectory(m_dbPath));
        const FirmwareLibrary::ImportResult first
            = library.importFile(QStringLiteral(FLEETDESK_TEST_DATA "/firmware/valid.fdfw"),
                                 QString(),
                                 QStringLiteral("test"));
        QVERIFY2(first.ok, qPrintable(first.error));
        const FirmwareLibrary::ImportResult second
            = library.importFile(image, QStringLiteral("LT-500"), QStringLiteral("test"));
        QVERIFY2(second.ok, qPrintable(second.error));
    }
    CacheDatabase::close(connection);
}

void tst_CampaignWizard::cleanupTestCase() {}

CampaignWizard::Options tst_CampaignWizard::options() const
{
    CampaignWizard::Options o;
    o.dbPath = m_dbPath;
    o.now = kNow;
    o.actor = QStringLiteral("tester");
    o.fileDialogs = const_cast<ScriptedFileDialogs *>(&m_dialogs);
    o.fleet = fleet();
    return o;
}

void tst_CampaignWizard::screenshot(QWidget *wizard, int n, const QString &page)
{
    const QString dir = qEnvironmentVariable("FLEETDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(QStringLiteral("campaign-wizard-%1-%2-%3.png")
                                                .arg(n)
                                                .arg(page, ScreenshotLanguage::language()));
    QVERIFY2(wizard->grab().save(path), qPrintable(path));
}

void tst_CampaignWizard::goToRollout(CampaignWizard *wizard)
{
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isLibraryLoaded(), 10000);
    auto *table = find<QTableWidget *>(wizard, "firmwareTableWidget");
    QCOMPARE(table->rowCount(), 2);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == QLatin1String("1.1.0"))
            table->selectRow(row);
    }
    find<QLineEdit *>(wizard, "campaignNameLineEdit")
        ->setText(QStringLiteral("LT-500 to 1.1.0, Hamburg first"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CampaignWizard::TargetsPageId));
    find<QRadioButton *>(wizard, "queryRadioButton")->setChecked(true);
    find<QueryLineEdit *>(wizard, "targetQueryLineEdit")
        ->setText(QStringLiteral("model:LT-500 fw:<1.1.0 -lifecycle:retired"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CampaignWizard::DryRunPageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // until the dry run is done
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(CampaignWizard::RolloutPageId));
}

void tst_CampaignWizard::producesTheFixtureDocument()
{
    CampaignWizard wizard(options());
    QSignalSpy created(&wizard, &CampaignWizard::campaignCreated);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Firmware: the library is read on a worker; both images are listed.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isLibraryLoaded(), 10000);
    auto *table = find<QTableWidget *>(&wizard, "firmwareTableWidget");
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
    int row110 = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == QLatin1String("1.1.0"))
            row110 = row;
    }
    QVERIFY(row110 >= 0);
    table->selectRow(row110);
    auto *name = find<QLineEdit *>(&wizard, "campaignNameLineEdit");
    QCOMPARE(name->text(),
             QCoreApplication::translate("CampaignDraft", "%1 to %2")
                 .arg(QStringLiteral("LT-500"), QStringLiteral("1.1.0")));
    // The fixture's name (whatever the suggestion is in the screenshots' language).
    name->setText(QStringLiteral("LT-500 to 1.1.0"));
    QTest::keyClicks(name, QStringLiteral(", Hamburg first"));
    QCOMPARE(wizard.draft().spec.name, QStringLiteral("LT-500 to 1.1.0, Hamburg first"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(&wizard, 1, QStringLiteral("firmware"));
    wizard.next();

    // Targets: a query that does not parse blocks Next and is shown; the fixture's query passes.
    QCOMPARE(wizard.currentId(), int(CampaignWizard::TargetsPageId));
    auto *query = find<QueryLineEdit *>(&wizard, "targetQueryLineEdit");
    QVERIFY(find<QRadioButton *>(&wizard, "queryRadioButton")->isChecked());
    QVERIFY(!find<QRadioButton *>(&wizard, "selectionRadioButton")->isEnabled()); // none selected
    query->clear();
    QTest::keyClicks(query, QStringLiteral("battery:<<"));
    QVERIFY(query->hasError());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel *>(wizard.currentPage(), "problemsLabel")->isVisibleTo(&wizard));
    query->clear();
    QTest::keyClicks(query, QStringLiteral("model:LT-500 fw:<1.1.0 -lifecycle:retired"));
    QVERIFY(!query->hasError());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(&wizard, 2, QStringLiteral("targets"));
    wizard.next();

    // Dry run: every targeted device, eligible or skipped with the reason; nothing created.
    QCOMPARE(wizard.currentId(), int(CampaignWizard::DryRunPageId));
    auto *dryRun = static_cast<CampaignDryRunPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(dryRun->hasResult(), 20000);
    QVERIFY2(dryRun->result().error.isEmpty(), qPrintable(dryRun->result().error));
    CampaignPlanModel *model = dryRun->planModel();
    QCOMPARE(model->rowCount(), 10);             // the retired one and the LT-700 are not targeted
    QCOMPARE(dryRun->result().plan.eligible, 9); // online, not busy (no battery rule yet)
    int skipped = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (!model->index(r, 0).data(CampaignPlanModel::EligibleRole).toBool()) {
            ++skipped;
            QCOMPARE(model->index(r, 0).data().toString(), QStringLiteral("hh-010"));
            QVERIFY(!model->index(r, CampaignPlanModel::ReasonColumn).data().toString().isEmpty());
        }
    }
    for (const CampaignPlanEntry &e : dryRun->result().plan.entries) {
        if (!e.eligible) {
            QCOMPARE(e.device.name, QStringLiteral("hh-010"));
            QCOMPARE(e.reasonId, QStringLiteral("offline"));
        }
    }
    QCOMPARE(skipped, 1);
    QVERIFY(find<QLabel *>(&wizard, "dryRunReasonsLabel")->text().contains(QStringLiteral("1")));
    QVERIFY(!ScreenshotLanguage::isEnglish()
            || find<QLabel *>(&wizard, "dryRunSummaryLabel")
                   ->text()
                   .contains(QStringLiteral("9 eligible")));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(&wizard, 3, QStringLiteral("dry-run"));
    wizard.next();

    // Rollout: set every field like an operator.
    QCOMPARE(wizard.currentId(), int(CampaignWizard::RolloutPageId));
    auto *addWave = find<QPushButton *>(&wizard, "addWaveButton");
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(addWave, Qt::LeftButton);
    find<QComboBox *>(&wizard, "wave1SizeUnitComboBox")->setCurrentIndex(0);
    find<QSpinBox *>(&wizard, "wave1SizeSpinBox")->setValue(5);
    find<QComboBox *>(&wizard, "wave2SizeUnitComboBox")->setCurrentIndex(1);
    find<QSpinBox *>(&wizard, "wave2SizeSpinBox")->setValue(25);
    find<QComboBox *>(&wizard, "wave3SizeUnitComboBox")->setCurrentIndex(1);
    find<QSpinBox *>(&wizard, "wave3SizeSpinBox")->setValue(100);
    find<QSpinBox *>(&wizard, "concurrencySpinBox")->setValue(20);
    find<QSpinBox *>(&wizard, "deviceTimeoutSpinBox")->setValue(1200);
    find<QSpinBox *>(&wizard, "retriesSpinBox")->setValue(2);
    find<QComboBox *>(&wizard, "successThresholdUnitComboBox")->setCurrentIndex(1);
    find<QSpinBox *>(&wizard, "successThresholdSpinBox")->setValue(95);
    find<QComboBox *>(&wizard, "errorThresholdUnitComboBox")->setCurrentIndex(1);
    find<QSpinBox *>(&wizard, "errorThresholdSpinBox")->setValue(10);
    find<QComboBox *>(&wizard, "onErrorComboBox")->setCurrentIndex(0);
    find<QCheckBox *>(&wizard, "approvalCheckBox")->setChecked(true);
    find<QGroupBox *>(&wizard, "windowGroupBox")->setChecked(true);
    find<QCheckBox *>(&wizard, "satDayCheckBox")->setChecked(false);
    find<QCheckBox *>(&wizard, "sunDayCheckBox")->setChecked(false);
    find<QTimeEdit *>(&wizard, "windowFromTimeEdit")->setTime(QTime(22, 0));
    find<QTimeEdit *>(&wizard, "windowToTimeEdit")->setTime(QTime(5, 0));
    auto *tz = find<QComboBox *>(&wizard, "timeZoneComboBox");
    tz->setCurrentText(QStringLiteral("Europe/Berlin"));
    auto *order = find<QPlainTextEdit *>(&wizard, "orderPlainTextEdit");
    order->setFocus();
    QTest::keyClicks(order, QStringLiteral("gateway"));
    QTest::keyClick(order, Qt::Key_Return);
    QTest::keyClicks(order, QStringLiteral("sensor, meter"));
    find<QCheckBox *>(&wizard, "onlineCheckBox")->setChecked(true);
    find<QCheckBox *>(&wizard, "notBusyCheckBox")->setChecked(true);
    find<QCheckBox *>(&wizard, "batteryMinCheckBox")->setChecked(true);
    find<QSpinBox *>(&wizard, "batteryMinSpinBox")->setValue(30);
    find<QCheckBox *>(&wizard, "signalMinCheckBox")->setChecked(true);
    find<QSpinBox *>(&wizard, "signalMinSpinBox")->setValue(-110);
    find<QGroupBox *>(&wizard, "expiresGroupBox")->setChecked(true);
    find<QDateTimeEdit *>(&wizard, "expiresDateTimeEdit")
        ->setDateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC));
    const QString rolloutProblems = find<QLabel *>(wizard.currentPage(), "problemsLabel")->text();
    QVERIFY2(rolloutProblems.isEmpty(), qPrintable(rolloutProblems));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(&wizard, 4, QStringLiteral("rollout"));
    wizard.next();

    // Review: the document is the fixture's; with battery ≥ 30 % one more device is skipped.
    QCOMPARE(wizard.currentId(), int(CampaignWizard::ReviewPageId));
    auto *review = static_cast<CampaignReviewPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
    const QString document
        = find<QPlainTextEdit *>(&wizard, "documentPlainTextEdit")->toPlainText();
    QVector<CampaignProblem> problems;
    const CampaignSpec produced = CampaignSpec::fromJson(document.toUtf8(), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(produced, fixture());
    QCOMPARE(QJsonDocument::fromJson(document.toUtf8()).object(), fixture().toJson());
    QVERIFY(!ScreenshotLanguage::isEnglish()
            || find<QLabel *>(&wizard, "reviewSummaryLabel")
                   ->text()
                   .contains(QStringLiteral("8 device")));
    QVERIFY(find<QRadioButton *>(&wizard, "builtInServerRadioButton")->isChecked());
    QCOMPARE(find<QLineEdit *>(&wizard, "serveAddressLineEdit")->text(),
             QStringLiteral("127.0.0.1:8470"));
    QVERIFY(!find<QRadioButton *>(&wizard, "externalUrlRadioButton")->isEnabled()); // no URL
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    // Save Document… writes the same document.
    const QString saved = m_dir.filePath(QStringLiteral("saved.json"));
    m_dialogs.answers = {saved};
    QTest::mouseClick(find<QPushButton *>(&wizard, "saveDocumentButton"), Qt::LeftButton);
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(CampaignSpec::fromJson(savedFile.readAll(), nullptr), fixture());

    // A bad server address is a problem; Start stays disabled until it is fixed.
    auto *address = find<QLineEdit *>(&wizard, "serveAddressLineEdit");
    address->setText(QStringLiteral("no-port"));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(find<QLabel *>(wizard.currentPage(), "problemsLabel")
                ->text()
                .contains(QStringLiteral("HOST:PORT")));
    address->setText(QStringLiteral("127.0.0.1:8470"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    screenshot(&wizard, 5, QStringLiteral("review"));

    // Nothing was created before Start.
    {
        const QString connection = QStringLiteral("tst_CampaignWizard_check");
        {
            QVERIFY(CacheDatabase::open(m_dbPath, CacheDatabase::Kind::Fleet, connection).ok());
            CampaignRepository campaigns(QSqlDatabase::database(connection));
            QVERIFY(campaigns.list().isEmpty());
        }
        CacheDatabase::close(connection);
    }

    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!created.isEmpty() || created.wait(20000));
    QVERIFY(created.first().at(0).toLongLong() > 0);
    QCOMPARE(created.first().at(1).toString(), QStringLiteral("LT-500 to 1.1.0, Hamburg first"));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    {
        const QString connection = QStringLiteral("tst_CampaignWizard_check2");
        {
            QVERIFY(CacheDatabase::open(m_dbPath, CacheDatabase::Kind::Fleet, connection).ok());
            CampaignRepository campaigns(QSqlDatabase::database(connection));
            const auto record = campaigns.find(created.first().at(0).toLongLong());
            QVERIFY(record);
            QCOMPARE(record->spec, fixture());
            QVERIFY(record->packageUrl.startsWith(QStringLiteral("http://127.0.0.1:8470/")));
        }
        CacheDatabase::close(connection);
    }
}

void tst_CampaignWizard::rolloutProblemsBlockNext()
{
    CampaignWizard wizard(options());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    goToRollout(&wizard);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // the defaults are valid
    auto *problems = find<QLabel *>(wizard.currentPage(), "problemsLabel");

    // An invalid time zone.
    find<QGroupBox *>(&wizard, "windowGroupBox")->setChecked(true);
    auto *tz = find<QComboBox *>(&wizard, "timeZoneComboBox");
    tz->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(problems->isVisibleTo(&wizard));
    QVERIFY2(problems->text().contains(QStringLiteral("Maintenance window — time zone")),
             qPrintable(problems->text()));
    QVERIFY(problems->text().contains(QStringLiteral("Mars/Olympus_Mons")));
    screenshot(&wizard, 6, QStringLiteral("rollout-problem"));
    tz->setCurrentText(QStringLiteral("Asia/Tokyo"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problems->isVisibleTo(&wizard));

    // A window that never opens before the campaign expires: Saturdays only, expiring Friday.
    for (const char *day : {"monDayCheckBox",
                            "tueDayCheckBox",
                            "wedDayCheckBox",
                            "thuDayCheckBox",
                            "friDayCheckBox",
                            "sunDayCheckBox"})
        find<QCheckBox *>(&wizard, day)->setChecked(false);
    find<QGroupBox *>(&wizard, "expiresGroupBox")->setChecked(true);
    find<QDateTimeEdit *>(&wizard, "expiresDateTimeEdit")
        ->setDateTime(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(problems->text().contains(QStringLiteral("never opens")),
             qPrintable(problems->text()));

    // No day ticked at all.
    find<QGroupBox *>(&wizard, "expiresGroupBox")->setChecked(false);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    find<QCheckBox *>(&wizard, "satDayCheckBox")->setChecked(false);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("Maintenance window — days")));
    find<QCheckBox *>(&wizard, "satDayCheckBox")->setChecked(true);

    // Opening and closing at the same minute.
    find<QTimeEdit *>(&wizard, "windowToTimeEdit")
        ->setTime(find<QTimeEdit *>(&wizard, "windowFromTimeEdit")->time());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    find<QTimeEdit *>(&wizard, "windowToTimeEdit")->setTime(QTime(4, 0));
    find<QTimeEdit *>(&wizard, "windowFromTimeEdit")->setTime(QTime(23, 0));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // A canary larger than the eligible set: found on Review, where Start stays disabled.
    QTest::mouseClick(find<QPushButton *>(&wizard, "addWaveButton"), Qt::LeftButton);
    find<QSpinBox *>(&wizard, "wave1SizeSpinBox")->setValue(50);
    wizard.next();
    auto *review = static_cast<CampaignReviewPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isDryRunning(), 20000);
    QVERIFY(!review->isComplete());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    auto *list = find<QLabel *>(review, "problemsLabel");
    QVERIFY(list->isVisibleTo(&wizard));
    QVERIFY2(list->text().startsWith(QStringLiteral("Wave 1 (canary) — size: The canary wave (50 "
                                                    "devices) is larger")),
             qPrintable(list->text()));
    QVERIFY(!list->text().contains(QLatin1Char('\n'))); // that one problem only
    screenshot(&wizard, 7, QStringLiteral("review-problem"));
    wizard.back();
    find<QSpinBox *>(&wizard, "wave1SizeSpinBox")->setValue(2);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
}

void tst_CampaignWizard::targetsFromCsvAndSelection()
{
    const QString csv = m_dir.filePath(QStringLiteral("targets.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name\nhh-001\nhh-002\nnot-in-fleet\n");
    }
    CampaignWizard::Options o = options();
    o.selection = {device(1).id, device(9).id};
    CampaignWizard wizard(o);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isLibraryLoaded(), 10000);
    find<QTableWidget *>(&wizard, "firmwareTableWidget")->selectRow(0);
    wizard.next();

    // The selection is the default target when the window had one.
    QVERIFY(find<QRadioButton *>(&wizard, "selectionRadioButton")->isChecked());
    QCOMPARE(wizard.draft().spec.targetDevices.size(), 2);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Groups come from the cache.
    auto *statics = find<QComboBox *>(&wizard, "staticGroupComboBox");
    QCOMPARE(statics->count(), 1);
    find<QRadioButton *>(&wizard, "staticGroupRadioButton")->setChecked(true);
    QCOMPARE(wizard.draft().spec.targetGroup, QStringLiteral("Hamburg pilots"));
    QCOMPARE(find<QComboBox *>(&wizard, "smartGroupComboBox")->currentText(),
             QStringLiteral("Old LT-500"));

    // CSV: a file that does not exist, then the list through Browse….
    find<QRadioButton *>(&wizard, "csvRadioButton")->setChecked(true);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto *path = find<QLineEdit *>(&wizard, "csvPathLineEdit");
    path->setText(m_dir.filePath(QStringLiteral("missing.csv")));
    emit path->editingFinished();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel *>(wizard.currentPage(), "problemsLabel")
                ->text()
                .contains(QStringLiteral("missing.csv")));
    m_dialogs.answers = {csv};
    QTest::mouseClick(find<QPushButton *>(&wizard, "csvBrowseButton"), Qt::LeftButton);
    QCOMPARE(wizard.draft().spec.targetDevices,
             (QStringList{QStringLiteral("hh-001"),
                          QStringLiteral("hh-002"),
                          QStringLiteral("not-in-fleet")}));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    // The unknown entry is listed, not dropped.
    auto *dryRun = static_cast<CampaignDryRunPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(dryRun->hasResult(), 20000);
    QCOMPARE(dryRun->result().plan.unknownTargets, QStringList{QStringLiteral("not-in-fleet")});
    auto *unknown = find<QLabel *>(&wizard, "dryRunUnknownLabel");
    QVERIFY(unknown->isVisibleTo(&wizard));
    QVERIFY(unknown->text().contains(QStringLiteral("not-in-fleet")));
    QCOMPARE(dryRun->planModel()->rowCount(), 2);
}

void tst_CampaignWizard::presetDocumentRoundTrips()
{
    CampaignWizard::Options o = options();
    o.preset = fixture();
    CampaignWizard wizard(o);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isLibraryLoaded(), 10000);
    // The preset's image is selected and its name kept.
    auto *table = find<QTableWidget *>(&wizard, "firmwareTableWidget");
    QCOMPARE(table->item(table->currentRow(), 1)->text(), QStringLiteral("1.1.0"));
    QCOMPARE(find<QLineEdit *>(&wizard, "campaignNameLineEdit")->text(), fixture().name);
    wizard.next();
    QCOMPARE(find<QueryLineEdit *>(&wizard, "targetQueryLineEdit")->text(), fixture().targetQuery);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CampaignWizard::RolloutPageId));
    QCOMPARE(find<QSpinBox *>(&wizard, "wave1SizeSpinBox")->value(), 5);
    QCOMPARE(find<QComboBox *>(&wizard, "timeZoneComboBox")->currentText(),
             QStringLiteral("Europe/Berlin"));
    QVERIFY(!find<QCheckBox *>(&wizard, "satDayCheckBox")->isChecked());
    // Every value went through the widgets and came back the same.
    QCOMPARE(wizard.draft().spec, fixture());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QCOMPARE(CampaignSpec::fromJson(
                 find<QPlainTextEdit *>(&wizard, "documentPlainTextEdit")->toPlainText().toUtf8(),
                 nullptr),
             fixture());
}

void tst_CampaignWizard::startRefusedShowsTheProblems()
{
    CampaignWizard::Options o = options();
    o.preset = fixture();
    CampaignWizard wizard(o);
    QSignalSpy created(&wizard, &CampaignWizard::campaignCreated);
    QSignalSpy failed(&wizard, &CampaignWizard::creationFailed);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isLibraryLoaded(), 10000);
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CampaignWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);

    // Someone removes the image from the library meanwhile: Start is refused, the wizard stays
    // open and says why.
    const QString connection = QStringLiteral("tst_CampaignWizard_remove");
    {
        QVERIFY(CacheDatabase::open(m_dbPath, CacheDatabase::Kind::Fleet, connection).ok());
        FirmwareLibrary library(QSqlDatabase::database(connection),
                                FirmwareLibrary::defaultDirectory(m_dbPath));
        QVERIFY(library.remove(QStringLiteral("LT-500"), QStringLiteral("1.1.0")));
    }
    CacheDatabase::close(connection);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!failed.isEmpty() || failed.wait(20000));
    QVERIFY(created.isEmpty());
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(CampaignWizard::ReviewPageId));
    const QString problems = find<QLabel *>(wizard.currentPage(), "problemsLabel")->text();
    QVERIFY2(problems.contains(QStringLiteral("Firmware: ")), qPrintable(problems));
    QVERIFY(problems.contains(QStringLiteral("1.1.0")));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());

    // The image back for the test that follows.
    {
        QVERIFY(CacheDatabase::open(m_dbPath, CacheDatabase::Kind::Fleet, connection).ok());
        FirmwareLibrary library(QSqlDatabase::database(connection),
                                FirmwareLibrary::defaultDirectory(m_dbPath));
        QVERIFY(library
                    .importFile(m_dir.filePath(QStringLiteral("LT-500-1.1.0.fdfw")),
                                QStringLiteral("LT-500"),
                                QStringLiteral("test"))
                    .ok);
    }
    CacheDatabase::close(connection);
}

QTEST_MAIN(tst_CampaignWizard)
#include "tst_CampaignWizard.moc"
