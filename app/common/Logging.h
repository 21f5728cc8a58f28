#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per area (fleetdesk.<area>); warnings and above are on by default.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcLwm2m)
Q_DECLARE_LOGGING_CATEGORY(lcMqtt)

namespace Logging {
// Sends every log message, in addition to stderr, to a rotating application log file.
// Returns the path of the file in use, or an empty string when the file could not be opened.
QString installFileLog(const QString &directory);
QString currentLogFile();
} // namespace Logging
