#pragma once

#include "CliOutput.h"
#include "Lwm2mCommands.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class FleetRepository;
class SecretStore;
struct ConnectionProfile;

// fleetdesk-cli [--db PATH] [--profiles PATH] [--timeout S] COMMAND … (docs/cli.md).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit Cli(QStringList arguments);
    ~Cli();
    int run();

private:
    bool parse(QString *error);
    QString option(const QString &name) const { return m_options.value(name); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    int timeoutSeconds() const;
    QString dbPath() const;
    QString profilesPath() const;

    int usage(const QString &message = QString()) const;
    int printVersion() const;

    int devicesList();
    int devicesImport();
    int profilesList();
    int profilesAdd();
    int profilesRemove();
    int profilesImportSandbox();
    int profilesTest();
    int cacheCheck();
    int diagnosticsExport();
    int lwm2m(bool sync); // Lwm2mCommands: lwm2m … and sync
    int bulk();           // BulkCommands
    int mqtt();           // MqttCommands: mqtt pub|sub
    Lwm2mCommands::Context lwm2mContext();

    // Opens the fleet cache on this thread; on failure writes the error and returns false.
    bool openCache(int *exitCode, bool *readOnly = nullptr);
    SecretStore &
    secrets(); // created on first use only: commands that need no secret never touch D-Bus
    bool writeSecret(const QString &key, const QByteArray &secret, QString *error);
    bool removeSecret(const QString &key, QString *error);
    bool readSecret(const QString &key, QByteArray *secret, QString *error);
    QByteArray readPasswordStdin() const;

    QStringList m_arguments;
    QStringList m_positional;
    QHash<QString, QString> m_options;
    QSet<QString> m_flags;
    CliOutput m_out;
    QString m_connection;
    SecretStore *m_secrets = nullptr;
};
