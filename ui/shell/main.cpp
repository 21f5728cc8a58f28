// FleetDesk's composition root: parses the command line, installs the log and translations, builds
// the real collaborators (keychain, cache store, event log, settings) and hands them to MainWindow.

#include "MainWindow.h"
#include "Theme.h"
#include "bulk/Lwm2mBulkActions.h"
#include "common/AppPaths.h"
#include "common/EventLog.h"
#include "common/Logging.h"
#include "common/Settings.h"
#include "fleet/FleetGrouping.h"
#include "lwm2m/Lwm2mService.h"
#include "profiles/ProfileStore.h"
#include "security/KeychainSecretStore.h"
#include "shell/Lwm2mConnector.h"
#include "shell/MqttConnector.h"
#include "store/FleetStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

struct Options
{
    QString dbPath;
    QString profilesPath;
    QString settingsFile;
    QString language;
    QString screenshotPath;
    int liveScreenshotSeconds = 0; // > 0: connect to the servers and wait this long first
    QString screenshotTopic;       // with a live screenshot: show this MQTT topic in Topics
    bool exitWhenReady = false;    // print "ready_ms <ms>" once the fleet is shown, and exit
    QString query;                 // start with this filter (docs/query.md)
    QString groupBy;               // start grouped by this field (FleetGrouping ids)
    QString view;                  // "tree" or "table"
    bool selectAll = false;        // select every device shown (screenshots)
};

