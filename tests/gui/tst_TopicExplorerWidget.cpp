#include "BannerWidget.h"
#include "FakeMqttConnection.h"
#include "MqttTrafficFilterProxyModel.h"
#include "MqttTrafficModel.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "TopicFilterProxyModel.h"
#include "TopicHistoryModel.h"
#include "TopicTreeModel.h"
#include "charts/ChartsDock.h"
#include "charts/LiveChartWidget.h"
#include "mqtt/MqttMessageLibrary.h"
#include "mqtt/PayloadViewerWidget.h"
#include "mqtt/PublishDialog.h"
#include "mqtt/TopicExplorerSession.h"
#include "mqtt/TopicExplorerWidget.h"
#include "store/CacheDatabase.h"
#include "store/FleetStore.h"
#include "store/JournalRepository.h"
#include "store/TelemetryRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

namespace {

MqttMessage
message(const QString &topic, const QByteArray &payload, bool retain = false, int qos = 1)
{
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.retain = retain;
    m.qos = qos;
    return m;
}

int countTelemetry(const QString &dbPath, const QUuid &deviceId, const QString &path)
{
    const QString name = QStringLiteral("test-telemetry-read");
    int count = -1;
    {
        const CacheDatabase::OpenResult opened
            = CacheDatabase::open(dbPath, CacheDatabase::Kind::Telemetry, name);
        if (opened.ok())
            count = int(TelemetryRepository(QSqlDatabase::database(name))
                            .samples(deviceId,
                                     path,
                                     QDateTime::currentDateTimeUtc().addDays(-1),
                                     QDateTime::currentDateTimeUtc().addDays(1))
                            .size());
    }
    CacheDatabase::close(name);
    return count;
}

} // namespace

class tst_TopicExplorerWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTopicsFromTheIngestPipeline();
    void decoderCanBeOverridden();
    void largePayloadDoesNotBlockTheGui();
    void diffAgainstThePreviousMessage();
    void historySurvivesAReopenAndExports();
    void exportsTheTopicList();
    void publishDialogProducesTheMessage();
    void clearRetainedConfirmsWithTheCount();
    void capReachedShowsABanner();
    void chartsAJsonField();
    void trafficLogFilters();
    void severalBrokers();
    void screenshot();

private:
    void screenshotIn(const QString &language, const QString &out);
    void createWidget(int maxTopics = TopicStore::DefaultMaxTopics);
    TopicExplorerSession *session() const { return m_widget->currentSession(); }
    void deliver(const QVector<MqttMessage> &messages) { m_connection->deliver(messages); }
    // Waits until the tree has the topic, then selects it.
    void select(const QString &topic);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedFileDialogs> m_files;
    std::unique_ptr<ScriptedMessageBoxes> m_boxes;
    std::unique_ptr<FakeMqttConnection> m_connection;
    std::unique_ptr<MqttMessageLibrary> m_library;
    std::unique_ptr<TopicExplorerWidget> m_widget;
    QString m_telemetryDb;
};

void tst_TopicExplorerWidget::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TopicExplorerWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_telemetryDb = m_dir->filePath(QStringLiteral("telemetry.db"));
    m_files = std::make_unique<ScriptedFileDialogs>();
    m_boxes = std::make_unique<ScriptedMessageBoxes>();
    m_connection = std::make_unique<FakeMqttConnection>();
    m_connection->connectToBroker();
    m_library = std::make_unique<MqttMessageLibrary>(
        m_dir->filePath(QStringLiteral("mqtt-messages.json")));
    createWidget();
}

void tst_TopicExplorerWidget::createWidget(int maxTopics)
{
    m_widget.reset();
    m_widget = std::make_unique<TopicExplorerWidget>();
    m_widget->setFileDialogs(m_files.get());
    m_widget->setMessageBoxes(m_boxes.get());
    m_widget->setMessageLibrary(m_library.get());
    MqttIngest::Options options;
    options.telemetryDbPath = m_telemetryDb;
    options.maxTopics = maxTopics;
    options.historyPerTopic = 50;
    m_widget->setIngestOptions(options);
    m_widget->addConnection(QStringLiteral("plant-broker"), m_connection.get());
    m_widget->resize(1200, 700);
    m_widget->show();
}

void tst_TopicExplorerWidget::cleanup()
{
    m_widget.reset();
    m_library.reset();
    m_connection.reset();
    m_boxes.reset();
    m_files.reset();
    m_dir.reset();
}

