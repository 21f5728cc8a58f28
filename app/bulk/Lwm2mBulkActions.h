#pragma once

#include "bulk/BulkRun.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class Lwm2mService;
struct Lwm2mResponse;

// The LwM2M side of the Devices menu and `fleetdesk-cli bulk`: which resource each bulk operation
// executes, and how a response becomes a per-device outcome.
class Lwm2mBulkActions
{
    Q_DECLARE_TR_FUNCTIONS(Lwm2mBulkActions)

public:
    // "reboot" /3/0/4, "factory_reset" /3/0/5, "disable" /1/0/4, "registration_update" /1/0/8.
    static QStringList operationIds();
    static QString executePath(const QString &operationId); // empty when unknown
    static bool isDestructive(const QString &operationId);

    static void report(const Lwm2mResponse &response, const BulkRun::Done &done);

    // The per-device action, through the application's LwM2M service (results on context's thread).
    static BulkRun::Action
    action(Lwm2mService *service, const QString &operationId, QObject *context);
};
