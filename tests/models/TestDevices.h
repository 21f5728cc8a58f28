#pragma once

#include "fleet/Device.h"

#include <QDateTime>
#include <QUuid>

// A deterministic fleet for the model and GUI tests: device n is "pump-n" (four digits), on "Osaka
// plant" (odd n) or "Kobe depot" (even n), in group "Line A", "Line B/Pumps" or none; every 25th
// device has no site ("Unassigned"). Health cycles online, online, sleeping, offline; device 7 is
// unknown.
namespace TestDevices {

inline const QDateTime &referenceNow()
{
    static const QDateTime now(QDate(2026, 11, 26), QTime(10, 42, 3), Qt::UTC);
    return now;
}

inline QUuid idFor(int n)
{
    return QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

inline QString nameFor(int n)
{
    return QStringLiteral("pump-%1").arg(n, 4, 10, QLatin1Char('0'));
}

inline QString siteFor(int n)
{
    if (n % 25 == 0)
        return QString();
    return n % 2 ? QStringLiteral("Osaka plant") : QStringLiteral("Kobe depot");
}

inline QString groupFor(int n)
{
    switch (n % 3) {
    case 0:
        return QStringLiteral("Line A");
    case 1:
        return QStringLiteral("Line B/Pumps");
    default:
        return QString();
    }
}

inline Health healthFor(int n)
{
    if (n == 7)
        return Health::Unknown;
    switch (n % 4) {
    case 2:
        return Health::Sleeping;
    case 3:
        return Health::Offline;
    default:
        return Health::Online;
    }
}

inline Device device(int n)
{
    Device d;
    d.id = idFor(n);
    d.name = nameFor(n);
    d.site = siteFor(n);
    d.groupPath = groupFor(n);
    d.model = n % 2 ? QStringLiteral("LT-500") : QStringLiteral("LT-700");
    d.serial = QStringLiteral("SN%1").arg(n, 6, 10, QLatin1Char('0'));
    d.firmwareVersion = n % 5 ? QStringLiteral("2.0.3") : QStringLiteral("1.9.0");
    d.tags = {QStringLiteral("pump")};
    d.binding = {Protocol::Lwm2m, QStringLiteral("sandbox-leshan"), QStringLiteral("ep-%1").arg(n)};
    d.lifecycle = Lifecycle::Active;
    d.health = healthFor(n);
    d.lastSeen = referenceNow().addSecs(-qint64(n) * 7);
    if (n % 10 != 0)
        d.batteryPercent = (n * 7) % 101;
    d.signalDbm = -60 - n % 40;
    return d;
}

inline DeviceList fleet(int count)
{
    DeviceList list;
    list.reserve(count);
    for (int n = 1; n <= count; ++n)
        list.append(device(n));
    return list;
}

} // namespace TestDevices
