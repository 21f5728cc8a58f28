#pragma once

#include "Lwm2mCommands.h"
#include "fleet/Device.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ProfileStore;

// fleetdesk-cli queue list|run|discard (docs/cli.md, docs/offline.md): operations held offline
// because their server or broker was unreachable, kept in the cache until they run or are
// discarded; and the holding itself for `bulk … --hold-offline`.
class QueueCommands
{
    Q_DECLARE_TR_FUNCTIONS(QueueCommands)

public:
    explicit QueueCommands(Lwm2mCommands::Context context);
    int run(); // positional[0] = list | run | discard

    // bulk … --hold-offline: asks the servers and brokers of *selected whether they answer,
    // records that in the cache, holds the operation for the devices of those that do not (one
    // line each) and removes them from *selected. Returns how many were held; -1 after an error
    // (already printed).
    static int holdUnreachable(const Lwm2mCommands::Context &ctx,
                               QSqlDatabase db,
                               const ProfileStore &profiles,
                               const QString &operation,
                               DeviceList *selected);

private:
    int list();
    int runHeld();
    int discard();
    bool ids(QVector<qint64> *ids, int *exitCode) const;

    Lwm2mCommands::Context m_ctx;
};
