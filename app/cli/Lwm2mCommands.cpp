#include "Lwm2mCommands.h"
#include "MqttSync.h"
#include "SyncCache.h"

#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mPath.h"
#include "lwm2m/Lwm2mServerConnection.h"
#include "profiles/ProfileStore.h"
#include "store/FleetStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <memory>

namespace {

bool isHttpUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"));
}

QJsonValue sampleValue(const Lwm2mNode &node)
{
    if (const std::optional<double> v = node.numericValue();
        v && node.value.typeId() != QMetaType::Bool)
        return *v;
    if (node.value.typeId() == QMetaType::Bool)
        return node.value.toBool();
    return node.valueText();
}

QJsonObject nodeJson(const Lwm2mNode &node)
{
    return node.isValid() ? node.toJson() : QJsonObject();
}

} // namespace

Lwm2mCommands::Lwm2mCommands(Context context)
    : m_ctx(std::move(context))
{}

QStringList Lwm2mCommands::valueOptions()
{
    return {QStringLiteral("server"),
            QStringLiteral("format"),
            QStringLiteral("type"),
            QStringLiteral("args"),
            QStringLiteral("count"),
            QStringLiteral("duration"),
            QStringLiteral("profile")};
}

QStringList Lwm2mCommands::flagOptions()
{
    return {QStringLiteral("partial"), QStringLiteral("active")};
}

QString Lwm2mCommands::usageText()
{
    return QStringLiteral("  lwm2m clients --server S\n"
                          "  lwm2m read --server S EP PATH [--format F]\n"
                          "  lwm2m write --server S EP PATH VALUE [--type T] [--partial]\n"
                          "  lwm2m exec --server S EP PATH [--args A]\n"
                          "  lwm2m discover --server S EP PATH\n"
                          "  lwm2m create --server S EP PATH [RES=VALUE ...]\n"
                          "  lwm2m delete --server S EP PATH\n"
                          "  lwm2m read-composite --server S EP PATH...\n"
                          "  lwm2m observe --server S EP PATH [--count N|--duration S]\n"
                          "  lwm2m cancel-observe --server S EP PATH [--active]\n"
                          "  lwm2m attributes --server S EP PATH pmin=N pmax=N ...\n"
                          "  sync [--profile P] [--duration S]\n");
}

bool Lwm2mCommands::loadProfile(const QString &name,
                                ConnectionProfile *profile,
                                QByteArray *secret,
                                int *exitCode)
{
    ProfileStore store(m_ctx.profilesPath);
    QString error;
    if (!store.load(&error)) {
        *exitCode = m_ctx.out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
        return false;
    }
    const ProfileStore::Entry *entry = store.find(name);
    if (!entry) {
        *exitCode = m_ctx.out.error(ExitCode::Failure,
                                    QStringLiteral("not_found"),
                                    tr("no profile named \"%1\"").arg(name));
        return false;
    }
    if (!entry->isValid() || entry->profile.kind != ConnectionProfile::Kind::Lwm2mServer) {
        *exitCode = m_ctx.out.error(
            ExitCode::Failure,
            QStringLiteral("invalid_profile"),
            entry->isValid() ? tr("the profile \"%1\" is not an LwM2M server profile").arg(name)
                             : entry->problems.join(QStringLiteral("; ")));
        return false;
    }
    *profile = entry->profile;
    if (profile->needsSecret()) {
        if (!m_ctx.readSecret(profile->secretKey(), secret, &error)) {
            *exitCode = m_ctx.out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
            return false;
        }
    }
    return true;
}

