#include "DeviceDetailsWidget.h"
#include "FakeLeshanServer.h"
#include "ScriptedMessageBoxes.h"
#include "lwm2m/Lwm2mService.h"
#include "lwm2m/ResourceBrowserWidget.h"
#include "lwm2m/WriteAttributesDialog.h"
#include "lwm2m/WriteValueDialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using Answer = FakeLeshanServer::Answer;
using Request = FakeLeshanServer::Request;

namespace {

const QString Profile = QStringLiteral("fake-leshan");
const QString Endpoint = QStringLiteral("ep-1");

QByteArray ok(const QByteArray &content = QByteArray())
{
    return content.isEmpty()
               ? QByteArray(R"j({"status":"CHANGED(204)","success":true})j")
               : R"j({"status":"CONTENT(205)","success":true,"content":)j" + content + "}";
}

// A Leshan 2.0.0-M4 stand-in for one device, ep-1 (M4 shapes: untyped nodes, ISO dates).
Answer answer(const Request &r)
{
    Answer a;
    const QString path = r.path();
    const QString client = QStringLiteral("/api/clients/") + Endpoint;
    if (path == QLatin1String("/api/event")) {
        a.eventStream = true;
    } else if (path == QLatin1String("/api/clients")) {
        a.body = "[]";
    } else if (path == client && r.method == "GET") {
        a.body = R"j({"endpoint":"ep-1","registrationId":"r1","address":"127.0.0.1:5683",
            "lwM2mVersion":"1.1","bindingMode":"U","lifetime":300,
            "registrationDate":"2026-11-26T10:00:37Z","lastUpdate":"2026-11-26T10:00:37Z",
            "objectLinks":[{"url":"/","attributes":{"rt":"oma.lwm2m"}},
            {"url":"/0/0","attributes":{}},{"url":"/3/0","attributes":{}},
            {"url":"/3303/0","attributes":{}},{"url":"/33000/0","attributes":{}},
            {"url":"/33000/1","attributes":{}}]})j";
    } else if (path == QLatin1String("/api/objectspecs/") + Endpoint) {
        QFile file(QStringLiteral(FLEETDESK_TEST_DATA "/lwm2m/objectspecs.json"));
        file.open(QIODevice::ReadOnly);
        a.body = file.readAll();
    } else if (path == client + QLatin1String("/3") && r.method == "GET") {
        a.body = ok(R"j({"id":3,"instances":[{"id":0,"resources":[
            {"id":0,"value":"FleetDesk Sim"},{"id":1,"value":"LT-500"},{"id":2,"value":"LT-500-000001"},
            {"id":3,"value":"1.0.0"},{"id":7,"values":{"0":3800,"1":5000}},{"id":9,"value":87},
            {"id":13,"value":"2026-11-26T10:00:37Z"},{"id":14,"value":"+01:00"}]}]})j");
    } else if (path == client + QLatin1String("/3/0/9") && r.method == "GET") {
        a.body = ok(R"j({"id":9,"value":64})j");
    } else if (path == client + QLatin1String("/3/0/14") && r.method == "GET") {
        a.body = R"j({"status":"METHOD_NOT_ALLOWED(405)","success":false,"failure":true,
            "errormessage":"read not allowed"})j";
    } else if (path == client + QLatin1String("/3303/0/5700") && r.method == "GET") {
        a.body = R"j({"ep":"ep-1","path":"/3303/0/5700","requestId":"q-1","delayed":true})j";
    } else if (path == client + QLatin1String("/3303/0/5700/observe")) {
        a.body = ok(R"j({"id":5700,"value":20.5})j");
    } else if (path == client + QLatin1String("/33000") && r.method == "GET") {
        a.body = ok(R"j({"id":33000,"instances":[{"id":0,"resources":[{"id":0,"value":300},
            {"id":1,"value":30},{"id":2,"value":true},{"id":3,"value":"normal"},
            {"id":4,"value":"Berlin Adlershof"}]},{"id":1,"resources":[{"id":0,"value":60}]}]})j");
    } else if (path.startsWith(client + QLatin1String("/33000/")) && r.method == "PUT") {
        a.body = ok();
    } else if (path.endsWith(QLatin1String("/discover"))) {
        a.body = R"j({"status":"CONTENT(205)","success":true,"objectLinks":[
            {"url":"/3/0/9","attributes":{"pmin":"10"}},{"url":"/3/0/13","attributes":{}}]})j";
    } else if (path == client + QLatin1String("/3/0/4") && r.method == "POST") {
        a.body = ok();
    } else if (path == client + QLatin1String("/33000/1") && r.method == "DELETE") {
        a.body = R"j({"status":"DELETED(202)","success":true})j";
    } else if (path.startsWith(client) && r.method == "GET") {
        a.body = ok(R"j({"id":0,"resources":[]})j"); // identity reads and the rest
    } else {
        a = {404, "unknown", "text/plain"};
    }
    return a;
}