void tst_TopicExplorerWidget::select(const QString &topic)
{
    QTRY_VERIFY(session()->topicModel()->indexOfTopic(topic).isValid());
    QVERIFY(m_widget->selectTopic(topic));
    QCOMPARE(m_widget->currentTopic(), topic);
}

void tst_TopicExplorerWidget::showsTopicsFromTheIngestPipeline()
{
    // The session subscribes to everything once.
    QCOMPARE(m_connection->subscriptions.size(), 1);
    QCOMPARE(m_connection->subscriptions.first().first, QStringLiteral("#"));
    QCOMPARE(m_connection->subscriptions.first().second, 0);
    QVERIFY(m_widget->payloadViewer()->isVisible() == false); // nothing selected yet

    MqttMessage withProperties = message(QStringLiteral("plant/a/status"), "online", true);
    withProperties.properties.contentType = QStringLiteral("text/plain");
    withProperties.properties.userProperties = {{QStringLiteral("site"), QStringLiteral("Osaka")}};
    deliver({message(QStringLiteral("plant/a/temp"), "21.5"),
             message(QStringLiteral("plant/a/temp"), "21.7"),
             withProperties,
             message(QStringLiteral("plant/b/door"), "open")});
    QTRY_COMPARE(session()->topicModel()->topicCount(), 3);
    QCOMPARE(session()->topicModel()->messageCount(), 4ULL);
    QCOMPARE(session()->trafficModel()->rowCount(), 4);

    select(QStringLiteral("plant/a/temp"));
    PayloadViewerWidget *viewer = m_widget->payloadViewer();
    QTRY_COMPARE(viewer->shownText(), QStringLiteral("21.7"));
    QCOMPARE(viewer->shownFormat(), PayloadDecoder::Format::Number);
    QCOMPARE(m_widget->topicPathLabel()->text(), QStringLiteral("plant/a/temp"));
    QVERIFY(m_widget->statsLabel()->text().contains(QStringLiteral("QoS 1")));
    QVERIFY(m_widget->statsLabel()->text().startsWith(QStringLiteral("2 message")));

    select(QStringLiteral("plant/a/status"));
    QTRY_COMPARE(viewer->shownText(), QStringLiteral("online"));
    QVERIFY(m_widget->propertiesTextEdit()->toPlainText().contains(
        QStringLiteral("Content type: text/plain")));
    QVERIFY(m_widget->propertiesTextEdit()->toPlainText().contains(QStringLiteral("site = Osaka")));
    QVERIFY(m_widget->statsLabel()->text().contains(QStringLiteral("retained")));

    // A newer message on the selected topic replaces the small payload shown.
    deliver({message(QStringLiteral("plant/a/status"), "offline", true)});
    QTRY_COMPARE(viewer->shownText(), QStringLiteral("offline"));

    // The filter keeps the matching topic and its parents.
    m_widget->filterLineEdit()->setText(QStringLiteral("door"));
    QTRY_COMPARE(session()->topicProxy()->text(), QStringLiteral("door"));
    const QModelIndex plant = session()->topicProxy()->index(0, 0);
    QCOMPARE(session()->topicProxy()->rowCount(plant), 1);
}

void tst_TopicExplorerWidget::decoderCanBeOverridden()
{
    const QByteArray json = R"({"t":21.5,"h":40})";
    deliver({message(QStringLiteral("dev/1/json"), json)});
    select(QStringLiteral("dev/1/json"));
    PayloadViewerWidget *viewer = m_widget->payloadViewer();
    QTRY_VERIFY(!viewer->isBusy() && viewer->hasPayload());
    QTRY_COMPARE(viewer->shownFormat(), PayloadDecoder::Format::Json);
    QVERIFY(viewer->shownText().contains(QStringLiteral("\"t\": 21.5")));
    QCOMPARE(viewer->decoderComboBox()->itemText(0), QStringLiteral("Auto (JSON)"));

    QComboBox *decoder = viewer->decoderComboBox();
    decoder->setCurrentIndex(decoder->findData(int(PayloadViewerWidget::Mode::Hex)));
    QTRY_COMPARE(viewer->shownFormat(), PayloadDecoder::Format::Hex);
    QTRY_VERIFY(viewer->shownText().startsWith(QStringLiteral("00000000  7b 22 74")));
    QCOMPARE(viewer->payload(), json); // the raw bytes are kept

    decoder->setCurrentIndex(decoder->findData(int(PayloadViewerWidget::Mode::Text)));
    QTRY_COMPARE(viewer->shownFormat(), PayloadDecoder::Format::Text);
    QTRY_COMPARE(viewer->shownText(), QString::fromUtf8(json));

    decoder->setCurrentIndex(decoder->findData(int(PayloadViewerWidget::Mode::JsonTree)));
    QTRY_VERIFY(viewer->jsonTreeView()->isVisible());
    QVERIFY(viewer->jsonTreeView()->model());
    QCOMPARE(viewer->jsonTreeView()->model()->rowCount(), 2);
    // Keys in JSON object order (sorted): h, t.
    QCOMPARE(viewer->jsonTreeView()->model()->index(1, 0).data().toString(), QStringLiteral("t"));
    QCOMPARE(viewer->jsonTreeView()->model()->index(1, 1).data().toString(),
             QStringLiteral("21.5"));

    decoder->setCurrentIndex(decoder->findData(int(PayloadViewerWidget::Mode::Number)));
    QTRY_VERIFY(viewer->infoText().contains(QStringLiteral("could not read")));
    QCOMPARE(viewer->payload(), json);

    // Not UTF-8: detected as hex; forced text says what is wrong.
    const QByteArray binary("\x01\xff\xfe\x80garbage", 11);
    deliver({message(QStringLiteral("dev/1/raw"), binary)});
    decoder->setCurrentIndex(0);
    select(QStringLiteral("dev/1/raw"));
    QTRY_COMPARE(viewer->shownFormat(), PayloadDecoder::Format::Hex);
    decoder->setCurrentIndex(decoder->findData(int(PayloadViewerWidget::Mode::Text)));
    QTRY_VERIFY(viewer->infoText().contains(QStringLiteral("UTF-8")));
    QCOMPARE(viewer->payload(), binary);
}

