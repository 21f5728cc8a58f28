#include "provisioning/CsvReader.h"
#include "security/KeychainSecretStore.h"

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
