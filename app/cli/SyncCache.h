#pragma once

#include "MqttSync.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// What `sync` writes at the end besides the LwM2M registrations (those go through FleetStore while
// it runs): the brokers' devices, and whether each profile answered (its devices show as stale in
// the cache while it does not).
class SyncCache
{
    Q_DECLARE_TR_FUNCTIONS(SyncCache)

public:
    // reachable: LwM2M server profile → synchronised. Returns an error message, empty on success.
    static QString write(const QString &dbPath,
                         const QHash<QString, bool> &reachable,
                         const QVector<MqttSync::Result> &brokers);
};