void tst_TopicExplorerWidget::largePayloadDoesNotBlockTheGui()
{
    // About 5 MB of JSON: a million numbers, one per line once pretty-printed.
    QByteArray big = "{\"samples\":[";
    for (int i = 0; big.size() < 5 * 1024 * 1024; ++i) {
        big += QByteArray::number(i % 1000);
        big += ',';
    }
    big += "0]}";
    const qint64 bigSize = big.size();

    // A 10 ms timer on the GUI thread: its ticks show the event loop never stalls.
    QElapsedTimer sinceTick;
    qint64 worstGapMs = 0;
    int ticks = 0;
    int ticksWhileBusy = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (sinceTick.isValid())
            worstGapMs = qMax(worstGapMs, sinceTick.elapsed());
        sinceTick.start();
        ++ticks;
        if (m_widget->payloadViewer()->isBusy())
            ++ticksWhileBusy;
    });
    timer.start();

    QElapsedTimer total;
    total.start();
    deliver({message(QStringLiteral("big/json"), big)});
    select(QStringLiteral("big/json"));
    PayloadViewerWidget *viewer = m_widget->payloadViewer();
    QSignalSpy rendered(viewer, &PayloadViewerWidget::rendered);
    QTRY_VERIFY_WITH_TIMEOUT(rendered.count() > 0 && !viewer->isBusy(), 60000);
    qInfo("5 MB JSON shown after %lld ms; GUI timer: %d ticks (%d while decoding), worst gap "
          "%lld ms",
          total.elapsed(),
          ticks,
          ticksWhileBusy,
          worstGapMs);
    QCOMPARE(viewer->shownFormat(), PayloadDecoder::Format::Json);
    QVERIFY(viewer->isShowingLines()); // a million lines: the virtual line view
    QCOMPARE(viewer->payload().size(), bigSize);
    QVERIFY(ticksWhileBusy > 0);
    // Generous for a loaded CI machine; the decoding itself never runs on the GUI thread.
    QVERIFY2(worstGapMs < 1500, qPrintable(QString::number(worstGapMs)));

    // A display limit: only the first MB is decoded, and the label says so.
    QComboBox *limit = viewer->limitComboBox();
    limit->setCurrentIndex(limit->findData(qlonglong(1024 * 1024)));
    QTRY_COMPARE_WITH_TIMEOUT(viewer->shownBytes(), qint64(1024 * 1024), 30000);
    QTRY_VERIFY(!viewer->isBusy());
    QVERIFY2(viewer->infoText().contains(
                 QStringLiteral("showing 1,048,576 of %1 bytes").arg(QLocale().toString(bigSize))),
             qPrintable(viewer->infoText()));
    QCOMPARE(viewer->payload().size(), bigSize); // the bytes stay whole

    // A newer large message is offered, not swapped in under the reader.
    QByteArray newer = big;
    newer[20] = '7';
    deliver({message(QStringLiteral("big/json"), newer)});
    QTRY_VERIFY(viewer->hasNewerPayload());
    QVERIFY(viewer->showNewerButton()->isVisible());
    QCOMPARE(viewer->payload(), big);
    viewer->showNewerButton()->click();
    QCOMPARE(viewer->payload(), newer);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->isBusy(), 30000);
    QVERIFY(worstGapMs < 1500);
}

