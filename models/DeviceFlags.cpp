#include "DeviceFlags.h"

#include "DeviceFields.h"
#include "common/TimeFormat.h"
#include "fleet/FleetGrouping.h"

void DeviceFlags::setDevices(const DeviceList &devices)
{
    m_holders = FleetGrouping::duplicateSerialHolders(devices);
    m_duplicates.clear();
    for (auto it = m_holders.cbegin(); it != m_holders.cend(); ++it)
        m_duplicates.insert(it.key());
}

bool DeviceFlags::setUnreachableProfiles(const QSet<QString> &profiles)
{
    if (profiles == m_unreachable)
        return false;
    m_unreachable = profiles;
    return true;
}

bool DeviceFlags::isStale(const Device &device) const
{
    return device.binding.isBound() && !m_unreachable.isEmpty()
           && m_unreachable.contains(device.binding.profile);
}

bool DeviceFlags::isDuplicate(const Device &device) const
{
    return !device.serial.isEmpty() && !m_duplicates.isEmpty()
           && m_duplicates.contains(device.serial);
}

QString DeviceFlags::duplicateText(const Device &device, const DeviceList &devices) const
{
    if (!isDuplicate(device))
        return {};
    QStringList lines;
    for (const int index : m_holders.value(device.serial)) {
        if (index < 0 || index >= devices.size())
            continue;
        const Device &other = devices.at(index);
        if (other.id == device.id)
            continue;
        const QString server = other.binding.isBound() && !other.binding.profile.isEmpty()
                                   ? other.binding.profile
                                   : tr("no server");
        lines << tr("Serial %1 is also on device %2 (server %3).")
                     .arg(device.serial, DeviceFields::displayName(other), server);
    }
    return lines.join(QLatin1Char('\n'));
}

QString DeviceFlags::staleText(const Device &device, const QDateTime &now) const
{
    if (!isStale(device))
        return {};
    if (!device.lastSeen.isValid())
        return tr("Last known state (never heard from) — server unreachable");
    return tr("Last known state, %1 — server unreachable")
        .arg(TimeFormat::relative(device.lastSeen, now));
}
