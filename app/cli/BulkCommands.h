#pragma once

#include "Lwm2mCommands.h"

#include <QCoreApplication>

// fleetdesk-cli bulk reboot|factory-reset|disable|update-registration (--query Q | --devices FILE)
// [--yes] [--concurrency N] (docs/cli.md). The same framework as the window's Devices menu:
// bounded concurrency, per-device results, an audit entry and journal entries.
class BulkCommands
{
    Q_DECLARE_TR_FUNCTIONS(BulkCommands)

public:
    explicit BulkCommands(Lwm2mCommands::Context context);
    int run(); // positional[0] = operation

private:
    Lwm2mCommands::Context m_ctx;
};