void tst_TopicExplorerWidget::diffAgainstThePreviousMessage()
{
    deliver({message(QStringLiteral("cfg/pump"), R"({"mode":"eco","speed":3,"on":true})")});
    select(QStringLiteral("cfg/pump"));
    QSignalSpy shown(m_widget.get(), &TopicExplorerWidget::diffShown);
    m_widget->detailTabs()->setCurrentIndex(1);
    QTRY_VERIFY(shown.count() > 0);
    QVERIFY(m_widget->diffInfoLabel()->text().contains(QStringLiteral("Only one message")));
    shown.clear();
    deliver({message(QStringLiteral("cfg/pump"), R"({"mode":"boost","speed":3,"on":true})")});
    QTRY_VERIFY(m_widget->diffInfoLabel()->text().startsWith(QStringLiteral("2 line")));
    const QString diff = m_widget->diffTextEdit()->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("-     \"mode\": \"eco\",")), qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("+     \"mode\": \"boost\",")));
    QVERIFY(diff.contains(QStringLiteral("      \"speed\": 3")));
}

void tst_TopicExplorerWidget::historySurvivesAReopenAndExports()
{
    for (int i = 0; i < 3; ++i)
        deliver({message(QStringLiteral("h/t"), QByteArray::number(i), false, 1)});
    select(QStringLiteral("h/t"));
    m_widget->detailTabs()->setCurrentIndex(2);
    QTRY_COMPARE(m_widget->historyModel()->rowCount(), 3);

    // Closing the explorer writes what is pending; a new one reads the history back.
    createWidget();
    deliver({message(QStringLiteral("h/t"), "3", true, 0)});
    select(QStringLiteral("h/t"));
    m_widget->detailTabs()->setCurrentIndex(2);
    QTRY_COMPARE(m_widget->historyModel()->rowCount(), 4);
    TopicHistoryModel *history = m_widget->historyModel();
    QCOMPARE(history->index(0, TopicHistoryModel::PreviewColumn).data().toString(),
             QStringLiteral("3")); // newest first
    QCOMPARE(history->index(0, TopicHistoryModel::RetainColumn).data().toString(),
             QStringLiteral("retained"));
    QCOMPARE(history->index(3, TopicHistoryModel::PreviewColumn).data().toString(),
             QStringLiteral("0"));
    QCOMPARE(history->index(1, TopicHistoryModel::QosColumn).data().toString(),
             QStringLiteral("1"));

    QSignalSpy exported(m_widget.get(), &TopicExplorerWidget::exportFinished);
    const QString csvPath = m_dir->filePath(QStringLiteral("history.csv"));
    m_files->answers << csvPath;
    m_widget->exportHistory();
    QTRY_COMPARE(exported.count(), 1);
    QVERIFY(exported.first().at(0).toBool());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0),
             QByteArray("received_utc,topic,qos,retain,size,stored_size,payload,payload_encoding"));
    QVERIFY(lines.at(1).contains(",h/t,1,false,1,1,0,utf-8")); // oldest first
    QVERIFY(lines.at(4).contains(",h/t,0,true,1,1,3,utf-8"));

    const QString jsonPath = m_dir->filePath(QStringLiteral("history.json"));
    m_files->answers << jsonPath;
    m_widget->exportHistory();
    QTRY_COMPARE(exported.count(), 2);
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("topic")).toString(), QStringLiteral("h/t"));
    QCOMPARE(json.value(QStringLiteral("messages")).toArray().size(), 4);
}

void tst_TopicExplorerWidget::exportsTheTopicList()
{
    deliver({message(QStringLiteral("a/1"), "1"),
             message(QStringLiteral("a/2"), "two, with \"quotes\""),
             message(QStringLiteral("b"), QByteArray("\xff\x00", 2), true)});
    QTRY_COMPARE(session()->topicModel()->topicCount(), 3);
    QSignalSpy exported(m_widget.get(), &TopicExplorerWidget::exportFinished);
    const QString csvPath = m_dir->filePath(QStringLiteral("topics"));
    m_files->answers << csvPath; // no extension: CSV is added
    m_widget->exportTopics();
    QTRY_COMPARE(exported.count(), 1);
    QFile csv(csvPath + QStringLiteral(".csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.startsWith("topic,messages,bytes,rate_per_s,qos,retained,last_received_utc,"));
    QVERIFY(text.contains("\"two, with \"\"quotes\"\"\",utf-8"));
    QVERIFY(text.contains(",/wA=,base64")); // 0xff 0x00 in Base64
    const QString jsonPath = m_dir->filePath(QStringLiteral("topics.json"));
    m_files->answers << jsonPath;
    m_widget->exportTopics();
    QTRY_COMPARE(exported.count(), 2);
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("broker")).toString(), QStringLiteral("plant-broker"));
    QCOMPARE(json.value(QStringLiteral("topics")).toArray().size(), 3);
}

