#include "common/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
QString appDir(QStandardPaths::StandardLocation location)
{
    // Spelled out so the GUI and the CLI agree whatever their application names are.
    return QDir(QStandardPaths::writableLocation(location)).filePath(QStringLiteral("FleetDesk"));
}
} // namespace

namespace AppPaths {

QString dataDir()
{
    return appDir(QStandardPaths::GenericDataLocation);
}

QString configDir()
{
    return appDir(QStandardPaths::GenericConfigLocation);
}

QString defaultFleetDb()
{
    return QDir(dataDir()).filePath(QStringLiteral("fleet.db"));
}

QString telemetryDbFor(const QString &fleetDbPath)
{
    return QFileInfo(fleetDbPath).dir().filePath(QStringLiteral("telemetry.db"));
}

QString defaultProfiles()
{
    return QDir(configDir()).filePath(QStringLiteral("profiles.json"));
}

QString logDir()
{
    return QDir(dataDir()).filePath(QStringLiteral("logs"));
}

} // namespace AppPaths
