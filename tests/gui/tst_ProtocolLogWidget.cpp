#include "DeviceDetailsWidget.h"
#include "FakeLeshanServer.h"
#include "ProtocolLogFilterProxyModel.h"
#include "ProtocolLogModel.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "lwm2m/Lwm2mService.h"
#include "lwm2m/ProtocolLogWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

using Answer = FakeLeshanServer::Answer;
using Request = FakeLeshanServer::Request;

namespace {

const QString Profile = QStringLiteral("fake-leshan");
const QString Endpoint = QStringLiteral("sim-lwm2m-0001");

Answer answer(const Request &r)
{
    Answer a;
    if (r.path() == QLatin1String("/api/event"))
        a.eventStream = true;
    else if (r.path() == QLatin1String("/api/clients"))
        a.body = "[]";
    else if (r.path().startsWith(QLatin1String("/api/objectspecs")))
        a.body = "[]";
    else if (r.method == "GET")
        a.body = R"j({"status":"CONTENT(205)","success":true,"content":{"id":0,"resources":[]}})j";
    else
        a = {404, "unknown", "text/plain"};
    return a;
}

Device device(const QString &name = QStringLiteral("tracker-0001"))
{
    Device d;
    d.id = QUuid::fromString(QStringLiteral("{6f1c1d1e-0000-4000-8000-000000000001}"));
    d.name = name;
    d.binding = {Protocol::Lwm2m, Profile, Endpoint};
    d.model = QStringLiteral("LT-500");
    d.health = Health::Online;
    d.lastSeen = QDateTime::currentDateTimeUtc();
    return d;
}

// Leshan 2.0.0-M4's COAPLOG data, as captured from the sandbox (tests/data/lwm2m).
QList<QByteArray> capture()
{
    QFile file(QStringLiteral(FLEETDESK_TEST_DATA "/lwm2m/coaplog-m4.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed().split('\n');
}

} // namespace

class tst_ProtocolLogWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStatesAndTab();
    void streamsOnlyWhileTheTabIsVisible();
    void filtersByDirectionAndText();
    void exportsTheRowsShownAsCsv();
    void autoScrollPausesAndResumes();
    void keepsOnlyTheNewest();
    void connectionLossIsShownAndHeals();
    void screenshot();

private:
    void open();
    void sendCapture();
    int logStreams() const; // /api/event?ep=… requests so far
    QString emptyStateText() const;

    std::unique_ptr<FakeLeshanServer> m_server;
    std::unique_ptr<Lwm2mService> m_service;
    std::unique_ptr<DeviceDetailsWidget> m_details;
    ScriptedMessageBoxes m_boxes;
    ScriptedFileDialogs m_files;
    ProtocolLogWidget *m_log = nullptr;
    QList<QByteArray> m_capture;
    ConnectionProfile m_profile;
};

void tst_ProtocolLogWidget::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_capture = capture();
    QCOMPARE(m_capture.size(), 12);
}

void tst_ProtocolLogWidget::init()
{
    m_server = std::make_unique<FakeLeshanServer>();
    m_server->setHandler(answer);
    m_service = std::make_unique<Lwm2mService>(nullptr);
    m_profile = ConnectionProfile();
    m_profile.name = Profile;
    m_profile.kind = ConnectionProfile::Kind::Lwm2mServer;
    m_profile.url = QUrl(m_server->url());
    m_service->startConnection(m_profile);
    m_details = std::make_unique<DeviceDetailsWidget>();
    m_details->resize(920, 640);
    m_boxes = ScriptedMessageBoxes();
    m_files = ScriptedFileDialogs();
    m_details->setMessageBoxes(&m_boxes);
    m_details->setFileDialogs(&m_files);
    m_log = m_details->protocolLog();
}

void tst_ProtocolLogWidget::cleanup()
{
    m_details.reset();
    m_service.reset();
    m_server.reset();
}

int tst_ProtocolLogWidget::logStreams() const
{
    int n = 0;
    for (const Request &r : m_server->requests())
        n += r.path() == QLatin1String("/api/event")
                     && QUrlQuery(r.query()).queryItemValue(QStringLiteral("ep")) == Endpoint
                 ? 1
                 : 0;
    return n;
}

