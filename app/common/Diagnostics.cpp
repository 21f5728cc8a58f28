#include "common/Diagnostics.h"

#include "common/Logging.h"
#include "common/ZipWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

namespace {

QString sqliteVersion()
{
    const QString name = QStringLiteral("fleetdesk-diagnostics-sqlite");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Profiles hold no secrets by design; still keep only the fields that help support.
QByteArray profilesWithoutSecrets(const QString &path)
{
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path));
    QJsonArray out;
    const QJsonArray profiles = doc.object().value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &value : profiles) {
        QJsonObject profile = value.toObject();
        profile.remove(QStringLiteral("username"));
        out.append(profile);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("profiles"), out}}).toJson();
}

} // namespace

namespace Diagnostics {

QString versionReport()
{
    QString text;
    text += QStringLiteral("FleetDesk %1\n").arg(QStringLiteral(FLEETDESK_VERSION));
    text += QStringLiteral("Qt %1 (built with %2)\n")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    text += QStringLiteral("SQLite %1\n").arg(sqliteVersion());
    text += QStringLiteral("OS %1, kernel %2 %3, %4\n")
                .arg(QSysInfo::prettyProductName(),
                     QSysInfo::kernelType(),
                     QSysInfo::kernelVersion(),
                     QSysInfo::currentCpuArchitecture());
    return text;
}

bool exportZip(const QString &zipPath,
               const QString &settingsDump,
               const QString &profilesPath,
               QString *error)
{
    ZipWriter zip;
    zip.addFile(QStringLiteral("versions.txt"), versionReport().toUtf8());
    zip.addFile(QStringLiteral("settings.txt"), settingsDump.toUtf8());
    if (!profilesPath.isEmpty() && QFile::exists(profilesPath))
        zip.addFile(QStringLiteral("profiles.json"), profilesWithoutSecrets(profilesPath));
    const QString log = Logging::currentLogFile();
    if (!log.isEmpty()) {
        zip.addFile(QStringLiteral("fleetdesk.log"), readFile(log));
        const QByteArray previous = readFile(log + QStringLiteral(".1"));
        if (!previous.isEmpty())
            zip.addFile(QStringLiteral("fleetdesk.log.1"), previous);
    }
    return zip.writeTo(zipPath, error);
}

} // namespace Diagnostics