Device device(const QString &name = QStringLiteral("pump-0042"))
{
    Device d;
    d.id = QUuid::fromString(QStringLiteral("{6f1c1d1e-0000-4000-8000-000000000042}"));
    d.name = name;
    d.binding = {Protocol::Lwm2m, Profile, Endpoint};
    d.model = QStringLiteral("LT-500");
    d.health = Health::Online;
    d.lastSeen = QDateTime::currentDateTimeUtc();
    d.site = QStringLiteral("Berlin Adlershof");
    return d;
}

} // namespace

class tst_ResourceBrowserWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStates();
    void treeFillsAndObjectsAreReadOnExpand();
    void readUpdatesTheValue();
    void typedWritesSendTheRightJson_data();
    void typedWritesSendTheRightJson();
    void writeDialogRefusesBadInput();
    void partialUpdateWritesTheInstance();
    void executePostsArguments();
    void errorShowsMessageAndDetails();
    void delayedResponseWaitsForWakeUp();
    void chartObservesAndFollowsNotifications();
    void discoverAndWriteAttributes();
    void deleteConfirmsNamingThePath();
    void screenshot();

private:
    void open();
    const Request *last(const QByteArray &method, const QString &path) const;
    int countOf(const QByteArray &method, const QString &path) const;
    void waitIdle(const QString &path);

    std::unique_ptr<FakeLeshanServer> m_server;
    std::unique_ptr<Lwm2mService> m_service;
    std::unique_ptr<DeviceDetailsWidget> m_details;
    ScriptedMessageBoxes m_boxes;
    ResourceBrowserWidget *m_browser = nullptr;
    ResourceTreeModel *m_model = nullptr;
};

void tst_ResourceBrowserWidget::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ResourceBrowserWidget::init()
{
    ResourceTreeModel::clearObjectSpecCache();
    m_server = std::make_unique<FakeLeshanServer>();
    m_server->setHandler(answer);
    m_service = std::make_unique<Lwm2mService>(nullptr);
    ConnectionProfile profile;
    profile.name = Profile;
    profile.kind = ConnectionProfile::Kind::Lwm2mServer;
    profile.url = QUrl(m_server->url());
    m_service->startConnection(profile);
    m_details = std::make_unique<DeviceDetailsWidget>();
    m_details->resize(920, 640);
    m_browser = m_details->resourceBrowser();
    m_model = m_browser->model();
    m_boxes = ScriptedMessageBoxes();
    m_details->setMessageBoxes(&m_boxes);
}

void tst_ResourceBrowserWidget::cleanup()
{
    m_details.reset();
    m_service.reset();
    m_server.reset();
}

void tst_ResourceBrowserWidget::open()
{
    m_details->setLwm2mService(m_service.get());
    m_details->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_details.get()));
    m_details->showDevice(device());
    m_details->tabWidget()->setCurrentWidget(m_browser);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, 5000);
}

const Request *tst_ResourceBrowserWidget::last(const QByteArray &method, const QString &path) const
{
    const QList<Request> &requests = m_server->requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->method == method && it->path() == path)
            return &*it;
    }
    return nullptr;
}

