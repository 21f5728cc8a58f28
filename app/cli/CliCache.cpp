#include "CliCache.h"

#include "store/CacheDatabase.h"

#include <cstdio>

bool CliCache::openFleet(const QString &path,
                         const QString &connectionName,
                         const CliOutput &out,
                         bool forWriting,
                         int *exitCode)
{
    const CacheDatabase::OpenResult result
        = CacheDatabase::open(path, CacheDatabase::Kind::Fleet, connectionName);
    if (!result.ok()) {
        *exitCode = out.error(ExitCode::Failure, QStringLiteral("cache"), result.message);
        return false;
    }
    if (!result.message.isEmpty())
        std::fprintf(stderr, "fleetdesk-cli: %s\n", result.message.toUtf8().constData());
    if (forWriting && result.readOnly) {
        *exitCode = out.error(ExitCode::Failure,
                              QStringLiteral("cache"),
                              tr("the cache is read-only; nothing was changed"));
        return false;
    }
    return true;
}
