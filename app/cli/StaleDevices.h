#pragma once

#include "fleet/Device.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

class FleetRepository;

// `devices list --json` (docs/offline.md): a device whose server or broker did not answer when last
// tried shows its last known state as stale, with the age of that state.
class StaleDevices
{
public:
    explicit StaleDevices(const FleetRepository &fleet,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    bool isStale(const Device &device) const;
    // Adds "stale" (true/false) and, for stale devices, "unreachable_since" and "state_age_s"
    // (seconds since the device was last heard of; null when never).
    QJsonObject annotate(QJsonObject json, const Device &device) const;

private:
    QHash<QString, QDateTime> m_unreachableSince; // profile → since
    QDateTime m_now;
};
