// The campaign engine's protocol drivers against the real sandbox (Leshan 2.0.0-M4, mosquitto, the
// firmware server and the simulator with 2 LwM2M and 2 MQTT devices of the ctest scenario, time
// scale 5), made by CampaignDrivers from connection profiles: status() agrees with the simulator's
// control channel; a full firmware update per protocol (LwM2M: write the URI, Downloaded, Execute,
// back with a new registration on the target version and result 1; MQTT: firmware-update, back
// with a new session on the target version and result 1) and the simulator counts one install;
// the `busy` fault gives Answer.busy; a server on a closed port is unreachable, in words. Runs its
// own sandbox: it updates devices and injects faults.
#include "campaign/CampaignDrivers.h"
#include "campaign/Lwm2mCampaignDriver.h"
#include "campaign/MqttCampaignDriver.h"
#include "profiles/ProfileStore.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

namespace {
const QString LeshanProfile = QStringLiteral("leshan");
const QString BrokerProfile = QStringLiteral("broker");
const QString DeadLeshanProfile = QStringLiteral("leshan-closed-port");
const QString DeadBrokerProfile = QStringLiteral("broker-closed-port");
const QString Target = QStringLiteral("1.2.0");
const QString Model = QStringLiteral("LT-500");
constexpr int AnswerMs = 30000;
constexpr int DownloadMs = 60000;
constexpr int RebootMs = 90000;

Device makeDevice(Protocol protocol, const QString &profile, const QString &key)
{
    Device d;
    d.id = QUuid::createUuid();
    d.name = key;
    d.model = Model;
    d.binding = {protocol, profile, key};
    return d;
}

QString describe(const CampaignDeviceStatus &s)
{
    return QStringLiteral("reachable=%1 online=%2 version=%3 state=%4 result=%5 session=%6 "
                          "battery=%7 signal=%8 busy=%9 error=%10")
        .arg(s.reachable)
        .arg(s.online)
        .arg(s.version)
        .arg(s.updateState)
        .arg(s.updateResult)
        .arg(s.session)
        .arg(s.batteryPercent ? QString::number(*s.batteryPercent) : QStringLiteral("-"))
        .arg(s.signalDbm ? QString::number(*s.signalDbm) : QStringLiteral("-"))
        .arg(s.busy)
        .arg(s.error);
}
} // namespace

class tst_CampaignDriversAgainstSim : public QObject
{
    Q_OBJECT

private:
    QString m_sandboxDir;
    QJsonObject m_sandbox;
    QUrl m_control;
    QTemporaryDir m_tmp;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CampaignDrivers> m_drivers;
    QNetworkAccessManager m_network;
    CampaignDriver::Package m_package;
    Device m_lwm2m1, m_lwm2m2, m_mqtt1, m_mqtt2, m_unknownEndpoint, m_deadLwm2m, m_deadMqtt;

    static int run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(program, args);
        if (!p.waitForFinished(300000))
            return -1;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    static int sandbox(const QStringList &args)
    {
        return run(QStringLiteral(FLEETDESK_SANDBOX), args);
    }

    // One request to the simulator's control channel; the answer's JSON object (empty on failure).
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QUrl url = m_control;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(AnswerMs);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request,
            method,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, AnswerMs + 1000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // What a callback saw: how often it ran, whether inside the call or on another thread. Shared,
    // so a callback that comes after the wait gave up writes nowhere dangerous.
    template<typename T>
    struct Outcome
    {
        std::optional<T> value;
        int calls = 0;
        bool returned = false;
        bool misplaced = false; // inside the call, or on another thread
    };

    template<typename T, typename Call>
    std::optional<T> await(Call call, int waitMs)
    {
        auto outcome = std::make_shared<Outcome<T>>();
        QThread *expected = thread();
        call([outcome, expected](const T &value) {
            ++outcome->calls;
            outcome->misplaced
                = outcome->misplaced || !outcome->returned || QThread::currentThread() != expected;
            outcome->value = value;
        });
        outcome->returned = true;
        (void)QTest::qWaitFor([outcome] { return outcome->value.has_value(); }, waitMs);
        QTest::qWait(0); // a second call of the callback would come now
        if (outcome->misplaced || outcome->calls > 1)
            return std::nullopt;
        return outcome->value;
    }

