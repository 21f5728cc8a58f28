#include "Cli.h"

#include "BulkCommands.h"
#include "CampaignCommands.h"
#include "DeviceQueryCommands.h"
#include "FirmwareCommands.h"
#include "GroupCommands.h"
#include "Lwm2mCommands.h"
#include "MqttCommands.h"
#include "QueueCommands.h"

#include "common/AppPaths.h"
#include "common/Diagnostics.h"
#include "common/Logging.h"
#include "common/Settings.h"
#include "profiles/ProfileProbe.h"
#include "profiles/ProfileStore.h"
#include "profiles/SandboxImport.h"
#include "provisioning/CsvImport.h"
#include "provisioning/CsvReader.h"
#include "security/KeychainSecretStore.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibraryInfo>
#include <QSqlDatabase>
#include <QTimer>
#include <cstdio>

namespace {

const QSet<QString> ValueOptions = {
    QStringLiteral("db"),
    QStringLiteral("profiles"),
    QStringLiteral("timeout"),
    QStringLiteral("filter"),
    QStringLiteral("kind"),
    QStringLiteral("url"),
    QStringLiteral("auth"),
    QStringLiteral("username"),
    QStringLiteral("ca-file"),
    QStringLiteral("client-cert"),
    QStringLiteral("client-key"),
    QStringLiteral("mqtt-version"),
    // lwm2m … and sync (Lwm2mCommands)
    QStringLiteral("server"),
    QStringLiteral("format"),
    QStringLiteral("type"),
    QStringLiteral("args"),
    QStringLiteral("count"),
    QStringLiteral("duration"),
    QStringLiteral("profile"),
    // bulk … (BulkCommands)
    QStringLiteral("query"),
    QStringLiteral("devices"),
    QStringLiteral("concurrency"),
    // devices list --group-by, devices export --columns (DeviceQueryCommands)
    QStringLiteral("group-by"),
    QStringLiteral("columns"),
    // devices timeline --limit (GroupCommands)
    QStringLiteral("limit"),
    // mqtt pub|sub (MqttCommands); --pin also for profiles add
    QStringLiteral("broker"),
    QStringLiteral("topic"),
    QStringLiteral("payload"),
    QStringLiteral("payload-file"),
    QStringLiteral("qos"),
    QStringLiteral("pin"),
    QStringLiteral("client-id"),
    QStringLiteral("keepalive"),
    QStringLiteral("history"),
    QStringLiteral("max-topics"),
    // mqtt devices|command (MqttDeviceCommands)
    QStringLiteral("device"),
    // mqtt dynsec … (MqttDynsecCommands)
    QStringLiteral("fixed-client-id"),
    QStringLiteral("textname"),
    QStringLiteral("roles"),
    // firmware … (FirmwareCommands)
    QStringLiteral("model"),
    QStringLiteral("public-key"),
    QStringLiteral("listen"),
    QStringLiteral("cert"),
    QStringLiteral("key"),
    // campaign create|run (CampaignCommands)
    QStringLiteral("serve"),
    QStringLiteral("package-url"),
    QStringLiteral("poll-ms"),
    QStringLiteral("clock"),
};
const QSet<QString> FlagOptions = {
    QStringLiteral("json"),
    QStringLiteral("csv"),
    QStringLiteral("dry-run"),
    QStringLiteral("accept-valid"),
    QStringLiteral("password-stdin"),
    QStringLiteral("no-verify"),
    QStringLiteral("no-connect"),
    QStringLiteral("full"),
    QStringLiteral("version"),
    QStringLiteral("help"),
    QStringLiteral("partial"),
    QStringLiteral("active"),
    QStringLiteral("yes"),
    QStringLiteral("retain"),
    QStringLiteral("stats"),
    QStringLiteral("client-password-stdin"),
    QStringLiteral("wait"),
    // bulk --hold-offline, queue run --confirm, queue list|discard --all (QueueCommands)
    QStringLiteral("hold-offline"),
    QStringLiteral("confirm"),
    QStringLiteral("all"),
    // filters save --replace (GroupCommands)
    QStringLiteral("replace"),
    // firmware key --require-signed|--clear, firmware url --clear (FirmwareCommands)
    QStringLiteral("require-signed"),
    QStringLiteral("clear"),
    // campaign create --https --no-sync, status --watch, report --pdf (CampaignCommands)
    QStringLiteral("https"),
    QStringLiteral("no-sync"),
    QStringLiteral("watch"),
    QStringLiteral("pdf"),
};

constexpr int DefaultTimeoutSeconds = 30;

// A target given as a URL rather than a profile name (docs/cli.md).
bool isUrlTarget(const QString &text)
{
    for (const char *scheme : {"mqtt://", "mqtts://", "http://", "https://"}) {
        if (text.startsWith(QLatin1String(scheme)))
            return true;
    }
    return false;
}

} // namespace

