#include "bulk/Lwm2mBulkActions.h"

#include "lwm2m/Lwm2mResponse.h"
#include "lwm2m/Lwm2mService.h"

#include <QPointer>

#include <memory>

QStringList Lwm2mBulkActions::operationIds()
{
    return {QStringLiteral("reboot"),
            QStringLiteral("factory_reset"),
            QStringLiteral("disable"),
            QStringLiteral("registration_update")};
}

QString Lwm2mBulkActions::executePath(const QString &operationId)
{
    if (operationId == QLatin1String("reboot"))
        return QStringLiteral("/3/0/4");
    if (operationId == QLatin1String("factory_reset"))
        return QStringLiteral("/3/0/5");
    if (operationId == QLatin1String("disable"))
        return QStringLiteral("/1/0/4");
    if (operationId == QLatin1String("registration_update"))
        return QStringLiteral("/1/0/8");
    return {};
}

bool Lwm2mBulkActions::isDestructive(const QString &operationId)
{
    return operationId == QLatin1String("factory_reset");
}

void Lwm2mBulkActions::report(const Lwm2mResponse &response, const BulkRun::Done &done)
{
    if (response.ok() && response.delayed) {
        done(BulkRun::Outcome::WaitingForWakeUp, tr("waiting for the device to wake up"));
        return;
    }
    if (response.ok()) {
        done(BulkRun::Outcome::Succeeded, {});
        return;
    }
    const bool timedOut = response.error == Lwm2mResponse::Error::DeviceTimeout
                          || response.error == Lwm2mResponse::Error::Timeout;
    done(timedOut ? BulkRun::Outcome::TimedOut : BulkRun::Outcome::Failed, response.message);
}

BulkRun::Action
Lwm2mBulkActions::action(Lwm2mService *service, const QString &operationId, QObject *context)
{
    const QString path = executePath(operationId);
    if (path.isEmpty() || !service)
        return {};
    QPointer<Lwm2mService> guard(service);
    return [guard, path, context](const BulkRun::Target &target, const BulkRun::Done &done) {
        if (!guard) {
            done(BulkRun::Outcome::Failed, tr("FleetDesk is shutting down"));
            return;
        }
        if (target.key.isEmpty() || target.profile.isEmpty()) {
            done(BulkRun::Outcome::Failed, tr("the device is not bound to an LwM2M server"));
            return;
        }
        // A sleeping queue-mode device: the request waits for its wake-up and does not hold a slot.
        auto requestId = std::make_shared<quint64>(0);
        auto waiting = std::make_shared<QMetaObject::Connection>();
        *waiting = QObject::connect(guard.data(),
                                    &Lwm2mService::requestWaitingForWakeUp,
                                    context,
                                    [requestId, done](quint64 id) {
                                        if (id == *requestId)
                                            done(BulkRun::Outcome::WaitingForWakeUp,
                                                 tr("waiting for the device to wake up"));
                                    });
        *requestId = guard->execute(target.profile,
                                    target.key,
                                    path,
                                    QString(),
                                    context,
                                    [done, waiting](const Lwm2mResponse &response) {
                                        QObject::disconnect(*waiting);
                                        report(response, done);
                                    });
    };
}