void tst_TopicExplorerWidget::publishDialogProducesTheMessage()
{
    deliver({message(QStringLiteral("fleetdesk/v1/pump-0042/status"), "online")});
    select(QStringLiteral("fleetdesk/v1/pump-0042/status"));
    QPointer<PublishDialog> dialog = m_widget->openPublishDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->topicLineEdit()->text(), QStringLiteral("fleetdesk/v1/pump-0042/status"));
    dialog->topicLineEdit()->setText(QStringLiteral("fleetdesk/v1/pump-0042/cmd/reboot"));
    dialog->payloadEdit()->setPlainText(QStringLiteral(R"({"requestId":"r-1"})"));
    dialog->qosComboBox()->setCurrentIndex(1);
    dialog->retainCheckBox()->setChecked(true);
    dialog->contentTypeLineEdit()->setText(QStringLiteral("application/json"));
    dialog->responseTopicLineEdit()->setText(QStringLiteral("fleetdesk/v1/pump-0042/resp"));
    dialog->correlationDataLineEdit()->setText(QStringLiteral("corr-7"));
    dialog->addUserProperty(QStringLiteral("operator"), QStringLiteral("night shift"));

    // Wildcards are refused before anything is sent.
    dialog->topicLineEdit()->setText(QStringLiteral("fleetdesk/+/cmd"));
    QVERIFY(!dialog->publishButton()->isEnabled());
    dialog->topicLineEdit()->setText(QStringLiteral("fleetdesk/v1/pump-0042/cmd/reboot"));
    QVERIFY(dialog->publishButton()->isEnabled());

    // Saved to the library (a JSON file), then published.
    dialog->saveNameLineEdit()->setText(QStringLiteral("Reboot pump-0042"));
    dialog->saveButton()->click();
    QCOMPARE(m_library->entries().size(), 1);
    dialog->publishButton()->click();
    QCOMPARE(m_connection->publishedMessages.size(), 1);
    const MqttMessage sent = m_connection->publishedMessages.first();
    QCOMPARE(sent.topic, QStringLiteral("fleetdesk/v1/pump-0042/cmd/reboot"));
    QCOMPARE(sent.payload, QByteArray(R"({"requestId":"r-1"})"));
    QCOMPARE(sent.qos, 1);
    QVERIFY(sent.retain);
    QCOMPARE(sent.properties.contentType, QStringLiteral("application/json"));
    QCOMPARE(sent.properties.responseTopic, QStringLiteral("fleetdesk/v1/pump-0042/resp"));
    QCOMPARE(sent.properties.correlationData, QByteArray("corr-7"));
    QCOMPARE(sent.properties.userProperties.size(), 1);
    QCOMPARE(sent.properties.userProperties.first().second, QStringLiteral("night shift"));
    // The traffic log shows it as published.
    MqttTrafficModel *traffic = session()->trafficModel();
    QCOMPARE(traffic->entry(traffic->rowCount() - 1).outgoing, true);
    QTRY_VERIFY(!dialog); // closed and deleted

    // The library file is written off the GUI thread and read back by a new library.
    const QString libraryPath = m_library->path();
    QTRY_VERIFY(QFile::exists(libraryPath));
    MqttMessageLibrary reread(libraryPath);
    QSignalSpy loaded(&reread, &MqttMessageLibrary::loaded);
    reread.load();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(reread.entries().size(), 1);
    QCOMPARE(reread.entries().first().message.properties.responseTopic,
             QStringLiteral("fleetdesk/v1/pump-0042/resp"));

    // Picking a saved message fills a new dialog.
    dialog = m_widget->openPublishDialog();
    QTRY_COMPARE(dialog->libraryList()->count(), 1);
    dialog->libraryList()->setCurrentRow(0);
    QCOMPARE(dialog->topicLineEdit()->text(), QStringLiteral("fleetdesk/v1/pump-0042/cmd/reboot"));
    QCOMPARE(dialog->message().properties.correlationData, QByteArray("corr-7"));
    dialog->reject();
    QCOMPARE(m_connection->publishedMessages.size(), 1);
}