int tst_ResourceBrowserWidget::countOf(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const Request &r : m_server->requests())
        n += r.method == method && r.path() == path ? 1 : 0;
    return n;
}

void tst_ResourceBrowserWidget::waitIdle(const QString &path)
{
    QTRY_COMPARE_WITH_TIMEOUT(
        m_model->indexForPath(path).data(ResourceTreeModel::StateRole).toInt(),
        int(ResourceTreeModel::RowState::Idle),
        5000);
}

void tst_ResourceBrowserWidget::emptyStates()
{
    m_details->show();
    m_details->showDevice(device());
    m_details->tabWidget()->setCurrentWidget(m_browser);
    QCOMPARE(m_details->tabWidget()->count(), 4); // Overview, Resources, Timeline, Protocol log
    QCOMPARE(m_details->tabWidget()->tabText(0), QStringLiteral("Overview"));
    QCOMPARE(m_details->tabWidget()->tabText(1), QStringLiteral("Resources"));
    auto *empty = m_browser->findChild<QWidget *>(QStringLiteral("resourcesEmptyStateWidget"));
    QVERIFY(empty->isVisible());
    QVERIFY(m_browser->findChild<QLabel *>(QString(), Qt::FindChildrenRecursively));
    bool found = false;
    for (QLabel *label : empty->findChildren<QLabel *>())
        found = found
                || label->text()
                       == QStringLiteral(
                           "Connect to the device's LwM2M server to browse its resources");
    QVERIFY(found);
    QVERIFY(!m_browser->readAction()->isEnabled());
    QCOMPARE(m_server->count("GET", QStringLiteral("/api/objectspecs")), 0);

    // An MQTT device has no resources.
    m_details->setLwm2mService(m_service.get());
    Device mqtt = device(QStringLiteral("meter-7"));
    mqtt.id = QUuid::createUuid();
    mqtt.binding = {Protocol::Mqtt, QStringLiteral("broker"), QStringLiteral("meter-7")};
    m_details->showDevice(mqtt);
    QVERIFY(empty->isVisible());
    QVERIFY(!m_browser->treeView()->isVisible());
}

void tst_ResourceBrowserWidget::treeFillsAndObjectsAreReadOnExpand()
{
    // Nothing is loaded while the Overview tab shows.
    m_details->setLwm2mService(m_service.get());
    m_details->show();
    m_details->showDevice(device());
    QTest::qWait(50);
    QCOMPARE(m_server->count("GET", QStringLiteral("/api/objectspecs")), 0);

    open();
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Device (3)"));
    QCOMPARE(m_model->index(2, 0).data().toString(), QStringLiteral("FleetDesk Config (33000)"));
    QCOMPARE(m_model->rowCount(m_model->indexForPath(QStringLiteral("/33000"))), 2);
    QCOMPARE(m_server->count("GET", QStringLiteral("/api/objectspecs/ep-1")), 1);

    QTreeView *tree = m_browser->treeView();
    tree->expand(m_model->indexForPath(QStringLiteral("/3")));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->indexForPath(QStringLiteral("/3/0/9"), 1).data().toString(),
                              QStringLiteral("87 %"),
                              5000);
    QCOMPARE(countOf("GET", QStringLiteral("/api/clients/ep-1/3")), 1);
    QCOMPARE(m_model->indexForPath(QStringLiteral("/3/0/1"), 1).data().toString(),
             QStringLiteral("LT-500"));
    // Expanding the (already read) instance does not read again.
    tree->expand(m_model->indexForPath(QStringLiteral("/3/0")));
    QTest::qWait(50);
    QCOMPARE(countOf("GET", QStringLiteral("/api/clients/ep-1/3/0")), 0);

    // Another device of the same model: the object models come from the cache.
    Device other = device(QStringLiteral("pump-0043"));
    other.id = QUuid::createUuid();
    m_details->showDevice(other);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, 5000);
    QCOMPARE(m_server->count("GET", QStringLiteral("/api/objectspecs/ep-1")), 1);
    // The same device again (its record changed) keeps the tree.
    const int registrations = countOf("GET", QStringLiteral("/api/clients/ep-1"));
    m_details->showDevice(other);
    QTest::qWait(50);
    QCOMPARE(countOf("GET", QStringLiteral("/api/clients/ep-1")), registrations);
}