QString tst_ProtocolLogWidget::emptyStateText() const
{
    auto *empty = m_log->findChild<QWidget *>(QStringLiteral("protocolLogEmptyStateWidget"));
    if (!empty || !empty->isVisible())
        return {};
    QStringList texts;
    for (QLabel *label : empty->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

void tst_ProtocolLogWidget::open()
{
    m_details->setLwm2mService(m_service.get());
    m_details->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_details.get()));
    m_details->showDevice(device());
    m_details->tabWidget()->setCurrentWidget(m_log);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->logState(), Lwm2mProtocolLog::State::Connected, 5000);
}

void tst_ProtocolLogWidget::sendCapture()
{
    for (const QByteArray &data : std::as_const(m_capture))
        m_server->sendEvent("COAPLOG", data);
}

void tst_ProtocolLogWidget::emptyStatesAndTab()
{
    // Without the service: say what to do.
    m_details->show();
    m_details->showDevice(device());
    QTabWidget *tabs = m_details->tabWidget();
    QCOMPARE(tabs->count(), 4); // Overview, Resources, Timeline, Protocol log
    const int logTab = tabs->indexOf(m_log);
    QCOMPARE(tabs->tabText(logTab), QStringLiteral("Protocol log"));
    QVERIFY(tabs->isTabVisible(logTab));
    tabs->setCurrentWidget(m_log);
    QVERIFY(emptyStateText().contains(
        QStringLiteral("Connect to the device's LwM2M server to see its traffic")));
    QVERIFY(!m_log->clearAction()->isEnabled());
    QVERIFY(!m_log->exportAction()->isEnabled());

    // Connected, no traffic yet: an honest empty state.
    m_details->setLwm2mService(m_service.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_log->logState(), Lwm2mProtocolLog::State::Connected, 5000);
    QVERIFY(emptyStateText().contains(QStringLiteral("No traffic yet")));
    QVERIFY(
        emptyStateText().contains(QStringLiteral("Traffic appears here while this tab is open")));
    QVERIFY(m_log->statusText().contains(QStringLiteral("Listening to sim-lwm2m-0001")));
    QVERIFY(m_log->statusText().contains(QStringLiteral("0 message")));

    // An MQTT device has no protocol log tab; the stream closes.
    Device mqtt = device(QStringLiteral("meter-7"));
    mqtt.id = QUuid::createUuid();
    mqtt.binding = {Protocol::Mqtt, QStringLiteral("broker"), QStringLiteral("meter-7")};
    m_details->showDevice(mqtt);
    QVERIFY(!tabs->isTabVisible(logTab));
    QVERIFY(!m_log->isListening());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openEventStreams(), 1, 5000); // the connection's own
}

void tst_ProtocolLogWidget::streamsOnlyWhileTheTabIsVisible()
{
    // The Overview tab shows: nothing is opened for the device.
    m_details->setLwm2mService(m_service.get());
    m_details->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_details.get()));
    m_details->showDevice(device());
    QTest::qWait(100);
    QCOMPARE(logStreams(), 0);
    QVERIFY(!m_log->isListening());

    m_details->tabWidget()->setCurrentWidget(m_log);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->logState(), Lwm2mProtocolLog::State::Connected, 5000);
    QCOMPARE(logStreams(), 1);
    const Request &request = m_server->requests().constLast();
    QCOMPARE(request.headers.value("accept"), QByteArray("text/event-stream"));

    sendCapture();
    ProtocolLogModel *model = m_log->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 5000);
    QVERIFY(m_log->tableView()->isVisible());
    QCOMPARE(model->entry(0).code, QStringLiteral("GET"));
    QCOMPARE(model->index(5, ProtocolLogModel::CodeColumn).data().toString(),
             QStringLiteral("4.04"));
    QVERIFY(m_log->statusText().contains(QStringLiteral("12 message")));
    QVERIFY(m_log->clearAction()->isEnabled());

    // Another tab: the stream closes; traffic meanwhile is not seen; back: it opens again and
    // the rows are kept.
    m_details->tabWidget()->setCurrentIndex(0);
    QVERIFY(!m_log->isListening());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openEventStreams(), 1, 5000);
    m_server->sendEvent("COAPLOG", m_capture.first());
    m_details->tabWidget()->setCurrentWidget(m_log);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->logState(), Lwm2mProtocolLog::State::Connected, 5000);
    QCOMPARE(logStreams(), 2);
    QCOMPARE(model->rowCount(), 12);

    // Clear empties the table, not the stream.
    m_log->clearAction()->trigger();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(emptyStateText().contains(QStringLiteral("No traffic yet")));
    m_server->sendEvent("COAPLOG", m_capture.at(1));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);

    // Another device starts over.
    Device other = device(QStringLiteral("tracker-0002"));
    other.id = QUuid::createUuid();
    other.binding.key = QStringLiteral("sim-lwm2m-0002");
    m_details->showDevice(other);
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->logState(), Lwm2mProtocolLog::State::Connected, 5000);
    QCOMPARE(
        QUrlQuery(m_server->requests().constLast().query()).queryItemValue(QStringLiteral("ep")),
        QStringLiteral("sim-lwm2m-0002"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openEventStreams(), 2, 5000);
}

