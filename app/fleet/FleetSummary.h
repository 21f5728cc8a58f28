#pragma once

#include "fleet/Device.h"

#include <QMetaType>

// Counts over a set of devices: what a tree node, the status bar and the CLI summarise.
struct FleetSummary
{
    int total = 0;
    int online = 0;
    int sleeping = 0;
    int offline = 0;
    int unknown = 0;
    int lowBattery = 0; // battery below LowBatteryPercent

    static constexpr int LowBatteryPercent = 20;

    void add(const Device &device);
    void add(const FleetSummary &other);
    int needsAttention() const { return offline + lowBattery; }
};

Q_DECLARE_METATYPE(FleetSummary)
