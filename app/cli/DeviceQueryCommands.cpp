#include "DeviceQueryCommands.h"

#include "CliCache.h"
#include "StaleDevices.h"

#include "firmware/FirmwareVersion.h"
#include "fleet/DeviceExport.h"
#include "fleet/FleetGrouping.h"
#include "provisioning/CsvImport.h"
#include "provisioning/CsvReader.h"
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/GroupRepository.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>

namespace {

const QString Connection = QStringLiteral("fleetdesk-cli-query");
constexpr int LowBatteryPercent = 20;

struct CacheCloser
{
    ~CacheCloser() { CacheDatabase::close(Connection); }
};

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf)
           || (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff)
           || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
           || (u >= 0xffe0 && u <= 0xffe6);
}

QLocale peopleLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

QString textLine(const Device &d)
{
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(d.id.toString(QUuid::WithoutBraces),
             d.name,
             DeviceText::healthId(d.health),
             d.site + (d.groupPath.isEmpty() ? QString() : QLatin1Char('/') + d.groupPath),
             d.firmwareVersion);
}

struct Group
{
    QStringList path;
    DeviceList devices;
    int offline = 0;
    int lowBattery = 0;
};

} // namespace

DeviceQueryCommands::DeviceQueryCommands(Lwm2mCommands::Context context)
    : m_ctx(std::move(context))
{}

QString DeviceQueryCommands::caretLine(const QString &text, int position, int length)
{
    QString line;
    auto width = [](QChar c) {
        return isWide(c) ? 2 : 1;
    };
    for (int i = 0; i < position && i < text.size(); ++i)
        line += QString(width(text.at(i)), QLatin1Char(' '));
    int carets = 0;
    for (int i = position; i < position + length && i < text.size(); ++i)
        carets += width(text.at(i));
    return line + QString(qMax(1, carets), QLatin1Char('^'));
}

bool DeviceQueryCommands::parseQuery(const CliOutput &out,
                                     const QString &text,
                                     const FleetQueryContext &context,
                                     FleetQuery *query,
                                     int *exitCode)
{
    *query = FleetQuery::parse(text, context);
    if (query->isValid())
        return true;
    QString echo = text;
    for (QChar &c : echo) {
        if (c.isSpace())
            c = QLatin1Char(' '); // one column per character under the caret
    }
    const QString report = QStringLiteral("fleetdesk-cli: %1\n  %2\n  %3\n")
                               .arg(query->errorMessage(),
                                    echo,
                                    caretLine(echo, query->errorPosition(), query->errorLength()));
    std::fputs(report.toUtf8().constData(), stderr);
    if (out.json) {
        out.document({{QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("code"), QStringLiteral("query")},
                                   {QStringLiteral("message"), query->errorMessage()},
                                   {QStringLiteral("position"), query->errorPosition()},
                                   {QStringLiteral("length"), query->errorLength()}}}});
    }
    *exitCode = ExitCode::Usage;
    return false;
}