Cli::Cli(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_connection(QStringLiteral("fleetdesk-cli"))
{}

Cli::~Cli()
{
    if (QSqlDatabase::contains(m_connection))
        CacheDatabase::close(m_connection);
    delete m_secrets;
}

bool Cli::parse(QString *error)
{
    for (int i = 0; i < m_arguments.size(); ++i) {
        const QString &arg = m_arguments.at(i);
        if (arg == QLatin1String("--")) {
            m_positional += m_arguments.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const int eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (FlagOptions.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (ValueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= m_arguments.size()) {
                    *error = tr("--%1 needs a value").arg(name);
                    return false;
                }
                value = m_arguments.at(++i);
            }
            m_options.insert(name, value);
        } else if (name == QLatin1String("password")) {
            *error = tr("secrets are never given as arguments: use --password-stdin");
            return false;
        } else {
            *error = tr("unknown option --%1").arg(name);
            return false;
        }
    }
    return true;
}

int Cli::timeoutSeconds() const
{
    bool ok = false;
    const int value = option(QStringLiteral("timeout")).toInt(&ok);
    return ok && value > 0 ? value : DefaultTimeoutSeconds;
}

QString Cli::dbPath() const
{
    const QString path = option(QStringLiteral("db"));
    return path.isEmpty() ? AppPaths::defaultFleetDb() : path;
}

QString Cli::profilesPath() const
{
    const QString path = option(QStringLiteral("profiles"));
    return path.isEmpty() ? AppPaths::defaultProfiles() : path;
}

int Cli::usage(const QString &message) const
{
    static const char text[]
        = "usage: fleetdesk-cli [--db PATH] [--profiles PATH] [--timeout S] [--json] COMMAND ...\n"
          "\n"
          "commands:\n"
          "  --version\n"
          "  devices list [--query Q] [--group-by F] [--json|--csv]\n"
          "  devices export [--query Q] [--columns A,B,...] FILE.csv|FILE.json\n"
          "  devices import FILE.csv [--dry-run] [--accept-valid]\n"
          "  devices timeline ID|NAME [--kind K[,K...]] [--limit N] [--json|--csv]\n"
          "  groups list [--json] | groups create NAME | groups delete NAME\n"
          "  groups add|remove NAME (--query Q | --devices FILE | ID|NAME...)\n"
          "  filters save NAME QUERY [--replace] | filters list [--json] | filters delete NAME\n"
          "  profiles list\n"
          "  profiles add NAME --kind mqtt|lwm2m|bootstrap --url URL [--auth "
          "none|password|bearer|psk|"
          "certificate]\n"
          "               [--username U] [--password-stdin] [--ca-file F] [--client-cert F "
          "--client-key F]\n"
          "               [--mqtt-version 3.1.1|5] [--no-verify] [--pin SHA256] [--no-connect]\n"
          "  profiles remove NAME\n"
          "  profiles import-sandbox DIR/sandbox.json\n"
          "  profiles test NAME|URL\n"
          "  cache check [--full]\n"
          "  diagnostics export FILE.zip\n"
          "  lwm2m clients|read|write|exec|discover|create|delete|read-composite|observe|\n"
          "        cancel-observe|attributes --server URL|PROFILE ...   (docs/cli.md)\n"
          "  sync [--profile P] [--duration S]\n"
          "  bulk reboot|factory-reset|disable|update-registration (--query Q | --devices FILE)\n"
          "       [--yes] [--concurrency N] [--hold-offline]\n"
          "  queue list [--all] | queue run [ID...] [--confirm] | queue discard (ID...|--all)\n"
          "  mqtt pub --broker URL|PROFILE --topic T (--payload P | --payload-file F) [--qos Q] "
          "[--retain]\n"
          "  mqtt sub --broker URL|PROFILE --topic FILTER [--qos Q] [--count N | --duration S] "
          "[--stats]\n"
          "           [--history N] [--max-topics N]\n"
          "  mqtt tree --broker URL|PROFILE --duration S [--topic FILTER]\n"
          "  mqtt history --broker URL|PROFILE --topic T [--count N] [--csv]\n"
          "  mqtt devices --broker URL|PROFILE [--duration S]\n"
          "  mqtt command --broker URL|PROFILE --device ID OP [--args JSON] [--wait]\n"
          "  mqtt dynsec list-clients|list-roles|list-groups|create-client|enable-client|\n"
          "        disable-client|delete-client|create-device-account|delete-device-account\n"
          "        [NAME|ID] --broker URL|PROFILE ...   (docs/cli.md)\n"
          "  firmware import FILE [--model M] [--replace] | firmware list | firmware remove M V\n"
          "  firmware key MODEL [--public-key FILE.pem [--require-signed] | --clear]\n"
          "  firmware url MODEL VERSION URL|--clear\n"
          "  firmware serve [--listen HOST:PORT] [--cert FILE --key FILE]\n"
          "\n"
          "exit codes: 0 success, 1 failure, 2 usage, 3 partial success. See docs/cli.md.\n";
    if (!message.isEmpty()) {
        m_out.error(ExitCode::Usage, QStringLiteral("usage"), message);
        std::fputs(text, stderr);
        return ExitCode::Usage;
    }
    m_out.line(QString::fromLatin1(text).trimmed());
    return ExitCode::Success;
}

int Cli::printVersion() const
{
    const QString version = QStringLiteral(FLEETDESK_VERSION);
    m_out.documentOrLine(
        QJsonObject{{QStringLiteral("version"), version},
                    {QStringLiteral("qt"), QString::fromLatin1(qVersion())}},
        QStringLiteral("fleetdesk-cli %1 (Qt %2)").arg(version, QString::fromLatin1(qVersion())));
    return ExitCode::Success;
}

int Cli::run()
{
    QString error;
    if (!parse(&error)) {
        m_out.json = m_arguments.contains(QStringLiteral("--json"));
        return usage(error);
    }
    m_out.json = flag(QStringLiteral("json"));
    if (flag(QStringLiteral("version")))
        return printVersion();
    if (flag(QStringLiteral("help")) || m_positional.isEmpty())
        return m_positional.isEmpty() && !flag(QStringLiteral("help"))
                   ? usage(tr("no command given"))
                   : usage();

    const QString group = m_positional.value(0);
    const QString command = m_positional.value(1);
    if (group == QLatin1String("devices")) {
        if (command == QLatin1String("list"))
            return devicesList();
        if (command == QLatin1String("import"))
            return devicesImport();
        if (command == QLatin1String("export"))
            return DeviceQueryCommands(lwm2mContext()).exportFile();
        if (command == QLatin1String("timeline"))
            return GroupCommands(lwm2mContext()).runTimeline();
    } else if (group == QLatin1String("groups")) {
        return GroupCommands(lwm2mContext()).runGroups();
    } else if (group == QLatin1String("filters")) {
        return GroupCommands(lwm2mContext()).runFilters();
    } else if (group == QLatin1String("profiles")) {
        if (command == QLatin1String("list"))
            return profilesList();
        if (command == QLatin1String("add"))
            return profilesAdd();
        if (command == QLatin1String("remove"))
            return profilesRemove();
        if (command == QLatin1String("import-sandbox"))
            return profilesImportSandbox();
        if (command == QLatin1String("test"))
            return profilesTest();
    } else if (group == QLatin1String("cache")) {
        if (command == QLatin1String("check"))
            return cacheCheck();
    } else if (group == QLatin1String("lwm2m")) {
        return lwm2m(false);
    } else if (group == QLatin1String("sync")) {
        return lwm2m(true);
    } else if (group == QLatin1String("bulk")) {
        return bulk();
    } else if (group == QLatin1String("queue")) {
        return QueueCommands(lwm2mContext()).run();
    } else if (group == QLatin1String("mqtt")) {
        return mqtt();
    } else if (group == QLatin1String("campaign")) {
        return CampaignCommands(lwm2mContext()).run();
    } else if (group == QLatin1String("firmware")) {
        return FirmwareCommands(lwm2mContext()).run();
    } else if (group == QLatin1String("diagnostics")) {
        if (command == QLatin1String("export"))
            return diagnosticsExport();
    }
    return usage(tr("unknown command \"%1\"").arg(m_positional.join(QLatin1Char(' '))));
}

bool Cli::openCache(int *exitCode, bool *readOnly)
{
    const CacheDatabase::OpenResult result
        = CacheDatabase::open(dbPath(), CacheDatabase::Kind::Fleet, m_connection);
    if (!result.ok()) {
        *exitCode = m_out.error(ExitCode::Failure, QStringLiteral("cache"), result.message);
        return false;
    }
    if (!result.message.isEmpty())
        std::fprintf(stderr, "fleetdesk-cli: %s\n", result.message.toUtf8().constData());
    if (readOnly)
        *readOnly = result.readOnly;
    return true;
}

int Cli::devicesList()
{
    return DeviceQueryCommands(lwm2mContext()).list();
}

int Cli::devicesImport()
{
    const QString file = m_positional.value(2);
    if (file.isEmpty() || m_positional.size() > 3)
        return usage(tr("devices import needs exactly one FILE.csv"));
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return m_out.error(ExitCode::Failure,
                           QStringLiteral("io"),
                           tr("cannot read %1: %2").arg(file, input.errorString()));
    const QByteArray data = input.readAll();

    int exitCode = 0;
    bool readOnly = false;
    if (!openCache(&exitCode, &readOnly))
        return exitCode;
    FleetRepository repo(QSqlDatabase::database(m_connection));
    const CsvImport::Plan plan = CsvImport::plan(data, repo.loadDevices());
    const bool dryRun = flag(QStringLiteral("dry-run"));
    const bool acceptValid = flag(QStringLiteral("accept-valid"));

    QJsonArray rows;
    for (const CsvImport::RowResult &row : plan.rows) {
        rows.append(
            QJsonObject{{QStringLiteral("line"), row.line},
                        {QStringLiteral("action"), CsvImport::actionId(row.action)},
                        {QStringLiteral("name"), row.device.name},
                        {QStringLiteral("id"), row.device.id.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("errors"), QJsonArray::fromStringList(row.errors)}});
        if (!m_out.json && !row.errors.isEmpty())
            std::fprintf(stderr,
                         "%s\n",
                         tr("line %1: %2")
                             .arg(row.line)
                             .arg(row.errors.join(QStringLiteral("; ")))
                             .toUtf8()
                             .constData());
    }
    for (const QString &e : plan.fileErrors) {
        if (!m_out.json)
            std::fprintf(stderr, "%s\n", e.toUtf8().constData());
    }

    const int creates = plan.count(CsvImport::Action::Create);
    const int updates = plan.count(CsvImport::Action::Update);
    const int rejects = plan.count(CsvImport::Action::Reject);
    bool imported = false;
    QString refusal;
    if (!dryRun) {
        if (!plan.fileErrors.isEmpty())
            refusal = tr("the file cannot be imported");
        else if (rejects > 0 && !acceptValid)
            refusal = tr("%n row(s) have errors; nothing was imported. Fix them, or pass "
                         "--accept-valid to import only the valid rows.",
                         nullptr,
                         rejects);
        else if (readOnly)
            refusal = tr("the cache is read-only");
        else {
            QString error;
            if (!repo.upsertDevices(plan.acceptedDevices(), &error))
                return m_out.error(ExitCode::Failure,
                                   QStringLiteral("cache"),
                                   tr("nothing was imported: %1").arg(error));
            imported = true;
        }
    }

    const QJsonObject summary{
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("create"), creates},
        {QStringLiteral("update"), updates},
        {QStringLiteral("reject"), rejects},
        {QStringLiteral("file_errors"), QJsonArray::fromStringList(plan.fileErrors)},
        {QStringLiteral("rows"), rows}};
    if (!refusal.isEmpty()) {
        if (m_out.json) {
            QJsonObject withError = summary;
            withError.insert(QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_rows")},
                                         {QStringLiteral("message"), refusal}});
            m_out.document(withError);
        }
        std::fprintf(stderr, "fleetdesk-cli: %s\n", refusal.toUtf8().constData());
        return ExitCode::Failure;
    }
    m_out.documentOrLine(summary,
                         (dryRun ? tr("dry run: %1 to create, %2 to update, %3 rejected")
                                 : tr("imported: %1 created, %2 updated, %3 rejected"))
                             .arg(creates)
                             .arg(updates)
                             .arg(rejects));
    if (dryRun)
        return rejects > 0 || !plan.fileErrors.isEmpty() ? ExitCode::Failure : ExitCode::Success;
    return rejects > 0 ? ExitCode::Partial : ExitCode::Success;
}

