#include "fleet/FleetSummary.h"

void FleetSummary::add(const Device &device)
{
    ++total;
    switch (device.health) {
    case Health::Online:
        ++online;
        break;
    case Health::Sleeping:
        ++sleeping;
        break;
    case Health::Offline:
        ++offline;
        break;
    case Health::Unknown:
        ++unknown;
        break;
    }
    if (device.batteryPercent && *device.batteryPercent < LowBatteryPercent)
        ++lowBattery;
}

void FleetSummary::add(const FleetSummary &other)
{
    total += other.total;
    online += other.online;
    sleeping += other.sleeping;
    offline += other.offline;
    unknown += other.unknown;
    lowBattery += other.lowBattery;
}
