#include "MqttDeviceCommands.h"

#include "bulk/MqttBulkActions.h"
#include "mqtt/MosquittoConnection.h"
#include "mqtt/MqttCommandClient.h"
#include "mqtt/MqttDeviceTracker.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/JournalRepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

const QString CacheConnection = QStringLiteral("fleetdesk-cli-mqtt-dm");

void notice(const QString &text)
{
    std::fprintf(stderr, "fleetdesk-cli: %s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

// The convention's words for health (docs/mqtt-dm-convention.md): stale, not the fleet's sleeping.
QString healthWord(Health health)
{
    switch (health) {
    case Health::Online:
        return QStringLiteral("online");
    case Health::Offline:
        return QStringLiteral("offline");
    case Health::Sleeping:
        return QStringLiteral("stale");
    case Health::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject firmwareJson(const MqttFirmwareProgress &p)
{
    return {{QStringLiteral("state"), p.state},
            {QStringLiteral("result"), p.result},
            {QStringLiteral("progress"), p.progress},
            {QStringLiteral("target_version"), p.targetVersion},
            {QStringLiteral("request_id"), p.requestId}};
}

struct CacheCloser
{
    ~CacheCloser()
    {
        if (QSqlDatabase::contains(CacheConnection))
            CacheDatabase::close(CacheConnection);
    }
};

// Runs a connection until done() is called or it fails before its first CONNACK (then false with
// *exitCode set). Later losses are reconnected by the connection itself.
class ConnectionRun
{
public:
    ConnectionRun(MosquittoConnection *connection, const CliOutput &out, int timeoutSeconds)
        : m_out(out)
    {
        QObject::connect(
            connection,
            &MqttConnection::errorOccurred,
            &m_loop,
            [this, connection](MqttConnection::Error error, const QString &text) {
                if (!m_everConnected || connection->state() == MqttConnection::State::Disconnected)
                    fail(m_out.error(ExitCode::Failure, MqttConnection::errorId(error), text));
            });
        QObject::connect(connection,
                         &MqttConnection::stateChanged,
                         &m_loop,
                         [this](MqttConnection::State state, const QString &reason) {
                             if (state == MqttConnection::State::Connected)
                                 m_everConnected = true;
                             else if (state == MqttConnection::State::Reconnecting
                                      && m_everConnected)
                                 notice(reason);
                         });
        QObject::connect(
            connection,
            &MqttConnection::subscribeFailed,
            &m_loop,
            [this](const QString &filter, const QString &reason) {
                fail(m_out.error(ExitCode::Failure,
                                 QStringLiteral("auth"),
                                 MqttDeviceCommands::tr("the broker refused the subscription to "
                                                        "%1: %2")
                                     .arg(filter, reason)));
            });
        QTimer::singleShot(timeoutSeconds * 1000, &m_loop, [this, timeoutSeconds] {
            if (!m_everConnected)
                fail(m_out.error(ExitCode::Failure,
                                 QStringLiteral("timeout"),
                                 MqttDeviceCommands::tr("no connection to the broker within %1 s")
                                     .arg(timeoutSeconds)));
        });
    }

    QEventLoop *loop() { return &m_loop; }
    void done() { fail(ExitCode::Success); }
    // Returns the exit code.
    int exec()
    {
        if (!m_finished)
            m_loop.exec();
        return m_exitCode;
    }

private:
    void fail(int code)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_exitCode = code;
        m_loop.quit();
    }

    const CliOutput &m_out;
    QEventLoop m_loop;
    bool m_everConnected = false;
    bool m_finished = false;
    int m_exitCode = ExitCode::Success;
};

void disconnectPolitely(MosquittoConnection *connection)
{
    if (connection->state() == MqttConnection::State::Disconnected)
        return;
    QEventLoop closing;
    QObject::connect(connection,
                     &MqttConnection::stateChanged,
                     &closing,
                     [&](MqttConnection::State state, const QString &) {
                         if (state == MqttConnection::State::Disconnected)
                             closing.quit();
                     });
    QTimer::singleShot(3000, &closing, &QEventLoop::quit);
    connection->disconnectFromBroker();
    closing.exec();
}

MqttDeviceUpdateList allUpdates(const MqttDeviceTracker &tracker)
{
    MqttDeviceUpdateList updates;
    for (const MqttDeviceState &s : tracker.devices())
        updates.append(tracker.update(s));
    return updates;
}

// Opens the fleet cache (a notice on stderr when it cannot: the command still did its work).
bool openCache(const QString &path)
{
    const auto opened = CacheDatabase::open(path, CacheDatabase::Kind::Fleet, CacheConnection);
    if (!opened.ok() || opened.readOnly) {
        notice(MqttDeviceCommands::tr("the fleet cache was not updated: %1").arg(opened.message));
        return false;
    }
    return true;
}

} // namespace

MqttDeviceCommands::MqttDeviceCommands(MqttCommands::Context context, ResolveBroker resolveBroker)
    : m_ctx(std::move(context))
    , m_resolveBroker(std::move(resolveBroker))
{}

bool MqttDeviceCommands::handles(const QString &subcommand)
{
    return subcommand == QLatin1String("devices") || subcommand == QLatin1String("command");
}

QString MqttDeviceCommands::usageText()
{
    return QStringLiteral(
        "  mqtt devices --broker URL|PROFILE [--duration S]\n"
        "  mqtt command --broker URL|PROFILE --device ID OP [--args JSON] [--wait]\n");
}

QString MqttDeviceCommands::profileId() const
{
    const QString broker = option(QStringLiteral("broker"));
    return broker.startsWith(QLatin1String("mqtt://"))
                   || broker.startsWith(QLatin1String("mqtts://"))
               ? QString()
               : broker;
}

int MqttDeviceCommands::run()
{
    const QString sub = m_ctx.positional.value(0);
    if (sub == QLatin1String("devices") && m_ctx.positional.size() > 1)
        return m_ctx.usage(tr("mqtt devices takes no positional arguments"));
    if (sub == QLatin1String("command") && m_ctx.positional.size() != 2)
        return m_ctx.usage(tr("mqtt command needs exactly one command name, e.g. reboot"));
    MqttConnectionSettings settings;
    int exitCode = 0;
    if (!m_resolveBroker(&settings, &exitCode))
        return exitCode;
    return sub == QLatin1String("devices") ? devices(settings) : command(settings);
}

int MqttDeviceCommands::devices(const MqttConnectionSettings &settings)
{
    bool ok = true;
    const QString durationText = option(QStringLiteral("duration"));
    const double duration = durationText.isEmpty() ? 0.0 : durationText.toDouble(&ok);
    if (!ok || duration < 0)
        return m_ctx.usage(tr("--duration must be a number of seconds"));

    MosquittoConnection connection(settings);
    MqttDeviceTracker tracker(&connection, profileId());
    ConnectionRun run(&connection, m_ctx.out, m_ctx.timeoutSeconds);
    // Done when the retained state is in and --duration (from the start) has passed.
    bool settled = false;
    bool elapsed = duration <= 0;
    QObject::connect(&tracker, &MqttDeviceTracker::settled, run.loop(), [&] {
        settled = true;
        if (elapsed)
            run.done();
    });
    if (!elapsed)
        QTimer::singleShot(int(duration * 1000), run.loop(), [&] {
            elapsed = true;
            if (settled)
                run.done();
        });
    tracker.start();
    connection.connectToBroker();
    const int exitCode = run.exec();
    disconnectPolitely(&connection);
    if (exitCode != ExitCode::Success)
        return exitCode;

    QStringList ids = tracker.devices().keys();
    std::sort(ids.begin(), ids.end());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : std::as_const(ids)) {
        const MqttDeviceState &s = *tracker.device(id);
        const QString health = healthWord(MqttDeviceTracker::health(s, now));
        if (m_ctx.out.json) {
            QJsonObject o{{QStringLiteral("device"), id},
                          {QStringLiteral("health"), health},
                          {QStringLiteral("model"), s.model},
                          {QStringLiteral("serial"), s.serial},
                          {QStringLiteral("firmware"), s.firmwareVersion},
                          {QStringLiteral("site"), s.site},
                          {QStringLiteral("group"), s.group},
                          {QStringLiteral("battery"), optionalJson(s.batteryPercent)},
                          {QStringLiteral("signal_dbm"), optionalJson(s.signalDbm)},
                          {QStringLiteral("session"), s.session},
                          {QStringLiteral("last_seen"), timeJson(s.lastSeen)},
                          {QStringLiteral("config_version"),
                           s.configVersion ? QJsonValue(double(*s.configVersion))
                                           : QJsonValue(QJsonValue::Null)}};
            if (!s.online.value_or(true))
                o.insert(QStringLiteral("offline_reason"), s.offlineReason);
            if (s.firmware)
                o.insert(QStringLiteral("firmware_update"), firmwareJson(*s.firmware));
            m_ctx.out.document(o);
        } else {
            m_ctx.out.line(
                QStringLiteral("%1  %2  %3  %4  %5  %6")
                    .arg(id,
                         health,
                         s.model.isEmpty() ? QStringLiteral("-") : s.model,
                         s.serial.isEmpty() ? QStringLiteral("-") : s.serial,
                         s.firmwareVersion.isEmpty() ? QStringLiteral("-") : s.firmwareVersion,
                         s.lastSeen.isValid() ? s.lastSeen.toString(Qt::ISODateWithMs)
                                              : QStringLiteral("-")));
        }
    }

    // The fleet cache learns what was seen (devices keyed by broker profile and device id).
    bool cached = false;
    const QString profile = profileId();
    if (!profile.isEmpty() && !ids.isEmpty()) {
        CacheCloser closer;
        if (openCache(m_ctx.fleetDbPath)) {
            FleetRepository fleet(QSqlDatabase::database(CacheConnection));
            QString error;
            cached = fleet.applyMqttUpdates(profile, allUpdates(tracker), nullptr, &error);
            if (cached)
                fleet.setLastSync(QDateTime::currentDateTimeUtc());
            else
                notice(tr("the fleet cache was not updated: %1").arg(error));
        }
    }
    m_ctx.out.documentOrLine({{QStringLiteral("summary"), true},
                              {QStringLiteral("devices"), int(ids.size())},
                              {QStringLiteral("ignored_messages"), tracker.garbageCount()},
                              {QStringLiteral("cached"), cached}},
                             tr("%n device(s)", nullptr, int(ids.size())));
    return ExitCode::Success;
}

int MqttDeviceCommands::command(const MqttConnectionSettings &settings)
{
    const QString device = option(QStringLiteral("device"));
    const QString op = m_ctx.positional.value(1);
    if (!MqttDmProtocol::isValidDeviceId(device))
        return m_ctx.usage(
            tr("--device must be a device id (1–64 characters of A–Z a–z 0–9 . _ -)"));
    if (!MqttDmProtocol::isValidOp(op))
        return m_ctx.usage(
            tr("\"%1\" is not a command name (lower-case letters, digits, -)").arg(op));
    QJsonObject args;
    if (m_ctx.options.contains(QStringLiteral("args"))) {
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(option(QStringLiteral("args")).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return m_ctx.usage(tr("--args must be a JSON object"));
        args = document.object();
    }
    const bool wait = flag(QStringLiteral("wait"));
    const int timeoutMs = m_ctx.timeoutSeconds * 1000;

    MosquittoConnection connection(settings);
    const QString profile = profileId();
    MqttDeviceTracker tracker(&connection, profile);
    MqttCommandClient client(&connection, &tracker, settings.isMqtt5());
    ConnectionRun run(&connection, m_ctx.out, m_ctx.timeoutSeconds);
    tracker.start();
    client.start();
    MqttCommandReply *reply = client.send(device, op, args, timeoutMs, wait);
    QObject::connect(reply, &MqttCommandReply::accepted, run.loop(), [] {
        notice(tr("the device accepted the firmware update; waiting for its final state"));
    });
    QObject::connect(
        reply, &MqttCommandReply::firmwareProgress, run.loop(), [](const MqttFirmwareProgress &p) {
            notice(tr("firmware: state %1, result %2, progress %3")
                       .arg(p.state)
                       .arg(p.result)
                       .arg(p.progress));
        });
    QObject::connect(reply, &MqttCommandReply::finished, run.loop(), [&] { run.done(); });
    connection.connectToBroker();
    const int connectionExit = run.exec();
    disconnectPolitely(&connection);
    if (connectionExit != ExitCode::Success || !reply->isFinished())
        return connectionExit; // the connection failed first (reported; nothing was sent)
    const MqttCommandResult &result = reply->result();

    // The audit log and the device journal, like the LwM2M operations.
    if (MqttCommandClient::changesDevice(op)) {
        CacheCloser closer;
        if (openCache(m_ctx.fleetDbPath)) {
            QSqlDatabase db = QSqlDatabase::database(CacheConnection);
            FleetRepository fleet(db);
            QHash<QString, QUuid> ids;
            QString error;
            if (!profile.isEmpty())
                fleet.applyMqttUpdates(profile, allUpdates(tracker), &ids, &error);
            const QUuid deviceUuid = ids.value(device);
            JournalRepository journal(db);
            bool written = journal.appendAudit(
                MqttBulkActions::auditEntry(deviceUuid, profile, device, op, args, result), &error);
            if (written && !deviceUuid.isNull())
                written = journal.appendJournal(
                    {MqttBulkActions::journalEntry(deviceUuid, profile, device, op, result)},
                    &error);
            if (!written)
                notice(tr("the audit log could not be written: %1").arg(error));
        }
    }

    if (!result.succeeded())
        return m_ctx.out.error(ExitCode::Failure,
                               result.code.isEmpty() ? QStringLiteral("failed") : result.code,
                               result.message);
    QJsonObject o{{QStringLiteral("device"), device},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("id"), reply->requestId()},
                  {QStringLiteral("status"), MqttCommandResult::statusId(result.status)},
                  {QStringLiteral("answer"), result.answer}};
    if (!result.result.isEmpty())
        o.insert(QStringLiteral("result"), result.result);
    if (result.firmware)
        o.insert(QStringLiteral("firmware"), firmwareJson(*result.firmware));
    QString text
        = QStringLiteral("%1 %2: %3").arg(device, op, MqttCommandResult::statusId(result.status));
    if (!result.result.isEmpty())
        text += QLatin1Char(' ')
                + QString::fromUtf8(QJsonDocument(result.result).toJson(QJsonDocument::Compact));
    m_ctx.out.documentOrLine(o, text);
    return ExitCode::Success;
}

// ---- bulk ----

struct MqttBulkBrokers::Broker
{
    std::unique_ptr<MosquittoConnection> connection;
    std::unique_ptr<MqttDeviceTracker> tracker;
    std::unique_ptr<MqttCommandClient> client;
};

MqttBulkBrokers::MqttBulkBrokers() = default;

MqttBulkBrokers::~MqttBulkBrokers()
{
    for (auto &entry : m_brokers) {
        Broker &b = *entry.second;
        b.client.reset();
        b.tracker.reset();
        disconnectPolitely(b.connection.get());
    }
}

void MqttBulkBrokers::add(const ConnectionProfile &profile, const QByteArray &secret)
{
    if (has(profile.name))
        return;
    auto broker = std::make_unique<Broker>();
    const MqttConnectionSettings settings = MqttConnectionSettings::fromProfile(profile, secret);
    broker->connection = std::make_unique<MosquittoConnection>(settings);
    broker->tracker = std::make_unique<MqttDeviceTracker>(broker->connection.get(), profile.name);
    broker->client = std::make_unique<MqttCommandClient>(
        broker->connection.get(), broker->tracker.get(), settings.isMqtt5());
    broker->tracker->start();
    broker->client->start();
    broker->connection->connectToBroker();
    m_brokers[profile.name] = std::move(broker);
}

MqttCommandClient *MqttBulkBrokers::client(const QString &profile) const
{
    const auto it = m_brokers.find(profile);
    return it == m_brokers.end() ? nullptr : it->second->client.get();
}
