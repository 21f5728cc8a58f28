#include "FirmwareCommands.h"
#include "StopSignal.h"

#include "CliCache.h"
#include "firmware/FirmwareLibrary.h"
#include "firmware/FirmwareServer.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/JournalRepository.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <cstdio>

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString signedText(const FirmwareImageRecord &r)
{
    if (!r.isSigned)
        return FirmwareCommands::tr("unsigned");
    return r.signatureVerified ? FirmwareCommands::tr("signed, verified")
                               : FirmwareCommands::tr("signed, not verified");
}

QJsonObject recordJson(const FirmwareImageRecord &r)
{
    return QJsonObject{{QStringLiteral("model"), r.model},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("file"), r.filePath},
                       {QStringLiteral("size"), r.fileSize},
                       {QStringLiteral("sha256"), r.fileSha256},
                       {QStringLiteral("payload_sha256"), r.payloadSha256},
                       {QStringLiteral("signed"), r.isSigned},
                       {QStringLiteral("signature_verified"), r.signatureVerified},
                       {QStringLiteral("external_url"), r.externalUrl},
                       {QStringLiteral("imported_at"), timeText(r.importedAt)},
                       {QStringLiteral("imported_by"), r.importedBy}};
}

} // namespace

FirmwareCommands::FirmwareCommands(Lwm2mCommands::Context context)
    : m_ctx(std::move(context))
    , m_connection(QStringLiteral("fleetdesk-cli-firmware"))
{}

FirmwareCommands::~FirmwareCommands()
{
    if (QSqlDatabase::contains(m_connection))
        CacheDatabase::close(m_connection);
}

QStringList FirmwareCommands::valueOptions()
{
    return {QStringLiteral("model"),
            QStringLiteral("public-key"),
            QStringLiteral("listen"),
            QStringLiteral("cert"),
            QStringLiteral("key")};
}

QStringList FirmwareCommands::flagOptions()
{
    return {QStringLiteral("require-signed"), QStringLiteral("clear")};
}

bool FirmwareCommands::openCache(bool forWriting, int *exitCode)
{
    return CliCache::openFleet(m_ctx.dbPath, m_connection, m_ctx.out, forWriting, exitCode);
}

FirmwareLibrary FirmwareCommands::library() const
{
    return FirmwareLibrary(QSqlDatabase::database(m_connection),
                           FirmwareLibrary::defaultDirectory(m_ctx.dbPath));
}

int FirmwareCommands::run()
{
    const QString command = m_ctx.positional.value(0);
    if (command == QLatin1String("import"))
        return importImage();
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("remove"))
        return remove();
    if (command == QLatin1String("key"))
        return key();
    if (command == QLatin1String("url"))
        return url();
    if (command == QLatin1String("serve"))
        return serve();
    return m_ctx.usage(tr("firmware needs one of import, list, remove, key, url, serve"));
}

int FirmwareCommands::importImage()
{
    const QString file = m_ctx.positional.value(1);
    if (file.isEmpty() || m_ctx.positional.size() > 2)
        return m_ctx.usage(tr("firmware import needs exactly one FILE"));
    int exitCode = 0;
    if (!openCache(true, &exitCode))
        return exitCode;
    FirmwareLibrary lib = library();
    const FirmwareLibrary::ImportResult result = lib.importFile(file,
                                                                option(QStringLiteral("model")),
                                                                JournalRepository::currentActor(),
                                                                flag(QStringLiteral("replace")));
    if (!result.ok)
        return m_ctx.out.error(ExitCode::Failure,
                               QStringLiteral("refused"),
                               tr("%1 was not imported: %2").arg(file, result.error));
    const FirmwareImageRecord &r = result.record;
    m_ctx.out.documentOrLine(recordJson(r),
                             tr("imported %1 %2 (%3 bytes, %4) as %5")
                                 .arg(r.model, r.version)
                                 .arg(r.fileSize)
                                 .arg(signedText(r), QDir::toNativeSeparators(r.filePath)));
    return ExitCode::Success;
}