void tst_ResourceBrowserWidget::readUpdatesTheValue()
{
    open();
    QSignalSpy finished(m_details.get(), &DeviceDetailsWidget::operationFinished);
    m_browser->setCurrentPath(QStringLiteral("/3/0/9"));
    QVERIFY(m_browser->readAction()->isEnabled());
    QCOMPARE(m_browser->readAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
    m_browser->treeView()->setFocus();
    QTest::keyClick(m_browser->treeView(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->indexForPath(QStringLiteral("/3/0/9"), 1).data().toString(),
                              QStringLiteral("64 %"),
                              5000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toUuid(), device().id);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("read"));
    QCOMPARE(finished.first().at(2).toString(), QStringLiteral("/3/0/9"));
    QVERIFY(finished.first().at(3).toBool());
    QCOMPARE(finished.first().at(4).toString(), QStringLiteral("Read /3/0/9: 64 %"));
}

void tst_ResourceBrowserWidget::typedWritesSendTheRightJson_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected"); // the JSON body

    QTest::newRow("integer")
        << "/33000/0/0"
        << "120" << QByteArray(R"({"id":0,"kind":"singleResource","type":"integer","value":120})");
    QTest::newRow("float")
        << "/33000/0/1"
        << "25.5" << QByteArray(R"({"id":1,"kind":"singleResource","type":"float","value":25.5})");
    QTest::newRow("boolean")
        << "/33000/0/2"
        << "false"
        << QByteArray(R"({"id":2,"kind":"singleResource","type":"boolean","value":false})");
    QTest::newRow("string")
        << "/33000/0/3"
        << "eco" << QByteArray(R"({"id":3,"kind":"singleResource","type":"string","value":"eco"})");
    QTest::newRow("time")
        << "/33000/0/7"
        << "2026-11-26T10:00:37Z"
        << QByteArray(R"({"id":7,"kind":"singleResource","type":"time","value":1795687237000})");
    QTest::newRow("opaque")
        << "/33000/0/8"
        << "0x0A 1b ff"
        << QByteArray(R"({"id":8,"kind":"singleResource","type":"opaque","value":"0a1bff"})");
    QTest::newRow("objlnk")
        << "/33000/0/9"
        << "3:0"
        << QByteArray(
               R"({"id":9,"kind":"singleResource","type":"objlnk","value":{"objectId":3,"objectInstanceId":0}})");
    QTest::newRow("unsigned")
        << "/33000/0/10"
        << "4000000000"
        << QByteArray(
               R"({"id":10,"kind":"singleResource","type":"unsigned_integer","value":4000000000})");
}

