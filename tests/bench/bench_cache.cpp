// Fleet cache benchmark: 100,000 devices written and read back through FleetRepository, compared in
// the same run with the bare SQL the repository is built on. Prints BENCH lines
// (docs/BENCHMARKS.md).
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

namespace {

constexpr int DeviceCount = 100000;

DeviceList makeFleet()
{
    DeviceList fleet;
    fleet.reserve(DeviceCount);
    for (int n = 0; n < DeviceCount; ++n) {
        Device d;
        d.id = QUuid::createUuid();
        d.name = QStringLiteral("device-%1").arg(n, 6, 10, QLatin1Char('0'));
        d.site = QStringLiteral("Site %1").arg(n % 40);
        d.groupPath = QStringLiteral("Line %1/Cell %2").arg(n % 7).arg(n % 13);
        d.model = QStringLiteral("LT-500");
        d.serial = QStringLiteral("SN%1").arg(n);
        d.firmwareVersion = QStringLiteral("2.0.%1").arg(n % 5);
        d.tags = {QStringLiteral("pump")};
        d.binding = {Protocol::Lwm2m, QStringLiteral("leshan"), QStringLiteral("ep-%1").arg(n)};
        d.health = Health::Online;
        d.lastSeen = QDateTime::currentDateTimeUtc();
        d.batteryPercent = n % 101;
        d.signalDbm = -70;
        fleet.append(d);
    }
    return fleet;
}

void bench(const char *name, double value, const char *unit, const char *op, double target)
{
    std::printf("BENCH %s %.3f %s goal %s %g\n", name, value, unit, op, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString conn = QStringLiteral("bench");
    if (!CacheDatabase::open(
             dir.filePath(QStringLiteral("fleet.db")), CacheDatabase::Kind::Fleet, conn)
             .ok())
        return 1;
    {
        FleetRepository repo(QSqlDatabase::database(conn));
        const DeviceList fleet = makeFleet();

        QElapsedTimer timer;
        timer.start();
        if (!repo.upsertDevices(fleet))
            return 1;
        const double writeSeconds = timer.nsecsElapsed() / 1e9;

        // The floor: iterate every row and column with bare SQL, no Device objects.
        timer.restart();
        QSqlQuery raw(QSqlDatabase::database(conn));
        raw.setForwardOnly(true);
        raw.exec(QStringLiteral("SELECT * FROM devices"));
        qint64 rows = 0;
        while (raw.next()) {
            for (int c = 0; c < 17; ++c)
                (void)raw.value(c);
            ++rows;
        }
        const double rawSeconds = timer.nsecsElapsed() / 1e9;

        timer.restart();
        const DeviceList loaded = repo.loadDevices();
        const double loadSeconds = timer.nsecsElapsed() / 1e9;
        if (loaded.size() != DeviceCount || rows != DeviceCount)
            return 1;

        bench("cache_upsert_100k", writeSeconds, "s", "<=", 5);
        bench("cache_load_100k", loadSeconds, "s", "<=", 2);
        bench("cache_load_vs_raw_sql_ratio", rawSeconds / loadSeconds, "x", ">=", 0.5);
    }
    CacheDatabase::close(conn);
    return 0;
}
