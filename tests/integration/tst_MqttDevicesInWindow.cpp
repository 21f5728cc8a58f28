// The window against the real sandbox mosquitto: a device of the MQTT device-management convention
// (docs/mqtt-dm-convention.md) appears in the fleet tree next to LwM2M devices, and the Devices
// menu's Reboot reaches it (confirmation, per-device result, the command with correlation data).
// The device is a second real MQTT connection in this test that answers like the convention says.
#include "FleetTreeModel.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressDialog.h"
#include "common/EventLog.h"
#include "common/Settings.h"
#include "mqtt/MosquittoConnection.h"
#include "profiles/ProfileStore.h"
#include "shell/MqttConnector.h"
#include "store/FleetStore.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class tst_MqttDevicesInWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QJsonObject m_mqtt;

private slots:
    void initTestCase()
    {
        QFile description(qEnvironmentVariable("FLEETDESK_SANDBOX_JSON"));
        QVERIFY2(description.open(QIODevice::ReadOnly),
                 "FLEETDESK_SANDBOX_JSON must name sandbox.json");
        m_mqtt = QJsonDocument::fromJson(description.readAll())
                     .object()
                     .value(QStringLiteral("mqtt"))
                     .toObject();
        QVERIFY(!m_mqtt.isEmpty());
    }

    void mqttDeviceJoinsTheFleetAndRebootsFromTheWindow()
    {
        const QJsonObject admin = m_mqtt.value(QStringLiteral("admin")).toObject();
        QFile passwordFile(admin.value(QStringLiteral("password_file")).toString());
        QVERIFY(passwordFile.open(QIODevice::ReadOnly));
        const QByteArray password = passwordFile.readAll().trimmed();

        ConnectionProfile profile;
        profile.name = QStringLiteral("mqtt-window");
        profile.kind = ConnectionProfile::Kind::MqttBroker;
        profile.url = QUrl(m_mqtt.value(QStringLiteral("plain")).toString());
        profile.auth = ConnectionProfile::Auth::Password;
        profile.username = admin.value(QStringLiteral("username")).toString();
        profile.mqttVersion = QStringLiteral("5");
        ProfileStore profiles(m_tmp.filePath(QStringLiteral("profiles.json")));
        QString error;
        QVERIFY2(profiles.put(profile, &error), qPrintable(error));
        QVERIFY2(profiles.save(&error), qPrintable(error));
        InMemorySecretStore secrets;
        secrets.secrets.insert(profile.secretKey(), password);

        // The device: retained birth and identity, then it answers commands on its cmd topics.
        const QString id
            = QStringLiteral("gui-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        MqttConnectionSettings deviceSettings
            = MqttConnectionSettings::fromProfile(profile, password);
        deviceSettings.clientId = id;
        deviceSettings.will = {QStringLiteral("fd/v1/%1/status").arg(id),
                               R"({"state":"offline","reason":"lost"})",
                               1,
                               true};
        MosquittoConnection device(deviceSettings);
        QVector<MqttMessage> commands;
        auto publish
            = [&device, &id](const QString &suffix, const QByteArray &payload, bool retain) {
                  MqttMessage m;
                  m.topic = QStringLiteral("fd/v1/%1/%2").arg(id, suffix);
                  m.payload = payload;
                  m.qos = 1;
                  m.retain = retain;
                  device.publish(m);
              };
        connect(&device,
                &MqttConnection::messagesReceived,
                this,
                [&](const QVector<MqttMessage> &batch) {
                    for (const MqttMessage &m : batch) {
                        commands.append(m);
                        const QJsonObject command = QJsonDocument::fromJson(m.payload).object();
                        MqttMessage answer;
                        answer.topic = m.properties.responseTopic;
                        answer.qos = 1;
                        answer.properties.correlationData = m.properties.correlationData;
                        answer.payload
                            = QJsonDocument(
                                  QJsonObject{
                                      {QStringLiteral("id"), command.value(QStringLiteral("id"))},
                                      {QStringLiteral("status"), QStringLiteral("ok")}})
                                  .toJson(QJsonDocument::Compact);
                        device.publish(answer);
                    }
                });
        QSignalSpy deviceSubscribed(&device, &MqttConnection::subscribed);
        device.subscribe(QStringLiteral("fd/v1/%1/cmd/#").arg(id), 1);
        device.connectToBroker();
        QVERIFY(deviceSubscribed.wait(20000));
        publish(QStringLiteral("status"),
                QStringLiteral(R"({"state":"online","ts":%1,"session":1})")
                    .arg(QDateTime::currentMSecsSinceEpoch())
                    .toUtf8(),
                true);
        publish(
            QStringLiteral("identity"),
            R"({"model":"GUI-1","serial":"SN-GUI","firmware_version":"2.0.0","site":"MQTT site","group":"window"})",
            true);

        // The window, wired like main() does.
        FleetStore store;
        EventLog eventLog;
        Settings settings(m_tmp.filePath(QStringLiteral("settings.ini")));
        MqttConnector connector(&store, &secrets, &eventLog);
        QSignalSpy added(&connector, &MqttConnector::connectionAdded);
        MainWindow::Dependencies deps;
        deps.fleetStore = &store;
        deps.eventLog = &eventLog;
        deps.settings = &settings;
        deps.secretStore = &secrets;
        deps.fleetDbPath = m_tmp.filePath(QStringLiteral("fleet.db"));
        deps.profilesPath = profiles.path();
        deps.bulkActionFactory = [&connector](const QString &operation) {
            return connector.bulkAction(operation, {});
        };
        MainWindow window(deps);
        connect(&window, &MainWindow::profilesLoaded, &connector, [&connector, &window] {
            connector.apply(*window.profiles());
        });
        window.show();

        // The connection is shared with other views.
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        QCOMPARE(added.first().at(0).toString(), profile.name);
        QCOMPARE(added.first().at(1).value<MqttConnection *>(), connector.connection(profile.name));

        // The device arrives in the fleet with its identity, online.
        Device seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Device &d : window.fleetModel()->devices()) {
                    if (d.binding.protocol == Protocol::Mqtt && d.binding.key == id
                        && d.health == Health::Online && !d.model.isEmpty())
                        seen = d;
                }
                return !seen.id.isNull();
            }(),
            30000);
        QCOMPARE(seen.binding.profile, profile.name);
        QCOMPARE(seen.model, QStringLiteral("GUI-1"));
        QCOMPARE(seen.serial, QStringLiteral("SN-GUI"));
        QCOMPARE(seen.firmwareVersion, QStringLiteral("2.0.0"));
        QCOMPARE(seen.site, QStringLiteral("MQTT site"));

        // Devices ▸ Reboot on it.
        QCOMPARE(window.selectDevices({seen.id}), 1);
        auto *reboot = window.findChild<QAction *>(QStringLiteral("rebootAction"));
        QVERIFY(reboot);
        QTRY_VERIFY(reboot->isEnabled());
        reboot->trigger();
        BulkConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = window.findChild<BulkConfirmDialog *>()) != nullptr);
        QCOMPARE(confirm->count(), 1);
        confirm->confirmButton()->click();
        BulkProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = window.findChild<BulkProgressDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(progress->run()->isFinished(), 40000);
        const BulkRun::Result result = progress->run()->results().first();
        QVERIFY2(result.outcome == BulkRun::Outcome::Succeeded, qPrintable(result.reason));
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.first().topic, QStringLiteral("fd/v1/%1/cmd/reboot").arg(id));
        QCOMPARE(commands.first().properties.responseTopic, QStringLiteral("fd/v1/%1/rsp").arg(id));
        QVERIFY(!commands.first().properties.correlationData.isEmpty());

        // Leave nothing retained on the shared broker.
        publish(QStringLiteral("status"), {}, true);
        publish(QStringLiteral("identity"), {}, true);
        QSignalSpy published(&device, &MqttConnection::published);
        QTRY_VERIFY_WITH_TIMEOUT(published.size() >= 2, 10000);
        connector.stopAll();
    }
};

QTEST_MAIN(tst_MqttDevicesInWindow)
#include "tst_MqttDevicesInWindow.moc"