    // status() through the driver: the callback comes later, once, on this thread.
    std::optional<CampaignDeviceStatus> statusOf(const Device &device, int waitMs = AnswerMs)
    {
        CampaignDriver *driver = m_drivers->driverFor(device);
        if (!driver)
            return std::nullopt;
        return await<CampaignDeviceStatus>(
            [&](CampaignDriver::StatusDone done) { driver->status(device, std::move(done)); },
            waitMs);
    }

    template<typename Call>
    std::optional<CampaignDriver::Answer> answerOf(Call call)
    {
        return await<CampaignDriver::Answer>(call, AnswerMs + 5000);
    }

    // Polls status() until it satisfies done or the deadline passes; the last status seen.
    template<typename Predicate>
    CampaignDeviceStatus pollUntil(const Device &device, int deadlineMs, Predicate done)
    {
        QDeadlineTimer deadline(deadlineMs);
        CampaignDeviceStatus last;
        while (!deadline.hasExpired()) {
            if (const auto s = statusOf(device))
                last = *s;
            if (done(last))
                return last;
            QTest::qWait(200); // the poll interval (an engine would poll on a timer too)
        }
        return last;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_sandboxDir = qEnvironmentVariable("FLEETDESK_SANDBOX_CAMPAIGN_DRIVERS_DIR");
        QVERIFY2(!m_sandboxDir.isEmpty(),
                 "FLEETDESK_SANDBOX_CAMPAIGN_DRIVERS_DIR must name a directory");
        sandbox({QStringLiteral("down"), QStringLiteral("--dir"), m_sandboxDir});
        QDir(m_sandboxDir).removeRecursively();
        QCOMPARE(sandbox({QStringLiteral("up"),
                          QStringLiteral("--dir"),
                          m_sandboxDir,
                          QStringLiteral("--scenario"),
                          QStringLiteral(FLEETDESK_SOURCE_DIR "/tests/sim/scenarios/ctest.json"),
                          QStringLiteral("--lwm2m-devices"),
                          QStringLiteral("2"),
                          QStringLiteral("--mqtt-devices"),
                          QStringLiteral("2")}),
                 0);
        QCOMPARE(run(QStringLiteral(FLEETDESK_SOURCE_DIR "/tests/sim/make-demo-images"),
                     {QStringLiteral("--dir"), m_sandboxDir}),
                 0);
        QFile description(QDir(m_sandboxDir).filePath(QStringLiteral("sandbox.json")));
        QVERIFY(description.open(QIODevice::ReadOnly));
        m_sandbox = QJsonDocument::fromJson(description.readAll()).object();
        const QJsonObject sim = m_sandbox.value(QStringLiteral("sim")).toObject();
        const QJsonObject mqtt = m_sandbox.value(QStringLiteral("mqtt")).toObject();
        const QJsonObject firmware = m_sandbox.value(QStringLiteral("firmware")).toObject();
        m_control = QUrl(sim.value(QStringLiteral("control")).toString());
        QVERIFY(m_control.isValid());

        // The image for the devices' model from the demo images' index.
        QFile index(QDir(firmware.value(QStringLiteral("dir")).toString())
                        .filePath(QStringLiteral("index.json")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        for (const QJsonValue &v : QJsonDocument::fromJson(index.readAll()).array()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("model")).toString() == Model
                && e.value(QStringLiteral("version")).toString() == Target
                && e.value(QStringLiteral("signed")).toBool()
                && e.value(QStringLiteral("spoiled")).isNull()) {
                QFile image(QDir(firmware.value(QStringLiteral("dir")).toString())
                                .filePath(e.value(QStringLiteral("file")).toString()));
                QVERIFY(image.open(QIODevice::ReadOnly));
                const QByteArray bytes = image.readAll();
                m_package.url = e.value(QStringLiteral("https")).toString();
                m_package.version = Target;
                m_package.size = bytes.size();
                m_package.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            }
        }
        QVERIFY2(!m_package.url.isEmpty(), "index.json has no signed LT-500 1.2.0 image");

        // Profiles: the sandbox's Leshan and mosquitto, and both again on a port nobody listens on.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const QJsonObject admin = mqtt.value(QStringLiteral("admin")).toObject();
        QFile passwordFile(admin.value(QStringLiteral("password_file")).toString());
        QVERIFY(passwordFile.open(QIODevice::ReadOnly));
        const QByteArray password = passwordFile.readAll().trimmed();

        m_profiles
            = std::make_unique<ProfileStore>(m_tmp.filePath(QStringLiteral("profiles.json")));
        ConnectionProfile leshan;
        leshan.name = LeshanProfile;
        leshan.kind = ConnectionProfile::Kind::Lwm2mServer;
        leshan.url = QUrl(m_sandbox.value(QStringLiteral("leshan"))
                              .toObject()
                              .value(QStringLiteral("rest"))
                              .toString());
        ConnectionProfile deadLeshan = leshan;
        deadLeshan.name = DeadLeshanProfile;
        deadLeshan.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        ConnectionProfile broker;
        broker.name = BrokerProfile;
        broker.kind = ConnectionProfile::Kind::MqttBroker;
        broker.url = QUrl(mqtt.value(QStringLiteral("plain")).toString());
        broker.auth = ConnectionProfile::Auth::Password;
        broker.username = admin.value(QStringLiteral("username")).toString();
        broker.mqttVersion = QStringLiteral("5");
        ConnectionProfile deadBroker = broker;
        deadBroker.name = DeadBrokerProfile;
        deadBroker.url = QUrl(QStringLiteral("mqtt://127.0.0.1:%1").arg(closedPort));
        QString error;
        for (const ConnectionProfile &p : {leshan, deadLeshan, broker, deadBroker})
            QVERIFY2(m_profiles->put(p, &error), qPrintable(error));

        const QString lwm2mPrefix = sim.value(QStringLiteral("lwm2m_endpoint_prefix")).toString();
        const QString mqttPrefix = sim.value(QStringLiteral("mqtt_device_prefix")).toString();
        m_lwm2m1 = makeDevice(Protocol::Lwm2m, LeshanProfile, lwm2mPrefix + QLatin1String("0001"));
        m_lwm2m2 = makeDevice(Protocol::Lwm2m, LeshanProfile, lwm2mPrefix + QLatin1String("0002"));
        m_mqtt1 = makeDevice(Protocol::Mqtt, BrokerProfile, mqttPrefix + QLatin1String("0001"));
        m_mqtt2 = makeDevice(Protocol::Mqtt, BrokerProfile, mqttPrefix + QLatin1String("0002"));
        m_unknownEndpoint
            = makeDevice(Protocol::Lwm2m, LeshanProfile, QStringLiteral("no-such-ep"));
        m_deadLwm2m = makeDevice(Protocol::Lwm2m, DeadLeshanProfile, m_lwm2m1.binding.key);
        m_deadMqtt = makeDevice(Protocol::Mqtt, DeadBrokerProfile, m_mqtt1.binding.key);

        auto secretsAsked = std::make_shared<QStringList>();
        m_drivers = std::make_unique<CampaignDrivers>(
            [secretsAsked, broker, password](const QString &key, QByteArray *secret, QString *) {
                secretsAsked->append(key);
                if (key == broker.secretKey())
                    *secret = password;
                return true;
            });
        QVERIFY2(
            m_drivers->prepare(
                *m_profiles,
                {m_lwm2m1, m_lwm2m2, m_mqtt1, m_mqtt2, m_unknownEndpoint, m_deadLwm2m, m_deadMqtt},
                &error),
            qPrintable(error));
        QVERIFY(secretsAsked->contains(broker.secretKey()));
        // One driver per profile, of the device's protocol.
        QVERIFY(m_drivers->driverFor(m_lwm2m1));
        QCOMPARE(m_drivers->driverFor(m_lwm2m1), m_drivers->driverFor(m_lwm2m2));
        QVERIFY(!m_drivers->driverFor(m_lwm2m1)->installsByItself());
        QVERIFY(m_drivers->driverFor(m_mqtt1));
        QCOMPARE(m_drivers->driverFor(m_mqtt1), m_drivers->driverFor(m_mqtt2));
        QVERIFY(m_drivers->driverFor(m_mqtt1)->installsByItself());
        QVERIFY(m_drivers->driverFor(m_deadLwm2m) != m_drivers->driverFor(m_lwm2m1));
        QVERIFY(
            !m_drivers->driverFor(makeDevice(Protocol::Mqtt, LeshanProfile, m_lwm2m1.binding.key)));
        QVERIFY(!m_drivers->driverFor(makeDevice(Protocol::Lwm2m, QStringLiteral("nope"), {})));
    }

