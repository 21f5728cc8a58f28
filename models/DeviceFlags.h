#pragma once

#include "fleet/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

// What the tree and the table flag on a device row besides its own values: a serial that another
// device carries too (FleetGrouping::duplicateSerials) and a stale state — the device's server
// profile is unreachable, so what is shown is its last known state.
class DeviceFlags
{
    Q_DECLARE_TR_FUNCTIONS(DeviceFlags)

public:
    // Recomputes the duplicate serials: O(n), one hash of serials.
    void setDevices(const DeviceList &devices);
    // Returns false when nothing changed.
    bool setUnreachableProfiles(const QSet<QString> &profiles);

    const QSet<QString> &unreachableProfiles() const { return m_unreachable; }
    const QSet<QString> &duplicateSerials() const { return m_duplicates; }

    bool isStale(const Device &device) const;
    bool isDuplicate(const Device &device) const;

    // "Serial SN1 is also on device pump-7 (server sandbox-mosquitto)." — one line per other
    // device.
    QString duplicateText(const Device &device, const DeviceList &devices) const;
    // "Last known state, 12 min ago — server unreachable"
    QString staleText(const Device &device, const QDateTime &now) const;

private:
    QSet<QString> m_unreachable;
    QSet<QString> m_duplicates;
    QHash<QString, QVector<int>> m_holders; // duplicate serial -> device indices
};
