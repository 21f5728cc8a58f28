#pragma once

#include "CliOutput.h"
#include "mqtt/MqttConnection.h"
#include "mqtt/MqttConnectionSettings.h"
#include "mqtt/TopicStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

// fleetdesk-cli mqtt pub|sub (docs/cli.md). Runs on the CLI's main thread with its own event loop;
// the connection itself runs on its worker thread (MosquittoConnection). A bare URL target never
// touches the keychain or D-Bus; a profile target reads its secret from the keychain.
class MqttCommands
{
    Q_DECLARE_TR_FUNCTIONS(MqttCommands)

public:
    struct Context
    {
        QStringList positional; // without "mqtt"
        QHash<QString, QString> options;
        QSet<QString> flags;
        CliOutput out;
        int timeoutSeconds = 30;
        QString profilesPath;
        QString fleetDbPath; // --db (the telemetry database lies beside it)
        // Reads a secret from the keychain (only called for profiles that need one).
        std::function<bool(const QString &key, QByteArray *secret, QString *error)> readSecret;
        // Reads one line from standard input (--password-stdin with a URL target).
        std::function<QByteArray()> readStdinSecret;
        std::function<int(const QString &message)> usage;
    };

    explicit MqttCommands(Context context);

    static QStringList valueOptions();
    static QStringList flagOptions();
    static QString usageText();

    int run(); // positional[0] = pub | sub
    // --broker (URL or profile) and its secret into settings; also used by MqttDynsecCommands.
    bool resolveBroker(MqttConnectionSettings *settings, int *exitCode);

private:
    QString option(const QString &name) const { return m_ctx.options.value(name); }
    bool flag(const QString &name) const { return m_ctx.flags.contains(name); }
    bool readQos(int *qos, int *exitCode);
    int fail(MqttConnection::Error error, const QString &message);
    int pub(const MqttConnectionSettings &settings);
    int sub(const MqttConnectionSettings &settings);
    int history();
    QString historyKey() const;
    void printTree(const TopicStore &store);

    Context m_ctx;
    bool m_treeMode = false; // mqtt tree: sub without per-message output, then the tree
};