void tst_ProtocolLogWidget::filtersByDirectionAndText()
{
    open();
    sendCapture();
    QTRY_COMPARE_WITH_TIMEOUT(m_log->model()->rowCount(), 12, 5000);
    QTableView *table = m_log->tableView();
    QComboBox *direction = m_log->directionComboBox();
    direction->setCurrentIndex(direction->findData(int(CoapLogEntry::Direction::Incoming)));
    QCOMPARE(table->model()->rowCount(), 6);
    for (int row = 0; row < 6; ++row)
        QCOMPARE(table->model()
                     ->index(row, ProtocolLogModel::DirectionColumn)
                     .data(Qt::AccessibleTextRole)
                     .toString(),
                 QStringLiteral("incoming"));
    QVERIFY(m_log->statusText().contains(QStringLiteral("6 of 12 message")));

    QTest::keyClicks(m_log->filterLineEdit(), QStringLiteral("tlv"));
    QCOMPARE(table->model()->rowCount(), 3);
    direction->setCurrentIndex(direction->findData(int(CoapLogEntry::Direction::Outgoing)));
    QCOMPARE(table->model()->rowCount(), 1); // the write of /3/0/14
    QCOMPARE(table->model()->index(0, ProtocolLogModel::CodeColumn).data().toString(),
             QStringLiteral("PUT"));
    m_log->filterLineEdit()->setText(QStringLiteral("nothing like this"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!m_log->exportAction()->isEnabled());
    QVERIFY(m_log->tableView()->isVisible()); // not the "no traffic" state: there is traffic
    m_log->filterLineEdit()->clear();
    direction->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 12);
}

