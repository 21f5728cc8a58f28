// The window against the real sandbox: a value charted from an LwM2M observation keeps receiving
// points after the device reboots (Leshan forgets observations on re-registration; FleetDesk
// re-establishes them). Runs its own sandbox: it reboots a device.
#include "DeviceDetailsWidget.h"
#include "MainWindow.h"
#include "charts/ChartsDock.h"
#include "charts/LiveChartWidget.h"
#include "common/EventLog.h"
#include "common/Settings.h"
#include "lwm2m/Lwm2mService.h"
#include "profiles/ProfileStore.h"
#include "security/KeychainSecretStore.h"
#include "store/FleetStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Endpoint = QStringLiteral("sim-lwm2m-0002");
const QString Path = QStringLiteral("/3303/0/5700");
const QString Profile = QStringLiteral("leshan");
} // namespace

class tst_LiveChartAfterReboot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_sandboxDir;
    QJsonObject m_sandbox;

    static int sandbox(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral(FLEETDESK_SANDBOX), args);
        p.waitForFinished(300000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    int pointsOf(ChartsDock *charts, const QUuid &id)
    {
        LiveChartWidget *chart = charts->chartFor(id, Path);
        const SeriesBuffer *buffer
            = chart ? chart->buffer(ChartsDock::seriesKey(id, Path)) : nullptr;
        return buffer ? int(buffer->size()) : 0;
    }

private slots:
    void initTestCase()
    {
        m_sandboxDir = qEnvironmentVariable("FLEETDESK_SANDBOX_CHART_DIR");
        QVERIFY2(!m_sandboxDir.isEmpty(), "FLEETDESK_SANDBOX_CHART_DIR must name a directory");
        sandbox({QStringLiteral("down"), QStringLiteral("--dir"), m_sandboxDir});
        QDir(m_sandboxDir).removeRecursively();
        QCOMPARE(sandbox({QStringLiteral("up"),
                          QStringLiteral("--dir"),
                          m_sandboxDir,
                          QStringLiteral("--lwm2m-devices"),
                          QStringLiteral("3")}),
                 0);
        QFile description(QDir(m_sandboxDir).filePath(QStringLiteral("sandbox.json")));
        QVERIFY(description.open(QIODevice::ReadOnly));
        m_sandbox = QJsonDocument::fromJson(description.readAll()).object();
    }

    void cleanupTestCase()
    {
        if (!m_sandboxDir.isEmpty())
            sandbox({QStringLiteral("down"), QStringLiteral("--dir"), m_sandboxDir});
    }

    void chartKeepsReceivingPointsAfterReboot()
    {
        ConnectionProfile profile;
        profile.name = Profile;
        profile.kind = ConnectionProfile::Kind::Lwm2mServer;
        profile.url = QUrl(m_sandbox.value(QStringLiteral("leshan"))
                               .toObject()
                               .value(QStringLiteral("rest"))
                               .toString());
        ProfileStore profiles(m_tmp.filePath(QStringLiteral("profiles.json")));
        QString error;
        QVERIFY(profiles.put(profile, &error));
        QVERIFY(profiles.save(&error));

        FleetStore store;
        Lwm2mService service(&store);
        EventLog eventLog;
        Settings settings(m_tmp.filePath(QStringLiteral("settings.ini")));
        KeychainSecretStore secrets;
        MainWindow::Dependencies deps;
        deps.fleetStore = &store;
        deps.eventLog = &eventLog;
        deps.settings = &settings;
        deps.secretStore = &secrets;
        deps.fleetDbPath = m_tmp.filePath(QStringLiteral("fleet.db"));
        deps.profilesPath = profiles.path();
        deps.lwm2m = &service;
        MainWindow window(deps);
        window.show();
        service.startConnection(profile);

        // The device arrives in the tree from the live connection.
        QUuid id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Device &d : window.fleetModel()->devices()) {
                    if (d.binding.key == Endpoint && d.health == Health::Online)
                        id = d.id;
                }
                return !id.isNull();
            }(),
            60000);

        // "Chart this value": the details pane asks for a chart, the observation feeds it.
        auto *details = window.findChild<DeviceDetailsWidget *>();
        QVERIFY(details);
        emit details->chartRequested(id, Endpoint, Profile, Endpoint, Path, QStringLiteral("°C"));
        bool observed = false;
        QString observeError;
        service.observe(Profile, Endpoint, Path, this, [&](const Lwm2mResponse &r) {
            observed = r.ok();
            observeError = r.message;
        });
        QTRY_VERIFY2_WITH_TIMEOUT(observed, qPrintable(observeError), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(pointsOf(window.chartsDock(), id) >= 2, 60000);

        // Reboot through the simulator's control channel; wait for the new registration.
        QSignalSpy registered(&service, &Lwm2mService::deviceRegistered);
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox.value(QStringLiteral("sim"))
                                         .toObject()
                                         .value(QStringLiteral("control"))
                                         .toString()
                                     + QStringLiteral("/devices/") + Endpoint
                                     + QStringLiteral("/reboot")));
        QNetworkReply *reply = network.post(request, QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &args : std::as_const(registered)) {
                    if (args.at(1).value<Lwm2mRegistration>().endpoint == Endpoint)
                        return true;
                }
                return false;
            }(),
            60000);
        const QDateTime reRegistered = QDateTime::currentDateTimeUtc();
        const int before = pointsOf(window.chartsDock(), id);

        // Points keep coming after the re-registration: the observation was re-established.
        QTRY_VERIFY_WITH_TIMEOUT(pointsOf(window.chartsDock(), id) >= before + 2, 60000);
        LiveChartWidget *chart = window.chartsDock()->chartFor(id, Path);
        const SeriesBuffer *buffer = chart->buffer(ChartsDock::seriesKey(id, Path));
        QVERIFY(buffer->last().timeMs > reRegistered.toMSecsSinceEpoch());
        service.stopAll();
    }
};

QTEST_MAIN(tst_LiveChartAfterReboot)
#include "tst_LiveChartAfterReboot.moc"
