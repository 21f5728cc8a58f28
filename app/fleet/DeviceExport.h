#pragma once

#include "fleet/Device.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Writes devices to CSV or JSON — the window's File ▸ Export devices and `fleetdesk-cli devices
// export` (docs/cli.md). The CSV is FOUNDATION's import format plus the state columns, so an export
// of all fields imports again (docs/csv.md). Field ids are stable and never translated.
class DeviceExport
{
    Q_DECLARE_TR_FUNCTIONS(DeviceExport)

public:
    enum class Format { Csv, Json };

    // id, name, site, group, model, serial, firmware, tags, protocol, profile, endpoint, lifecycle,
    // health, last_seen, battery, signal_dbm — in that order.
    static QStringList allFields();
    static bool isField(const QString &field);
    // The column title for people (translated), e.g. "Last seen" for last_seen.
    static QString fieldTitle(const QString &field);
    // .json → Json, anything else → Csv.
    static Format formatForPath(const QString &path);

    // The value as CSV text: tags joined by ';', times in ISO 8601 UTC, missing numbers empty.
    static QString fieldText(const Device &device, const QString &field);
    // The value as JSON: tags an array, battery/signal numbers or null, last_seen a string or null.
    static QJsonValue fieldJson(const Device &device, const QString &field);

    static QByteArray toCsv(const DeviceList &devices, const QStringList &fields);
    // {"count": N, "fields": [...], "devices": [{field: value, …}, …]}
    static QByteArray toJson(const DeviceList &devices, const QStringList &fields);
    // Writes atomically (the file appears complete or not at all); format from the extension.
    static bool write(const QString &path,
                      const DeviceList &devices,
                      const QStringList &fields,
                      QString *error);
};