void tst_ResourceBrowserWidget::typedWritesSendTheRightJson()
{
    QFETCH(QString, path);
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    open();
    QSignalSpy finished(m_browser, &ResourceBrowserWidget::operationFinished);
    m_browser->setCurrentPath(path);
    QVERIFY(m_browser->writeAction()->isEnabled());
    m_browser->writeAction()->trigger();
    auto *dialog = m_browser->findChild<WriteValueDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    if (auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("booleanComboBox"));
        combo->isVisible()) {
        combo->setCurrentIndex(combo->findData(input == QLatin1String("true")));
    } else if (auto *edit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("valueDateTimeEdit"));
               edit->isVisible()) {
        edit->setDateTime(QDateTime::fromString(input, Qt::ISODate).toLocalTime());
    } else if (auto *objectId = dialog->findChild<QSpinBox *>(QStringLiteral("objectIdSpinBox"));
               objectId->isVisible()) {
        objectId->setValue(input.section(QLatin1Char(':'), 0, 0).toInt());
        dialog->findChild<QSpinBox *>(QStringLiteral("instanceIdSpinBox"))
            ->setValue(input.section(QLatin1Char(':'), 1, 1).toInt());
    } else {
        auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("valueLineEdit"));
        QVERIFY(line->isVisible());
        line->clear();
        QTest::keyClicks(line, input);
    }
    QPushButton *okButton = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(okButton->isEnabled(), qPrintable(dialog->errorText()));
    QPointer<WriteValueDialog> guard(dialog);
    okButton->click();
    QTRY_VERIFY(!guard);
    QTRY_VERIFY_WITH_TIMEOUT(last("PUT", QStringLiteral("/api/clients/ep-1") + path), 5000);
    const Request *put = last("PUT", QStringLiteral("/api/clients/ep-1") + path);
    QCOMPARE(QJsonDocument::fromJson(put->body).object(),
             QJsonDocument::fromJson(expected).object());
    QVERIFY(put->query().isEmpty()); // Replace
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("write"));
    QVERIFY(finished.first().at(3).toBool());
    // The tree shows what was written.
    waitIdle(path);
    QVERIFY(m_model->indexForPath(path).data(ResourceTreeModel::ReadRole).toBool());
}

void tst_ResourceBrowserWidget::writeDialogRefusesBadInput()
{
    WriteValueDialog::Target target;
    target.path = QStringLiteral("/33000/0/0");
    target.type = Lwm2mNode::Type::Integer;
    target.range = QStringLiteral("10..86400");
    target.units = QStringLiteral("s");
    target.value = qint64(300);
    WriteValueDialog dialog(target);
    auto *line = dialog.findChild<QLineEdit *>(QStringLiteral("valueLineEdit"));
    QCOMPARE(line->text(), QStringLiteral("300"));
    QPushButton *okButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(okButton->isEnabled());
    line->setText(QStringLiteral("5"));
    QVERIFY(!okButton->isEnabled());
    QCOMPARE(dialog.errorText(), QStringLiteral("The value must be from 10 to 86,400."));
    line->setText(QStringLiteral("abc"));
    QVERIFY(!okButton->isEnabled());
    QVERIFY(!dialog.value().isValid());

    target.type = Lwm2mNode::Type::Opaque;
    target.value = QVariant();
    WriteValueDialog opaque(target);
    auto *hex = opaque.findChild<QLineEdit *>(QStringLiteral("valueLineEdit"));
    hex->setText(QStringLiteral("abc"));
    QVERIFY(!opaque.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!opaque.errorText().isEmpty());
    hex->setText(QStringLiteral("zz"));
    QVERIFY(!opaque.errorText().isEmpty());
    hex->setText(QStringLiteral("DEADbeef"));
    QVERIFY(opaque.errorText().isEmpty());
    QCOMPARE(opaque.value().toByteArray(), QByteArray::fromHex("deadbeef"));

    // No type in the model: the user picks one.
    target.type = Lwm2mNode::Type::Unknown;
    target.range.clear();
    WriteValueDialog untyped(target);
    auto *typeCombo = untyped.findChild<QComboBox *>(QStringLiteral("typeComboBox"));
    QVERIFY(!typeCombo->isHidden());
    typeCombo->setCurrentIndex(typeCombo->findData(int(Lwm2mNode::Type::Float)));
    untyped.findChild<QLineEdit *>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("1.5"));
    QCOMPARE(untyped.resourceNode().type, Lwm2mNode::Type::Float);
    QCOMPARE(untyped.value().toDouble(), 1.5);

    WriteAttributesDialog attributes(QStringLiteral("/3/0/9"));
    QPushButton *attributesOk
        = attributes.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!attributesOk->isEnabled()); // nothing filled in
    attributes.findChild<QLineEdit *>(QStringLiteral("pminLineEdit"))
        ->setText(QStringLiteral("60"));
    attributes.findChild<QLineEdit *>(QStringLiteral("pmaxLineEdit"))
        ->setText(QStringLiteral("30"));
    QVERIFY(!attributesOk->isEnabled());
    QCOMPARE(attributes.errorText(), QStringLiteral("pmin must not be greater than pmax."));
}

