#pragma once

#include "fleet/Device.h"
#include "fleet/Lwm2mDeviceUpdate.h"
#include "fleet/MqttDeviceUpdate.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// Synchronous access to the fleet cache on one connection. The CLI uses it directly; the GUI only
// through FleetStore, which runs it on a worker thread.
class FleetRepository
{
public:
    explicit FleetRepository(QSqlDatabase db);

    DeviceList loadDevices(QString *error = nullptr) const;
    std::optional<Device> findDevice(const QUuid &id) const;
    // Inserts or replaces every device in one transaction: all or nothing.
    bool upsertDevices(const DeviceList &devices, QString *error = nullptr);
    bool removeDevice(const QUuid &id, QString *error = nullptr);
    // The device bound to {protocol, profile, key}, if any.
    std::optional<Device> findByBinding(const ProtocolBinding &binding) const;
    // Applies what an LwM2M server connection learnt, in one transaction: endpoints without a
    // device become new devices (name = endpoint, no site, lifecycle active); provisioned devices
    // that register become active. fullSnapshot: the updates list every registered endpoint of the
    // profile, so its other devices are marked offline. *ids receives endpoint -> device id.
    bool applyLwm2mUpdates(const QString &profile,
                           const Lwm2mDeviceUpdateList &updates,
                           bool fullSnapshot,
                           QHash<QString, QUuid> *ids = nullptr,
                           QString *error = nullptr);
    std::optional<Lwm2mDeviceUpdate::Registration> lwm2mRegistration(const QUuid &deviceId) const;
    // Applies what an MQTT broker connection learnt (docs/mqtt-dm-convention.md), in one
    // transaction: device ids without a device become new devices (name = id, lifecycle active);
    // identity's site and group place them. Unchanged devices are not written (*written counts the
    // others). *ids receives device id -> device uuid.
    bool applyMqttUpdates(const QString &profile,
                          const MqttDeviceUpdateList &updates,
                          QHash<QString, QUuid> *ids = nullptr,
                          QString *error = nullptr,
                          int *written = nullptr);
    int deviceCount() const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    // When the cache last heard from any server (UTC, invalid if never).
    QDateTime lastSync() const;
    bool setLastSync(const QDateTime &time);

    // Whether a connection profile's server or broker answered when last tried (meta key
    // "profile_state/<name>" = {reachable, since, checked_at}). Written by `sync` and by the
    // window's connectors; devices of an unreachable profile show their last known state as stale.
    struct ProfileState
    {
        QString profile;
        bool reachable = true;
        QDateTime since;     // when it became (un)reachable
        QDateTime checkedAt; // when it was last tried
    };
    // since stays as it was while the state does not change.
    bool setProfileReachable(const QString &profile, bool reachable, const QDateTime &when);
    std::optional<ProfileState> profileState(const QString &profile) const;
    QVector<ProfileState> profileStates() const;
    QSet<QString> unreachableProfiles() const;

    // PRAGMA data_version: changes when another connection (the CLI, another window) commits.
    qint64 dataVersion() const;

private:
    // Every device bound to (protocol, profile), by binding key (LwM2M endpoint, MQTT device id).
    bool boundDevices(Protocol protocol,
                      const QString &profile,
                      QHash<QString, Device> *bound,
                      QString *error) const;

    QSqlDatabase m_db;
};
