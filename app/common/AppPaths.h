#pragma once

#include <QString>

// Where FleetDesk keeps its files when no explicit path is given.
namespace AppPaths {
QString dataDir();                                  // ~/.local/share/FleetDesk
QString configDir();                                // ~/.config/FleetDesk
QString defaultFleetDb();                           // dataDir()/fleet.db
QString telemetryDbFor(const QString &fleetDbPath); // telemetry.db beside the fleet cache
QString defaultProfiles();                          // configDir()/profiles.json
QString logDir();                                   // dataDir()/logs
} // namespace AppPaths
