#pragma once

#include <QString>

// Firmware versions compare as dotted numbers (docs/firmware-image.md): numeric parts as integers,
// missing parts are 0, and a "-suffix" sorts before the release it belongs to.
namespace FirmwareVersion {
// < 0, 0 or > 0, like strcmp.
int compare(const QString &a, const QString &b);
} // namespace FirmwareVersion