int Cli::profilesList()
{
    ProfileStore store(profilesPath());
    QString error;
    if (!store.load(&error))
        return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    QJsonArray list;
    for (const ProfileStore::Entry &entry : store.entries()) {
        QJsonObject o = entry.profile.toJson();
        o.insert(QStringLiteral("valid"), entry.isValid());
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(entry.problems));
        list.append(o);
        if (!m_out.json) {
            m_out.line(QStringLiteral("%1  %2  %3%4")
                           .arg(entry.profile.name,
                                ConnectionProfile::kindId(entry.profile.kind),
                                entry.profile.url.toString(),
                                entry.isValid() ? QString()
                                                : QStringLiteral("  INVALID: ")
                                                      + entry.problems.join(QStringLiteral("; "))));
        }
    }
    if (m_out.json)
        m_out.document({{QStringLiteral("profiles"), list}});
    return ExitCode::Success;
}

QByteArray Cli::readPasswordStdin() const
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray secret = in.readLine();
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

int Cli::profilesAdd()
{
    const QString name = m_positional.value(2);
    if (name.isEmpty() || m_positional.size() > 3)
        return usage(tr("profiles add needs exactly one NAME"));
    ConnectionProfile p;
    p.name = name;
    if (!ConnectionProfile::kindFromId(option(QStringLiteral("kind")), &p.kind))
        return usage(tr("--kind must be mqtt, lwm2m or bootstrap"));
    p.url = QUrl(option(QStringLiteral("url")), QUrl::StrictMode);
    const QString auth = option(QStringLiteral("auth"));
    if (!auth.isEmpty() && !ConnectionProfile::authFromId(auth, &p.auth))
        return usage(tr("--auth must be none, password, bearer, psk or certificate"));
    p.username = option(QStringLiteral("username"));
    if (auth.isEmpty() && !p.username.isEmpty())
        p.auth = ConnectionProfile::Auth::Password;
    p.caFile = option(QStringLiteral("ca-file"));
    if (!p.caFile.isEmpty())
        p.caFile = QFileInfo(p.caFile).absoluteFilePath();
    p.clientCertFile = option(QStringLiteral("client-cert"));
    p.clientKeyFile = option(QStringLiteral("client-key"));
    p.verifyPeer = !flag(QStringLiteral("no-verify"));
    p.connectAtStart = !flag(QStringLiteral("no-connect"));
    // Pinning is always the user's explicit choice: only this option sets it.
    p.pinnedSha256 = option(QStringLiteral("pin")).remove(QLatin1Char(':')).toLower();
    if (!option(QStringLiteral("mqtt-version")).isEmpty())
        p.mqttVersion = option(QStringLiteral("mqtt-version"));

    const QStringList problems = p.validate();
    if (!problems.isEmpty())
        return m_out.error(
            ExitCode::Usage,
            QStringLiteral("invalid_profile"),
            tr("the profile is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    QByteArray secret;
    if (p.needsSecret()) {
        if (!flag(QStringLiteral("password-stdin")))
            return usage(tr("this profile needs a secret: pass it with --password-stdin"));
        secret = readPasswordStdin();
        if (secret.isEmpty())
            return m_out.error(ExitCode::Usage,
                               QStringLiteral("no_secret"),
                               tr("no secret was read from standard input"));
    }

    ProfileStore store(profilesPath());
    QString error;
    if (!store.load(&error))
        return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    if (!secret.isEmpty() && !writeSecret(p.secretKey(), secret, &error))
        return m_out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
    if (!store.put(p, &error) || !store.save(&error))
        return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    m_out.documentOrLine({{QStringLiteral("profile"), p.toJson()}},
                         tr("profile \"%1\" saved").arg(p.name));
    return ExitCode::Success;
}

int Cli::profilesRemove()
{
    const QString name = m_positional.value(2);
    if (name.isEmpty() || m_positional.size() > 3)
        return usage(tr("profiles remove needs exactly one NAME"));
    ProfileStore store(profilesPath());
    QString error;
    if (!store.load(&error))
        return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    const ProfileStore::Entry *entry = store.find(name);
    if (!entry)
        return m_out.error(ExitCode::Failure,
                           QStringLiteral("not_found"),
                           tr("no profile named \"%1\"").arg(name));
    const ConnectionProfile profile = entry->profile;
    if (profile.needsSecret() && !removeSecret(profile.secretKey(), &error))
        return m_out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
    store.remove(name);
    if (!store.save(&error))
        return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    m_out.documentOrLine({{QStringLiteral("removed"), name}},
                         tr("profile \"%1\" removed").arg(name));
    return ExitCode::Success;
}

int Cli::profilesImportSandbox()
{
    const QString file = m_positional.value(2);
    if (file.isEmpty() || m_positional.size() > 3)
        return usage(tr("profiles import-sandbox needs the path of sandbox.json"));
    QVector<SandboxImport::Item> items;
    QString error;
    if (!SandboxImport::read(file, &items, &error))
        return m_out.error(ExitCode::Failure, QStringLiteral("sandbox"), error);
    ProfileStore store(profilesPath());
    if (!store.load(&error))
        return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    QStringList names;
    for (const SandboxImport::Item &item : std::as_const(items)) {
        if (!item.secret.isEmpty() && !writeSecret(item.profile.secretKey(), item.secret, &error))
            return m_out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
        if (!store.put(item.profile, &error))
            return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
        names.append(item.profile.name);
    }
    if (!store.save(&error))
        return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
    m_out.documentOrLine({{QStringLiteral("imported"), QJsonArray::fromStringList(names)}},
                         tr("imported profiles: %1").arg(names.join(QStringLiteral(", "))));
    return ExitCode::Success;
}

int Cli::profilesTest()
{
    const QString target = m_positional.value(2);
    if (target.isEmpty() || m_positional.size() > 3)
        return usage(tr("profiles test needs a profile NAME or a URL"));
    ConnectionProfile profile;
    if (isUrlTarget(target)) {
        // A bare URL: no credentials, so no keychain and no D-Bus.
        profile.name = QStringLiteral("url");
        profile.url = QUrl(target, QUrl::StrictMode);
        const QString scheme = profile.url.scheme();
        profile.kind = scheme.startsWith(QLatin1String("mqtt"))
                           ? ConnectionProfile::Kind::MqttBroker
                           : ConnectionProfile::Kind::Lwm2mServer;
        if (!option(QStringLiteral("kind")).isEmpty()
            && !ConnectionProfile::kindFromId(option(QStringLiteral("kind")), &profile.kind))
            return usage(tr("--kind must be mqtt, lwm2m or bootstrap"));
        profile.caFile = option(QStringLiteral("ca-file"));
        profile.verifyPeer = !flag(QStringLiteral("no-verify"));
        const QStringList problems = profile.validate();
        if (!problems.isEmpty())
            return m_out.error(ExitCode::Usage,
                               QStringLiteral("invalid_target"),
                               problems.join(QStringLiteral("; ")));
    } else {
        ProfileStore store(profilesPath());
        QString error;
        if (!store.load(&error))
            return m_out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
        const ProfileStore::Entry *entry = store.find(target);
        if (!entry)
            return m_out.error(ExitCode::Failure,
                               QStringLiteral("not_found"),
                               tr("no profile named \"%1\"").arg(target));
        if (!entry->isValid())
            return m_out.error(ExitCode::Failure,
                               QStringLiteral("invalid_profile"),
                               entry->problems.join(QStringLiteral("; ")));
        profile = entry->profile;
    }

    ProfileProbe probe;
    QEventLoop loop;
    bool ok = false;
    QString message;
    QObject::connect(
        &probe, &ProfileProbe::finished, &loop, [&](bool success, const QString &text) {
            ok = success;
            message = text;
            loop.quit();
        });
    probe.start(profile, timeoutSeconds() * 1000);
    loop.exec();
    if (!ok)
        return m_out.error(ExitCode::Failure, QStringLiteral("unreachable"), message);
    m_out.documentOrLine({{QStringLiteral("ok"), true}, {QStringLiteral("message"), message}},
                         message);
    return ExitCode::Success;
}

int Cli::cacheCheck()
{
    int exitCode = 0;
    if (!openCache(&exitCode))
        return exitCode;
    const bool full = flag(QStringLiteral("full"));
    const QStringList problems
        = CacheDatabase::checkIntegrity(QSqlDatabase::database(m_connection), full);
    if (!problems.isEmpty())
        return m_out.error(
            ExitCode::Failure, QStringLiteral("integrity"), problems.join(QStringLiteral("; ")));
    m_out.documentOrLine({{QStringLiteral("ok"), true}, {QStringLiteral("full"), full}},
                         full ? tr("integrity check passed") : tr("quick check passed"));
    return ExitCode::Success;
}

int Cli::diagnosticsExport()
{
    const QString file = m_positional.value(2);
    if (file.isEmpty() || m_positional.size() > 3)
        return usage(tr("diagnostics export needs the path of the zip file to write"));
    Logging::installFileLog(AppPaths::logDir());
    Settings settings;
    QString error;
    if (!Diagnostics::exportZip(file, settings.dumpForDiagnostics(), profilesPath(), &error))
        return m_out.error(ExitCode::Failure, QStringLiteral("io"), error);
    m_out.documentOrLine({{QStringLiteral("written"), QFileInfo(file).absoluteFilePath()}},
                         tr("diagnostics written to %1").arg(file));
    return ExitCode::Success;
}

SecretStore &Cli::secrets()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore;
    return *m_secrets;
}

namespace {
// Runs one keychain job to its end on a local event loop (the CLI has no GUI to keep responsive).
bool waitFor(const std::function<void(SecretStore::Callback)> &start,
             int timeoutMs,
             QString *error,
             QByteArray *secret = nullptr)
{
    QEventLoop loop;
    bool done = false;
    SecretStore::Result outcome;
    start([&](const SecretStore::Result &result) {
        outcome = result;
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!done) {
        *error = Cli::tr("the keychain did not answer within %1 s").arg(timeoutMs / 1000);
        return false;
    }
    if (!outcome.ok)
        *error = Cli::tr("the keychain refused: %1").arg(outcome.error);
    else if (secret)
        *secret = outcome.secret;
    return outcome.ok;
}
} // namespace

bool Cli::writeSecret(const QString &key, const QByteArray &secret, QString *error)
{
    return waitFor(
        [&](SecretStore::Callback done) { secrets().write(key, secret, std::move(done)); },
        timeoutSeconds() * 1000,
        error);
}

bool Cli::removeSecret(const QString &key, QString *error)
{
    return waitFor([&](SecretStore::Callback done) { secrets().remove(key, std::move(done)); },
                   timeoutSeconds() * 1000,
                   error);
}

bool Cli::readSecret(const QString &key, QByteArray *secret, QString *error)
{
    return waitFor([&](SecretStore::Callback done) { secrets().read(key, std::move(done)); },
                   timeoutSeconds() * 1000,
                   error,
                   secret);
}

int Cli::bulk()
{
    BulkCommands commands(lwm2mContext());
    return commands.run();
}

Lwm2mCommands::Context Cli::lwm2mContext()
{
    Lwm2mCommands::Context context;
    context.positional = m_positional.mid(1);
    context.options = m_options;
    context.flags = m_flags;
    context.out = m_out;
    context.timeoutSeconds = timeoutSeconds();
    context.dbPath = dbPath();
    context.profilesPath = profilesPath();
    context.readSecret = [this](const QString &key, QByteArray *secret, QString *error) {
        return readSecret(key, secret, error);
    };
    context.usage = [this](const QString &message) {
        return usage(message);
    };
    return context;
}

int Cli::lwm2m(bool sync)
{
    Lwm2mCommands commands(lwm2mContext());
    return sync ? commands.runSync() : commands.runLwm2m();
}

int Cli::mqtt()
{
    MqttCommands::Context context;
    context.positional = m_positional.mid(1);
    context.options = m_options;
    context.flags = m_flags;
    context.out = m_out;
    context.timeoutSeconds = timeoutSeconds();
    context.profilesPath = profilesPath();
    context.fleetDbPath = dbPath();
    context.readSecret = [this](const QString &key, QByteArray *secret, QString *error) {
        return readSecret(key, secret, error);
    };
    context.readStdinSecret = [this] {
        return readPasswordStdin();
    };
    context.usage = [this](const QString &message) {
        return usage(message);
    };
    MqttCommands commands(std::move(context));
    return commands.run();
}
