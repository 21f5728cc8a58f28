#pragma once

#include "fleet/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVector>
#include <optional>

// An operation held offline: the operator agreed that it waits in the cache until the device's
// server or broker is reachable again. Not LwM2M's queue mode ("waiting for wake-up"), where the
// server is reachable and the device sleeps.
struct HeldOperation
{
    enum class State { Held, Running, Succeeded, Failed, NeedsConfirmation, Discarded };

    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString actor;
    QUuid deviceId;
    QString operation;         // bulk operation id: "reboot", "factory_reset", …
    QJsonObject parameters;    // never secrets
    QJsonObject preconditions; // the device as it was when held (see preconditionsOf)
    State state = State::Held;
    QString result; // in words: why it failed or needs confirmation; empty while held
    QDateTime updatedAt;

    // Held or waiting for the operator's confirmation: still to do.
    bool isOpen() const { return state == State::Held || state == State::NeedsConfirmation; }
    QString deviceName() const; // from the snapshot
    QString profile() const;    // from the snapshot
};

Q_DECLARE_METATYPE(HeldOperation)
using HeldOperationList = QVector<HeldOperation>;

// The held_operations table of the fleet cache (schema 4): the queue survives restarts.
class HeldOperationRepository
{
    Q_DECLARE_TR_FUNCTIONS(HeldOperationRepository)

public:
    explicit HeldOperationRepository(QSqlDatabase db);

    // What must still hold when the operation runs: name, protocol, profile, binding key,
    // firmware version, lifecycle.
    static QJsonObject preconditionsOf(const Device &device);

    // Holds one operation per device in one transaction; the new ids in device order.
    QVector<qint64> hold(const DeviceList &devices,
                         const QString &operation,
                         const QJsonObject &parameters,
                         const QString &actor,
                         QString *error = nullptr);
    // Every operation, newest first; includeClosed: also succeeded, failed and discarded ones.
    HeldOperationList list(bool includeClosed = false, QString *error = nullptr) const;
    std::optional<HeldOperation> find(qint64 id) const;
    int openCount() const;
    bool setState(qint64 id,
                  HeldOperation::State state,
                  const QString &result = {},
                  QString *error = nullptr);
    // Discards open operations (held, needs confirmation); returns how many.
    int discard(const QVector<qint64> &ids, QString *error = nullptr);
    int discardAllOpen(QString *error = nullptr);

    static QString stateId(HeldOperation::State state); // "held", "needs_confirmation", …
    static std::optional<HeldOperation::State> stateFromId(const QString &id);
    static QString stateName(HeldOperation::State state); // translated

private:
    QSqlDatabase m_db;
};
