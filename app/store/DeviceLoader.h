#pragma once

#include "fleet/Device.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Reads devices for FleetRepository::loadDevices() at fleet scale (100,000 rows): one statement of
// the SQLite C API on the connection's own handle (no QVariant per value), and the values that
// repeat across a fleet — site, group path, model, firmware, profile, protocol, tags — read once
// per distinct value, so equal values share one QString (and one tag list) in every Device.
class DeviceLoader
{
public:
    enum class Order {
        AsSelected,    // the rows in the order of `select`
        SiteGroupName, // as ORDER BY site, group_path, name (BINARY), without SQLite's sorter
    };

    // `select` returns the columns id, name, protocol, profile, binding_key, site, group_path,
    // model, serial, firmware, tags, lifecycle, health, last_seen, battery, signal_dbm, in this
    // order, of the whole devices table (its size is reserved up front). nullopt: the connection
    // is not SQLite (the caller reads through QSqlQuery). On an SQL error: an empty list and
    // *error.
    static std::optional<DeviceList> load(const QSqlDatabase &db,
                                          const QString &select,
                                          QString *error = nullptr,
                                          Order order = Order::AsSelected);
};
