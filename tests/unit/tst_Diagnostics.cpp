#include "common/Diagnostics.h"
#include "common/Logging.h"
#include "common/Settings.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_Diagnostics : public QObject
{
    Q_OBJECT

private slots:
    void zipHoldsLogVersionsAndSettingsButNoSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(!Logging::installFileLog(dir.filePath(QStringLiteral("logs"))).isEmpty());
        qCWarning(lcStore) << "a line the support engineer needs";

        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setLanguage(QStringLiteral("ja"));
        settings.setWindowGeometry(QByteArray(40, 'g'));
        settings.sync();
        const QString profiles = dir.filePath(QStringLiteral("profiles.json"));
        QFile p(profiles);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("{\"version\":1,\"profiles\":[{\"name\":\"b\",\"kind\":\"mqtt\",\"url\":"
                "\"mqtt://127.0.0.1:1\",\"auth\":\"password\",\"username\":\"operator-jane\"}]}");
        p.close();

        const QString zip = dir.filePath(QStringLiteral("diag.zip"));
        QString error;
        QVERIFY2(Diagnostics::exportZip(zip, settings.dumpForDiagnostics(), profiles, &error),
                 qPrintable(error));

        auto member = [&](const QString &name) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, name});
            unzip.waitForFinished(20000);
            return QString::fromUtf8(unzip.readAllStandardOutput());
        };
        QVERIFY(member(QStringLiteral("versions.txt")).contains(QStringLiteral("Qt ")));
        QVERIFY(member(QStringLiteral("versions.txt")).contains(QStringLiteral("SQLite 3.")));
        QVERIFY(
            member(QStringLiteral("settings.txt")).contains(QStringLiteral("ui/language = ja")));
        QVERIFY(member(QStringLiteral("settings.txt")).contains(QStringLiteral("<40 bytes>")));
        QVERIFY(member(QStringLiteral("fleetdesk.log"))
                    .contains(QStringLiteral("a line the support engineer needs")));
        const QString exportedProfiles = member(QStringLiteral("profiles.json"));
        QVERIFY(exportedProfiles.contains(QStringLiteral("mqtt://127.0.0.1:1")));
        QVERIFY(!exportedProfiles.contains(QStringLiteral("operator-jane")));
    }
};

QTEST_GUILESS_MAIN(tst_Diagnostics)
#include "tst_Diagnostics.moc"
