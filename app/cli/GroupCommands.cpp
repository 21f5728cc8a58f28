#include "GroupCommands.h"
#include "DeviceQueryCommands.h"

#include "CliCache.h"
#include "fleet/FleetGrouping.h"
#include "fleet/FleetQuery.h"
#include "provisioning/CsvReader.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/GroupRepository.h"
#include "store/JournalRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {

constexpr int DefaultTimelineLimit = 1000;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QStringList sortedKeys(QStringList keys)
{
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return keys;
}

} // namespace

GroupCommands::GroupCommands(Lwm2mCommands::Context context)
    : m_ctx(std::move(context))
    , m_connection(QStringLiteral("fleetdesk-cli-groups"))
{}

GroupCommands::~GroupCommands()
{
    if (QSqlDatabase::contains(m_connection))
        CacheDatabase::close(m_connection);
}

bool GroupCommands::openCache(bool forWriting, int *exitCode)
{
    return CliCache::openFleet(m_ctx.dbPath, m_connection, m_ctx.out, forWriting, exitCode);
}

// ---- groups ------------------------------------------------------------------------------------

int GroupCommands::runGroups()
{
    const QString command = m_ctx.positional.value(0);
    if (command == QLatin1String("list"))
        return groupsList();
    if (command == QLatin1String("create"))
        return groupsCreate();
    if (command == QLatin1String("delete"))
        return groupsDelete();
    if (command == QLatin1String("add"))
        return groupsChangeMembers(true);
    if (command == QLatin1String("remove"))
        return groupsChangeMembers(false);
    return m_ctx.usage(tr("groups needs one of list, create, delete, add, remove"));
}

int GroupCommands::groupsList()
{
    if (m_ctx.positional.size() != 1)
        return m_ctx.usage(tr("groups list takes no positional arguments"));
    int exitCode = 0;
    if (!openCache(false, &exitCode))
        return exitCode;
    QString error;
    const auto groups = GroupRepository(QSqlDatabase::database(m_connection)).staticGroups(&error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    const QStringList names = sortedKeys(groups.keys());
    if (m_ctx.out.json) {
        QJsonArray list;
        for (const QString &name : names)
            list.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("members"), int(groups.value(name).size())}});
        m_ctx.out.document(
            {{QStringLiteral("groups"), list}, {QStringLiteral("count"), int(names.size())}});
        return ExitCode::Success;
    }
    int width = 0;
    for (const QString &name : names)
        width = std::max(width, int(name.size()));
    for (const QString &name : names)
        m_ctx.out.line(name.leftJustified(width) + QStringLiteral("  ")
                       + tr("%n device(s)", nullptr, int(groups.value(name).size())));
    m_ctx.out.line(tr("%n static group(s)", nullptr, int(names.size())));
    return ExitCode::Success;
}