void tst_TopicExplorerWidget::clearRetainedConfirmsWithTheCount()
{
    FleetStore store;
    QSignalSpy opened(&store, &FleetStore::opened);
    const QString fleetDb = m_dir->filePath(QStringLiteral("fleet.db"));
    store.open(fleetDb);
    QTRY_COMPARE(opened.count(), 1);
    m_widget->setFleetStore(&store);

    deliver({message(QStringLiteral("site/a/1"), "x", true),
             message(QStringLiteral("site/a/2"), "y", true),
             message(QStringLiteral("site/b/1"), "z", true),
             message(QStringLiteral("site/a/3"), "not retained", false),
             message(QStringLiteral("other/x"), "w", true)});
    select(QStringLiteral("site"));
    m_boxes->confirmAnswer = false;
    m_widget->clearRetained();
    QCOMPARE(m_boxes->confirmTexts.size(), 1);
    QVERIFY2(m_boxes->confirmTexts.first().contains(QStringLiteral("3 topic")),
             qPrintable(m_boxes->confirmTexts.first()));
    QVERIFY(m_boxes->confirmTexts.first().contains(QStringLiteral("“site”")));
    QVERIFY(m_boxes->confirmTexts.first().contains(QStringLiteral("site/b/1")));
    QVERIFY(!m_boxes->confirmTexts.first().contains(QStringLiteral("site/a/3")));
    QVERIFY(m_boxes->confirmButtons.first().startsWith(QStringLiteral("Clear 3")));
    QCOMPARE(m_connection->publishedMessages.size(), 0); // cancelled

    QSignalSpy cleared(m_widget.get(), &TopicExplorerWidget::retainedCleared);
    m_boxes->confirmAnswer = true;
    m_widget->clearRetained();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(cleared.first().at(2).toInt(), 3);
    QCOMPARE(m_connection->publishedMessages.size(), 3);
    QStringList topics;
    for (const MqttMessage &m : std::as_const(m_connection->publishedMessages)) {
        QVERIFY(m.retain);
        QVERIFY(m.payload.isEmpty());
        topics << m.topic;
    }
    topics.sort();
    QCOMPARE(topics,
             (QStringList{QStringLiteral("site/a/1"),
                          QStringLiteral("site/a/2"),
                          QStringLiteral("site/b/1")}));

    // Audited.
    store.closeCleanly();
    const QString name = QStringLiteral("test-audit-read");
    QVector<JournalRepository::AuditEntry> audit;
    {
        QVERIFY(CacheDatabase::open(fleetDb, CacheDatabase::Kind::Fleet, name).ok());
        audit = JournalRepository(QSqlDatabase::database(name)).audit(10);
    }
    CacheDatabase::close(name);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("mqtt-clear-retained"));
    QCOMPARE(audit.first().parameters.value(QStringLiteral("topics")).toInt(), 3);
    QCOMPARE(audit.first().parameters.value(QStringLiteral("prefix")).toString(),
             QStringLiteral("site"));

    // Nothing retained below: said, nothing sent.
    select(QStringLiteral("site/a/3"));
    m_widget->clearRetained();
    QCOMPARE(m_boxes->warnings.size(), 1);
    QCOMPARE(m_connection->publishedMessages.size(), 3);
}

void tst_TopicExplorerWidget::capReachedShowsABanner()
{
    createWidget(3);
    QVERIFY(!m_widget->capBanner()->isVisible());
    QVector<MqttMessage> flood;
    for (int i = 0; i < 10; ++i)
        flood.append(message(QStringLiteral("flood/%1").arg(i), "1"));
    deliver(flood);
    QTRY_VERIFY(m_widget->capBanner()->isVisible());
    QCOMPARE(m_widget->capBanner()->kind(), BannerWidget::Kind::Warning);
    QVERIFY2(m_widget->capBanner()->text().contains(QStringLiteral("more than 3 distinct topics")),
             qPrintable(m_widget->capBanner()->text()));
    QTRY_COMPARE(session()->topicModel()->topicCount(), 3);
}