void tst_ResourceBrowserWidget::partialUpdateWritesTheInstance()
{
    open();
    m_browser->setCurrentPath(QStringLiteral("/33000/1/0"));
    m_browser->writeAction()->trigger();
    auto *dialog = m_browser->findChild<WriteValueDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("90"));
    dialog->findChild<QRadioButton *>(QStringLiteral("partialRadioButton"))->setChecked(true);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(last("PUT", QStringLiteral("/api/clients/ep-1/33000/1")), 5000);
    const Request *put = last("PUT", QStringLiteral("/api/clients/ep-1/33000/1"));
    QCOMPARE(put->query(), QStringLiteral("replace=false"));
    const QJsonObject body = QJsonDocument::fromJson(put->body).object();
    QCOMPARE(body.value(QLatin1String("kind")).toString(), QStringLiteral("instance"));
    QCOMPARE(body.value(QLatin1String("resources"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("value")),
             QJsonValue(90));
    waitIdle(QStringLiteral("/33000/1/0"));
    QCOMPARE(m_model->indexForPath(QStringLiteral("/33000/1/0"), 1).data().toString(),
             QStringLiteral("90 s"));
}

void tst_ResourceBrowserWidget::executePostsArguments()
{
    open();
    QSignalSpy finished(m_details.get(), &DeviceDetailsWidget::operationFinished);
    m_browser->setCurrentPath(QStringLiteral("/3/0/4"));
    QCOMPARE(m_model->indexForPath(QStringLiteral("/3/0/4")).data().toString(),
             QStringLiteral("Reboot (4)"));
    QVERIFY(m_browser->executeAction()->isEnabled());
    QVERIFY(!m_browser->writeAction()->isEnabled());
    QVERIFY(!m_browser->readAction()->isEnabled());
    m_browser->executeAction()->trigger();
    auto *dialog = m_browser->findChild<QInputDialog *>(QStringLiteral("executeArgumentsDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("0='now',1"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(last("POST", QStringLiteral("/api/clients/ep-1/3/0/4")), 5000);
    QCOMPARE(last("POST", QStringLiteral("/api/clients/ep-1/3/0/4"))->body,
             QByteArray("0='now',1"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("execute"));
    QCOMPARE(m_browser->messageText(), QStringLiteral("Executed /3/0/4 with 0='now',1"));
}

void tst_ResourceBrowserWidget::errorShowsMessageAndDetails()
{
    open();
    QSignalSpy finished(m_details.get(), &DeviceDetailsWidget::operationFinished);
    m_browser->setCurrentPath(QStringLiteral("/3/0/14"));
    m_browser->readAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(!finished.first().at(3).toBool());
    const QString message = finished.first().at(4).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(QLatin1String("{")), qPrintable(message)); // words, not JSON
    QCOMPARE(m_browser->messageText(), message);
    const QString details = m_browser->messageDetails();
    QVERIFY2(details.contains(QLatin1String("METHOD_NOT_ALLOWED(405)")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("HTTP status: 200")));
    QVERIFY(details.contains(QLatin1String("\"errormessage\": \"read not allowed\"")));
    const QModelIndex value = m_model->indexForPath(QStringLiteral("/3/0/14"), 1);
    QCOMPARE(value.data(ResourceTreeModel::StateRole).toInt(),
             int(ResourceTreeModel::RowState::Failed));
    QCOMPARE(value.data(Qt::ToolTipRole).toString(), message);

    // Details are one click away; Copy puts message + details on the clipboard.
    auto *detailsPanel = m_browser->findChild<QWidget *>(QStringLiteral("messageDetailsWidget"));
    QVERIFY(!detailsPanel->isVisible());
    m_browser->findChild<QPushButton *>(QStringLiteral("bannerActionPushButton"))->click();
    QVERIFY(detailsPanel->isVisible());
    m_browser->findChild<QPushButton *>(QStringLiteral("copyDetailsPushButton"))->click();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(message));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("METHOD_NOT_ALLOWED")));
    m_browser->findChild<QPushButton *>(QStringLiteral("dismissMessagePushButton"))->click();
    QCOMPARE(m_browser->messageText(), QString());
}

