#pragma once

#include <QString>

// Help → Export diagnostics and `fleetdesk-cli diagnostics export`: application log, versions and
// settings (never secrets) in one zip file.
namespace Diagnostics {
QString versionReport();
// settingsDump: Settings::dumpForDiagnostics(), taken on the thread that owns the settings.
bool exportZip(const QString &zipPath,
               const QString &settingsDump,
               const QString &profilesPath,
               QString *error);
} // namespace Diagnostics
