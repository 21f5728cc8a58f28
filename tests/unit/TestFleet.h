#pragma once

#include "fleet/Device.h"

#include <QDateTime>

// A small, deterministic fleet for the core's tests.
namespace TestFleet {

inline Device device(int n, const QString &site, const QString &group)
{
    Device d;
    d.id = QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    d.name = QStringLiteral("pump-%1").arg(n, 4, 10, QLatin1Char('0'));
    d.site = site;
    d.groupPath = group;
    d.model = n % 2 ? QStringLiteral("LT-500") : QStringLiteral("LT-700");
    d.serial = QStringLiteral("SN%1").arg(n);
    d.firmwareVersion = n % 3 ? QStringLiteral("2.0.3") : QStringLiteral("1.9.0");
    d.tags = {QStringLiteral("pump")};
    d.binding = {Protocol::Lwm2m, QStringLiteral("sandbox-leshan"), QStringLiteral("ep-%1").arg(n)};
    d.lifecycle = Lifecycle::Active;
    d.health = n % 4 == 0 ? Health::Offline : Health::Online;
    d.lastSeen = QDateTime::fromMSecsSinceEpoch(1764000000000 + n * 1000, Qt::UTC);
    d.batteryPercent = (n * 7) % 101;
    d.signalDbm = -60 - n % 40;
    return d;
}

inline DeviceList fleet(int count)
{
    DeviceList list;
    for (int n = 1; n <= count; ++n)
        list.append(device(n,
                           n % 2 ? QStringLiteral("Osaka plant") : QStringLiteral("Kobe depot"),
                           n % 3 ? QStringLiteral("Line A") : QStringLiteral("Line B/Pumps")));
    return list;
}

} // namespace TestFleet