void tst_ResourceBrowserWidget::delayedResponseWaitsForWakeUp()
{
    open();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openEventStreams(), 1, 5000);
    m_browser->setCurrentPath(QStringLiteral("/3303/0/5700"));
    m_browser->readAction()->trigger();
    const QModelIndex value = m_model->indexForPath(QStringLiteral("/3303/0/5700"), 1);
    QCOMPARE(value.data().toString(), QStringLiteral("reading…"));
    QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), QStringLiteral("waiting for wake-up"), 5000);
    QCOMPARE(value.data(ResourceTreeModel::StateRole).toInt(),
             int(ResourceTreeModel::RowState::WaitingForWakeUp));
    QVERIFY(!m_browser->readAction()->isEnabled()); // no second read while one waits
    m_server->sendEvent("REQUEST_RESPONSE",
                        R"j({"ep":"ep-1","path":"/3303/0/5700","requestId":"q-1","delayed":true,
                            "response":{"status":"CONTENT(205)","success":true,
                            "content":{"kind":"singleResource","id":5700,"type":"FLOAT","value":"21.5"}}})j");
    QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), QStringLiteral("21.5 °C"), 5000);
}

void tst_ResourceBrowserWidget::chartObservesAndFollowsNotifications()
{
    open();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openEventStreams(), 1, 5000);
    QSignalSpy chart(m_details.get(), &DeviceDetailsWidget::chartRequested);
    m_browser->setCurrentPath(QStringLiteral("/3303/0/5701"));
    QVERIFY(!m_browser->chartAction()->isEnabled()); // a string
    m_browser->setCurrentPath(QStringLiteral("/3303/0/5700"));
    QVERIFY(m_browser->chartAction()->isEnabled());
    m_browser->chartAction()->trigger();
    QCOMPARE(chart.size(), 1);
    const QList<QVariant> args = chart.first();
    QCOMPARE(args.at(0).toUuid(), device().id);
    QCOMPARE(args.at(1).toString(), QStringLiteral("pump-0042"));
    QCOMPARE(args.at(2).toString(), Profile);
    QCOMPARE(args.at(3).toString(), Endpoint);
    QCOMPARE(args.at(4).toString(), QStringLiteral("/3303/0/5700"));
    QCOMPARE(args.at(5).toString(), QStringLiteral("°C"));
    QTRY_VERIFY_WITH_TIMEOUT(last("POST", QStringLiteral("/api/clients/ep-1/3303/0/5700/observe")),
                             5000);
    const QModelIndex value = m_model->indexForPath(QStringLiteral("/3303/0/5700"), 1);
    QTRY_VERIFY_WITH_TIMEOUT(value.data(ResourceTreeModel::ObservedRole).toBool(), 5000);
    QCOMPARE(value.data().toString(), QStringLiteral("20.5 °C"));
    QVERIFY(m_browser->observeAction()->isChecked());

    m_server->sendEvent("NOTIFICATION",
                        R"j({"ep":"ep-1","res":"/3303/0/5700","val":{"id":5700,"value":22.25}})j");
    QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), QStringLiteral("22.25 °C"), 5000);

    // Observe toggles off.
    m_browser->observeAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!value.data(ResourceTreeModel::ObservedRole).toBool(), 5000);
    QVERIFY(last("DELETE", QStringLiteral("/api/clients/ep-1/3303/0/5700/observe")));
}