Options parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for IoT device fleets"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the fleet cache at <path>."),
        QStringLiteral("path"));
    const QCommandLineOption profiles(
        QStringLiteral("profiles"),
        QCoreApplication::translate("main", "Read connection profiles from <path>."),
        QStringLiteral("path"));
    const QCommandLineOption settings(
        QStringLiteral("settings"),
        QCoreApplication::translate("main",
                                    "Keep settings in the INI file <file> (tests, screenshots)."),
        QStringLiteral("file"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Show FleetDesk in <language> (en or ja)."),
        QStringLiteral("language"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Render the main window once the fleet is loaded, save it as "
                                    "the PNG <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption live(
        QStringLiteral("screenshot-live"),
        QCoreApplication::translate("main",
                                    "With --screenshot: connect to the servers, wait <seconds>, "
                                    "and show the first device's resources."),
        QStringLiteral("seconds"));
    const QCommandLineOption topic(
        QStringLiteral("screenshot-topic"),
        QCoreApplication::translate("main",
                                    "With --screenshot-live: show the MQTT <topic> in the Topics "
                                    "view instead of the device's resources."),
        QStringLiteral("topic"));
    const QCommandLineOption exitWhenReady(
        QStringLiteral("exit-when-ready"),
        QCoreApplication::translate("main",
                                    "Once the cache's devices are in the tree and the window has "
                                    "painted them, print \"ready_ms <milliseconds since start>\" "
                                    "and exit (benchmarks)."));
    const QCommandLineOption query(
        QStringLiteral("query"),
        QCoreApplication::translate("main",
                                    "Start with the filter <query> (the fleet query language)."),
        QStringLiteral("query"));
    const QCommandLineOption groupBy(
        QStringLiteral("group-by"),
        QCoreApplication::translate(
            "main",
            "Group the device tree by <field>: site, model, firmware, health, protocol, server."),
        QStringLiteral("field"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("main",
                                                              "Show the devices as a tree or a "
                                                              "table (<view>: tree or table)."),
                                  QStringLiteral("view"));
    const QCommandLineOption selectAll(
        QStringLiteral("select-all"),
        QCoreApplication::translate("main", "Select every device shown once the fleet is loaded."));
    parser.addOptions({db,
                       profiles,
                       settings,
                       language,
                       screenshot,
                       live,
                       topic,
                       exitWhenReady,
                       query,
                       groupBy,
                       view,
                       selectAll});
    parser.process(app);

    Options options;
    options.dbPath = parser.value(db);
    options.profilesPath = parser.value(profiles);
    options.settingsFile = parser.value(settings);
    options.language = parser.value(language);
    options.screenshotPath = parser.value(screenshot);
    options.liveScreenshotSeconds = parser.value(live).toInt();
    options.screenshotTopic = parser.value(topic);
    options.exitWhenReady = parser.isSet(exitWhenReady);
    options.query = parser.value(query);
    options.groupBy = parser.value(groupBy);
    options.view = parser.value(view);
    options.selectAll = parser.isSet(selectAll);
    return options;
}

void installTranslations(QApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto *appTranslator = new QTranslator(app);
    // English is a translation too: it carries the plural forms ("1 device", "2 devices").
    if (appTranslator->load(
            locale, QStringLiteral("fleetdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral(":/i18n/fleetdesk_en.qm")))
        QCoreApplication::installTranslator(appTranslator);
    else
        qCWarning(lcUi) << "no FleetDesk translation for" << locale.name();

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale,
                           QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        qCInfo(lcUi) << "no Qt translation for" << locale.name();
}

void takeScreenshot(MainWindow *window, const QString &path)
{
    if (window->selectedDevices().isEmpty())
        window->selectFirstDevice();
    // Let the layout settle (and the integrity check report) before grabbing.
    QTimer::singleShot(500, window, [window, path] {
        const bool saved = window->grab().save(path, "PNG");
        if (saved)
            qCInfo(lcUi) << "screenshot written to" << path;
        else
            qCCritical(lcUi) << "could not write the screenshot to" << path;
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // --exit-when-ready
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("FleetDesk"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.fleetdesk.FleetDesk")); // installer/linux

    const Options options = parseCommandLine(app);
    Logging::installFileLog(AppPaths::logDir());

    std::unique_ptr<Settings> settings = options.settingsFile.isEmpty()
                                             ? std::make_unique<Settings>()
                                             : std::make_unique<Settings>(options.settingsFile);
    installTranslations(&app, options.language.isEmpty() ? settings->language() : options.language);
    Theme::apply(settings->theme());

    QString dbPath = options.dbPath;
    if (dbPath.isEmpty())
        dbPath = settings->fleetDbPath();
    if (dbPath.isEmpty())
        dbPath = AppPaths::defaultFleetDb();
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    const QString profilesPath
        = options.profilesPath.isEmpty() ? AppPaths::defaultProfiles() : options.profilesPath;

    KeychainSecretStore secretStore;
    EventLog eventLog;
    FleetStore fleetStore;
    const bool liveScreenshot = options.liveScreenshotSeconds > 0;
    const bool cacheOnly
        = (!options.screenshotPath.isEmpty() && !liveScreenshot) || options.exitWhenReady;
    if (cacheOnly)
        fleetStore.setWatchInterval(0); // one picture of one state: no reloads

    Lwm2mService lwm2m(&fleetStore);
    Lwm2mConnector connector(&lwm2m, &secretStore, &eventLog);
    // MQTT brokers: devices of the convention join the fleet; the connections are shared
    // (connectionAdded) with the other MQTT views.
    MqttConnector mqttConnector(&fleetStore, &secretStore, &eventLog);

    MainWindow::Dependencies deps;
    deps.fleetStore = &fleetStore;
    deps.eventLog = &eventLog;
    deps.settings = settings.get();
    deps.secretStore = &secretStore;
    deps.fleetDbPath = dbPath;
    deps.profilesPath = profilesPath;
    deps.lwm2m = &lwm2m;
    deps.bulkActionFactory = [&lwm2m, &mqttConnector](const QString &operation) {
        // Per device: MQTT devices get the convention's command, LwM2M devices the execute.
        return mqttConnector.bulkAction(operation,
                                        Lwm2mBulkActions::action(&lwm2m, operation, &lwm2m));
    };

    int exitCode = 0;
    {
        MainWindow window(deps);
        // The status bar counts LwM2M servers and brokers alike.
        int lwm2mOnline = 0;
        int brokersOnline = 0;
        QObject::connect(&connector,
                         &Lwm2mConnector::onlineCountChanged,
                         &window,
                         [&window, &lwm2mOnline, &brokersOnline](int online) {
                             lwm2mOnline = online;
                             window.setConnectedServers(lwm2mOnline + brokersOnline);
                         });
        QObject::connect(&mqttConnector,
                         &MqttConnector::connectedCountChanged,
                         &window,
                         [&window, &lwm2mOnline, &brokersOnline](int connected) {
                             brokersOnline = connected;
                             window.setConnectedServers(lwm2mOnline + brokersOnline);
                         });
        // Whether each server and broker answers goes to the cache (its devices show as stale
        // while it does not).
        QObject::connect(&connector,
                         &Lwm2mConnector::reachabilityChanged,
                         &fleetStore,
                         [&fleetStore](const QString &profile, bool reachable) {
                             fleetStore.setProfileReachable(
                                 profile, reachable, QDateTime::currentDateTimeUtc());
                         });
        QObject::connect(&mqttConnector,
                         &MqttConnector::reachabilityChanged,
                         &fleetStore,
                         [&fleetStore](const QString &profile, bool reachable) {
                             fleetStore.setProfileReachable(
                                 profile, reachable, QDateTime::currentDateTimeUtc());
                         });
        // A server or broker that comes back runs the operations held offline for its devices.
        QObject::connect(&connector,
                         &Lwm2mConnector::reachabilityChanged,
                         &window,
                         &MainWindow::setProfileReachable);
        QObject::connect(&mqttConnector,
                         &MqttConnector::reachabilityChanged,
                         &window,
                         &MainWindow::setProfileReachable);
        // Each broker connection also feeds the topic explorer.
        QObject::connect(&mqttConnector,
                         &MqttConnector::connectionAdded,
                         &window,
                         &MainWindow::addMqttConnection);
        QObject::connect(
            &mqttConnector,
            &MqttConnector::connectionRemoved,
            &window,
            [&window](const QString &profileId) { window.removeMqttConnection(profileId); });
        if (!cacheOnly) {
            // Live connections (not for a screenshot of the cache, nor a cold-start timing).
            QObject::connect(&window,
                             &MainWindow::profilesLoaded,
                             &connector,
                             [&connector, &mqttConnector, &window] {
                                 connector.apply(*window.profiles());
                                 mqttConnector.apply(*window.profiles());
                             });
        }
        if (liveScreenshot) {
            window.resize(1366, 768);
            QTimer::singleShot(
                options.liveScreenshotSeconds * 1000,
                &window,
                [&window, path = options.screenshotPath, topic = options.screenshotTopic] {
                    // The resources of a device registered at a server of the profiles (a
                    // generated fleet may come first in the tree).
                    bool selected = false;
                    for (const Device &d : window.fleetModel()->devices()) {
                        if (topic.isEmpty() && d.binding.protocol == Protocol::Lwm2m
                            && d.health == Health::Online
                            && window.profiles()->find(d.binding.profile)
                            && window.selectDevice(d.id)) {
                            selected = true;
                            break;
                        }
                    }
                    if (!selected)
                        window.selectFirstDevice();
                    if (topic.isEmpty())
                        window.showDeviceResources();
                    else if (!window.showTopic(topic))
                        qCWarning(lcUi) << "topic not seen (yet):" << topic;
                    // Give the resource tree time to load before the picture.
                    QTimer::singleShot(
                        4000, &window, [&window, path] { takeScreenshot(&window, path); });
                });
        } else if (!options.screenshotPath.isEmpty()) {
            window.resize(1366, 768);
            // After the view options below have been applied and the filter has settled.
            QObject::connect(
                &window,
                &MainWindow::fleetDisplayed,
                &window,
                [&window, path = options.screenshotPath] {
                    QTimer::singleShot(
                        1500, &window, [&window, path] { takeScreenshot(&window, path); });
                },
                Qt::SingleShotConnection);
        }
        if (!options.groupBy.isEmpty()) {
            if (const std::optional<GroupBy> g = FleetGrouping::fromId(options.groupBy))
                window.setGroupBy(*g);
            else
                qCWarning(lcUi) << "unknown --group-by" << options.groupBy;
        }
        if (options.view == QLatin1String("table") || options.view == QLatin1String("tree"))
            window.setTableView(options.view == QLatin1String("table"));
        if (!options.query.isEmpty() || options.selectAll) {
            QObject::connect(
                &window,
                &MainWindow::fleetDisplayed,
                &window,
                [&window, query = options.query, selectAll = options.selectAll] {
                    if (!query.isEmpty())
                        window.setFilterText(query);
                    if (selectAll)
                        QTimer::singleShot(700, &window, [&window] { window.selectAllShown(); });
                },
                Qt::SingleShotConnection);
        }
        if (options.exitWhenReady) {
            // Cold-start timing (tests/bench/bench_fleet): the devices are in the tree; paint the
            // window with them now, then report.
            QObject::connect(
                &window,
                &MainWindow::fleetDisplayed,
                &window,
                [&window, &sinceStart] {
                    window.repaint();
                    std::printf("ready_ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::SingleShotConnection);
        }
        window.show();
        exitCode = app.exec();
    }
    lwm2m.stopAll();
    mqttConnector.stopAll();
    fleetStore.closeCleanly();
    return exitCode;
}
