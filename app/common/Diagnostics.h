#pragma once

#include <QString>

class Settings;

// Help → Export diagnostics and `fleetdesk-cli diagnostics export`: application log, versions and
// settings (never secrets) in one zip file.
namespace Diagnostics {
QString versionReport();
bool exportZip(const QString &zipPath,
               const Settings &settings,
               const QString &profilesPath,
               QString *error);
} // namespace Diagnostics
