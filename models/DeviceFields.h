#pragma once

#include "fleet/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The device fields the views show as columns (the table has all of them, the tree some): their
// header, display text and sort order. Sorting never goes through QVariant or a collator: names
// compare naturally ("pump-2" before "pump-10", case-insensitive), firmware versions as dotted
// numbers (FirmwareVersion), numbers as numbers, unknown values first.
class DeviceFields
{
    Q_DECLARE_TR_FUNCTIONS(DeviceFields)

public:
    enum Field {
        Name,
        Site,
        Group,
        Model,
        Serial,
        Firmware,
        Health,
        Battery,
        Signal,
        LastSeen,
        Protocol,
        Server,
        Endpoint,
        Tags,
        Lifecycle,
        FieldCount
    };

    static QString header(Field field);
    static QString text(const Device &device, Field field, const QDateTime &now);
    // < 0, 0, > 0. Ties are not broken here (callers add the name, then the id).
    static int compare(const Device &a, const Device &b, Field field);
    // Natural, case-insensitive comparison of names: digit runs compare as numbers.
    static int naturalCompare(const QString &a, const QString &b);
    // Worst first, so an ascending sort by health puts what needs attention on top.
    static int healthRank(::Health health);
    static QString displayName(const Device &device); // the name, or the id when it has none
    static QString unknownValueText();                // "—"
    static QString batteryText(std::optional<int> percent);
    static QString signalText(std::optional<int> dbm);
};
