// FleetStore's calls for operations held offline (docs/offline.md): each runs one
// HeldOperationRepository change on the worker thread (FleetStore::changeHeldOperations), then
// heldOperationsLoaded follows (or failed, with the reason in words).
#include "store/FleetStore.h"

void FleetStore::holdOperations(const DeviceList &devices,
                                const QString &operation,
                                const QJsonObject &parameters)
{
    changeHeldOperations([devices, operation, parameters](HeldOperationRepository &repo,
                                                          QString *error) {
        return repo.hold(devices, operation, parameters, JournalRepository::currentActor(), error)
                   .size()
               == devices.size();
    });
}

void FleetStore::setHeldOperationState(qint64 id, HeldOperation::State state, const QString &result)
{
    changeHeldOperations([id, state, result](HeldOperationRepository &repo, QString *error) {
        return repo.setState(id, state, result, error);
    });
}

void FleetStore::discardHeldOperations(const QVector<qint64> &ids)
{
    changeHeldOperations([ids](HeldOperationRepository &repo, QString *error) {
        error->clear();
        repo.discard(ids, error);
        return error->isEmpty();
    });
}