QJsonObject DeviceQueryCommands::deviceJson(const Device &d)
{
    QJsonObject binding;
    if (d.binding.isBound()) {
        binding = {{QStringLiteral("protocol"), DeviceText::protocolId(d.binding.protocol)},
                   {QStringLiteral("profile"), d.binding.profile},
                   {QStringLiteral("endpoint"), d.binding.key}};
    }
    return {
        {QStringLiteral("id"), d.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("binding"), binding.isEmpty() ? QJsonValue(QJsonValue::Null) : binding},
        {QStringLiteral("site"), d.site},
        {QStringLiteral("group"), d.groupPath},
        {QStringLiteral("model"), d.model},
        {QStringLiteral("serial"), d.serial},
        {QStringLiteral("firmware"), d.firmwareVersion},
        {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
        {QStringLiteral("lifecycle"), DeviceText::lifecycleId(d.lifecycle)},
        {QStringLiteral("health"), DeviceText::healthId(d.health)},
        {QStringLiteral("last_seen"),
         d.lastSeen.isValid() ? QJsonValue(isoOrEmpty(d.lastSeen)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("battery"), optionalJson(d.batteryPercent)},
        {QStringLiteral("signal_dbm"), optionalJson(d.signalDbm)},
    };
}

QStringList DeviceQueryCommands::columns()
{
    return DeviceExport::allFields();
}

QString DeviceQueryCommands::columnValue(const Device &d, const QString &column)
{
    return DeviceExport::fieldText(d, column);
}

bool DeviceQueryCommands::select(DeviceList *selected, QDateTime *lastSync, int *exitCode)
{
    const CliOutput &out = m_ctx.out;
    if (!CliCache::openFleet(m_ctx.dbPath, Connection, out, false, exitCode))
        return false;
    const QSqlDatabase db = QSqlDatabase::database(Connection);
    FleetRepository repo(db);
    QString error;
    const DeviceList all = repo.loadDevices(&error);
    if (!error.isEmpty()) {
        *exitCode = out.error(ExitCode::Failure, QStringLiteral("cache"), error);
        return false;
    }
    if (lastSync)
        *lastSync = repo.lastSync();
    // --filter: the name before the query language; it is the same language now.
    QString text = m_ctx.options.value(QStringLiteral("query"));
    if (!m_ctx.options.contains(QStringLiteral("query")))
        text = m_ctx.options.value(QStringLiteral("filter"));
    if (text.trimmed().isEmpty()) {
        *selected = all;
        return true;
    }
    const FleetQueryContext context = GroupRepository::queryContext(db, all, &error);
    if (!error.isEmpty()) {
        *exitCode = out.error(ExitCode::Failure, QStringLiteral("cache"), error);
        return false;
    }
    FleetQuery query;
    if (!parseQuery(out, text, context, &query, exitCode))
        return false;
    for (const Device &d : all) {
        if (query.matches(d, context))
            selected->append(d);
    }
    return true;
}

int DeviceQueryCommands::list()
{
    const CliOutput &out = m_ctx.out;
    if (m_ctx.positional.size() > 1)
        return m_ctx.usage(tr("devices list takes no positional arguments"));
    std::optional<GroupBy> groupBy;
    if (m_ctx.options.contains(QStringLiteral("group-by"))) {
        groupBy = FleetGrouping::fromId(m_ctx.options.value(QStringLiteral("group-by")));
        if (!groupBy) {
            QStringList ids;
            for (GroupBy g : FleetGrouping::all())
                ids.append(FleetGrouping::id(g));
            return m_ctx.usage(
                tr("--group-by must be one of %1").arg(ids.join(QStringLiteral(", "))));
        }
    }
    const bool csv = m_ctx.flags.contains(QStringLiteral("csv"));

    CacheCloser closer;
    DeviceList devices;
    QDateTime lastSync;
    int exitCode = 0;
    if (!select(&devices, &lastSync, &exitCode))
        return exitCode;
    // Devices of unreachable profiles: last known state, stale (docs/offline.md).
    const StaleDevices stale(FleetRepository(QSqlDatabase::database(Connection)));

    // The groups, in the order of their paths (missing values sort like any other name).
    QVector<Group> groups;
    if (groupBy) {
        QHash<QString, int> byKey;
        for (const Device &d : std::as_const(devices)) {
            const QStringList path = FleetGrouping::path(d, *groupBy);
            const QString key = path.join(QChar(0x1f)).toCaseFolded();
            auto it = byKey.constFind(key);
            if (it == byKey.constEnd()) {
                it = byKey.insert(key, int(groups.size()));
                groups.append(Group{path, {}, 0, 0});
            }
            Group &group = groups[it.value()];
            group.devices.append(d);
            group.offline += d.health == Health::Offline ? 1 : 0;
            group.lowBattery += d.batteryPercent && *d.batteryPercent < LowBatteryPercent ? 1 : 0;
        }
        // Paths in order, ignoring case; firmware versions as dotted numbers.
        const GroupBy mode = *groupBy;
        std::stable_sort(groups.begin(), groups.end(), [mode](const Group &a, const Group &b) {
            if (mode == GroupBy::Firmware) {
                const int byVersion = FirmwareVersion::compare(a.path.value(0), b.path.value(0));
                if (byVersion != 0)
                    return byVersion < 0;
            }
            for (int i = 0; i < qMin(a.path.size(), b.path.size()); ++i) {
                const int c = a.path.at(i).compare(b.path.at(i), Qt::CaseInsensitive);
                if (c != 0)
                    return c < 0;
            }
            return a.path.size() < b.path.size();
        });
    }

    if (out.json) {
        const QJsonValue sync = lastSync.isValid()
                                    ? QJsonValue(lastSync.toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null);
        if (!groupBy) {
            QJsonArray list;
            for (const Device &d : std::as_const(devices))
                list.append(stale.annotate(deviceJson(d), d));
            out.document({{QStringLiteral("devices"), list},
                          {QStringLiteral("count"), int(devices.size())},
                          {QStringLiteral("last_sync"), sync}});
            return ExitCode::Success;
        }
        QJsonArray list;
        for (const Group &g : std::as_const(groups)) {
            QJsonArray members;
            for (const Device &d : g.devices)
                members.append(stale.annotate(deviceJson(d), d));
            list.append(QJsonObject{{QStringLiteral("path"), QJsonArray::fromStringList(g.path)},
                                    {QStringLiteral("count"), int(g.devices.size())},
                                    {QStringLiteral("offline"), g.offline},
                                    {QStringLiteral("low_battery"), g.lowBattery},
                                    {QStringLiteral("devices"), members}});
        }
        out.document({{QStringLiteral("group_by"), FleetGrouping::id(*groupBy)},
                      {QStringLiteral("groups"), list},
                      {QStringLiteral("count"), int(devices.size())},
                      {QStringLiteral("last_sync"), sync}});
        return ExitCode::Success;
    }

    if (csv) {
        QStringList header = columns();
        if (groupBy)
            header.prepend(QStringLiteral("group"));
        out.line(header.join(QLatin1Char(',')));
        auto row = [&](const Device &d, const QStringList &path) {
            QStringList fields;
            if (groupBy)
                fields.append(CsvReader::escape(path.join(QLatin1Char('/'))));
            for (const QString &column : columns())
                fields.append(CsvReader::escape(columnValue(d, column)));
            out.line(fields.join(QLatin1Char(',')));
        };
        if (groupBy) {
            for (const Group &g : std::as_const(groups)) {
                for (const Device &d : g.devices)
                    row(d, g.path);
            }
        } else {
            for (const Device &d : std::as_const(devices))
                row(d, {});
        }
        return ExitCode::Success;
    }

    if (!groupBy) {
        for (const Device &d : std::as_const(devices))
            out.line(textLine(d));
        out.line(tr("%n device(s)", nullptr, int(devices.size())));
        return ExitCode::Success;
    }
    const QLocale locale = peopleLocale();
    for (const Group &g : std::as_const(groups)) {
        // "Osaka plant / Line A: 1,240 devices — 12 offline, 31 battery < 20 %" (the CLI loads
        // no translation, so no %n plural forms here)
        const QString where = g.path.join(QStringLiteral(" / "));
        QString heading
            = g.devices.size() == 1
                  ? tr("%1: 1 device").arg(where)
                  : tr("%1: %2 devices").arg(where, locale.toString(int(g.devices.size())));
        QStringList attention;
        if (g.offline > 0)
            attention.append(tr("%1 offline").arg(locale.toString(g.offline)));
        if (g.lowBattery > 0)
            attention.append(
                tr("%1 battery < %2 %").arg(locale.toString(g.lowBattery)).arg(LowBatteryPercent));
        if (!attention.isEmpty())
            heading += QStringLiteral(" — ") + attention.join(QStringLiteral(", "));
        out.line(heading);
        for (const Device &d : g.devices)
            out.line(QStringLiteral("  ") + textLine(d));
    }
    out.line(tr("%n device(s) in %1 group(s)", nullptr, int(devices.size()))
                 .arg(locale.toString(int(groups.size()))));
    return ExitCode::Success;
}

int DeviceQueryCommands::exportFile()
{
    const CliOutput &out = m_ctx.out;
    const QString file = m_ctx.positional.value(1);
    if (file.isEmpty() || m_ctx.positional.size() > 2)
        return m_ctx.usage(tr("devices export needs exactly one FILE.csv or FILE.json"));
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        return m_ctx.usage(tr("devices export writes .csv or .json files, not \"%1\"").arg(file));
    const bool json = suffix == QLatin1String("json");

    QStringList selectedColumns;
    const QString columnsOption = m_ctx.options.value(QStringLiteral("columns"));
    if (!columnsOption.isEmpty()) {
        for (const QString &c : columnsOption.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = c.trimmed().toLower();
            if (!columns().contains(name))
                return m_ctx.usage(tr("unknown column \"%1\"; the columns are %2")
                                       .arg(c.trimmed(), columns().join(QStringLiteral(","))));
            if (!selectedColumns.contains(name))
                selectedColumns.append(name);
        }
    }

    CacheCloser closer;
    DeviceList devices;
    int exitCode = 0;
    if (!select(&devices, nullptr, &exitCode))
        return exitCode;

    QByteArray data;
    if (json) {
        QJsonArray list;
        for (const Device &d : std::as_const(devices)) {
            if (selectedColumns.isEmpty()) {
                list.append(deviceJson(d));
                continue;
            }
            QJsonObject o;
            for (const QString &column : std::as_const(selectedColumns))
                o.insert(column, DeviceExport::fieldJson(d, column));
            list.append(o);
        }
        data = QJsonDocument(QJsonObject{{QStringLiteral("devices"), list},
                                         {QStringLiteral("count"), int(devices.size())}})
                   .toJson(QJsonDocument::Indented);
    } else {
        data
            = DeviceExport::toCsv(devices, selectedColumns.isEmpty() ? columns() : selectedColumns);
    }
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(data) != data.size() || !output.commit())
        return out.error(ExitCode::Failure,
                         QStringLiteral("io"),
                         tr("cannot write %1: %2").arg(file, output.errorString()));
    out.documentOrLine({{QStringLiteral("written"), QFileInfo(file).absoluteFilePath()},
                        {QStringLiteral("count"), int(devices.size())}},
                       tr("%n device(s) written to %1", nullptr, int(devices.size())).arg(file));
    return ExitCode::Success;
}