int FirmwareCommands::list()
{
    if (m_ctx.positional.size() > 1)
        return m_ctx.usage(tr("firmware list takes no arguments"));
    int exitCode = 0;
    if (!openCache(false, &exitCode))
        return exitCode;
    FirmwareLibrary lib = library();
    QString error;
    const QVector<FirmwareImageRecord> records = lib.list(&error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    const DeviceList fleet
        = FleetRepository(QSqlDatabase::database(m_connection)).loadDevices(&error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    QHash<QString, QHash<QString, int>> perModel;
    for (const FirmwareImageRecord &r : records) {
        if (!perModel.contains(r.model))
            perModel.insert(r.model, FirmwareLibrary::devicesPerVersion(fleet, r.model));
    }

    if (m_ctx.out.json) {
        QJsonArray images;
        for (const FirmwareImageRecord &r : records) {
            QJsonObject o = recordJson(r);
            o.insert(QStringLiteral("devices"), perModel.value(r.model).value(r.version));
            images.append(o);
        }
        QJsonArray keys;
        for (const FirmwareLibrary::ModelKey &k : lib.modelKeys())
            keys.append(QJsonObject{{QStringLiteral("model"), k.model},
                                    {QStringLiteral("public_key"), !k.publicKeyPem.isEmpty()},
                                    {QStringLiteral("require_signed"), k.requireSigned}});
        m_ctx.out.document(QJsonObject{{QStringLiteral("directory"), lib.directory()},
                                       {QStringLiteral("images"), images},
                                       {QStringLiteral("keys"), keys}});
        return ExitCode::Success;
    }
    if (records.isEmpty()) {
        m_ctx.out.line(tr("the firmware library is empty (%1)")
                           .arg(QDir::toNativeSeparators(lib.directory())));
        return ExitCode::Success;
    }
    const QString format = QStringLiteral("%1  %2  %3  %4  %5  %6  %7");
    m_ctx.out.line(format.arg(tr("MODEL"), -12)
                       .arg(tr("VERSION"), -12)
                       .arg(tr("SIZE"), 10)
                       .arg(tr("SIGNATURE"), -30)
                       .arg(tr("DEVICES"), 7)
                       .arg(tr("IMPORTED"), -20)
                       .arg(tr("EXTERNAL URL")));
    for (const FirmwareImageRecord &r : records) {
        m_ctx.out.line(format.arg(r.model, -12)
                           .arg(r.version, -12)
                           .arg(r.fileSize, 10)
                           .arg(signedText(r), -30)
                           .arg(perModel.value(r.model).value(r.version), 7)
                           .arg(timeText(r.importedAt), -20)
                           .arg(r.externalUrl.isEmpty() ? QStringLiteral("-") : r.externalUrl)
                           .trimmed());
    }
    return ExitCode::Success;
}

int FirmwareCommands::remove()
{
    const QString model = m_ctx.positional.value(1);
    const QString version = m_ctx.positional.value(2);
    if (model.isEmpty() || version.isEmpty() || m_ctx.positional.size() > 3)
        return m_ctx.usage(tr("firmware remove needs MODEL VERSION"));
    int exitCode = 0;
    if (!openCache(true, &exitCode))
        return exitCode;
    FirmwareLibrary lib = library();
    QString error;
    if (!lib.remove(model, version, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("not_found"), error);
    m_ctx.out.documentOrLine(QJsonObject{{QStringLiteral("removed"), true},
                                         {QStringLiteral("model"), model},
                                         {QStringLiteral("version"), version}},
                             tr("removed %1 %2 from the library").arg(model, version));
    return ExitCode::Success;
}

int FirmwareCommands::key()
{
    const QString model = m_ctx.positional.value(1);
    if (model.isEmpty() || m_ctx.positional.size() > 2)
        return m_ctx.usage(tr("firmware key needs MODEL"));
    const bool clear = flag(QStringLiteral("clear"));
    const QString keyFile = option(QStringLiteral("public-key"));
    const bool requireSigned = flag(QStringLiteral("require-signed"));
    if (clear && (!keyFile.isEmpty() || requireSigned))
        return m_ctx.usage(tr("--clear cannot be combined with --public-key or --require-signed"));
    int exitCode = 0;
    if (!openCache(clear || !keyFile.isEmpty() || requireSigned, &exitCode))
        return exitCode;
    FirmwareLibrary lib = library();

    if (!clear && keyFile.isEmpty() && !requireSigned) { // show
        const std::optional<FirmwareLibrary::ModelKey> k = lib.modelKey(model);
        const bool hasKey = k && !k->publicKeyPem.isEmpty();
        const bool required = k && k->requireSigned;
        m_ctx.out.documentOrLine(
            QJsonObject{{QStringLiteral("model"), model},
                        {QStringLiteral("public_key"),
                         hasKey ? QString::fromLatin1(k->publicKeyPem) : QString()},
                        {QStringLiteral("require_signed"), required}},
            !hasKey ? tr("%1: no signing key").arg(model)
                    : tr("%1: signing key set; signed images are %2")
                          .arg(model, required ? tr("required") : tr("optional")));
        return ExitCode::Success;
    }

    FirmwareLibrary::ModelKey k;
    k.model = model;
    if (!clear) {
        if (keyFile.isEmpty()) { // --require-signed alone: keep the key that is set
            const std::optional<FirmwareLibrary::ModelKey> current = lib.modelKey(model);
            if (current)
                k.publicKeyPem = current->publicKeyPem;
        } else {
            QFile f(keyFile);
            if (!f.open(QIODevice::ReadOnly))
                return m_ctx.out.error(ExitCode::Failure,
                                       QStringLiteral("io"),
                                       tr("cannot read %1: %2").arg(keyFile, f.errorString()));
            k.publicKeyPem = f.read(64 * 1024);
        }
        k.requireSigned = requireSigned;
    }
    QString error;
    if (!lib.setModelKey(k, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("refused"), error);
    m_ctx.out.documentOrLine(
        QJsonObject{{QStringLiteral("model"), model},
                    {QStringLiteral("public_key"), !k.publicKeyPem.isEmpty()},
                    {QStringLiteral("require_signed"), k.requireSigned}},
        clear ? tr("%1: signing key removed; images are not checked against a key").arg(model)
              : tr("%1: signing key set; signed images are %2")
                    .arg(model, k.requireSigned ? tr("required") : tr("optional")));
    return ExitCode::Success;
}

int FirmwareCommands::url()
{
    const QString model = m_ctx.positional.value(1);
    const QString version = m_ctx.positional.value(2);
    const bool clear = flag(QStringLiteral("clear"));
    const QString address = m_ctx.positional.value(3);
    if (model.isEmpty() || version.isEmpty() || clear == !address.isEmpty()
        || m_ctx.positional.size() > 4)
        return m_ctx.usage(tr("firmware url needs MODEL VERSION and either URL or --clear"));
    int exitCode = 0;
    if (!openCache(true, &exitCode))
        return exitCode;
    FirmwareLibrary lib = library();
    QString error;
    if (!lib.setExternalUrl(model, version, clear ? QString() : address, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("refused"), error);
    m_ctx.out.documentOrLine(
        QJsonObject{{QStringLiteral("model"), model},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("external_url"), clear ? QString() : address.trimmed()}},
        clear ? tr("%1 %2: devices download from FleetDesk's firmware server").arg(model, version)
              : tr("%1 %2: devices download from %3").arg(model, version, address.trimmed()));
    return ExitCode::Success;
}

bool FirmwareCommands::parseListen(const QString &text,
                                   QHostAddress *address,
                                   quint16 *port,
                                   QString *error)
{
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = tr("--listen \"%1\": write an IPv6 address as [ADDRESS]:PORT").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else if (!text.contains(QLatin1Char(':'))) {
        portText = text;
    } else {
        const int colon = text.lastIndexOf(QLatin1Char(':'));
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535) {
        *error = tr("--listen \"%1\": the port must be a number from 0 to 65535").arg(text);
        return false;
    }
    *port = quint16(number);
    if (host.isEmpty() || host == QLatin1String("*")) {
        *address = QHostAddress(QHostAddress::Any);
        return true;
    }
    if (host == QLatin1String("localhost")) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    if (address->setAddress(host))
        return true;
    // An interface name: its first address (IPv4 first).
    for (const FirmwareServer::InterfaceAddress &a : FirmwareServer::interfaceAddresses()) {
        if (a.interfaceName == host) {
            *address = a.address;
            return true;
        }
    }
    *error = tr("--listen \"%1\": \"%2\" is neither an address nor an interface of this machine")
                 .arg(text, host);
    return false;
}

int FirmwareCommands::serve()
{
    if (m_ctx.positional.size() > 1)
        return m_ctx.usage(tr("firmware serve takes no arguments"));
    QHostAddress address(QHostAddress::Any);
    quint16 port = 8080;
    QString error;
    if (m_ctx.options.contains(QStringLiteral("listen"))
        && !parseListen(option(QStringLiteral("listen")), &address, &port, &error))
        return m_ctx.usage(error);
    const QString cert = option(QStringLiteral("cert"));
    const QString keyPath = option(QStringLiteral("key"));
    if (cert.isEmpty() != keyPath.isEmpty())
        return m_ctx.usage(tr("HTTPS needs both --cert FILE and --key FILE"));

    const QString directory = FirmwareLibrary::defaultDirectory(m_ctx.dbPath);
    if (!QDir().mkpath(directory))
        return m_ctx.out.error(ExitCode::Failure,
                               QStringLiteral("io"),
                               tr("cannot create the library directory %1").arg(directory));
    FirmwareServer server(directory);
    if (!cert.isEmpty() && !server.setTls(cert, keyPath, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("tls"), error);
    if (!server.listen(address, port, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("listen"), error);

    const CliOutput &out = m_ctx.out;
    QObject::connect(&server,
                     &FirmwareServer::requestFinished,
                     &server,
                     [&out](const FirmwareServer::RequestLog &entry) {
                         out.documentOrLine(
                             QJsonObject{{QStringLiteral("peer"), entry.peer.toString()},
                                         {QStringLiteral("method"), entry.method},
                                         {QStringLiteral("target"), entry.target},
                                         {QStringLiteral("status"), entry.status},
                                         {QStringLiteral("from"), entry.from},
                                         {QStringLiteral("bytes"), entry.bytes},
                                         {QStringLiteral("length"), entry.length},
                                         {QStringLiteral("complete"), entry.complete}},
                             entry.toString());
                     });

    QEventLoop loop;
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::stopRequested, &loop, &QEventLoop::quit);
    const QString base = server.baseUrl().toString();
    out.documentOrLine(QJsonObject{{QStringLiteral("serving"), base},
                                   {QStringLiteral("address"), server.serverAddress().toString()},
                                   {QStringLiteral("port"), int(server.serverPort())},
                                   {QStringLiteral("directory"), directory}},
                       tr("serving %1 (%2)").arg(base, QDir::toNativeSeparators(directory)));
    loop.exec();
    server.close();
    if (!out.json)
        std::fprintf(stderr, "%s\n", tr("fleetdesk-cli: stopped serving").toUtf8().constData());
    return ExitCode::Success;
}
