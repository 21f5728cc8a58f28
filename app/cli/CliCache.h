#pragma once

#include "CliOutput.h"

#include <QCoreApplication>
#include <QString>

// Opening the fleet cache for a CLI command, the same way for every command: a damaged cache moved
// aside or a newer one opened read-only is reported on stderr; a read-only cache is refused for a
// command that writes ("cache" error, exit 1). The caller closes the connection
// (CacheDatabase::close) when done.
class CliCache
{
    Q_DECLARE_TR_FUNCTIONS(CliCache)

public:
    static bool openFleet(const QString &path,
                          const QString &connectionName,
                          const CliOutput &out,
                          bool forWriting,
                          int *exitCode);
};
