#include "provisioning/CsvReader.h"
#include "security/KeychainSecretStore.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/JournalRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// fleetdesk-cli as a user runs it: a real process on real files (docs/cli.md is the contract).
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_dir;

    Run cli(const QStringList &args,
            const QByteArray &stdinData = {},
            const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME_FLEETDESK_UNUSED"), QStringLiteral("1"));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FLEETDESK_CLI"), args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString file(const QString &name, const QByteArray &content = {})
    {
        const QString path = m_dir.filePath(name);
        if (!content.isNull()) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(content);
        }
        return path;
    }

    QStringList db(const QString &name) { return {QStringLiteral("--db"), m_dir.filePath(name)}; }
    QStringList profiles()
    {
        return {QStringLiteral("--profiles"), m_dir.filePath(QStringLiteral("profiles.json"))};
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("FLEETDESK_CLI"))); }

    void version()
    {
        const Run text = cli({QStringLiteral("--version")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("fleetdesk-cli " FLEETDESK_VERSION));
        const Run json = cli({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(json.json().value(QStringLiteral("version")).toString(),
                 QStringLiteral(FLEETDESK_VERSION));
    }

    void usageErrorsExitTwoWithAJsonError()
    {
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({QStringLiteral("frobnicate"), QStringLiteral("--json")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("usage"));
        QVERIFY(unknown.err.contains("frobnicate"));
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--bogus")})
                     .exitCode,
                 2);
        const Run secretArg = cli({QStringLiteral("profiles"),
                                   QStringLiteral("add"),
                                   QStringLiteral("x"),
                                   QStringLiteral("--password"),
                                   QStringLiteral("hunter2")});
        QCOMPARE(secretArg.exitCode, 2);
        QVERIFY(secretArg.err.contains("--password-stdin"));
    }

    void importDryRunThenRefuseThenAcceptValid()
    {
        const QString csv = file(QStringLiteral("devices.csv"),
                                 "name,site,group,model,firmware,tags,protocol,profile,endpoint\n"
                                 "pump-1,Osaka plant,Line A,LT-500,2.0.3,pump,lwm2m,leshan,ep1\n"
                                 "pump-2,Osaka plant,Line A,LT-500,1.9.0,pump,lwm2m,leshan,ep2\n"
                                 ",Kobe depot,,,,,,,\n");
        const QStringList cache = db(QStringLiteral("import.db"));

        const Run dry = cli(cache
                            + QStringList{QStringLiteral("devices"),
                                          QStringLiteral("import"),
                                          csv,
                                          QStringLiteral("--dry-run"),
                                          QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 1);
        QCOMPARE(dry.json().value(QStringLiteral("create")).toInt(), 2);
        QCOMPARE(dry.json().value(QStringLiteral("reject")).toInt(), 1);
        const QJsonArray rows = dry.json().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(!rows.at(2).toObject().value(QStringLiteral("errors")).toArray().isEmpty());

        const Run refused
            = cli(cache + QStringList{QStringLiteral("devices"), QStringLiteral("import"), csv});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("line 4"));
        QCOMPARE(cli(cache
                     + QStringList{QStringLiteral("devices"),
                                   QStringLiteral("list"),
                                   QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 0); // nothing half-imported

        const Run partial = cli(cache
                                + QStringList{QStringLiteral("devices"),
                                              QStringLiteral("import"),
                                              csv,
                                              QStringLiteral("--accept-valid")});
        QCOMPARE(partial.exitCode, 3);
        const Run list = cli(cache
                             + QStringList{QStringLiteral("devices"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--filter"),
                                           QStringLiteral("1.9"),
                                           QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().value(QStringLiteral("count")).toInt(), 1);
        const QJsonObject device
            = list.json().value(QStringLiteral("devices")).toArray().first().toObject();
        QCOMPARE(device.value(QStringLiteral("name")).toString(), QStringLiteral("pump-2"));
        QCOMPARE(device.value(QStringLiteral("binding"))
                     .toObject()
                     .value(QStringLiteral("endpoint"))
                     .toString(),
                 QStringLiteral("ep2"));
    }

    void csvExportImportsAgain()
    {
        const QString csv
            = file(QStringLiteral("roundtrip.csv"),
                   "name,site,group,tags\n\"pump, \"\"north\"\"\",大阪工場,Line A/Pumps,a;b\n");
        QCOMPARE(cli(db(QStringLiteral("rt1.db"))
                     + QStringList{QStringLiteral("devices"), QStringLiteral("import"), csv})
                     .exitCode,
                 0);
        const Run exported
            = cli(db(QStringLiteral("rt1.db"))
                  + QStringList{
                      QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--csv")});
        QCOMPARE(exported.exitCode, 0);
        // The export carries read-only columns (health, last_seen, battery, signal_dbm): drop them.
        QVector<CsvReader::Row> rows;
        QString error;
        QVERIFY2(CsvReader::parse(exported.out, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().fields.mid(0, 12).join(QLatin1Char(',')),
                 QStringLiteral("id,name,site,group,model,serial,firmware,tags,protocol,profile,"
                                "endpoint,lifecycle"));
        QStringList lines;
        for (const CsvReader::Row &row : rows) {
            QStringList fields;
            for (const QString &f : row.fields.mid(0, 12))
                fields.append(CsvReader::escape(f));
            lines.append(fields.join(QLatin1Char(',')));
        }
        const QString again
            = file(QStringLiteral("again.csv"), lines.join(QLatin1Char('\n')).toUtf8());
        const Run imported = cli(db(QStringLiteral("rt2.db"))
                                 + QStringList{QStringLiteral("devices"),
                                               QStringLiteral("import"),
                                               again,
                                               QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const Run list
            = cli(db(QStringLiteral("rt2.db"))
                  + QStringList{
                      QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject d
            = list.json().value(QStringLiteral("devices")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("pump, \"north\""));
        QCOMPARE(d.value(QStringLiteral("site")).toString(), QStringLiteral("大阪工場"));
        QCOMPARE(d.value(QStringLiteral("tags")).toArray().size(), 2);
    }

    void corruptCacheIsKeptAside()
    {
        const QString bad = file(QStringLiteral("corrupt.db"), "definitely not sqlite");
        const Run run
            = cli({QStringLiteral("--db"), bad, QStringLiteral("devices"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("kept as"));
        QDir dir(m_dir.path());
        QCOMPARE(dir.entryList({QStringLiteral("corrupt.db.corrupt-*")}).size(), 1);
    }

    void profileSecretsGoToTheKeychainOnly()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through tests/run");
        const QByteArray password("correct horse battery staple");
        const Run add = cli(profiles()
                                + QStringList{QStringLiteral("profiles"),
                                              QStringLiteral("add"),
                                              QStringLiteral("broker"),
                                              QStringLiteral("--kind"),
                                              QStringLiteral("mqtt"),
                                              QStringLiteral("--url"),
                                              QStringLiteral("mqtts://127.0.0.1:8883"),
                                              QStringLiteral("--username"),
                                              QStringLiteral("admin"),
                                              QStringLiteral("--password-stdin")},
                            password + "\n");
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QFile stored(m_dir.filePath(QStringLiteral("profiles.json")));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains(password));

        KeychainSecretStore keychain;
        bool done = false;
        SecretStore::Result result;
        keychain.read(QStringLiteral("profile/mqtt/broker"), [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.secret, password);

        const Run list = cli(profiles()
                             + QStringList{QStringLiteral("profiles"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--json")});
        const QJsonObject p
            = list.json().value(QStringLiteral("profiles")).toArray().first().toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("broker"));
        QCOMPARE(p.value(QStringLiteral("valid")).toBool(), true);

        const Run noSecret = cli(profiles()
                                 + QStringList{QStringLiteral("profiles"),
                                               QStringLiteral("add"),
                                               QStringLiteral("b2"),
                                               QStringLiteral("--kind"),
                                               QStringLiteral("mqtt"),
                                               QStringLiteral("--url"),
                                               QStringLiteral("mqtt://127.0.0.1:1883"),
                                               QStringLiteral("--username"),
                                               QStringLiteral("admin")});
        QCOMPARE(noSecret.exitCode, 2);

        QCOMPARE(cli(profiles()
                     + QStringList{QStringLiteral("profiles"),
                                   QStringLiteral("remove"),
                                   QStringLiteral("broker")})
                     .exitCode,
                 0);
        done = false;
        keychain.read(QStringLiteral("profile/mqtt/broker"), [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY(!result.ok);
    }

    void bareUrlTargetNeverTouchesDBus()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcessEnvironment broken;
        broken.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/nonexistent/fleetdesk-no-bus"));
        const Run ok = cli({QStringLiteral("profiles"),
                            QStringLiteral("test"),
                            QStringLiteral("mqtt://127.0.0.1:%1").arg(server.serverPort()),
                            QStringLiteral("--json")},
                           {},
                           broken);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(ok.json().value(QStringLiteral("ok")).toBool(), true);

        const quint16 closedPort = server.serverPort();
        server.close();
        const Run refused = cli({QStringLiteral("profiles"),
                                 QStringLiteral("test"),
                                 QStringLiteral("mqtt://127.0.0.1:%1").arg(closedPort),
                                 QStringLiteral("--json"),
                                 QStringLiteral("--timeout"),
                                 QStringLiteral("5")},
                                {},
                                broken);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("unreachable"));
    }

    // A cache with health and battery (which CSV import never sets) for the query tests.
    QStringList queryCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("query.db"));
        if (QFile::exists(path))
            return {QStringLiteral("--db"), path};
        DeviceList devices;
        auto add = [&devices](const QString &name,
                              const QString &site,
                              const QString &group,
                              const QString &fw,
                              Health health,
                              std::optional<int> battery) {
            Device d;
            d.id = QUuid::createUuid();
            d.name = name;
            d.site = site;
            d.groupPath = group;
            d.model = QStringLiteral("LT-500");
            d.firmwareVersion = fw;
            d.tags = {QStringLiteral("pump")};
            d.health = health;
            d.batteryPercent = battery;
            d.lifecycle = Lifecycle::Active;
            devices.append(d);
        };
        add(QStringLiteral("pump-1"),
            QStringLiteral("Osaka plant"),
            QStringLiteral("Line A"),
            QStringLiteral("2.0.3"),
            Health::Online,
            87);
        add(QStringLiteral("pump-2"),
            QStringLiteral("Osaka plant"),
            QStringLiteral("Line A"),
            QStringLiteral("1.9.0"),
            Health::Offline,
            12);
        add(QStringLiteral("pump-3"),
            QStringLiteral("Osaka plant"),
            QStringLiteral("Line B"),
            QStringLiteral("2.1"),
            Health::Offline,
            std::nullopt);
        add(QStringLiteral("pump-4"),
            QStringLiteral("Kobe depot"),
            QString(),
            QStringLiteral("2.1.0"),
            Health::Online,
            19);
        {
            const auto opened = CacheDatabase::open(
                path, CacheDatabase::Kind::Fleet, QStringLiteral("tst_Cli-query"));
            if (opened.ok())
                FleetRepository(QSqlDatabase::database(QStringLiteral("tst_Cli-query")))
                    .upsertDevices(devices);
        }
        CacheDatabase::close(QStringLiteral("tst_Cli-query"));
        return {QStringLiteral("--db"), path};
    }

    static QStringList names(const QJsonArray &devices)
    {
        QStringList out;
        for (const QJsonValue &d : devices)
            out.append(d.toObject().value(QStringLiteral("name")).toString());
        out.sort();
        return out;
    }

    void devicesListQuery()
    {
        const QStringList cache = queryCache();
        const Run list = cli(cache
                             + QStringList{QStringLiteral("devices"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--query"),
                                           QStringLiteral("fw:<2.1 site:\"Osaka*\" OR battery:<20"),
                                           QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(names(list.json().value(QStringLiteral("devices")).toArray()),
                 (QStringList{QStringLiteral("pump-1"),
                              QStringLiteral("pump-2"),
                              QStringLiteral("pump-4")}));
        // --filter is the same language.
        const Run alias = cli(cache
                              + QStringList{QStringLiteral("devices"),
                                            QStringLiteral("list"),
                                            QStringLiteral("--filter"),
                                            QStringLiteral("fw:2.1"),
                                            QStringLiteral("--json")});
        QCOMPARE(names(alias.json().value(QStringLiteral("devices")).toArray()),
                 (QStringList{QStringLiteral("pump-3"), QStringLiteral("pump-4")}));
    }

    void devicesListMalformedQuery()
    {
        const QStringList cache = queryCache();
        const Run bad = cli(cache
                            + QStringList{QStringLiteral("devices"),
                                          QStringLiteral("list"),
                                          QStringLiteral("--query"),
                                          QStringLiteral("health:offline fimware:<2")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("Did you mean \"firmware\"?"), bad.err.constData());
        // The query, then a caret line under "fimware" (characters 16-22).
        const QList<QByteArray> lines = bad.err.split('\n');
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines.at(1), QByteArray("  health:offline fimware:<2"));
        QCOMPARE(lines.at(2), QByteArray("                 ^^^^^^^"));

        const Run json = cli(cache
                             + QStringList{QStringLiteral("devices"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--query"),
                                           QStringLiteral("battery:<abc"),
                                           QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        const QJsonObject error = json.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("query"));
        QCOMPARE(error.value(QStringLiteral("position")).toInt(), 9);
        QCOMPARE(error.value(QStringLiteral("length")).toInt(), 3);

        // bulk … --query refuses it the same way, before anything runs.
        const Run bulk = cli(cache + profiles()
                             + QStringList{QStringLiteral("bulk"),
                                           QStringLiteral("reboot"),
                                           QStringLiteral("--query"),
                                           QStringLiteral("(tag:pump"),
                                           QStringLiteral("--yes")});
        QCOMPARE(bulk.exitCode, 2);
        QVERIFY2(bulk.err.contains("never closed"), bulk.err.constData());
        QVERIFY(bulk.err.contains("\n  ^\n"));
    }

    void devicesListGroupBy()
    {
        const QStringList cache = queryCache();
        const Run text = cli(cache
                             + QStringList{QStringLiteral("devices"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--group-by"),
                                           QStringLiteral("site")});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral(
                     "Osaka plant / Line A: 2 devices — 1 offline, 1 battery < 20 %\n  ")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Osaka plant / Line B: 1 device — 1 offline\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Kobe depot: 1 device — 1 battery < 20 %\n")),
                 qPrintable(out));
        // Groups in order, each followed by its devices.
        QVERIFY(out.indexOf(QStringLiteral("Kobe depot:")) < out.indexOf(QStringLiteral("pump-4")));
        QVERIFY(out.indexOf(QStringLiteral("pump-4")) < out.indexOf(QStringLiteral("Osaka plant")));

        const Run json = cli(cache
                             + QStringList{QStringLiteral("devices"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--query"),
                                           QStringLiteral("tag:pump"),
                                           QStringLiteral("--group-by"),
                                           QStringLiteral("firmware"),
                                           QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray groups = json.json().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 4); // 1.9.0, 2.0.3, 2.1, 2.1.0: grouped as written
        const QJsonObject first = groups.first().toObject();
        QCOMPARE(first.value(QStringLiteral("path")).toArray(),
                 QJsonArray{QStringLiteral("1.9.0")});
        QCOMPARE(first.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("offline")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("low_battery")).toInt(), 1);
        QCOMPARE(names(first.value(QStringLiteral("devices")).toArray()),
                 QStringList{QStringLiteral("pump-2")});

        const Run csv = cli(cache
                            + QStringList{QStringLiteral("devices"),
                                          QStringLiteral("list"),
                                          QStringLiteral("--group-by"),
                                          QStringLiteral("health"),
                                          QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("group,id,name,"));
        QCOMPARE(csv.out.count("\noffline,"), 2);

        const Run bad = cli(cache
                            + QStringList{QStringLiteral("devices"),
                                          QStringLiteral("list"),
                                          QStringLiteral("--group-by"),
                                          QStringLiteral("colour")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("site, model, firmware, health, protocol, server"));
    }

    void devicesExport()
    {
        const QStringList cache = queryCache();
        const QString csvPath = m_dir.filePath(QStringLiteral("offline.csv"));
        const Run csv = cli(cache
                            + QStringList{QStringLiteral("devices"),
                                          QStringLiteral("export"),
                                          QStringLiteral("--query"),
                                          QStringLiteral("health:offline site:\"Osaka plant\""),
                                          csvPath});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVector<CsvReader::Row> rows;
        QString error;
        QVERIFY2(CsvReader::parse(csvFile.readAll(), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 3);                 // header + pump-2, pump-3
        QCOMPARE(rows.first().fields.size(), 16); // all fields
        QCOMPARE(rows.first().fields.last(), QStringLiteral("signal_dbm"));

        const QString jsonPath = m_dir.filePath(QStringLiteral("some.json"));
        const Run json = cli(cache
                             + QStringList{QStringLiteral("devices"),
                                           QStringLiteral("export"),
                                           QStringLiteral("--query"),
                                           QStringLiteral("battery:<20"),
                                           QStringLiteral("--columns"),
                                           QStringLiteral("name,battery"),
                                           jsonPath,
                                           QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(json.json().value(QStringLiteral("count")).toInt(), 2);
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray devices = QJsonDocument::fromJson(jsonFile.readAll())
                                       .object()
                                       .value(QStringLiteral("devices"))
                                       .toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.first().toObject().keys(),
                 (QStringList{QStringLiteral("battery"), QStringLiteral("name")}));

        QCOMPARE(cli(cache
                     + QStringList{QStringLiteral("devices"),
                                   QStringLiteral("export"),
                                   m_dir.filePath(QStringLiteral("x.txt"))})
                     .exitCode,
                 2);
        QCOMPARE(cli(cache
                     + QStringList{QStringLiteral("devices"),
                                   QStringLiteral("export"),
                                   QStringLiteral("--columns"),
                                   QStringLiteral("name,colour"),
                                   m_dir.filePath(QStringLiteral("x.csv"))})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    }

    // groups … and filters … (GroupCommands): static groups and saved filters in the cache.
    void groupsAndFiltersRoundTrip()
    {
        const QStringList cache = db(QStringLiteral("groups-cli.db"));
        QCOMPARE(cli(cache
                     + QStringList{QStringLiteral("devices"),
                                   QStringLiteral("import"),
                                   file(QStringLiteral("groups-cli.csv"),
                                        "name,site,group,model,serial,firmware,tags\n"
                                        "gpump-1,Osaka plant,Line A,LT-500,G1,2.0.3,pump\n"
                                        "gpump-2,Osaka plant,Line B,LT-500,G2,1.9.0,pump\n"
                                        "gpump-3,Kobe depot,Line A,LT-700,G3,2.1.0,pump\n")})
                     .exitCode,
                 0);
        auto run = [&](const QStringList &args) {
            return cli(cache + args);
        };
        const QString group = QStringLiteral("Spare pumps");

        QCOMPARE(run({QStringLiteral("groups"), QStringLiteral("create"), group}).exitCode, 0);
        const Run again = run(
            {QStringLiteral("groups"), QStringLiteral("create"), group, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(
            again.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
            QStringLiteral("exists"));
        QCOMPARE(run({QStringLiteral("groups"), QStringLiteral("create"), QString()}).exitCode, 2);

        // By query, by name, by file; unknown devices change nothing.
        const Run byQuery = run({QStringLiteral("groups"),
                                 QStringLiteral("add"),
                                 group,
                                 QStringLiteral("--query"),
                                 QStringLiteral("site:\"Osaka*\""),
                                 QStringLiteral("--json")});
        QVERIFY2(byQuery.exitCode == 0, byQuery.err.constData());
        QCOMPARE(byQuery.json().value(QStringLiteral("added")).toInt(), 2);
        const Run byName = run({QStringLiteral("groups"),
                                QStringLiteral("add"),
                                group,
                                QStringLiteral("gpump-1"),
                                QStringLiteral("gpump-3"),
                                QStringLiteral("--json")});
        QCOMPARE(byName.exitCode, 0);
        QCOMPARE(byName.json().value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(byName.json().value(QStringLiteral("already_members")).toInt(), 1);
        QCOMPARE(byName.json().value(QStringLiteral("members")).toInt(), 3);
        const Run unknown = run({QStringLiteral("groups"),
                                 QStringLiteral("remove"),
                                 group,
                                 QStringLiteral("gpump-1"),
                                 QStringLiteral("no-such-device")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no-such-device"));
        const Run byFile = run({QStringLiteral("groups"),
                                QStringLiteral("remove"),
                                group,
                                QStringLiteral("--devices"),
                                file(QStringLiteral("groups-cli.txt"), "# two\ngpump-1\ngpump-2\n"),
                                QStringLiteral("--json")});
        QCOMPARE(byFile.exitCode, 0);
        QCOMPARE(byFile.json().value(QStringLiteral("removed")).toInt(), 2);
        QCOMPARE(run({QStringLiteral("groups"),
                      QStringLiteral("add"),
                      QStringLiteral("Nope"),
                      QStringLiteral("gpump-1")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("groups"), QStringLiteral("add"), group}).exitCode, 2);

        const Run list
            = run({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray groups = list.json().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("name")).toString(), group);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("members")).toInt(), 1);

        // Saved filters: validated, listed with their matches now; in: works inside them.
        QCOMPARE(run({QStringLiteral("filters"),
                      QStringLiteral("save"),
                      QStringLiteral("Osaka"),
                      QStringLiteral("site:\"Osaka*\"")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("filters"),
                      QStringLiteral("save"),
                      QStringLiteral("Spare"),
                      QStringLiteral("in:\"Spare pumps\"")})
                     .exitCode,
                 0);
        const Run bad = run({QStringLiteral("filters"),
                             QStringLiteral("save"),
                             QStringLiteral("Broken"),
                             QStringLiteral("(site:Osaka"),
                             QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QStringLiteral("query"));
        QCOMPARE(run({QStringLiteral("filters"),
                      QStringLiteral("save"),
                      QStringLiteral("Osaka"),
                      QStringLiteral("tag:pump")})
                     .exitCode,
                 1); // exists; --replace overwrites
        QCOMPARE(run({QStringLiteral("filters"),
                      QStringLiteral("save"),
                      QStringLiteral("Osaka"),
                      QStringLiteral("site:\"Osaka*\" fw:<2"),
                      QStringLiteral("--replace")})
                     .exitCode,
                 0);
        const Run filters
            = run({QStringLiteral("filters"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(filters.exitCode, 0);
        QHash<QString, int> matches;
        for (const QJsonValue &v : filters.json().value(QStringLiteral("filters")).toArray())
            matches.insert(v.toObject().value(QStringLiteral("name")).toString(),
                           v.toObject().value(QStringLiteral("matches")).toInt(-1));
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.value(QStringLiteral("Osaka")), 1);
        QCOMPARE(matches.value(QStringLiteral("Spare")), 1);

        QCOMPARE(run({QStringLiteral("filters"), QStringLiteral("delete"), QStringLiteral("Osaka")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("filters"), QStringLiteral("delete"), QStringLiteral("Osaka")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("groups"), QStringLiteral("delete"), group}).exitCode, 0);
        const Run empty
            = run({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(empty.json().value(QStringLiteral("count")).toInt(), 0);
    }

    // devices timeline ID|NAME: the device journal, oldest first, filtered and limited.
    void devicesTimelineChronological()
    {
        const QString path = m_dir.filePath(QStringLiteral("timeline-cli.db"));
        Device device;
        device.id = QUuid::createUuid();
        device.name = QStringLiteral("timeline-pump");
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
        {
            const QString connection = QStringLiteral("timeline-cli");
            QVERIFY(CacheDatabase::open(path, CacheDatabase::Kind::Fleet, connection).ok());
            QSqlDatabase sql = QSqlDatabase::database(connection);
            QVERIFY(FleetRepository(sql).upsertDevices({device}));
            QVERIFY(JournalRepository(sql).appendJournal(
                {{0,
                  device.id,
                  t0.addSecs(120),
                  QStringLiteral("operation"),
                  QStringLiteral("reboot succeeded"),
                  {{QStringLiteral("operation"), QStringLiteral("reboot")}}},
                 {0,
                  device.id,
                  t0,
                  QStringLiteral("registration"),
                  QStringLiteral("registered"),
                  {}},
                 {0,
                  device.id,
                  t0.addSecs(60),
                  QStringLiteral("health"),
                  QStringLiteral("went offline"),
                  {}}}));
            sql = QSqlDatabase();
            CacheDatabase::close(connection);
        }
        const QStringList cache = {QStringLiteral("--db"), path};
        const Run json = cli(cache
                             + QStringList{QStringLiteral("devices"),
                                           QStringLiteral("timeline"),
                                           QStringLiteral("timeline-pump"),
                                           QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray entries = json.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("registered"));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("operation"));
        QCOMPARE(entries.at(2)
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("operation")),
                 QStringLiteral("reboot"));

        const Run kind = cli(cache
                             + QStringList{QStringLiteral("devices"),
                                           QStringLiteral("timeline"),
                                           device.id.toString(QUuid::WithoutBraces),
                                           QStringLiteral("--kind"),
                                           QStringLiteral("health"),
                                           QStringLiteral("--json")});
        QCOMPARE(kind.json().value(QStringLiteral("count")).toInt(), 1);

        // --limit keeps the newest N, still printed oldest first.
        const Run csv = cli(cache
                            + QStringList{QStringLiteral("devices"),
                                          QStringLiteral("timeline"),
                                          QStringLiteral("timeline-pump"),
                                          QStringLiteral("--limit"),
                                          QStringLiteral("2"),
                                          QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QByteArray("time,kind,message,data"));
        QVERIFY(lines.at(1).contains("went offline"));
        QVERIFY(lines.at(2).contains("reboot succeeded"));

        QCOMPARE(cli(cache
                     + QStringList{QStringLiteral("devices"),
                                   QStringLiteral("timeline"),
                                   QStringLiteral("no-such-pump")})
                     .exitCode,
                 1);
        QCOMPARE(cli(cache
                     + QStringList{QStringLiteral("devices"),
                                   QStringLiteral("timeline"),
                                   QStringLiteral("timeline-pump"),
                                   QStringLiteral("--limit"),
                                   QStringLiteral("0")})
                     .exitCode,
                 2);
    }

    void cacheCheckAndDiagnostics()
    {
        const QStringList cache = db(QStringLiteral("check.db"));
        const Run quick
            = cli(cache
                  + QStringList{
                      QStringLiteral("cache"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(quick.exitCode, 0);
        QCOMPARE(quick.json().value(QStringLiteral("full")).toBool(), false);
        QCOMPARE(cli(cache
                     + QStringList{QStringLiteral("cache"),
                                   QStringLiteral("check"),
                                   QStringLiteral("--full")})
                     .exitCode,
                 0);

        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        const QString zip = m_dir.filePath(QStringLiteral("diag.zip"));
        const Run diag
            = cli({QStringLiteral("diagnostics"), QStringLiteral("export"), zip}, {}, env);
        QVERIFY2(diag.exitCode == 0, diag.err.constData());
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == QByteArray("PK\x03\x04"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
