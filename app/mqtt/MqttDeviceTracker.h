#pragma once

#include "fleet/MqttDeviceUpdate.h"
#include "mqtt/MqttConnection.h"
#include "mqtt/MqttDmProtocol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>

// What is known about one device of the convention (docs/mqtt-dm-convention.md).
struct MqttDeviceState
{
    QString id;
    std::optional<bool> online; // the last status; nullopt = never seen one
    QString offlineReason;      // reboot, factory-reset, disabled, shutdown, firmware-update, lost
    QDateTime disabledUntil;
    int session = 0;
    bool hasIdentity = false;
    QString model;
    QString manufacturer;
    QString serial;
    QString firmwareVersion;
    QString hardwareVersion;
    QString deviceType;
    QString site;
    QString group;
    std::optional<int> batteryPercent;
    std::optional<int> signalDbm;
    std::optional<bool> enabled;
    int reportIntervalSeconds = 300;
    std::optional<qint64> configVersion;
    QJsonObject config;
    std::optional<MqttFirmwareProgress> firmware;
    QDateTime lastSeen; // UTC; the newest message of any kind (its ts, or when it arrived)
};

// Follows the convention's topics on one broker connection and turns status, identity, attributes,
// config, firmware (and the time of telemetry) into the fleet's view of each device, keyed by
// (broker profile, device id). Health: online while the last status is online, offline after an
// offline status, stale (the fleet's "sleeping") when the last message is older than
// 3 × report_interval_s. Garbage payloads are counted and ignored. Lives on the connection's
// thread.
class MqttDeviceTracker : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    MqttDeviceTracker(MqttConnection *connection, QString profile, QObject *parent = nullptr);

    // Subscribes to the convention's topics (QoS 1; the connection keeps them across reconnects).
    void start();

    const QString &profile() const { return m_profile; }
    const QHash<QString, MqttDeviceState> &devices() const { return m_devices; }
    const MqttDeviceState *device(const QString &id) const;
    Health health(const QString &id) const;
    static Health health(const MqttDeviceState &state, const QDateTime &now);
    MqttDeviceUpdate update(const MqttDeviceState &state) const;

    // True once every filter is acknowledged and the retained messages had time to arrive (no
    // message for the settle delay, at most 10 s), so "never seen" means the broker holds nothing
    // for the device.
    bool isSettled() const { return m_settled; }
    int garbageCount() const { return m_garbage; }

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setStaleCheckInterval(int milliseconds);
    void setSettleDelay(int milliseconds) { m_settleDelayMs = milliseconds; }

signals:
    // At most one batch per received batch, with the devices that changed (a newer last seen alone
    // at most once a minute per device), and per stale check that changed a health.
    void updatesReady(const QString &profile, const MqttDeviceUpdateList &updates);
    void firmwareProgress(const QString &deviceId, const MqttFirmwareProgress &progress);
    void statusChanged(const QString &deviceId, bool online);
    void settled();
    void garbageIgnored(const QString &topic, const QString &reason);

private:
    void onMessages(const QVector<MqttMessage> &messages);
    void onSubscribed(const QString &filter);
    bool apply(const MqttMessage &message, const MqttDmProtocol::Topic &topic, QString *error);
    void ignore(const QString &topic, const QString &reason);
    void checkStale();
    void settle();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    QPointer<MqttConnection> m_connection;
    QString m_profile;
    QHash<QString, MqttDeviceState> m_devices;
    QHash<QString, MqttDeviceUpdate> m_reported; // what the last update of each device said
    QSet<QString> m_pendingFilters;
    QTimer m_staleTimer;
    QTimer m_settleTimer;
    QElapsedTimer m_settleClock;
    Clock m_clock;
    int m_settleDelayMs = 500;
    int m_garbage = 0;
    bool m_settled = false;
    bool m_started = false;
};
