#include "MqttCommands.h"
#include "MqttDeviceCommands.h"
#include "MqttDynsecCommands.h"

#include "common/AppPaths.h"
#include "mqtt/MosquittoConnection.h"
#include "mqtt/MqttIngest.h"
#include "mqtt/MqttTlsContext.h"
#include "mqtt/PayloadDecoder.h"
#include "profiles/ProfileStore.h"
#include "provisioning/CsvReader.h"
#include "store/CacheDatabase.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringDecoder>
#include <QTimer>
#include <cstdio>
#include <limits>

namespace {

bool isMqttUrl(const QString &text)
{
    return text.startsWith(QLatin1String("mqtt://")) || text.startsWith(QLatin1String("mqtts://"));
}

void notice(const QString &text)
{
    std::fprintf(stderr, "fleetdesk-cli: %s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

// The payload as text when it is valid UTF-8, else base64.
QJsonObject messageJson(const MqttMessage &m)
{
    QJsonObject o{{QStringLiteral("topic"), m.topic},
                  {QStringLiteral("qos"), m.qos},
                  {QStringLiteral("retain"), m.retain},
                  {QStringLiteral("size"), int(m.payload.size())}};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(m.payload);
    if (!decoder.hasError()) {
        o.insert(QStringLiteral("payload"), text);
    } else {
        o.insert(QStringLiteral("payload"), QString::fromLatin1(m.payload.toBase64()));
        o.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    const MqttProperties &p = m.properties;
    if (!p.contentType.isEmpty())
        o.insert(QStringLiteral("content_type"), p.contentType);
    if (!p.responseTopic.isEmpty())
        o.insert(QStringLiteral("response_topic"), p.responseTopic);
    if (!p.correlationData.isEmpty())
        o.insert(QStringLiteral("correlation_data"),
                 QString::fromLatin1(p.correlationData.toBase64()));
    if (!p.userProperties.isEmpty()) {
        QJsonObject user;
        for (const auto &pair : p.userProperties)
            user.insert(pair.first, pair.second);
        o.insert(QStringLiteral("user_properties"), user);
    }
    return o;
}

} // namespace

MqttCommands::MqttCommands(Context context)
    : m_ctx(std::move(context))
{}

QStringList MqttCommands::valueOptions()
{
    return {QStringLiteral("broker"),
            QStringLiteral("topic"),
            QStringLiteral("payload"),
            QStringLiteral("payload-file"),
            QStringLiteral("qos"),
            QStringLiteral("pin"),
            QStringLiteral("client-id"),
            QStringLiteral("keepalive"),
            QStringLiteral("history"),
            QStringLiteral("max-topics")};
}

QStringList MqttCommands::flagOptions()
{
    return {QStringLiteral("retain"), QStringLiteral("stats"), QStringLiteral("csv")};
}

QString MqttCommands::usageText()
{
    return QStringLiteral(
        "  mqtt pub --broker URL|PROFILE --topic T (--payload P | --payload-file F) [--qos Q] "
        "[--retain]\n"
        "  mqtt sub --broker URL|PROFILE --topic FILTER [--qos Q] [--count N | --duration S] "
        "[--stats]\n"
        "           [--history N] [--max-topics N]\n"
        "  mqtt tree --broker URL|PROFILE --duration S [--topic FILTER]\n"
        "  mqtt history --broker URL|PROFILE --topic T [--count N] [--csv]\n"
        "       URL targets: [--username U --password-stdin] [--ca-file F] [--no-verify] "
        "[--pin SHA256]\n"
        "                    [--mqtt-version 3.1.1|5]\n");
}

int MqttCommands::fail(MqttConnection::Error error, const QString &message)
{
    return m_ctx.out.error(ExitCode::Failure, MqttConnection::errorId(error), message);
}

bool MqttCommands::resolveBroker(MqttConnectionSettings *settings, int *exitCode)
{
    const QString target = option(QStringLiteral("broker"));
    if (target.isEmpty()) {
        *exitCode = m_ctx.usage(tr("--broker is required (an mqtt:// or mqtts:// URL, or a broker "
                                   "profile name)"));
        return false;
    }
    ConnectionProfile profile;
    QByteArray secret;
    if (isMqttUrl(target)) {
        // A bare URL: credentials only from the command line (--password-stdin), never from the
        // keychain, so no D-Bus.
        profile.name = QStringLiteral("url");
        profile.kind = ConnectionProfile::Kind::MqttBroker;
        profile.url = QUrl(target, QUrl::StrictMode);
        profile.caFile = option(QStringLiteral("ca-file"));
        profile.verifyPeer = !flag(QStringLiteral("no-verify"));
        profile.pinnedSha256 = option(QStringLiteral("pin"));
        profile.username = option(QStringLiteral("username"));
        if (!option(QStringLiteral("mqtt-version")).isEmpty())
            profile.mqttVersion = option(QStringLiteral("mqtt-version"));
        const QString auth = option(QStringLiteral("auth"));
        if (!auth.isEmpty()) {
            if (!ConnectionProfile::authFromId(auth, &profile.auth)) {
                *exitCode = m_ctx.usage(tr("--auth must be none, password, psk or certificate"));
                return false;
            }
        } else if (!profile.username.isEmpty()) {
            profile.auth = ConnectionProfile::Auth::Password;
        }
        profile.clientCertFile = option(QStringLiteral("client-cert"));
        profile.clientKeyFile = option(QStringLiteral("client-key"));
        const QStringList problems = profile.validate();
        if (!problems.isEmpty()) {
            *exitCode = m_ctx.out.error(ExitCode::Usage,
                                        QStringLiteral("invalid_target"),
                                        problems.join(QStringLiteral("; ")));
            return false;
        }
        if (profile.needsSecret()) {
            if (!flag(QStringLiteral("password-stdin"))) {
                *exitCode = m_ctx.usage(tr("a user name needs its secret: pass it with "
                                           "--password-stdin"));
                return false;
            }
            secret = m_ctx.readStdinSecret();
            if (secret.isEmpty()) {
                *exitCode = m_ctx.out.error(ExitCode::Usage,
                                            QStringLiteral("no_secret"),
                                            tr("no secret was read from standard input"));
                return false;
            }
        }
    } else {
        ProfileStore store(m_ctx.profilesPath);
        QString error;
        if (!store.load(&error)) {
            *exitCode = m_ctx.out.error(ExitCode::Failure, QStringLiteral("profiles"), error);
            return false;
        }
        const ProfileStore::Entry *entry = store.find(target);
        if (!entry) {
            *exitCode = m_ctx.out.error(ExitCode::Failure,
                                        QStringLiteral("not_found"),
                                        tr("no profile named \"%1\"").arg(target));
            return false;
        }
        if (!entry->isValid() || entry->profile.kind != ConnectionProfile::Kind::MqttBroker) {
            *exitCode = m_ctx.out.error(
                ExitCode::Failure,
                QStringLiteral("invalid_profile"),
                entry->isValid() ? tr("the profile \"%1\" is not a broker profile").arg(target)
                                 : entry->problems.join(QStringLiteral("; ")));
            return false;
        }
        profile = entry->profile;
        if (profile.needsSecret() && !m_ctx.readSecret(profile.secretKey(), &secret, &error)) {
            *exitCode = m_ctx.out.error(ExitCode::Failure, QStringLiteral("keychain"), error);
            return false;
        }
    }
    *settings = MqttConnectionSettings::fromProfile(profile, secret);
    settings->clientId = option(QStringLiteral("client-id"));
    if (!option(QStringLiteral("keepalive")).isEmpty())
        settings->keepAliveSeconds = option(QStringLiteral("keepalive")).toInt();
    const QStringList problems = settings->validate();
    if (!problems.isEmpty()) {
        *exitCode = m_ctx.out.error(
            ExitCode::Usage, QStringLiteral("invalid_target"), problems.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

bool MqttCommands::readQos(int *qos, int *exitCode)
{
    bool ok = true;
    *qos = option(QStringLiteral("qos")).isEmpty() ? 0 : option(QStringLiteral("qos")).toInt(&ok);
    if (!ok || *qos < 0 || *qos > 2) {
        *exitCode = m_ctx.usage(tr("--qos must be 0, 1 or 2"));
        return false;
    }
    return true;
}

int MqttCommands::run()
{
    const QString sub = m_ctx.positional.value(0);
    if (sub == QLatin1String("dynsec"))
        return MqttDynsecCommands(*this, m_ctx).run();
    if (MqttDeviceCommands::handles(sub))
        return MqttDeviceCommands(m_ctx,
                                  [this](MqttConnectionSettings *settings, int *exitCode) {
                                      return resolveBroker(settings, exitCode);
                                  })
            .run();
    if (sub != QLatin1String("pub") && sub != QLatin1String("sub") && sub != QLatin1String("tree")
        && sub != QLatin1String("history"))
        return m_ctx.usage(tr("unknown command \"mqtt %1\" (pub, sub, tree or history)").arg(sub));
    if (m_ctx.positional.size() > 1)
        return m_ctx.usage(tr("mqtt %1 takes no positional arguments").arg(sub));
    if (sub == QLatin1String("tree")) {
        m_treeMode = true;
        if (option(QStringLiteral("topic")).isEmpty())
            m_ctx.options.insert(QStringLiteral("topic"), QStringLiteral("#"));
        if (option(QStringLiteral("duration")).isEmpty())
            return m_ctx.usage(tr("mqtt tree needs --duration S (how long to listen)"));
    }
    if (option(QStringLiteral("topic")).isEmpty())
        return m_ctx.usage(tr("--topic is required"));
    if (sub == QLatin1String("history")) {
        if (option(QStringLiteral("broker")).isEmpty())
            return m_ctx.usage(tr("--broker is required"));
        return history(); // reads the cache only: no connection, no keychain
    }
    MqttConnectionSettings settings;
    int exitCode = 0;
    if (!resolveBroker(&settings, &exitCode))
        return exitCode;
    return sub == QLatin1String("pub") ? pub(settings) : this->sub(settings);
}

int MqttCommands::pub(const MqttConnectionSettings &settings)
{
    MqttMessage message;
    message.topic = option(QStringLiteral("topic"));
    if (message.topic.contains(QLatin1Char('#')) || message.topic.contains(QLatin1Char('+')))
        return m_ctx.usage(tr("a topic to publish to must not contain + or #"));
    int exitCode = 0;
    if (!readQos(&message.qos, &exitCode))
        return exitCode;
    message.retain = flag(QStringLiteral("retain"));
    const bool hasPayload = m_ctx.options.contains(QStringLiteral("payload"));
    const QString payloadFile = option(QStringLiteral("payload-file"));
    if (hasPayload == !payloadFile.isEmpty())
        return m_ctx.usage(tr("give exactly one of --payload and --payload-file"));
    if (hasPayload) {
        message.payload = option(QStringLiteral("payload")).toUtf8();
    } else {
        QFile file(payloadFile);
        if (!file.open(QIODevice::ReadOnly))
            return m_ctx.out.error(ExitCode::Failure,
                                   QStringLiteral("io"),
                                   tr("cannot read %1: %2").arg(payloadFile, file.errorString()));
        message.payload = file.readAll();
    }

    MosquittoConnection connection(settings);
    QEventLoop loop;
    int publishId = -1;
    bool done = false;
    exitCode = ExitCode::Success;
    auto finish = [&](int code) {
        if (done)
            return;
        done = true;
        exitCode = code;
        loop.quit();
    };
    QObject::connect(&connection,
                     &MqttConnection::errorOccurred,
                     &loop,
                     [&](MqttConnection::Error error, const QString &text) {
                         if (publishId < 0 || error != MqttConnection::Error::ConnectionLost)
                             finish(fail(error, text));
                     });
    QObject::connect(&connection,
                     &MqttConnection::stateChanged,
                     &loop,
                     [&](MqttConnection::State state, const QString &) {
                         if (state == MqttConnection::State::Connected && publishId < 0)
                             publishId = connection.publish(message);
                     });
    QObject::connect(&connection, &MqttConnection::published, &loop, [&](int id) {
        if (id == publishId)
            finish(ExitCode::Success);
    });
    QObject::connect(
        &connection, &MqttConnection::publishFailed, &loop, [&](int id, const QString &reason) {
            if (id == publishId)
                finish(fail(MqttConnection::Error::Refused, reason));
        });
    QTimer::singleShot(m_ctx.timeoutSeconds * 1000, &loop, [&] {
        finish(m_ctx.out.error(
            ExitCode::Failure,
            QStringLiteral("timeout"),
            publishId < 0
                ? tr("no connection to the broker within %1 s").arg(m_ctx.timeoutSeconds)
                : tr("the broker did not acknowledge within %1 s").arg(m_ctx.timeoutSeconds)));
    });
    connection.connectToBroker();
    loop.exec();

    if (exitCode == ExitCode::Success) {
        // A polite DISCONNECT before leaving (the destructor would send one too).
        QEventLoop closing;
        QObject::connect(&connection,
                         &MqttConnection::stateChanged,
                         &closing,
                         [&](MqttConnection::State state, const QString &) {
                             if (state == MqttConnection::State::Disconnected)
                                 closing.quit();
                         });
        QTimer::singleShot(3000, &closing, &QEventLoop::quit);
        connection.disconnectFromBroker();
        closing.exec();
        m_ctx.out.documentOrLine(
            {{QStringLiteral("published"), true},
             {QStringLiteral("topic"), message.topic},
             {QStringLiteral("qos"), message.qos},
             {QStringLiteral("retain"), message.retain},
             {QStringLiteral("size"), int(message.payload.size())}},
            tr("published %n byte(s) to %1", nullptr, int(message.payload.size()))
                .arg(message.topic));
    }
    return exitCode;
}

int MqttCommands::sub(const MqttConnectionSettings &settings)
{
    const QString filter = option(QStringLiteral("topic"));
    int qos = 0;
    int exitCode = 0;
    if (!readQos(&qos, &exitCode))
        return exitCode;
    bool ok = true;
    const bool hasDuration = !option(QStringLiteral("duration")).isEmpty();
    const int count = option(QStringLiteral("count")).isEmpty()
                          ? (hasDuration ? 0 : 1)
                          : option(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 0)
        return m_ctx.usage(tr("--count must be a positive number"));
    const double duration = hasDuration ? option(QStringLiteral("duration")).toDouble(&ok) : 0.0;
    if (!ok || duration < 0)
        return m_ctx.usage(tr("--duration must be a number of seconds"));
    const bool stats = flag(QStringLiteral("stats"));
    // The same ingest pipeline as the window: topic store, cap, history in the telemetry database.
    MqttIngest::Options ingestOptions;
    ingestOptions.historyPerTopic = 100;
    if (!option(QStringLiteral("history")).isEmpty()) {
        ingestOptions.historyPerTopic = option(QStringLiteral("history")).toInt(&ok);
        if (!ok || ingestOptions.historyPerTopic < 0)
            return m_ctx.usage(tr("--history must be a number of messages per topic (0 = none)"));
    }
    if (!option(QStringLiteral("max-topics")).isEmpty()) {
        ingestOptions.maxTopics = option(QStringLiteral("max-topics")).toInt(&ok);
        if (!ok || ingestOptions.maxTopics < 1)
            return m_ctx.usage(tr("--max-topics must be a positive number"));
    }
    if (ingestOptions.historyPerTopic > 0 && !m_ctx.fleetDbPath.isEmpty())
        ingestOptions.telemetryDbPath = AppPaths::telemetryDbFor(m_ctx.fleetDbPath);
    MqttIngest ingest(historyKey(), ingestOptions);
    if (!ingest.open())
        notice(tr("messages are not kept: %1").arg(ingest.stats().historyError));
    QObject::connect(&ingest, &MqttIngest::capReached, [](int cap) {
        notice(tr("more than %1 distinct topics: messages on further topics are counted but not "
                  "kept (--max-topics)")
                   .arg(cap));
    });
    QObject::connect(
        &ingest, &MqttIngest::historyFailed, [](const QString &message) { notice(message); });

    MosquittoConnection connection(settings);
    QEventLoop loop;
    bool done = false;
    bool everConnected = false;
    int received = 0;
    qint64 bytes = 0;
    int reconnects = 0;
    QElapsedTimer clock;
    exitCode = ExitCode::Success;
    auto finish = [&](int code) {
        if (done)
            return;
        done = true;
        exitCode = code;
        loop.quit();
    };
    QTimer idle; // with --count: no message for --timeout s is a failure (like lwm2m observe)
    idle.setSingleShot(true);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        finish(m_ctx.out.error(
            ExitCode::Failure,
            QStringLiteral("timeout"),
            everConnected
                ? tr("no message within %1 s").arg(m_ctx.timeoutSeconds)
                : tr("no connection to the broker within %1 s").arg(m_ctx.timeoutSeconds)));
    });
    QObject::connect(
        &connection,
        &MqttConnection::errorOccurred,
        &loop,
        [&](MqttConnection::Error error, const QString &text) {
            // Before the first connection every error ends the command; later ones
            // are followed by a reconnect, unless the broker refuses us for good.
            if (!everConnected || connection.state() == MqttConnection::State::Disconnected
                || error == MqttConnection::Error::Tls || error == MqttConnection::Error::Auth
                || error == MqttConnection::Error::Refused)
                finish(fail(error, text));
            // else: reported with the next attempt's time when the state becomes Reconnecting
        });
    QObject::connect(&connection,
                     &MqttConnection::stateChanged,
                     &loop,
                     [&](MqttConnection::State state, const QString &reason) {
                         if (state == MqttConnection::State::Connected) {
                             if (everConnected) {
                                 ++reconnects;
                                 notice(tr("reconnected: %1").arg(reason));
                             }
                             everConnected = true;
                         } else if (state == MqttConnection::State::Reconnecting && everConnected) {
                             notice(reason);
                         }
                     });
    QObject::connect(
        &connection, &MqttConnection::subscribed, &loop, [&](const QString &topic, int granted) {
            notice(tr("subscribed to %1 (QoS %2)").arg(topic).arg(granted));
        });
    QObject::connect(&connection,
                     &MqttConnection::subscribeFailed,
                     &loop,
                     [&](const QString &, const QString &reason) {
                         finish(fail(MqttConnection::Error::Auth, reason));
                     });
    QObject::connect(&connection,
                     &MqttConnection::messagesReceived,
                     &loop,
                     [&](const QVector<MqttMessage> &batch) {
                         if (!done)
                             ingest.ingest(batch);
                         for (const MqttMessage &m : batch) {
                             if (done)
                                 return;
                             ++received;
                             bytes += m.payload.size();
                             if (!stats && !m_treeMode) {
                                 if (m_ctx.out.json)
                                     m_ctx.out.document(messageJson(m));
                                 else
                                     m_ctx.out.line(QStringLiteral("%1 %2").arg(
                                         m.topic, QString::fromUtf8(m.payload)));
                             }
                             if (count > 0 && received >= count)
                                 finish(ExitCode::Success);
                         }
                         if (count > 0 && !done)
                             idle.start(m_ctx.timeoutSeconds * 1000);
                     });
    if (duration > 0)
        QTimer::singleShot(int(duration * 1000), &loop, [&] { finish(ExitCode::Success); });
    if (count > 0 || duration <= 0)
        idle.start(m_ctx.timeoutSeconds * 1000);
    else // --duration alone: but the first connection must still come within --timeout
        QTimer::singleShot(m_ctx.timeoutSeconds * 1000, &loop, [&] {
            if (!everConnected)
                idle.start(0);
        });
    clock.start();
    connection.subscribe(filter, qos);
    connection.connectToBroker();
    loop.exec();
    connection.disconnectFromBroker();
    ingest.close(); // writes the rest of the history
    const double seconds = clock.elapsed() / 1000.0;

    if (exitCode != ExitCode::Success)
        return exitCode;
    const MqttIngest::Stats pipeline = ingest.stats();
    if (m_treeMode) {
        printTree(ingest.store());
    } else if (stats) {
        m_ctx.out.documentOrLine(
            {{QStringLiteral("summary"), true},
             {QStringLiteral("messages"), received},
             {QStringLiteral("bytes"), double(bytes)},
             {QStringLiteral("seconds"), seconds},
             {QStringLiteral("rate"), seconds > 0 ? received / seconds : 0.0},
             {QStringLiteral("topics"), pipeline.topics},
             {QStringLiteral("topics_dropped_messages"), double(pipeline.droppedMessages)},
             {QStringLiteral("history_rows"), double(pipeline.historyRows)}},
            tr("%n message(s), %1 bytes in %2 s (%3 messages/s)", nullptr, received)
                    .arg(bytes)
                    .arg(seconds, 0, 'f', 1)
                    .arg(seconds > 0 ? received / seconds : 0.0, 0, 'f', 1)
                + QLatin1String(", ") + tr("%n topic(s)", nullptr, pipeline.topics));
    } else {
        m_ctx.out.documentOrLine({{QStringLiteral("summary"), true},
                                  {QStringLiteral("topic"), filter},
                                  {QStringLiteral("messages"), received},
                                  {QStringLiteral("bytes"), double(bytes)},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("reconnects"), reconnects}},
                                 tr("%n message(s)", nullptr, received));
    }
    return ExitCode::Success;
}

QString MqttCommands::historyKey() const
{
    // The profile name, or for a bare URL the URL without credentials: the key of the topic
    // history in the telemetry database (the window uses the profile name too).
    const QString target = option(QStringLiteral("broker"));
    if (!isMqttUrl(target))
        return target;
    QUrl url(target);
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

void MqttCommands::printTree(const TopicStore &store)
{
    const QStringList topics = store.topics();
    QStringList previous;
    for (const QString &topic : topics) {
        const TopicRecord *r = store.find(topic);
        if (m_ctx.out.json) {
            QJsonObject o = messageJson(
                MqttMessage{topic, r->lastPayload, r->qos, r->retained, r->properties});
            o.insert(QStringLiteral("messages"), double(r->count));
            o.insert(QStringLiteral("bytes"), double(r->bytes));
            m_ctx.out.document(o);
            continue;
        }
        const QStringList levels = topic.split(QLatin1Char('/'));
        int common = 0;
        while (common < levels.size() - 1 && common < previous.size() - 1
               && levels.at(common) == previous.at(common))
            ++common;
        for (int i = common; i < levels.size(); ++i) {
            QString line = QString(i * 2, QLatin1Char(' ')) + levels.at(i);
            if (i == levels.size() - 1) {
                const PayloadDecoder::Decoded d
                    = PayloadDecoder::decode(r->lastPayload, PayloadDecoder::Format::Auto, 120);
                QString value = d.format == PayloadDecoder::Format::Hex
                                    ? tr("<%n byte(s) binary>", nullptr, int(r->lastPayload.size()))
                                    : d.text.simplified();
                if (value.size() > 80)
                    value = value.left(79) + QChar(0x2026);
                line += QStringLiteral(" = %1  [%2%3]")
                            .arg(value,
                                 tr("%n message(s)", nullptr, int(r->count)),
                                 r->retained ? tr(", retained") : QString());
            }
            m_ctx.out.line(line);
        }
        previous = levels;
    }
    if (!m_ctx.out.json)
        m_ctx.out.line(tr("%n topic(s)", nullptr, store.topicCount()));
}

int MqttCommands::history()
{
    const QString topic = option(QStringLiteral("topic"));
    if (topic.contains(QLatin1Char('#')) || topic.contains(QLatin1Char('+')))
        return m_ctx.usage(tr("mqtt history needs one topic, without + or #"));
    int limit = 0;
    if (!option(QStringLiteral("count")).isEmpty()) {
        bool ok = false;
        limit = option(QStringLiteral("count")).toInt(&ok);
        if (!ok || limit < 1)
            return m_ctx.usage(tr("--count must be a positive number"));
    }
    const QString path = AppPaths::telemetryDbFor(m_ctx.fleetDbPath);
    const QString connection = QStringLiteral("cli-mqtt-history");
    const CacheDatabase::OpenResult opened
        = CacheDatabase::open(path, CacheDatabase::Kind::Telemetry, connection);
    if (!opened.ok())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), opened.message);
    int result = ExitCode::Success;
    {
        MqttHistoryRepository repository(
            QSqlDatabase::database(connection), historyKey(), std::numeric_limits<int>::max(), 0);
        QString error;
        if (!repository.load(&error)) {
            result = m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
        } else {
            const QVector<MqttHistoryEntry> entries = repository.history(topic, limit);
            const bool csv = flag(QStringLiteral("csv"));
            if (csv)
                m_ctx.out.line(QStringLiteral("time,topic,qos,retain,size,payload_base64"));
            for (const MqttHistoryEntry &e : entries) {
                const QString time
                    = QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
                if (csv) {
                    m_ctx.out.line(QStringLiteral("%1,%2,%3,%4,%5,%6")
                                       .arg(time, CsvReader::escape(topic))
                                       .arg(e.qos)
                                       .arg(e.retain ? 1 : 0)
                                       .arg(e.size)
                                       .arg(QString::fromLatin1(e.payload.toBase64())));
                    continue;
                }
                QJsonObject o
                    = messageJson(MqttMessage{topic, e.payload, e.qos, e.retain, e.properties});
                o.insert(QStringLiteral("time"), time);
                o.insert(QStringLiteral("size"), double(e.size));
                if (e.truncated())
                    o.insert(QStringLiteral("stored_bytes"), int(e.payload.size()));
                m_ctx.out.documentOrLine(
                    o, QStringLiteral("%1 %2").arg(time, QString::fromUtf8(e.payload)));
            }
            if (entries.isEmpty() && !csv && !m_ctx.out.json)
                m_ctx.out.line(tr("no history for %1").arg(topic));
        }
    }
    CacheDatabase::close(connection);
    return result;
}
