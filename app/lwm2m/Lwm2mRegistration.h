#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// A device's registration at an LwM2M server, read from Leshan's Registration JSON. Dates are
// epoch ms (M18) or ISO-8601 strings (M4); both are accepted.
struct Lwm2mRegistration
{
    QString endpoint;
    QString registrationId;
    QString address; // "127.0.0.1:40123"
    QString lwm2mVersion;
    QString bindingMode;
    int lifetimeSeconds = 0;
    bool queueMode = false;
    bool sleeping = false;
    QDateTime registrationDate; // UTC
    QDateTime lastUpdate;       // UTC
    QStringList objectLinks;    // "/3/0", …

    bool isValid() const { return !endpoint.isEmpty(); }
    static Lwm2mRegistration fromJson(const QJsonObject &object);
    static QDateTime parseDate(const QJsonValue &value);
};

using Lwm2mRegistrationList = QVector<Lwm2mRegistration>;

Q_DECLARE_METATYPE(Lwm2mRegistration)