void tst_TopicExplorerWidget::chartsAJsonField()
{
    ScriptedFileDialogs chartFiles;
    ChartsDock charts(&chartFiles);
    charts.setTelemetryDatabase(m_telemetryDb);
    FleetStore store;
    QSignalSpy opened(&store, &FleetStore::opened);
    store.open(m_dir->filePath(QStringLiteral("fleet.db")));
    QTRY_COMPARE(opened.count(), 1);
    m_widget->setChartsDock(&charts);
    m_widget->setFleetStore(&store);

    const QString topic = QStringLiteral("plant/pump-1/telemetry");
    deliver({message(topic, R"({"temp":21.5,"motor":{"rpm":1200},"name":"pump"})")});
    select(topic);
    PayloadViewerWidget *viewer = m_widget->payloadViewer();
    QTRY_VERIFY(!viewer->isBusy() && viewer->numericPaths().size() == 2);
    QMenu *menu = m_widget->chartButton()->menu();
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QStringList entries;
    QAction *rpm = nullptr;
    for (QAction *action : menu->actions()) {
        entries << action->text();
        if (action->data().toString() == QLatin1String("motor.rpm"))
            rpm = action;
    }
    QCOMPARE(entries,
             (QStringList{QStringLiteral("Chart “motor.rpm”"), QStringLiteral("Chart “temp”")}));
    QSignalSpy added(m_widget.get(), &TopicExplorerWidget::chartAdded);
    rpm->trigger();
    QCOMPARE(added.count(), 1);
    const QUuid deviceId
        = TopicExplorerWidget::chartDeviceId(QStringLiteral("plant-broker"), topic);
    QCOMPARE(deviceId, TopicExplorerWidget::chartDeviceId(QStringLiteral("plant-broker"), topic));
    QCOMPARE(deviceId.version(), QUuid::Sha1);
    const QString path = topic + QStringLiteral("#motor.rpm");
    QVERIFY(charts.hasSeries(deviceId, path));

    deliver({message(topic, R"({"temp":21.6,"motor":{"rpm":1250}})"),
             message(topic, R"({"temp":21.7,"motor":{"rpm":"1300"}})")});
    LiveChartWidget *chart = charts.chartFor(deviceId, path);
    QVERIFY(chart);
    const QString key = ChartsDock::seriesKey(deviceId, path);
    QTRY_COMPARE(chart->buffer(key)->size(), 3);
    QCOMPARE(chart->buffer(key)->at(2).value, 1300.0);
    // The samples reach telemetry.db, so the chart reopens with its past.
    QTRY_COMPARE(countTelemetry(m_telemetryDb, deviceId, path), 3);
    store.closeCleanly();
}

void tst_TopicExplorerWidget::trafficLogFilters()
{
    deliver({message(QStringLiteral("a/x"), "1", true),
             message(QStringLiteral("a/y"), "2"),
             message(QStringLiteral("b/x"), "3")});
    session()->publish(message(QStringLiteral("a/cmd"), "go"));
    QCOMPARE(session()->trafficModel()->rowCount(), 4);
    MqttTrafficFilterProxyModel *proxy = session()->trafficProxy();
    m_widget->mainTabs()->setCurrentIndex(1);
    m_widget->trafficFilterLineEdit()->setText(QStringLiteral("a/"));
    QCOMPARE(proxy->rowCount(), 3);
    m_widget->trafficDirectionComboBox()->setCurrentIndex(2); // published
    QCOMPARE(proxy->rowCount(), 1);
    m_widget->trafficDirectionComboBox()->setCurrentIndex(1); // received
    QCOMPARE(proxy->rowCount(), 2);
    m_widget->trafficRetainedCheckBox()->setChecked(true);
    QCOMPARE(proxy->rowCount(), 1);
    QVERIFY(m_widget->trafficStatusLabel()->text().startsWith(QStringLiteral("1 of 4")));
}

void tst_TopicExplorerWidget::severalBrokers()
{
    FakeMqttConnection second;
    second.connectToBroker();
    m_widget->addConnection(QStringLiteral("depot-broker"), &second);
    QCOMPARE(m_widget->profileIds(),
             (QStringList{QStringLiteral("depot-broker"), QStringLiteral("plant-broker")}));
    QVERIFY(m_widget->brokerComboBox()->isEnabled());
    QCOMPARE(m_widget->currentSession()->profileId(), QStringLiteral("plant-broker"));
    second.deliver(QStringLiteral("depot/door"), "open");
    deliver({message(QStringLiteral("plant/temp"), "20")});
    QTRY_COMPARE(m_widget->session(QStringLiteral("depot-broker"))->topicModel()->topicCount(), 1);
    QTRY_COMPARE(session()->topicModel()->topicCount(), 1);
    m_widget->brokerComboBox()->setCurrentIndex(0);
    QCOMPARE(m_widget->currentSession()->profileId(), QStringLiteral("depot-broker"));
    QCOMPARE(m_widget->treeView()->model(),
             m_widget->session(QStringLiteral("depot-broker"))->topicProxy());
    m_widget->removeConnection(QStringLiteral("depot-broker"));
    QCOMPARE(m_widget->currentSession()->profileId(), QStringLiteral("plant-broker"));
    QVERIFY(!m_widget->brokerComboBox()->isEnabled());
}