void tst_ProtocolLogWidget::exportsTheRowsShownAsCsv()
{
    open();
    sendCapture();
    QTRY_COMPARE_WITH_TIMEOUT(m_log->model()->rowCount(), 12, 5000);
    m_log->filterLineEdit()->setText(QStringLiteral("Uri-Path \"0\""));
    const int shown = m_log->tableView()->model()->rowCount();
    QCOMPARE(shown, 5);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("coap")); // ".csv" is added
    m_files.answers << path;
    QSignalSpy finished(m_log, &ProtocolLogWidget::exportFinished);
    m_log->exportAction()->trigger();
    QCOMPARE(m_files.asked, QStringList{QStringLiteral("Export protocol log")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(finished.first().at(1).toString(), path + QStringLiteral(".csv"));
    QFile file(path + QStringLiteral(".csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + shown);
    QCOMPARE(lines.at(0),
             QByteArray("time_utc,direction,type,code,message_id,token,options,payload,endpoint"));
    QCOMPARE(lines.at(1),
             QByteArray("2026-11-26T11:19:27.480Z,outgoing,CON,GET,23143,7C29744FD2B4C50F,"
                        "\"Uri-Path: \"\"3\"\", \"\"0\"\", \"\"9\"\"\",,sim-lwm2m-0001"));
    QVERIFY(m_log->statusText().contains(QStringLiteral("Saved 5 message")));

    // Cancelled: nothing is written.
    QSignalSpy again(m_log, &ProtocolLogWidget::exportFinished);
    m_log->exportAction()->trigger();
    QTest::qWait(100);
    QCOMPARE(again.size(), 0);

    // A folder that does not exist: the error in words.
    m_log->saveCsv(dir.filePath(QStringLiteral("missing/coap.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 10000);
    QVERIFY(!again.first().at(0).toBool());
    QVERIFY(m_log->statusText().contains(QStringLiteral("could not be saved")));
}

void tst_ProtocolLogWidget::autoScrollPausesAndResumes()
{
    open();
    m_details->resize(700, 360);
    for (int i = 0; i < 5; ++i)
        sendCapture();
    QTRY_COMPARE_WITH_TIMEOUT(m_log->model()->rowCount(), 60, 5000);
    QScrollBar *bar = m_log->tableView()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() == bar->maximum(), 5000);

    // Scrolling up pauses it; new rows do not move the view.
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QTRY_VERIFY_WITH_TIMEOUT(!m_log->autoScrollAction()->isChecked(), 5000);
    sendCapture();
    QTRY_COMPARE_WITH_TIMEOUT(m_log->model()->rowCount(), 72, 5000);
    QCOMPARE(bar->value(), 0);

    // Resume: back to the newest.
    m_log->autoScrollAction()->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), 5000);
    sendCapture();
    QTRY_COMPARE_WITH_TIMEOUT(m_log->model()->rowCount(), 84, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), 5000);
}

void tst_ProtocolLogWidget::keepsOnlyTheNewest()
{
    m_log->setCapacity(10);
    open();
    sendCapture();
    sendCapture();
    QTRY_COMPARE_WITH_TIMEOUT(m_log->model()->droppedCount(), 14, 5000);
    QCOMPARE(m_log->model()->rowCount(), 10);
    QCOMPARE(m_log->model()->entry(9).messageId, 23147);
    QVERIFY(m_log->statusText().contains(QStringLiteral("only the newest 10 are kept")));
}

void tst_ProtocolLogWidget::connectionLossIsShownAndHeals()
{
    open();
    m_service->stopConnection(Profile);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->logState(), Lwm2mProtocolLog::State::Unavailable, 5000);
    QVERIFY(emptyStateText().contains(QStringLiteral("Not connected to fake-leshan")));
    QVERIFY(m_log->statusText().contains(QStringLiteral("Not listening")));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openEventStreams(), 0, 5000);

    // The connection comes back: the log listens again by itself.
    m_service->startConnection(m_profile);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->logState(), Lwm2mProtocolLog::State::Connected, 5000);
    QCOMPARE(logStreams(), 2);
    m_server->sendEvent("COAPLOG", m_capture.first());
    QTRY_COMPARE_WITH_TIMEOUT(m_log->model()->rowCount(), 1, 5000);
}

void tst_ProtocolLogWidget::screenshot()
{
    // The details pane as the main window shows it at 1366×768, in English and, when the build
    // has it, in Japanese.
    const QString dir = qEnvironmentVariable("FLEETDESK_SCREENSHOT_DIR");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        // (English too: its plural forms.)
        QTranslator translator;
        if (!translator.load(QStringLiteral(FLEETDESK_QM_DIR "/fleetdesk_%1.qm").arg(language))) {
            if (language != QLatin1String("en"))
                continue;
        } else {
            QCoreApplication::installTranslator(&translator);
        }
        cleanup();
        init();
        open();
        m_details->resize(760, 500);
        sendCapture();
        QTRY_COMPARE_WITH_TIMEOUT(m_log->model()->rowCount(), 12, 5000);
        m_log->tableView()->selectRow(5);
        QTest::qWait(50);
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(m_details->grab().save(
                QDir(dir).filePath(QStringLiteral("protocol-log-tab-%1.png").arg(language))));
        }
        QCoreApplication::removeTranslator(&translator);
    }
    if (dir.isEmpty())
        QSKIP("FLEETDESK_SCREENSHOT_DIR is not set");
}

QTEST_MAIN(tst_ProtocolLogWidget)
#include "tst_ProtocolLogWidget.moc"