int GroupCommands::groupsCreate()
{
    const QString name = m_ctx.positional.value(1);
    if (m_ctx.positional.size() != 2)
        return m_ctx.usage(tr("groups create needs exactly one NAME"));
    const QString problem = GroupRepository::nameProblem(name);
    if (!problem.isEmpty())
        return m_ctx.out.error(ExitCode::Usage, QStringLiteral("invalid_name"), problem);
    int exitCode = 0;
    if (!openCache(true, &exitCode))
        return exitCode;
    GroupRepository repo(QSqlDatabase::database(m_connection));
    if (repo.hasGroup(name))
        return m_ctx.out.error(ExitCode::Failure,
                               QStringLiteral("exists"),
                               tr("a group named \"%1\" exists already").arg(name.trimmed()));
    QString error;
    if (!repo.createGroup(name, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    m_ctx.out.documentOrLine(
        {{QStringLiteral("created"), true}, {QStringLiteral("group"), name.trimmed()}},
        tr("created group \"%1\"").arg(name.trimmed()));
    return ExitCode::Success;
}

int GroupCommands::groupsDelete()
{
    const QString name = m_ctx.positional.value(1);
    if (m_ctx.positional.size() != 2)
        return m_ctx.usage(tr("groups delete needs exactly one NAME"));
    int exitCode = 0;
    if (!openCache(true, &exitCode))
        return exitCode;
    GroupRepository repo(QSqlDatabase::database(m_connection));
    if (!repo.hasGroup(name))
        return m_ctx.out.error(ExitCode::Failure,
                               QStringLiteral("not_found"),
                               tr("there is no group named \"%1\"").arg(name.trimmed()));
    const int members = int(repo.staticGroups().value(name.trimmed()).size());
    QString error;
    if (!repo.deleteGroup(name, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    m_ctx.out.documentOrLine(
        {{QStringLiteral("deleted"), true},
         {QStringLiteral("group"), name.trimmed()},
         {QStringLiteral("members"), members}},
        tr("deleted group \"%1\" (%n device(s) were in it; the devices stay)", nullptr, members)
            .arg(name.trimmed()));
    return ExitCode::Success;
}

int GroupCommands::groupsChangeMembers(bool add)
{
    const QString name = m_ctx.positional.value(1);
    if (name.isEmpty())
        return m_ctx.usage(add ? tr("groups add needs a NAME and the devices")
                               : tr("groups remove needs a NAME and the devices"));
    int exitCode = 0;
    if (!openCache(true, &exitCode))
        return exitCode;
    GroupRepository repo(QSqlDatabase::database(m_connection));
    if (!repo.hasGroup(name))
        return m_ctx.out.error(
            ExitCode::Failure,
            QStringLiteral("not_found"),
            tr("there is no group named \"%1\" (create it with: groups create NAME)")
                .arg(name.trimmed()));
    QList<QUuid> ids;
    if (!selectDevices(2, &ids, &exitCode))
        return exitCode;
    QString error;
    int changed = 0;
    const bool ok = add ? repo.addMembers(name, ids, false, &changed, &error)
                        : repo.removeMembers(name, ids, &changed, &error);
    if (!ok)
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    const int members = int(repo.staticGroups().value(name.trimmed()).size());
    const int unchanged = int(ids.size()) - changed;
    const QString text
        = add ? tr("added %n device(s) to \"%1\"", nullptr, changed).arg(name.trimmed())
                    + (unchanged > 0 ? tr(" (%n already in it)", nullptr, unchanged) : QString())
              : tr("removed %n device(s) from \"%1\"", nullptr, changed).arg(name.trimmed())
                    + (unchanged > 0 ? tr(" (%n not in it)", nullptr, unchanged) : QString());
    m_ctx.out.documentOrLine(
        {{QStringLiteral("group"), name.trimmed()},
         {add ? QStringLiteral("added") : QStringLiteral("removed"), changed},
         {add ? QStringLiteral("already_members") : QStringLiteral("not_members"), unchanged},
         {QStringLiteral("members"), members}},
        text + QLatin1Char('\n')
            + tr("\"%1\" has %n device(s)", nullptr, members).arg(name.trimmed()));
    return ExitCode::Success;
}

bool GroupCommands::selectDevices(int first, QList<QUuid> *ids, int *exitCode)
{
    const CliOutput &out = m_ctx.out;
    const QString query = m_ctx.options.value(QStringLiteral("query"));
    const QString devicesFile = m_ctx.options.value(QStringLiteral("devices"));
    const QStringList tokens = m_ctx.positional.mid(first);
    const int ways = int(m_ctx.options.contains(QStringLiteral("query")))
                     + int(m_ctx.options.contains(QStringLiteral("devices")))
                     + int(!tokens.isEmpty());
    if (ways != 1) {
        *exitCode = m_ctx.usage(
            tr("choose the devices with exactly one of --query Q, --devices FILE or ID|NAME…"));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString error;
    const DeviceList all = FleetRepository(db).loadDevices(&error);
    if (!error.isEmpty()) {
        *exitCode = out.error(ExitCode::Failure, QStringLiteral("cache"), error);
        return false;
    }

    QSet<QUuid> seen;
    auto take = [&](const Device &d) {
        if (!seen.contains(d.id)) {
            seen.insert(d.id);
            ids->append(d.id);
        }
    };
    if (m_ctx.options.contains(QStringLiteral("query"))) {
        const FleetQueryContext context = GroupRepository::queryContext(db, all, &error);
        if (!error.isEmpty()) {
            *exitCode = out.error(ExitCode::Failure, QStringLiteral("cache"), error);
            return false;
        }
        FleetQuery parsed;
        if (!DeviceQueryCommands::parseQuery(out, query, context, &parsed, exitCode))
            return false;
        for (const Device &d : all) {
            if (parsed.matches(d, context))
                take(d);
        }
        if (ids->isEmpty()) {
            *exitCode = out.error(ExitCode::Failure,
                                  QStringLiteral("no_devices"),
                                  tr("no device matches \"%1\"").arg(query));
            return false;
        }
        return true;
    }

    QStringList wanted = tokens;
    if (m_ctx.options.contains(QStringLiteral("devices"))) {
        // One id, name or endpoint per line; # starts a comment; "-" is standard input.
        QFile file(devicesFile);
        const bool fromStdin = devicesFile == QLatin1String("-");
        if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
            *exitCode = out.error(ExitCode::Failure,
                                  QStringLiteral("io"),
                                  tr("cannot read %1: %2").arg(devicesFile, file.errorString()));
            return false;
        }
        wanted.clear();
        for (QByteArray raw = file.readLine(); !raw.isEmpty(); raw = file.readLine()) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                wanted.append(line);
        }
        if (wanted.isEmpty()) {
            *exitCode = out.error(ExitCode::Failure,
                                  QStringLiteral("no_devices"),
                                  tr("%1 names no device").arg(devicesFile));
            return false;
        }
    }
    for (const QString &token : std::as_const(wanted)) {
        Device device;
        if (!resolveDevice(all, token, &device, exitCode))
            return false; // nothing changes when one device is unknown
        take(device);
    }
    return true;
}

bool GroupCommands::resolveDevice(const DeviceList &all,
                                  const QString &token,
                                  Device *device,
                                  int *exitCode)
{
    const QUuid id = QUuid::fromString(token);
    QVector<const Device *> matches;
    for (const Device &d : all) {
        if (!id.isNull() && d.id == id) {
            *device = d;
            return true;
        }
        if (d.name == token || (!d.binding.key.isEmpty() && d.binding.key == token))
            matches.append(&d);
    }
    if (matches.size() == 1) {
        *device = *matches.first();
        return true;
    }
    if (matches.isEmpty()) {
        *exitCode = m_ctx.out.error(ExitCode::Failure,
                                    QStringLiteral("not_found"),
                                    tr("no device \"%1\" in the cache").arg(token));
        return false;
    }
    QStringList candidates;
    for (const Device *d : std::as_const(matches))
        candidates.append(idText(d->id));
    *exitCode = m_ctx.out.error(
        ExitCode::Failure,
        QStringLiteral("ambiguous"),
        tr("\"%1\" names %n devices; use the id: %2", nullptr, int(matches.size()))
            .arg(token, candidates.join(QStringLiteral(", "))));
    return false;
}

// ---- filters -----------------------------------------------------------------------------------

int GroupCommands::runFilters()
{
    const QString command = m_ctx.positional.value(0);
    if (command == QLatin1String("save"))
        return filtersSave();
    if (command == QLatin1String("list"))
        return filtersList();
    if (command == QLatin1String("delete"))
        return filtersDelete();
    return m_ctx.usage(tr("filters needs one of save, list, delete"));
}

int GroupCommands::filtersSave()
{
    if (m_ctx.positional.size() != 3)
        return m_ctx.usage(tr("filters save needs a NAME and one QUERY (quote the query: "
                              "filters save \"Osaka offline\" 'site:\"Osaka*\" health:offline')"));
    const QString name = m_ctx.positional.value(1);
    const QString query = m_ctx.positional.value(2);
    const QString problem = GroupRepository::nameProblem(name);
    if (!problem.isEmpty())
        return m_ctx.out.error(ExitCode::Usage, QStringLiteral("invalid_name"), problem);
    if (query.trimmed().isEmpty())
        return m_ctx.out.error(ExitCode::Usage, QStringLiteral("query"), tr("the query is empty"));
    int exitCode = 0;
    if (!openCache(true, &exitCode))
        return exitCode;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Checked as it will be used: in:NAME and saved:NAME must exist, and not refer back to it.
    QString error;
    FleetQueryContext context
        = GroupRepository::queryContext(db, FleetRepository(db).loadDevices(), &error);
    context.savedFilters.insert(name.trimmed(), query.trimmed());
    FleetQuery parsed;
    if (!DeviceQueryCommands::parseQuery(m_ctx.out, query.trimmed(), context, &parsed, &exitCode))
        return exitCode;
    GroupRepository repo(db);
    const bool replace = m_ctx.flags.contains(QStringLiteral("replace"));
    if (!replace && repo.hasFilter(name))
        return m_ctx.out.error(ExitCode::Failure,
                               QStringLiteral("exists"),
                               tr("a saved filter named \"%1\" exists already (--replace "
                                  "overwrites it)")
                                   .arg(name.trimmed()));
    if (!repo.saveFilter(name, query, replace, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    m_ctx.out.documentOrLine({{QStringLiteral("saved"), true},
                              {QStringLiteral("name"), name.trimmed()},
                              {QStringLiteral("query"), query.trimmed()}},
                             tr("saved filter \"%1\": %2").arg(name.trimmed(), query.trimmed()));
    return ExitCode::Success;
}

int GroupCommands::filtersList()
{
    if (m_ctx.positional.size() != 1)
        return m_ctx.usage(tr("filters list takes no positional arguments"));
    int exitCode = 0;
    if (!openCache(false, &exitCode))
        return exitCode;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString error;
    const DeviceList all = FleetRepository(db).loadDevices(&error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    const FleetQueryContext context = GroupRepository::queryContext(db, all, &error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    const QStringList names = sortedKeys(context.savedFilters.keys());

    struct Row
    {
        QString name;
        QString query;
        int matches = -1; // -1: the query does not parse (any more)
        QString error;
    };
    QVector<Row> rows;
    for (const QString &name : names) {
        Row row{name, context.savedFilters.value(name)};
        const FleetQuery parsed = FleetQuery::parse(row.query, context);
        if (parsed.isValid())
            row.matches = int(std::count_if(all.cbegin(), all.cend(), [&](const Device &d) {
                return parsed.matches(d, context);
            }));
        else
            row.error = parsed.errorMessage();
        rows.append(row);
    }

    if (m_ctx.out.json) {
        QJsonArray list;
        for (const Row &row : std::as_const(rows)) {
            QJsonObject object{
                {QStringLiteral("name"), row.name},
                {QStringLiteral("query"), row.query},
                {QStringLiteral("matches"),
                 row.matches < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(row.matches)}};
            if (!row.error.isEmpty())
                object.insert(QStringLiteral("error"), row.error);
            list.append(object);
        }
        m_ctx.out.document(
            {{QStringLiteral("filters"), list}, {QStringLiteral("count"), int(rows.size())}});
        return ExitCode::Success;
    }
    int width = 0;
    for (const Row &row : std::as_const(rows))
        width = std::max(width, int(row.name.size()));
    for (const Row &row : std::as_const(rows)) {
        const QString matches = row.matches < 0 ? tr("invalid: %1").arg(row.error)
                                                : tr("%n device(s)", nullptr, row.matches);
        m_ctx.out.line(row.name.leftJustified(width) + QStringLiteral("  ") + matches
                       + QStringLiteral("  ") + row.query);
    }
    m_ctx.out.line(tr("%n saved filter(s)", nullptr, int(rows.size())));
    return ExitCode::Success;
}

int GroupCommands::filtersDelete()
{
    if (m_ctx.positional.size() != 2)
        return m_ctx.usage(tr("filters delete needs exactly one NAME"));
    const QString name = m_ctx.positional.value(1);
    int exitCode = 0;
    if (!openCache(true, &exitCode))
        return exitCode;
    GroupRepository repo(QSqlDatabase::database(m_connection));
    if (!repo.hasFilter(name))
        return m_ctx.out.error(ExitCode::Failure,
                               QStringLiteral("not_found"),
                               tr("there is no saved filter named \"%1\"").arg(name.trimmed()));
    QString error;
    if (!repo.deleteFilter(name, &error))
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    m_ctx.out.documentOrLine(
        {{QStringLiteral("deleted"), true}, {QStringLiteral("name"), name.trimmed()}},
        tr("deleted saved filter \"%1\"").arg(name.trimmed()));
    return ExitCode::Success;
}

// ---- devices timeline --------------------------------------------------------------------------

int GroupCommands::runTimeline()
{
    if (m_ctx.positional.size() != 2)
        return m_ctx.usage(tr("devices timeline needs exactly one device ID or NAME"));
    const bool csv = m_ctx.flags.contains(QStringLiteral("csv"));
    if (csv && m_ctx.out.json)
        return m_ctx.usage(tr("choose one of --json and --csv"));
    int limit = DefaultTimelineLimit;
    if (m_ctx.options.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_ctx.options.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return m_ctx.usage(tr("--limit needs a positive number"));
    }
    QSet<QString> kinds;
    for (const QString &kind :
         m_ctx.options.value(QStringLiteral("kind")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        kinds.insert(kind.trimmed().toLower());

    int exitCode = 0;
    if (!openCache(false, &exitCode))
        return exitCode;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString error;
    const DeviceList all = FleetRepository(db).loadDevices(&error);
    if (!error.isEmpty())
        return m_ctx.out.error(ExitCode::Failure, QStringLiteral("cache"), error);
    Device device;
    if (!resolveDevice(all, m_ctx.positional.value(1), &device, &exitCode))
        return exitCode;

    // The journal comes newest first; keep the newest `limit` of the wanted kinds, then print
    // them oldest first.
    QVector<JournalRepository::JournalEntry> entries
        = JournalRepository(db).journal(device.id, kinds.isEmpty() ? limit : -1);
    if (!kinds.isEmpty()) {
        entries.erase(std::remove_if(entries.begin(),
                                     entries.end(),
                                     [&](const JournalRepository::JournalEntry &e) {
                                         return !kinds.contains(e.kind.toLower());
                                     }),
                      entries.end());
        if (entries.size() > limit)
            entries.resize(limit);
    }
    std::reverse(entries.begin(), entries.end());

    if (m_ctx.out.json) {
        QJsonArray list;
        for (const auto &e : std::as_const(entries))
            list.append(QJsonObject{{QStringLiteral("time"), timeText(e.time)},
                                    {QStringLiteral("kind"), e.kind},
                                    {QStringLiteral("message"), e.message},
                                    {QStringLiteral("data"), e.data}});
        m_ctx.out.document({{QStringLiteral("device"),
                             QJsonObject{{QStringLiteral("id"), idText(device.id)},
                                         {QStringLiteral("name"), device.name}}},
                            {QStringLiteral("entries"), list},
                            {QStringLiteral("count"), int(entries.size())}});
    } else if (csv) {
        m_ctx.out.line(QStringLiteral("time,kind,message,data"));
        for (const auto &e : std::as_const(entries)) {
            const QString data
                = e.data.isEmpty()
                      ? QString()
                      : QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
            m_ctx.out.line(QStringList{CsvReader::escape(timeText(e.time)),
                                       CsvReader::escape(e.kind),
                                       CsvReader::escape(e.message),
                                       CsvReader::escape(data)}
                               .join(QLatin1Char(',')));
        }
    } else {
        int width = 0;
        for (const auto &e : std::as_const(entries))
            width = std::max(width, int(e.kind.size()));
        for (const auto &e : std::as_const(entries))
            m_ctx.out.line(timeText(e.time) + QStringLiteral("  ") + e.kind.leftJustified(width)
                           + QStringLiteral("  ") + e.message);
        m_ctx.out.line(tr("%1: %n entry(ies)", nullptr, int(entries.size())).arg(device.name));
    }
    return ExitCode::Success;
}
