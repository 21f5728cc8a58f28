#pragma once

#include "CliOutput.h"
#include "Lwm2mCommands.h"

#include "fleet/Device.h"
#include "fleet/FleetQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

// fleetdesk-cli devices list [--query Q] [--group-by F] [--json|--csv] and
// devices export [--query Q] [--columns a,b,c] FILE.csv|FILE.json (docs/cli.md): the fleet query
// language (docs/query.md) over the cache. Also what bulk … --query uses to pick its devices.
class DeviceQueryCommands
{
    Q_DECLARE_TR_FUNCTIONS(DeviceQueryCommands)

public:
    explicit DeviceQueryCommands(Lwm2mCommands::Context context);

    int list();       // positional: list
    int exportFile(); // positional: export FILE

    // Parses `text` with the context. A malformed query: the message on stderr with the query and
    // a caret line under the problem (with --json also {"error":{"code":"query","message",
    // "position","length"}}), and false with *exitCode = 2.
    static bool parseQuery(const CliOutput &out,
                           const QString &text,
                           const FleetQueryContext &context,
                           FleetQuery *query,
                           int *exitCode);
    // The caret line under [position, position + length) of `text` (wide characters count 2).
    static QString caretLine(const QString &text, int position, int length);

    static QJsonObject deviceJson(const Device &device);
    // The CSV columns of devices list --csv and devices export (csv.md + the read-only state).
    static QStringList columns();
    static QString columnValue(const Device &device, const QString &column);

private:
    // Opens the cache, loads the devices and keeps those the query finds.
    bool select(DeviceList *selected, QDateTime *lastSync, int *exitCode);

    Lwm2mCommands::Context m_ctx;
};