    void cleanupTestCase()
    {
        m_drivers.reset();
        if (!m_sandboxDir.isEmpty())
            sandbox({QStringLiteral("down"), QStringLiteral("--dir"), m_sandboxDir});
    }

    void statusAgreesWithTheControlChannel_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("lwm2m") << 0;
        QTest::newRow("mqtt") << 1;
    }

    void statusAgreesWithTheControlChannel()
    {
        QFETCH(int, which);
        const Device device = which == 0 ? m_lwm2m1 : m_mqtt1;
        const QString path = QStringLiteral("/devices/") + device.binding.key;
        // Pin the battery to a value the device would not drift to by chance in this test.
        const int battery = which == 0 ? 63 : 57;
        const QJsonObject pinned = control("PUT", path, {{QStringLiteral("battery"), battery}});
        QCOMPARE(pinned.value(QStringLiteral("battery")).toInt(), battery);
        const QJsonObject sim = control("GET", path);
        QVERIFY(!sim.isEmpty());
        QVERIFY(sim.value(QStringLiteral("online")).toBool());

        // MQTT: the attributes with the new battery follow within seconds.
        const CampaignDeviceStatus s = pollUntil(device, 20000, [&](const CampaignDeviceStatus &s) {
            return s.batteryPercent == battery;
        });
        QVERIFY2(s.reachable && s.online, qPrintable(describe(s)));
        QVERIFY2(s.error.isEmpty(), qPrintable(describe(s)));
        QCOMPARE(s.version, sim.value(QStringLiteral("firmware")).toString());
        QCOMPARE(s.batteryPercent, std::optional<int>(battery));
        QVERIFY2(s.signalDbm.has_value() && *s.signalDbm < 0 && *s.signalDbm > -150,
                 qPrintable(describe(s)));
        QVERIFY2(!s.session.isEmpty(), qPrintable(describe(s)));
        const QJsonObject fw = sim.value(QStringLiteral("firmware_update")).toObject();
        QCOMPARE(s.updateState, fw.value(QStringLiteral("state")).toInt());
        QCOMPARE(s.updateResult, fw.value(QStringLiteral("result")).toInt());
        QVERIFY(!s.busy);
        if (which == 1) {
            QCOMPARE(s.session,
                     QString::number(sim.value(QStringLiteral("mqtt"))
                                         .toObject()
                                         .value(QStringLiteral("session"))
                                         .toInt()));
        }
    }

    // Right after the connection opens the tracker knows nothing yet: status() waits for the
    // retained messages instead of calling a live device unreachable; a device the broker holds
    // nothing of is unreachable after the wait, in words.
    void freshMqttDriverWaitsForTheRetainedState()
    {
        const ProfileStore::Entry *entry = m_profiles->find(BrokerProfile);
        QVERIFY(entry);
        QFile passwordFile(m_sandbox.value(QStringLiteral("mqtt"))
                               .toObject()
                               .value(QStringLiteral("admin"))
                               .toObject()
                               .value(QStringLiteral("password_file"))
                               .toString());
        QVERIFY(passwordFile.open(QIODevice::ReadOnly));
        MqttCampaignDriver driver(entry->profile, passwordFile.readAll().trimmed(), 10);
        driver.setStatusWait(3000);
        QCOMPARE(driver.statusWait(), 3000);
        const auto fresh = await<CampaignDeviceStatus>(
            [&](CampaignDriver::StatusDone done) { driver.status(m_mqtt2, std::move(done)); },
            AnswerMs);
        QVERIFY(fresh);
        QVERIFY2(fresh->reachable && fresh->online && !fresh->version.isEmpty()
                     && !fresh->session.isEmpty(),
                 qPrintable(describe(*fresh)));

        QElapsedTimer clock;
        clock.start();
        const Device ghost
            = makeDevice(Protocol::Mqtt, BrokerProfile, QStringLiteral("no-such-id"));
        const auto missing = await<CampaignDeviceStatus>(
            [&](CampaignDriver::StatusDone done) { driver.status(ghost, std::move(done)); },
            AnswerMs);
        QVERIFY(missing);
        QVERIFY2(!missing->reachable && missing->error.contains(QLatin1String("no-such-id")),
                 qPrintable(describe(*missing)));
        QVERIFY2(clock.elapsed() >= 2900 && clock.elapsed() < 8000,
                 qPrintable(QString::number(clock.elapsed())));
    }

    void unregisteredEndpointIsOfflineButReachable()
    {
        const auto s = statusOf(m_unknownEndpoint);
        QVERIFY(s);
        QVERIFY2(s->reachable && !s->online, qPrintable(describe(*s)));
        QVERIFY(s->session.isEmpty());
    }

    void lwm2mFullUpdate()
    {
        CampaignDriver *driver = m_drivers->driverFor(m_lwm2m1);
        const auto before = statusOf(m_lwm2m1);
        QVERIFY(before && before->online);
        QVERIFY2(before->version != Target && before->updateState == 0,
                 qPrintable(describe(*before)));

        QElapsedTimer clock;
        clock.start();
        const auto started = answerOf([&](CampaignDriver::AnswerDone done) {
            driver->startDownload(m_lwm2m1, m_package, done);
        });
        QVERIFY(started);
        QVERIFY2(started->ok && !started->busy, qPrintable(started->error));

        const CampaignDeviceStatus downloaded
            = pollUntil(m_lwm2m1, DownloadMs, [](const CampaignDeviceStatus &s) {
                  return s.updateState == 2 || (s.updateState == 0 && s.updateResult > 1);
              });
        QVERIFY2(downloaded.updateState == 2, qPrintable(describe(downloaded)));
        const qint64 downloadMs = clock.elapsed();

        const auto executed = answerOf(
            [&](CampaignDriver::AnswerDone done) { driver->executeUpdate(m_lwm2m1, done); });
        QVERIFY(executed);
        QVERIFY2(executed->ok, qPrintable(executed->error));

        const CampaignDeviceStatus after
            = pollUntil(m_lwm2m1, RebootMs, [&](const CampaignDeviceStatus &s) {
                  return s.online && !s.session.isEmpty() && s.session != before->session
                         && s.version == Target && s.updateResult == 1;
              });
        const qint64 totalMs = clock.elapsed();
        QVERIFY2(after.online && after.session != before->session && after.version == Target
                     && after.updateResult == 1 && after.updateState == 0,
                 qPrintable(describe(after)));
        const QJsonObject sim = control("GET", QStringLiteral("/devices/") + m_lwm2m1.binding.key);
        QCOMPARE(sim.value(QStringLiteral("installs")).toInt(), 1);
        QCOMPARE(sim.value(QStringLiteral("firmware")).toString(), Target);
        qInfo("LwM2M update: downloaded after %lld ms, new version after %lld ms",
              downloadMs,
              totalMs);
    }

    void mqttFullUpdate()
    {
        CampaignDriver *driver = m_drivers->driverFor(m_mqtt1);
        const auto before = statusOf(m_mqtt1);
        QVERIFY(before && before->online);
        QVERIFY2(before->version != Target && before->updateState == 0,
                 qPrintable(describe(*before)));

        QElapsedTimer clock;
        clock.start();
        const auto started = answerOf([&](CampaignDriver::AnswerDone done) {
            driver->startDownload(m_mqtt1, m_package, done);
        });
        QVERIFY(started);
        QVERIFY2(started->ok && !started->busy, qPrintable(started->error));
        const qint64 acceptedMs = clock.elapsed();

        const CampaignDeviceStatus after
            = pollUntil(m_mqtt1, DownloadMs + RebootMs, [&](const CampaignDeviceStatus &s) {
                  return (s.online && s.session != before->session && s.version == Target
                          && s.updateResult == 1)
                         || (s.updateState == 0 && s.updateResult > 1);
              });
        const qint64 totalMs = clock.elapsed();
        QVERIFY2(after.online && !after.session.isEmpty() && after.session != before->session
                     && after.version == Target && after.updateResult == 1
                     && after.updateState == 0,
                 qPrintable(describe(after)));
        const QJsonObject sim = control("GET", QStringLiteral("/devices/") + m_mqtt1.binding.key);
        QCOMPARE(sim.value(QStringLiteral("installs")).toInt(), 1);
        QCOMPARE(sim.value(QStringLiteral("firmware")).toString(), Target);
        // The driver never executes for MQTT: the device installed by itself.
        const auto executed = answerOf(
            [&](CampaignDriver::AnswerDone done) { driver->executeUpdate(m_mqtt1, done); });
        QVERIFY(executed && !executed->ok && !executed->error.isEmpty());
        qInfo(
            "MQTT update: accepted after %lld ms, new version after %lld ms", acceptedMs, totalMs);
    }

    void busyDeviceAnswersBusy_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("lwm2m") << 0;
        QTest::newRow("mqtt") << 1;
    }

    void busyDeviceAnswersBusy()
    {
        QFETCH(int, which);
        const Device device = which == 0 ? m_lwm2m2 : m_mqtt2;
        const QString faults = QStringLiteral("/devices/%1/faults").arg(device.binding.key);
        const QJsonObject faulted
            = control("POST", faults, {{QStringLiteral("kind"), QStringLiteral("busy")}});
        QVERIFY2(faulted.value(QStringLiteral("faults")).toArray().contains(QStringLiteral("busy")),
                 QJsonDocument(faulted).toJson().constData());
        CampaignDriver *driver = m_drivers->driverFor(device);
        const auto busy = answerOf([&](CampaignDriver::AnswerDone done) {
            driver->startDownload(device, m_package, done);
        });
        control("DELETE", faults);
        QVERIFY(busy);
        QVERIFY2(busy->busy && !busy->ok, qPrintable(busy->error));
        QVERIFY(!busy->error.isEmpty());
        if (which == 0)
            QCOMPARE(busy->resultCode, std::optional<int>(500)); // CoAP 5.00
        // Nothing started on the device.
        const QJsonObject sim = control("GET", QStringLiteral("/devices/") + device.binding.key);
        QCOMPARE(sim.value(QStringLiteral("firmware_update"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toInt(),
                 0);
    }

    void executeOutsideDownloadedIsRefusedInWords()
    {
        CampaignDriver *driver = m_drivers->driverFor(m_lwm2m2);
        const auto refused = answerOf(
            [&](CampaignDriver::AnswerDone done) { driver->executeUpdate(m_lwm2m2, done); });
        QVERIFY(refused);
        QVERIFY(!refused->ok && !refused->busy);
        QCOMPARE(refused->resultCode, std::optional<int>(405));
        QVERIFY2(refused->error.contains(QLatin1String("4.05")), qPrintable(refused->error));
    }

    void closedPortIsUnreachable_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("lwm2m") << 0;
        QTest::newRow("mqtt") << 1;
    }

    void closedPortIsUnreachable()
    {
        QFETCH(int, which);
        const Device device = which == 0 ? m_deadLwm2m : m_deadMqtt;
        QElapsedTimer clock;
        clock.start();
        const auto s = statusOf(device);
        QVERIFY(s);
        QVERIFY2(!s->reachable && !s->online, qPrintable(describe(*s)));
        QVERIFY2(s->error.size() > 10, qPrintable(s->error));
        const qint64 elapsed = clock.elapsed();
        qInfo("unreachable after %lld ms: %s", elapsed, qPrintable(s->error));
        // LwM2M: the refused connection at once; MQTT: after the driver's wait (5 s) for the
        // broker.
        QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
        if (which == 0) { // (an MQTT command waits for the connection up to its deadline)
            const auto started = answerOf([&](CampaignDriver::AnswerDone done) {
                m_drivers->driverFor(device)->startDownload(device, m_package, done);
            });
            QVERIFY(started);
            QVERIFY2(!started->ok && !started->busy && !started->error.isEmpty(),
                     qPrintable(started->error));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CampaignDriversAgainstSim)
#include "tst_CampaignDriversAgainstSim.moc"