bool Lwm2mCommands::resolveServer(const QString &target,
                                  ConnectionProfile *profile,
                                  QByteArray *secret,
                                  int *exitCode)
{
    if (target.isEmpty()) {
        *exitCode = m_ctx.usage(tr("--server is required (a URL or an LwM2M profile name)"));
        return false;
    }
    if (!isHttpUrl(target))
        return loadProfile(target, profile, secret, exitCode);
    // A bare URL: no credentials, so no keychain and no D-Bus.
    profile->name = QStringLiteral("url");
    profile->kind = ConnectionProfile::Kind::Lwm2mServer;
    profile->url = QUrl(target, QUrl::StrictMode);
    profile->caFile = option(QStringLiteral("ca-file"));
    profile->verifyPeer = !flag(QStringLiteral("no-verify"));
    const QStringList problems = profile->validate();
    if (!problems.isEmpty()) {
        *exitCode = m_ctx.out.error(
            ExitCode::Usage, QStringLiteral("invalid_target"), problems.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

Lwm2mResponse Lwm2mCommands::wait(Lwm2mReply *reply)
{
    QEventLoop loop;
    Lwm2mResponse result;
    bool done = false;
    QObject::connect(reply, &Lwm2mReply::finished, &loop, [&](const Lwm2mResponse &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QObject::connect(reply, &Lwm2mReply::waitingForWakeUp, &loop, [this] {
        if (!m_ctx.out.json)
            std::fprintf(stderr,
                         "%s\n",
                         tr("fleetdesk-cli: the device is asleep; waiting for it to wake up")
                             .toUtf8()
                             .constData());
    });
    if (!done)
        loop.exec();
    return result;
}

int Lwm2mCommands::fail(const Lwm2mResponse &response)
{
    return m_ctx.out.error(
        ExitCode::Failure, Lwm2mResponse::errorId(response.error), response.message);
}

int Lwm2mCommands::runLwm2m()
{
    const QString sub = m_ctx.positional.value(0);
    m_args = m_ctx.positional.mid(1);
    static const QStringList known = {QStringLiteral("clients"),
                                      QStringLiteral("read"),
                                      QStringLiteral("write"),
                                      QStringLiteral("exec"),
                                      QStringLiteral("discover"),
                                      QStringLiteral("create"),
                                      QStringLiteral("delete"),
                                      QStringLiteral("read-composite"),
                                      QStringLiteral("observe"),
                                      QStringLiteral("cancel-observe"),
                                      QStringLiteral("attributes")};
    if (!known.contains(sub))
        return m_ctx.usage(tr("unknown command \"lwm2m %1\"").arg(sub));
    ConnectionProfile profile;
    QByteArray secret;
    int exitCode = 0;
    if (!resolveServer(option(QStringLiteral("server")), &profile, &secret, &exitCode))
        return exitCode;
    if (sub == QLatin1String("observe"))
        return observe(profile, secret);
    LeshanRestClient client;
    client.setRequestTimeout(m_ctx.timeoutSeconds * 1000);
    client.setProfile(profile, secret);
    if (sub == QLatin1String("clients"))
        return clients(client);
    if (sub == QLatin1String("read"))
        return read(client);
    if (sub == QLatin1String("write"))
        return write(client);
    if (sub == QLatin1String("exec"))
        return execute(client);
    if (sub == QLatin1String("discover"))
        return discover(client);
    if (sub == QLatin1String("create"))
        return create(client);
    if (sub == QLatin1String("delete"))
        return deleteInstance(client);
    if (sub == QLatin1String("read-composite"))
        return readComposite(client);
    if (sub == QLatin1String("cancel-observe"))
        return cancelObserve(client);
    return attributes(client);
}

int Lwm2mCommands::clients(LeshanRestClient &client)
{
    if (!m_args.isEmpty())
        return m_ctx.usage(tr("lwm2m clients takes no positional arguments"));
    const Lwm2mResponse r = wait(client.clients());
    if (!r.ok())
        return fail(r);
    const QJsonArray list = r.json.toArray();
    if (m_ctx.out.json) {
        m_ctx.out.document(
            {{QStringLiteral("clients"), list}, {QStringLiteral("count"), int(list.size())}});
        return ExitCode::Success;
    }
    for (const QJsonValue &item : list) {
        const Lwm2mRegistration reg = Lwm2mRegistration::fromJson(item.toObject());
        m_ctx.out.line(QStringLiteral("%1  %2  lwm2m %3  binding %4  lifetime %5 s%6")
                           .arg(reg.endpoint, reg.address, reg.lwm2mVersion, reg.bindingMode)
                           .arg(reg.lifetimeSeconds)
                           .arg(reg.queueMode ? (reg.sleeping ? QStringLiteral("  queue (asleep)")
                                                              : QStringLiteral("  queue"))
                                              : QString()));
    }
    m_ctx.out.line(tr("%n registered device(s)", nullptr, int(list.size())));
    return ExitCode::Success;
}

int Lwm2mCommands::read(LeshanRestClient &client)
{
    if (m_args.size() != 2)
        return m_ctx.usage(tr("lwm2m read needs EP and PATH"));
    const QString ep = m_args.at(0);
    const QString path = m_args.at(1);
    const Lwm2mResponse r
        = wait(client.read(ep, path, option(QStringLiteral("format")), m_ctx.timeoutSeconds));
    if (!r.ok())
        return fail(r);
    QJsonObject doc{{QStringLiteral("endpoint"), ep},
                    {QStringLiteral("path"), Lwm2mPath::parse(path).toString()},
                    {QStringLiteral("status"), r.status},
                    {QStringLiteral("content"), nodeJson(r.content)}};
    const bool single = r.content.kind == Lwm2mNode::Kind::SingleResource
                        || r.content.kind == Lwm2mNode::Kind::ResourceInstance;
    if (single)
        doc.insert(QStringLiteral("value"), sampleValue(r.content));
    if (m_ctx.out.json) {
        m_ctx.out.document(doc);
    } else if (single || r.content.kind == Lwm2mNode::Kind::MultiResource) {
        m_ctx.out.line(r.content.valueText());
    } else {
        const std::function<void(const Lwm2mNode &, const QString &)> print
            = [&](const Lwm2mNode &node, const QString &prefix) {
                  const QString here = prefix + QLatin1Char('/') + QString::number(node.id);
                  if (node.children.isEmpty() || node.kind == Lwm2mNode::Kind::SingleResource
                      || node.kind == Lwm2mNode::Kind::MultiResource) {
                      m_ctx.out.line(QStringLiteral("%1  %2").arg(here, node.valueText()));
                      return;
                  }
                  for (const Lwm2mNode &c : node.children)
                      print(c, here);
              };
        const Lwm2mPath p = Lwm2mPath::parse(path);
        QString prefix = p.toString();
        prefix.chop(QString::number(p.lastId()).size() + 1);
        print(r.content, prefix);
    }
    return ExitCode::Success;
}

bool Lwm2mCommands::resourceType(LeshanRestClient &client,
                                 const QString &endpoint,
                                 int objectId,
                                 int resourceId,
                                 int *type,
                                 QString *error)
{
    const Lwm2mResponse specs = wait(client.objectSpecs(endpoint));
    if (!specs.ok()) {
        *error = specs.message;
        return false;
    }
    for (const QJsonValue &object : specs.json.toArray()) {
        if (object.toObject().value(QLatin1String("id")).toInt() != objectId)
            continue;
        for (const QJsonValue &res :
             object.toObject().value(QLatin1String("resourcedefs")).toArray()) {
            if (res.toObject().value(QLatin1String("id")).toInt() == resourceId) {
                *type = int(
                    Lwm2mNode::typeFromId(res.toObject().value(QLatin1String("type")).toString()));
                return true;
            }
        }
    }
    *error = tr("the server knows no resource %1 in object %2; give --type")
                 .arg(resourceId)
                 .arg(objectId);
    return false;
}

int Lwm2mCommands::write(LeshanRestClient &client)
{
    if (m_args.size() != 3)
        return m_ctx.usage(tr("lwm2m write needs EP, PATH and VALUE"));
    const QString ep = m_args.at(0);
    const Lwm2mPath path = Lwm2mPath::parse(m_args.at(1));
    if (path.level() != Lwm2mPath::Level::Resource)
        return m_ctx.usage(tr("lwm2m write needs a resource path (/object/instance/resource)"));
    Lwm2mNode::Type type = Lwm2mNode::Type::Unknown;
    if (!option(QStringLiteral("type")).isEmpty()) {
        type = Lwm2mNode::typeFromId(option(QStringLiteral("type")));
        if (type == Lwm2mNode::Type::Unknown)
            return m_ctx.usage(tr("--type must be string, integer, unsigned_integer, float, "
                                  "boolean, opaque, time, objlnk or corelink"));
    } else {
        int t = 0;
        QString error;
        if (!resourceType(client, ep, path.objectId(), path.resourceId(), &t, &error))
            return m_ctx.out.error(ExitCode::Failure, QStringLiteral("unknown_type"), error);
        type = Lwm2mNode::Type(t);
    }
    QVariant value;
    QString error;
    if (!Lwm2mNode::valueFromText(m_args.at(2), type, &value, &error))
        return m_ctx.out.error(ExitCode::Usage, QStringLiteral("invalid_value"), error);
    const Lwm2mNode resource = Lwm2mNode::singleResource(path.resourceId(), type, value);
    const bool partial = flag(QStringLiteral("partial"));
    // Leshan allows Partial Update only on instances: wrap the resource in its instance.
    const Lwm2mResponse r = wait(
        partial ? client.write(ep,
                               QStringLiteral("/%1/%2").arg(path.objectId()).arg(path.instanceId()),
                               Lwm2mNode::instance(path.instanceId(), {resource}),
                               false,
                               m_ctx.timeoutSeconds)
                : client.write(ep, path.toString(), resource, true, m_ctx.timeoutSeconds));
    if (!r.ok())
        return fail(r);
    m_ctx.out.documentOrLine(
        {{QStringLiteral("endpoint"), ep},
         {QStringLiteral("path"), path.toString()},
         {QStringLiteral("status"), r.status},
         {QStringLiteral("type"), Lwm2mNode::typeId(type)},
         {QStringLiteral("value"), sampleValue(resource)}},
        tr("written: %1 = %2 (%3)").arg(path.toString(), resource.valueText(), r.status));
    return ExitCode::Success;
}

int Lwm2mCommands::execute(LeshanRestClient &client)
{
    if (m_args.size() != 2)
        return m_ctx.usage(tr("lwm2m exec needs EP and PATH"));
    const Lwm2mResponse r = wait(client.execute(
        m_args.at(0), m_args.at(1), option(QStringLiteral("args")), m_ctx.timeoutSeconds));
    if (!r.ok())
        return fail(r);
    m_ctx.out.documentOrLine({{QStringLiteral("endpoint"), m_args.at(0)},
                              {QStringLiteral("path"), m_args.at(1)},
                              {QStringLiteral("status"), r.status}},
                             tr("executed %1 (%2)").arg(m_args.at(1), r.status));
    return ExitCode::Success;
}

int Lwm2mCommands::discover(LeshanRestClient &client)
{
    if (m_args.size() != 2)
        return m_ctx.usage(tr("lwm2m discover needs EP and PATH"));
    const Lwm2mResponse r = wait(client.discover(m_args.at(0), m_args.at(1), m_ctx.timeoutSeconds));
    if (!r.ok())
        return fail(r);
    if (m_ctx.out.json) {
        m_ctx.out.document({{QStringLiteral("endpoint"), m_args.at(0)},
                            {QStringLiteral("path"), m_args.at(1)},
                            {QStringLiteral("links"), r.objectLinks}});
    } else {
        for (const QJsonValue &link : r.objectLinks) {
            const QJsonObject o = link.toObject();
            QStringList attributes;
            const QJsonObject a = o.value(QLatin1String("attributes")).toObject();
            for (auto it = a.begin(); it != a.end(); ++it)
                attributes.append(it.key() + QLatin1Char('=') + it.value().toString());
            m_ctx.out.line(QStringLiteral("%1  %2").arg(o.value(QLatin1String("url")).toString(),
                                                        attributes.join(QLatin1Char(' '))));
        }
    }
    return ExitCode::Success;
}

int Lwm2mCommands::create(LeshanRestClient &client)
{
    if (m_args.size() < 2)
        return m_ctx.usage(tr("lwm2m create needs EP, PATH and RES=VALUE pairs"));
    const QString ep = m_args.at(0);
    const Lwm2mPath path = Lwm2mPath::parse(m_args.at(1));
    if (path.level() != Lwm2mPath::Level::Object && path.level() != Lwm2mPath::Level::Instance)
        return m_ctx.usage(tr("lwm2m create needs /object or /object/instance"));
    QVector<Lwm2mNode> resources;
    for (const QString &pair : m_args.mid(2)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        bool ok = false;
        const int id = pair.left(eq).toInt(&ok);
        if (eq < 0 || !ok)
            return m_ctx.usage(tr("\"%1\" is not RES=VALUE").arg(pair));
        int t = int(Lwm2mNode::typeFromId(option(QStringLiteral("type"))));
        QString error;
        if (option(QStringLiteral("type")).isEmpty()
            && !resourceType(client, ep, path.objectId(), id, &t, &error))
            return m_ctx.out.error(ExitCode::Failure, QStringLiteral("unknown_type"), error);
        QVariant value;
        if (!Lwm2mNode::valueFromText(pair.mid(eq + 1), Lwm2mNode::Type(t), &value, &error))
            return m_ctx.out.error(ExitCode::Usage, QStringLiteral("invalid_value"), error);
        resources.append(Lwm2mNode::singleResource(id, Lwm2mNode::Type(t), value));
    }
    const Lwm2mNode instance = Lwm2mNode::instance(
        path.level() == Lwm2mPath::Level::Instance ? path.instanceId() : -1, resources);
    const Lwm2mResponse r
        = wait(client.create(ep, path.toString(), instance, m_ctx.timeoutSeconds));
    if (!r.ok())
        return fail(r);
    m_ctx.out.documentOrLine({{QStringLiteral("endpoint"), ep},
                              {QStringLiteral("status"), r.status},
                              {QStringLiteral("location"), r.location}},
                             tr("created %1 (%2)").arg(r.location, r.status));
    return ExitCode::Success;
}

int Lwm2mCommands::deleteInstance(LeshanRestClient &client)
{
    if (m_args.size() != 2)
        return m_ctx.usage(tr("lwm2m delete needs EP and PATH"));
    const Lwm2mResponse r
        = wait(client.deleteInstance(m_args.at(0), m_args.at(1), m_ctx.timeoutSeconds));
    if (!r.ok())
        return fail(r);
    m_ctx.out.documentOrLine({{QStringLiteral("endpoint"), m_args.at(0)},
                              {QStringLiteral("path"), m_args.at(1)},
                              {QStringLiteral("status"), r.status}},
                             tr("deleted %1 (%2)").arg(m_args.at(1), r.status));
    return ExitCode::Success;
}

int Lwm2mCommands::readComposite(LeshanRestClient &client)
{
    if (m_args.size() < 2)
        return m_ctx.usage(tr("lwm2m read-composite needs EP and at least one PATH"));
    const Lwm2mResponse r
        = wait(client.readComposite(m_args.at(0), m_args.mid(1), m_ctx.timeoutSeconds));
    if (!r.ok())
        return fail(r);
    QJsonObject values;
    for (auto it = r.composite.cbegin(); it != r.composite.cend(); ++it) {
        values.insert(it.key(), nodeJson(it.value()));
        if (!m_ctx.out.json)
            m_ctx.out.line(QStringLiteral("%1  %2").arg(it.key(), it.value().valueText()));
    }
    if (m_ctx.out.json)
        m_ctx.out.document({{QStringLiteral("endpoint"), m_args.at(0)},
                            {QStringLiteral("status"), r.status},
                            {QStringLiteral("content"), values}});
    return ExitCode::Success;
}

int Lwm2mCommands::cancelObserve(LeshanRestClient &client)
{
    if (m_args.size() != 2)
        return m_ctx.usage(tr("lwm2m cancel-observe needs EP and PATH"));
    const bool active = flag(QStringLiteral("active"));
    const Lwm2mResponse r = wait(client.cancelObserve(
        m_args.at(0),
        m_args.at(1),
        active ? LeshanRestClient::CancelMode::Active : LeshanRestClient::CancelMode::Passive,
        m_ctx.timeoutSeconds));
    if (!r.ok())
        return fail(r);
    m_ctx.out.documentOrLine({{QStringLiteral("endpoint"), m_args.at(0)},
                              {QStringLiteral("path"), m_args.at(1)},
                              {QStringLiteral("active"), active},
                              {QStringLiteral("cancelled"), true}},
                             tr("observation of %1 cancelled").arg(m_args.at(1)));
    return ExitCode::Success;
}

int Lwm2mCommands::attributes(LeshanRestClient &client)
{
    if (m_args.size() < 3)
        return m_ctx.usage(tr("lwm2m attributes needs EP, PATH and NAME=VALUE attributes"));
    QList<QPair<QString, QString>> attributes;
    for (const QString &pair : m_args.mid(2)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return m_ctx.usage(tr("\"%1\" is not NAME=VALUE").arg(pair));
        attributes.append({pair.left(eq), pair.mid(eq + 1)});
    }
    const Lwm2mResponse r = wait(client.writeAttributes(m_args.at(0), m_args.at(1), attributes));
    if (!r.ok())
        return fail(r);
    m_ctx.out.documentOrLine({{QStringLiteral("endpoint"), m_args.at(0)},
                              {QStringLiteral("path"), m_args.at(1)},
                              {QStringLiteral("status"), r.status}},
                             tr("attributes written on %1 (%2)").arg(m_args.at(1), r.status));
    return ExitCode::Success;
}

int Lwm2mCommands::observe(const ConnectionProfile &profile, const QByteArray &secret)
{
    if (m_args.size() != 2)
        return m_ctx.usage(tr("lwm2m observe needs EP and PATH"));
    const QString ep = m_args.at(0);
    const Lwm2mPath path = Lwm2mPath::parse(m_args.at(1));
    if (!path.isValid())
        return m_ctx.usage(tr("\"%1\" is not an LwM2M path").arg(m_args.at(1)));
    bool ok = true;
    const int count = option(QStringLiteral("count")).isEmpty()
                          ? (option(QStringLiteral("duration")).isEmpty() ? 1 : 0)
                          : option(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 0)
        return m_ctx.usage(tr("--count must be a positive number"));
    const double duration = option(QStringLiteral("duration")).toDouble();

    // A connection: it follows the event stream, reconnects, and re-establishes the observation
    // after a re-registration of the device (e.g. a reboot).
    Lwm2mServerConnection connection(profile, secret);
    connection.setReadIdentity(false);
    connection.client()->setRequestTimeout(m_ctx.timeoutSeconds * 1000);
    QEventLoop loop;
    int received = 0;
    int restored = 0;
    int exitCode = ExitCode::Success;
    bool observing = false;
    QTimer idle;
    idle.setSingleShot(true);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        exitCode = m_ctx.out.error(ExitCode::Failure,
                                   QStringLiteral("timeout"),
                                   observing
                                       ? tr("no notification within %1 s").arg(m_ctx.timeoutSeconds)
                                       : tr("the server's event stream did not open "
                                            "within %1 s")
                                             .arg(m_ctx.timeoutSeconds));
        loop.quit();
    });
    idle.start(m_ctx.timeoutSeconds * 1000);
    QObject::connect(&connection, &Lwm2mServerConnection::synchronised, &loop, [&] {
        if (observing)
            return;
        observing = true;
        Lwm2mReply *reply
            = connection.observe(ep, path.toString(), option(QStringLiteral("format")));
        QObject::connect(reply, &Lwm2mReply::finished, &loop, [&](const Lwm2mResponse &r) {
            if (!r.ok()) {
                exitCode = fail(r);
                loop.quit();
            }
        });
    });
    QObject::connect(&connection,
                     &Lwm2mServerConnection::observationRestored,
                     &loop,
                     [&](const QString &, const QString &, bool restoredOk, const QString &) {
                         restored += restoredOk ? 1 : 0;
                     });
    QObject::connect(&connection,
                     &Lwm2mServerConnection::notificationReceived,
                     &loop,
                     [&](const Lwm2mSample &s) {
                         if (s.endpoint != ep || !s.path.startsWith(path.toString()))
                             return;
                         ++received;
                         if (!option(QStringLiteral("duration")).isEmpty() && count == 0)
                             idle.stop();
                         else
                             idle.start(m_ctx.timeoutSeconds * 1000);
                         const QString time = s.time.toString(Qt::ISODateWithMs);
                         if (m_ctx.out.json)
                             m_ctx.out.document({{QStringLiteral("endpoint"), s.endpoint},
                                                 {QStringLiteral("path"), s.path},
                                                 {QStringLiteral("time"), time},
                                                 {QStringLiteral("value"), sampleValue(s.node)},
                                                 {QStringLiteral("node"), nodeJson(s.node)}});
                         else
                             m_ctx.out.line(QStringLiteral("%1  %2  %3  %4")
                                                .arg(time, s.endpoint, s.path, s.node.valueText()));
                         if (count > 0 && received >= count)
                             loop.quit();
                     });
    if (duration > 0) {
        QTimer::singleShot(int(duration * 1000), &loop, &QEventLoop::quit);
        if (count == 0)
            idle.stop();
    }
    connection.start();
    loop.exec();
    if (observing) // FleetDesk's observation ends with the command: the server forgets it
        wait(connection.cancelObservation(ep, path.toString()));
    connection.stop();
    if (exitCode != ExitCode::Success)
        return exitCode;
    m_ctx.out.documentOrLine({{QStringLiteral("summary"), true},
                              {QStringLiteral("endpoint"), ep},
                              {QStringLiteral("path"), path.toString()},
                              {QStringLiteral("notifications"), received},
                              {QStringLiteral("re_established"), restored}},
                             tr("%n notification(s)", nullptr, received));
    return ExitCode::Success;
}

int Lwm2mCommands::runSync()
{
    if (!m_ctx.positional.isEmpty())
        return m_ctx.usage(tr("sync takes no positional arguments"));
    const double duration = option(QStringLiteral("duration")).toDouble();
    QVector<ConnectionProfile> profiles;
    QVector<QByteArray> secrets;
    // MQTT brokers too (issue FLEET): the retained births, identities and attributes.
    MqttSync brokers;
    const QString only = option(QStringLiteral("profile"));
    ProfileStore profileStore(m_ctx.profilesPath);
    QString profilesError;
    if (!profileStore.load(&profilesError))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("profiles"), profilesError);
    auto addBroker = [&](const ConnectionProfile &p) {
        QByteArray secret;
        QString error;
        if (p.needsSecret() && !m_ctx.readSecret(p.secretKey(), &secret, &error))
            return m_ctx.out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
        brokers.add(p, secret);
        return int(ExitCode::Success);
    };
    const ProfileStore::Entry *onlyEntry = only.isEmpty() ? nullptr : profileStore.find(only);
    if (onlyEntry && onlyEntry->isValid()
        && onlyEntry->profile.kind == ConnectionProfile::Kind::MqttBroker) {
        if (const int exitCode = addBroker(onlyEntry->profile); exitCode != ExitCode::Success)
            return exitCode;
    } else if (!only.isEmpty()) {
        ConnectionProfile p;
        QByteArray secret;
        int exitCode = 0;
        if (!loadProfile(only, &p, &secret, &exitCode))
            return exitCode;
        profiles.append(p);
        secrets.append(secret);
    } else {
        for (const ProfileStore::Entry &entry : profileStore.entries()) {
            if (entry.isValid() && entry.profile.kind == ConnectionProfile::Kind::MqttBroker) {
                if (const int exitCode = addBroker(entry.profile); exitCode != ExitCode::Success)
                    return exitCode;
                continue;
            }
            if (!entry.isValid() || entry.profile.kind != ConnectionProfile::Kind::Lwm2mServer)
                continue;
            ConnectionProfile p;
            QByteArray secret;
            int exitCode = 0;
            if (!loadProfile(entry.profile.name, &p, &secret, &exitCode))
                return exitCode;
            profiles.append(p);
            secrets.append(secret);
        }
        if (profiles.isEmpty() && brokers.isEmpty())
            return m_ctx.out.error(ExitCode::Failure,
                                   QStringLiteral("not_found"),
                                   tr("there is no LwM2M server or MQTT broker profile to "
                                      "synchronise"));
    }

    FleetStore store;
    store.setWatchInterval(0);
    QEventLoop loop;
    bool opened = false;
    QString openError;
    QObject::connect(
        &store, &FleetStore::opened, &loop, [&](const CacheDatabase::OpenResult &result, bool) {
            opened = result.ok() && !result.readOnly;
            openError = result.readOnly ? CacheDatabase::tr("The cache is read-only; "
                                                            "nothing was changed.")
                                        : result.message;
            loop.quit();
        });
    store.open(m_ctx.dbPath, false);
    loop.exec();
    if (!opened)
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), openError);

    auto event = [this](const QJsonObject &o, const QString &text) {
        if (m_ctx.out.json)
            m_ctx.out.document(o);
        else if (!text.isEmpty())
            m_ctx.out.line(text);
    };
    std::vector<std::unique_ptr<Lwm2mServerConnection>> connections;
    QHash<QString, int> registered;
    QSet<QString> synced;
    QHash<QString, QString> unreachable; // LwM2M servers lost before their first synchronisation
    bool durationOver = duration <= 0;
    auto maybeFinish = [&] {
        if (!durationOver || !brokers.isDone())
            return;
        for (const auto &c : connections) {
            if (!c->isIdle() && !unreachable.contains(c->profileName()))
                return;
        }
        loop.quit();
    };
    QObject::connect(&brokers, &MqttSync::done, &loop, maybeFinish);
    QObject::connect(&brokers, &MqttSync::brokerSettled, &loop, [&](const QString &name, int n) {
        event({{QStringLiteral("event"), QStringLiteral("synchronised")},
               {QStringLiteral("profile"), name},
               {QStringLiteral("kind"), QStringLiteral("mqtt")},
               {QStringLiteral("devices"), n}},
              tr("%1: %n device(s) seen on the broker", nullptr, n).arg(name));
    });
    QObject::connect(
        &brokers, &MqttSync::brokerFailed, &loop, [&](const QString &name, const QString &m) {
            event({{QStringLiteral("event"), QStringLiteral("unreachable")},
                   {QStringLiteral("profile"), name},
                   {QStringLiteral("kind"), QStringLiteral("mqtt")},
                   {QStringLiteral("message"), m}},
                  tr("%1: unreachable: %2").arg(name, m));
        });
    for (int i = 0; i < profiles.size(); ++i) {
        auto c = std::make_unique<Lwm2mServerConnection>(profiles.at(i), secrets.at(i));
        Lwm2mServerConnection *conn = c.get();
        const QString name = profiles.at(i).name;
        conn->client()->setRequestTimeout(m_ctx.timeoutSeconds * 1000);
        conn->setStore(&store);
        QObject::connect(conn, &Lwm2mServerConnection::synchronised, &loop, [&, name](int n) {
            registered.insert(name, n);
            synced.insert(name);
            event({{QStringLiteral("event"), QStringLiteral("synchronised")},
                   {QStringLiteral("profile"), name},
                   {QStringLiteral("registered"), n}},
                  tr("%1: %n device(s) registered", nullptr, n).arg(name));
        });
        QObject::connect(conn,
                         &Lwm2mServerConnection::stateChanged,
                         &loop,
                         [&, name](Lwm2mServerConnection::State state, const QString &message) {
                             if (state != Lwm2mServerConnection::State::Reconnecting)
                                 return;
                             event({{QStringLiteral("event"), QStringLiteral("disconnected")},
                                    {QStringLiteral("profile"), name},
                                    {QStringLiteral("message"), message}},
                                   tr("%1: disconnected: %2").arg(name, message));
                             // Not reachable now: report it and do not wait for the retries.
                             if (!synced.contains(name)) {
                                 unreachable.insert(name, message);
                                 maybeFinish();
                             }
                         });
        QObject::connect(conn,
                         &Lwm2mServerConnection::deviceRegistered,
                         &loop,
                         [&, name, conn](const Lwm2mRegistration &r) {
                             event({{QStringLiteral("event"), QStringLiteral("registered")},
                                    {QStringLiteral("profile"), name},
                                    {QStringLiteral("endpoint"), r.endpoint},
                                    {QStringLiteral("registration_id"), r.registrationId},
                                    {QStringLiteral("device_id"),
                                     conn->deviceId(r.endpoint).toString(QUuid::WithoutBraces)}},
                                   tr("%1: %2 registered").arg(name, r.endpoint));
                         });
        QObject::connect(conn,
                         &Lwm2mServerConnection::deviceDeregistered,
                         &loop,
                         [&, name, conn](const QString &ep) {
                             event({{QStringLiteral("event"), QStringLiteral("deregistered")},
                                    {QStringLiteral("profile"), name},
                                    {QStringLiteral("endpoint"), ep},
                                    {QStringLiteral("device_id"),
                                     conn->deviceId(ep).toString(QUuid::WithoutBraces)}},
                                   tr("%1: %2 deregistered").arg(name, ep));
                         });
        QObject::connect(conn, &Lwm2mServerConnection::idle, &loop, maybeFinish);
        connections.push_back(std::move(c));
    }
    // The first synchronisation must happen within --timeout (or --duration, when longer);
    // identity reads afterwards have their own per-request timeouts.
    QTimer::singleShot(int(qMax(double(m_ctx.timeoutSeconds), duration) * 1000), &loop, [&] {
        if (synced.size() < int(connections.size()) || !brokers.isDone())
            loop.quit();
    });
    if (duration > 0) {
        QTimer::singleShot(int(duration * 1000), &loop, [&] {
            durationOver = true;
            maybeFinish();
        });
    }
    for (const auto &c : connections)
        c->start();
    brokers.start(duration);
    if (connections.empty())
        QTimer::singleShot(0, &loop, maybeFinish);
    loop.exec();

    QJsonArray summary;
    int lwm2mFailures = 0;
    int identities = 0;
    for (const auto &c : connections) {
        c->stop();
        const bool ok = synced.contains(c->profileName());
        lwm2mFailures += ok ? 0 : 1;
        identities += c->identityReadsDone();
        summary.append(
            QJsonObject{{QStringLiteral("profile"), c->profileName()},
                        {QStringLiteral("kind"), QStringLiteral("lwm2m")},
                        {QStringLiteral("ok"), ok},
                        {QStringLiteral("registered"), registered.value(c->profileName())},
                        {QStringLiteral("identities"), c->identityReadsDone()}});
        if (!ok)
            m_ctx.out.error(ExitCode::Failure,
                            QStringLiteral("unreachable"),
                            unreachable.contains(c->profileName())
                                ? tr("%1: the server is unreachable: %2")
                                      .arg(c->profileName(), unreachable.value(c->profileName()))
                                : tr("%1: the server could not be synchronised within %2 s")
                                      .arg(c->profileName())
                                      .arg(m_ctx.timeoutSeconds));
    }
    // Let the last cache writes land before the store closes.
    store.closeCleanly();
    // The brokers' devices, and whether each profile answered, go into the cache.
    const QVector<MqttSync::Result> brokerResults = brokers.finish();
    const int failures = lwm2mFailures
                         + int(std::count_if(brokerResults.cbegin(),
                                             brokerResults.cend(),
                                             [](const MqttSync::Result &r) { return !r.settled; }));
    const int total = int(connections.size()) + int(brokerResults.size());
    QHash<QString, bool> reachable;
    for (const auto &c : connections)
        reachable.insert(c->profileName(), synced.contains(c->profileName()));
    const QString cacheError = SyncCache::write(m_ctx.dbPath, reachable, brokerResults);
    for (const MqttSync::Result &r : brokerResults) {
        summary.append(QJsonObject{{QStringLiteral("profile"), r.profile},
                                   {QStringLiteral("kind"), QStringLiteral("mqtt")},
                                   {QStringLiteral("ok"), r.settled},
                                   {QStringLiteral("devices"), int(r.updates.size())}});
        if (!r.settled)
            m_ctx.out.error(
                ExitCode::Failure,
                QStringLiteral("unreachable"),
                tr("%1: the broker could not be synchronised: %2").arg(r.profile, r.error));
    }
    if (!cacheError.isEmpty())
        m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), cacheError);
    event({{QStringLiteral("summary"), true}, {QStringLiteral("profiles"), summary}},
          tr("synchronised %1 of %2 server(s) and broker(s), %3 identities read")
              .arg(total - failures)
              .arg(total)
              .arg(identities));
    if (failures == 0 && cacheError.isEmpty())
        return ExitCode::Success;
    return failures >= total ? ExitCode::Failure : ExitCode::Partial;
}
