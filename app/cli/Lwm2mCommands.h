#pragma once

#include "CliOutput.h"
#include "profiles/ConnectionProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

class LeshanRestClient;
class Lwm2mReply;
struct Lwm2mResponse;

// fleetdesk-cli lwm2m … and sync (docs/cli.md). Runs on the CLI's main thread with its own event
// loop; never touches the keychain for a bare URL target.
class Lwm2mCommands
{
    Q_DECLARE_TR_FUNCTIONS(Lwm2mCommands)

public:
    struct Context
    {
        QStringList positional; // without "lwm2m"
        QHash<QString, QString> options;
        QSet<QString> flags;
        CliOutput out;
        int timeoutSeconds = 30;
        QString dbPath;
        QString profilesPath;
        // Reads a secret from the keychain (only called for profiles that need one).
        std::function<bool(const QString &key, QByteArray *secret, QString *error)> readSecret;
        std::function<int(const QString &message)> usage;
    };

    explicit Lwm2mCommands(Context context);

    static QStringList valueOptions();
    static QStringList flagOptions();
    static QString usageText();

    int runLwm2m(); // positional[0] = subcommand
    int runSync();

private:
    QString option(const QString &name) const { return m_ctx.options.value(name); }
    bool flag(const QString &name) const { return m_ctx.flags.contains(name); }
    // Resolves --server (URL or profile name) into a profile and secret; on failure returns false
    // with *exitCode set.
    bool resolveServer(const QString &target,
                       ConnectionProfile *profile,
                       QByteArray *secret,
                       int *exitCode);
    bool
    loadProfile(const QString &name, ConnectionProfile *profile, QByteArray *secret, int *exitCode);
    Lwm2mResponse wait(Lwm2mReply *reply);
    int fail(const Lwm2mResponse &response);

    int clients(LeshanRestClient &client);
    int read(LeshanRestClient &client);
    int write(LeshanRestClient &client);
    int execute(LeshanRestClient &client);
    int discover(LeshanRestClient &client);
    int create(LeshanRestClient &client);
    int deleteInstance(LeshanRestClient &client);
    int readComposite(LeshanRestClient &client);
    int cancelObserve(LeshanRestClient &client);
    int attributes(LeshanRestClient &client);
    int observe(const ConnectionProfile &profile, const QByteArray &secret);
    // The resource's type from the server's object models (GET /api/objectspecs/{ep}).
    bool resourceType(LeshanRestClient &client,
                      const QString &endpoint,
                      int objectId,
                      int resourceId,
                      int *type,
                      QString *error);

    Context m_ctx;
    QStringList m_args; // positional arguments after the subcommand
};