void tst_TopicExplorerWidget::screenshot()
{
    // The explorer at the width of a 1366×768 window, in English and, when the build has it, in
    // Japanese (the longer strings).
    const QString out = qEnvironmentVariable("FLEETDESK_SCREENSHOT_DIR");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QTranslator translator; // English too: its plural forms
        if (translator.load(QStringLiteral(FLEETDESK_QM_DIR "/fleetdesk_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&translator);
        else if (language != QLatin1String("en"))
            continue;
        cleanup();
        init();
        screenshotIn(language, out);
        QCoreApplication::removeTranslator(&translator);
    }
}

void tst_TopicExplorerWidget::screenshotIn(const QString &language, const QString &out)
{
    const QString suffix
        = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    QVector<MqttMessage> messages;
    for (int line = 0; line < 3; ++line) {
        for (int pump = 1; pump <= 6; ++pump) {
            const QString root = QStringLiteral("fleetdesk/v1/pump-%1%2")
                                     .arg(QChar('A' + line))
                                     .arg(pump, 3, 10, QLatin1Char('0'));
            messages.append(message(root + QStringLiteral("/status"), "online", true));
            messages.append(message(
                root + QStringLiteral("/attributes"),
                QStringLiteral(
                    R"({"model":"LT-500","serial":"SN-%1","firmware":"2.1.%2","battery":%3})")
                    .arg(line * 100 + pump)
                    .arg(pump % 3)
                    .arg(60 + pump * 5)
                    .toUtf8(),
                true));
            for (int i = 0; i < 3 + pump; ++i)
                messages.append(message(
                    root + QStringLiteral("/telemetry"),
                    QStringLiteral(R"({"temp":%1,"pressure":%2,"motor":{"rpm":%3,"load":0.%4}})")
                        .arg(20.0 + pump * 0.7 + i * 0.1, 0, 'f', 1)
                        .arg(1.2 + line * 0.1, 0, 'f', 2)
                        .arg(1200 + pump * 20 + i)
                        .arg(40 + pump)
                        .toUtf8(),
                    false,
                    1));
        }
    }
    messages.append(message(QStringLiteral("sensors/hall-3/co2"), "612"));
    messages.append(
        message(QStringLiteral("sensors/hall-3/raw"), QByteArray("\x02\x10\xff\x7f", 4)));
    deliver(messages);
    const QString topic = QStringLiteral("fleetdesk/v1/pump-B003/telemetry");
    select(topic);
    m_widget->treeView()->expand(m_widget->treeView()->currentIndex().parent().parent());
    m_widget->treeView()->expand(m_widget->treeView()->currentIndex().parent());
    QTRY_VERIFY(!m_widget->payloadViewer()->isBusy() && m_widget->payloadViewer()->hasPayload());
    m_widget->resize(1366, 620);
    QTest::qWait(0);
    const QImage image = m_widget->grab().toImage();
    QVERIFY(!image.isNull());
    if (!out.isEmpty())
        QVERIFY(image.save(out + QStringLiteral("/topic-explorer%1.png").arg(suffix)));

    // The other views, for a look (not for the README).
    m_widget->detailTabs()->setCurrentIndex(2);
    QTRY_VERIFY(m_widget->historyModel()->rowCount() > 0);
    QVERIFY(!m_widget->grab().toImage().isNull());
    if (!out.isEmpty())
        m_widget->grab().save(out + QStringLiteral("/topic-explorer-history%1.png").arg(suffix));
    m_widget->mainTabs()->setCurrentIndex(1);
    if (!out.isEmpty())
        m_widget->grab().save(out + QStringLiteral("/topic-explorer-traffic%1.png").arg(suffix));
    QPointer<PublishDialog> dialog = m_widget->openPublishDialog();
    QVERIFY(dialog);
    dialog->payloadEdit()->setPlainText(QStringLiteral("{\n  \"requestId\": \"r-1\"\n}"));
    dialog->contentTypeLineEdit()->setText(QStringLiteral("application/json"));
    dialog->addUserProperty(QStringLiteral("operator"), QStringLiteral("night shift"));
    if (!out.isEmpty())
        dialog->grab().save(out + QStringLiteral("/publish-dialog%1.png").arg(suffix));
    dialog->reject();
}

QTEST_MAIN(tst_TopicExplorerWidget)
#include "tst_TopicExplorerWidget.moc"