void tst_ResourceBrowserWidget::discoverAndWriteAttributes()
{
    open();
    m_browser->setCurrentPath(QStringLiteral("/3/0/9"));
    m_browser->discoverAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->messageText().contains(QLatin1String("</3/0/9>;pmin=10")),
                             5000);
    QVERIFY(m_browser->messageText().contains(QLatin1String("</3/0/13>")));

    m_browser->writeAttributesAction()->trigger();
    auto *dialog = m_browser->findChild<WriteAttributesDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("pminLineEdit"))->setText(QStringLiteral("10"));
    dialog->findChild<QLineEdit *>(QStringLiteral("gtLineEdit"))->setText(QStringLiteral("80.5"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(last("PUT", QStringLiteral("/api/clients/ep-1/3/0/9/attributes")),
                             5000);
    // Empty fields are left out.
    QCOMPARE(last("PUT", QStringLiteral("/api/clients/ep-1/3/0/9/attributes"))->query(),
             QStringLiteral("pmin=10&gt=80.5"));
}

void tst_ResourceBrowserWidget::deleteConfirmsNamingThePath()
{
    open();
    m_browser->setCurrentPath(QStringLiteral("/33000/1"));
    QVERIFY(m_browser->deleteInstanceAction()->isEnabled());
    QVERIFY(m_browser->createInstanceAction()->isEnabled());
    m_boxes.confirmAnswer = false;
    m_browser->treeView()->setFocus();
    QTest::keyClick(m_browser->treeView(), Qt::Key_Delete);
    QCOMPARE(m_boxes.confirmations, QStringList{QStringLiteral("Delete instance /33000/1?")});
    QTest::qWait(50);
    QVERIFY(!last("DELETE", QStringLiteral("/api/clients/ep-1/33000/1")));

    m_boxes.confirmAnswer = true;
    m_browser->deleteInstanceAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->indexForPath(QStringLiteral("/33000/1")).isValid(), 5000);
    QVERIFY(last("DELETE", QStringLiteral("/api/clients/ep-1/33000/1")));
    QCOMPARE(m_browser->messageText(), QStringLiteral("Deleted instance /33000/1"));
}

void tst_ResourceBrowserWidget::screenshot()
{
    // The details pane as the main window shows it at 1366×768 (the tree takes the left half),
    // in English and, when the build has it, in Japanese (the longer of the two).
    const QString dir = qEnvironmentVariable("FLEETDESK_SCREENSHOT_DIR");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QTranslator translator;
        if (language != QLatin1String("en")) {
            if (!translator.load(QStringLiteral(FLEETDESK_QM_DIR "/fleetdesk_%1.qm").arg(language)))
                continue;
            QCoreApplication::installTranslator(&translator);
            cleanup();
            init();
        }
        open();
        m_details->resize(580, 500);
        QTreeView *tree = m_browser->treeView();
        tree->expand(m_model->indexForPath(QStringLiteral("/3")));
        tree->expand(m_model->indexForPath(QStringLiteral("/33000")));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->indexForPath(QStringLiteral("/33000/0/4"))
                                     .data(ResourceTreeModel::ReadRole)
                                     .toBool(),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->indexForPath(QStringLiteral("/3/0/9"))
                                     .data(ResourceTreeModel::ReadRole)
                                     .toBool(),
                                 5000);
        tree->expand(m_model->indexForPath(QStringLiteral("/3/0")));
        tree->expand(m_model->indexForPath(QStringLiteral("/33000/0")));
        m_browser->setCurrentPath(QStringLiteral("/3/0/14"));
        m_browser->readAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser->messageText().isEmpty(), 5000);
        m_browser->setCurrentPath(QStringLiteral("/3/0/9"));
        tree->scrollToTop();
        QTest::qWait(50);
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(m_details->grab().save(
                QDir(dir).filePath(QStringLiteral("resources-tab-%1.png").arg(language))));
        }
        QCoreApplication::removeTranslator(&translator);
    }
    if (dir.isEmpty())
        QSKIP("FLEETDESK_SCREENSHOT_DIR is not set");
}

QTEST_MAIN(tst_ResourceBrowserWidget)
#include "tst_ResourceBrowserWidget.moc"
