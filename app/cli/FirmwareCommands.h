#pragma once

#include "Lwm2mCommands.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

class FirmwareLibrary;

// fleetdesk-cli firmware import|list|remove|key|url|serve (docs/cli.md, docs/firmware-library.md):
// the firmware library next to the fleet cache (--db) and FleetDesk's built-in firmware server.
// No keychain; the network only for `serve`.
class FirmwareCommands
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareCommands)

public:
    explicit FirmwareCommands(Lwm2mCommands::Context context); // positional without "firmware"
    ~FirmwareCommands();

    static QStringList valueOptions(); // model, public-key, listen, cert, key
    static QStringList flagOptions();  // require-signed, clear (replace and json are global)

    int run(); // positional[0] = import|list|remove|key|url|serve

    // "HOST:PORT", "[V6]:PORT", ":PORT", "PORT" or an interface name with a port ("eth0:8080").
    // HOST empty = every address. Returns false with the reason.
    static bool
    parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error);

private:
    QString option(const QString &name) const { return m_ctx.options.value(name); }
    bool flag(const QString &name) const { return m_ctx.flags.contains(name); }
    bool openCache(bool forWriting, int *exitCode);
    FirmwareLibrary library() const;

    int importImage();
    int list();
    int remove();
    int key();
    int url();
    int serve();

    Lwm2mCommands::Context m_ctx;
    QString m_connection;
};
