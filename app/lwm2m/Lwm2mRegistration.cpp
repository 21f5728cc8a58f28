#include "lwm2m/Lwm2mRegistration.h"

#include <QJsonArray>

QDateTime Lwm2mRegistration::parseDate(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    if (value.isString()) {
        bool ok = false;
        const qint64 ms = value.toString().toLongLong(&ok);
        if (ok)
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (time.isValid())
            return time.toUTC();
    }
    return {};
}

Lwm2mRegistration Lwm2mRegistration::fromJson(const QJsonObject &o)
{
    Lwm2mRegistration r;
    r.endpoint = o.value(QLatin1String("endpoint")).toString();
    r.registrationId = o.value(QLatin1String("registrationId")).toString();
    r.address = o.value(QLatin1String("address")).toString();
    r.lwm2mVersion = o.value(QLatin1String("lwM2mVersion")).toString();
    r.bindingMode = o.value(QLatin1String("bindingMode")).toString();
    const QJsonValue lifetime = o.value(QLatin1String("lifetime"));
    r.lifetimeSeconds = lifetime.isString() ? lifetime.toString().toInt() : lifetime.toInt();
    r.queueMode = o.value(QLatin1String("queuemode")).toBool();
    r.sleeping = o.value(QLatin1String("sleeping")).toBool();
    r.registrationDate = parseDate(o.value(QLatin1String("registrationDate")));
    r.lastUpdate = parseDate(o.value(QLatin1String("lastUpdate")));
    for (const QJsonValue &link : o.value(QLatin1String("objectLinks")).toArray())
        r.objectLinks.append(link.toObject().value(QLatin1String("url")).toString());
    return r;
}
