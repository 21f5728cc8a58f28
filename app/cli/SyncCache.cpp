#include "SyncCache.h"

#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace {
const QString Connection = QStringLiteral("fleetdesk-cli-sync");
} // namespace

QString SyncCache::write(const QString &dbPath,
                         const QHash<QString, bool> &reachable,
                         const QVector<MqttSync::Result> &brokers)
{
    QString error;
    {
        const auto opened = CacheDatabase::open(dbPath, CacheDatabase::Kind::Fleet, Connection);
        if (!opened.ok() || opened.readOnly) {
            error = opened.ok() ? CacheDatabase::tr("The cache is read-only; nothing was changed.")
                                : opened.message;
        } else {
            FleetRepository fleet(QSqlDatabase::database(Connection));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            bool wrote = false;
            for (const MqttSync::Result &r : brokers) {
                if (!r.updates.isEmpty()) {
                    QString message;
                    if (fleet.applyMqttUpdates(r.profile, r.updates, nullptr, &message))
                        wrote = true;
                    else
                        error = tr("%1: the devices were not written: %2").arg(r.profile, message);
                }
                fleet.setProfileReachable(r.profile, r.reachable, now);
            }
            for (auto it = reachable.cbegin(); it != reachable.cend(); ++it)
                fleet.setProfileReachable(it.key(), it.value(), now);
            if (wrote)
                fleet.setLastSync(now);
        }
    }
    CacheDatabase::close(Connection);
    return error;
}
