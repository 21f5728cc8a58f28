#include "campaign/CampaignDraft.h"

#include "provisioning/CsvReader.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace {

bool startsWithKey(const QString &pointer, const QString &key)
{
    return pointer == key || pointer.startsWith(key + QLatin1Char('/'));
}

QVector<CampaignProblem> onlyUnder(const QVector<CampaignProblem> &problems,
                                   const QStringList &keys)
{
    QVector<CampaignProblem> out;
    for (const CampaignProblem &p : problems) {
        for (const QString &key : keys) {
            if (startsWithKey(p.pointer, key)) {
                out.append(p);
                break;
            }
        }
    }
    return out;
}

void appendUnique(QVector<CampaignProblem> *to, const QVector<CampaignProblem> &from)
{
    for (const CampaignProblem &p : from) {
        bool seen = false;
        for (const CampaignProblem &q : std::as_const(*to))
            seen = seen || (q.pointer == p.pointer && q.message == p.message);
        if (!seen)
            to->append(p);
    }
}

} // namespace

CampaignDraft CampaignDraft::fromSpec(const CampaignSpec &spec, const FleetQueryContext &context)
{
    CampaignDraft draft;
    draft.spec = spec;
    switch (spec.targetKind) {
    case CampaignSpec::TargetKind::Query:
        draft.targetSource = TargetSource::Query;
        break;
    case CampaignSpec::TargetKind::Group:
        draft.targetSource = context.staticGroups.contains(spec.targetGroup)
                                     || !context.savedFilters.contains(spec.targetGroup)
                                 ? TargetSource::StaticGroup
                                 : TargetSource::SmartGroup;
        break;
    case CampaignSpec::TargetKind::Devices: {
        // A list of ids only is a selection; anything else is a list the operator brought.
        QList<QUuid> ids;
        for (const QString &entry : spec.targetDevices) {
            const QUuid id = QUuid::fromString(entry);
            if (id.isNull()) {
                ids.clear();
                break;
            }
            ids.append(id);
        }
        draft.targetSource = ids.isEmpty() ? TargetSource::CsvFile : TargetSource::Selection;
        draft.selectionIds = ids;
        break;
    }
    }
    return draft;
}

void CampaignDraft::setQueryTarget(const QString &query)
{
    targetSource = TargetSource::Query;
    spec.targetKind = CampaignSpec::TargetKind::Query;
    spec.targetQuery = query.trimmed();
    spec.targetGroup.clear();
    spec.targetDevices.clear();
}

void CampaignDraft::setGroupTarget(TargetSource kind, const QString &name)
{
    targetSource
        = kind == TargetSource::SmartGroup ? TargetSource::SmartGroup : TargetSource::StaticGroup;
    spec.targetKind = CampaignSpec::TargetKind::Group;
    spec.targetGroup = name;
    spec.targetQuery.clear();
    spec.targetDevices.clear();
}

void CampaignDraft::setSelectionTarget(const QList<QUuid> &ids)
{
    targetSource = TargetSource::Selection;
    selectionIds = ids;
    spec.targetKind = CampaignSpec::TargetKind::Devices;
    spec.targetQuery.clear();
    spec.targetGroup.clear();
    spec.targetDevices.clear();
    QSet<QUuid> seen;
    for (const QUuid &id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        spec.targetDevices.append(id.toString(QUuid::WithoutBraces));
    }
}

bool CampaignDraft::setCsvTarget(const QString &path)
{
    targetSource = TargetSource::CsvFile;
    csvPath = path;
    csvError.clear();
    spec.targetKind = CampaignSpec::TargetKind::Devices;
    spec.targetQuery.clear();
    spec.targetGroup.clear();
    spec.targetDevices.clear();
    if (path.isEmpty()) {
        csvError = tr("Choose a CSV file with the devices.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        csvError = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString error;
    spec.targetDevices = readDeviceList(file.readAll(), &error);
    if (!error.isEmpty()) {
        csvError = error;
        spec.targetDevices.clear();
        return false;
    }
    return true;
}

QStringList CampaignDraft::readDeviceList(const QByteArray &csv, QString *error)
{
    QVector<CsvReader::Row> rows;
    QString parseError;
    if (!CsvReader::parse(csv, &rows, &parseError)) {
        if (error)
            *error = tr("The CSV file cannot be read: %1").arg(parseError);
        return {};
    }
    int column = 0;
    int first = 0;
    if (!rows.isEmpty()) {
        static const QStringList headers = {QStringLiteral("id"),
                                            QStringLiteral("device"),
                                            QStringLiteral("device_id"),
                                            QStringLiteral("name"),
                                            QStringLiteral("endpoint")};
        const QStringList &fields = rows.first().fields;
        for (const QString &header : headers) {
            const int at = [&fields, &header] {
                for (int i = 0; i < fields.size(); ++i) {
                    if (fields[i].trimmed().compare(header, Qt::CaseInsensitive) == 0)
                        return i;
                }
                return -1;
            }();
            if (at >= 0) {
                column = at;
                first = 1;
                break;
            }
        }
    }
    QStringList list;
    QSet<QString> seen;
    for (int i = first; i < rows.size(); ++i) {
        const QString entry = rows[i].fields.value(column).trimmed();
        if (entry.isEmpty() || seen.contains(entry))
            continue;
        seen.insert(entry);
        list.append(entry);
    }
    if (list.isEmpty() && error)
        *error = tr("The CSV file lists no device.");
    return list;
}

QVector<CampaignProblem> CampaignDraft::documentProblems() const
{
    QVector<CampaignProblem> problems;
    CampaignSpec::fromJson(spec.toJsonBytes(), &problems);
    return problems;
}

QVector<CampaignProblem>
CampaignDraft::validateFirmware(const QVector<FirmwareImageRecord> &library) const
{
    QVector<CampaignProblem> problems;
    if (spec.firmwareModel.isEmpty() || spec.firmwareVersion.isEmpty()) {
        problems.append({QStringLiteral("/firmware"), tr("Choose the firmware to install.")});
    } else {
        bool found = false;
        for (const FirmwareImageRecord &image : library)
            found = found
                    || (image.model == spec.firmwareModel && image.version == spec.firmwareVersion);
        if (!found)
            problems.append({QStringLiteral("/firmware"),
                             tr("%1 %2 is not in the firmware library: import the image first.")
                                 .arg(spec.firmwareModel, spec.firmwareVersion)});
    }
    if (spec.name.trimmed().isEmpty())
        problems.append({QStringLiteral("/name"), tr("Give the campaign a name.")});
    else
        appendUnique(&problems, onlyUnder(documentProblems(), {QStringLiteral("/name")}));
    return problems;
}

QVector<CampaignProblem> CampaignDraft::validateTargets(const FleetQueryContext &context) const
{
    QVector<CampaignProblem> problems;
    switch (targetSource) {
    case TargetSource::Query: {
        if (spec.targetQuery.trimmed().isEmpty()) {
            problems.append({QStringLiteral("/targets/query"),
                             tr("Enter a fleet query (an empty one would target every device).")});
            break;
        }
        const FleetQuery query = FleetQuery::parse(spec.targetQuery, context);
        if (!query.isValid())
            problems.append({QStringLiteral("/targets/query"), query.errorMessage()});
        break;
    }
    case TargetSource::SmartGroup:
    case TargetSource::StaticGroup: {
        const bool smart = targetSource == TargetSource::SmartGroup;
        if (spec.targetGroup.isEmpty()) {
            problems.append({QStringLiteral("/targets/group"),
                             smart ? tr("Choose a smart group.") : tr("Choose a static group.")});
        } else if (smart ? !context.savedFilters.contains(spec.targetGroup)
                         : !context.staticGroups.contains(spec.targetGroup)) {
            problems.append({QStringLiteral("/targets/group"),
                             smart ? tr("There is no smart group \"%1\".").arg(spec.targetGroup)
                                   : tr("There is no static group \"%1\".").arg(spec.targetGroup)});
        } else if (smart) {
            const FleetQuery query
                = FleetQuery::parse(context.savedFilters.value(spec.targetGroup), context);
            if (!query.isValid())
                problems.append({QStringLiteral("/targets/group"),
                                 tr("The smart group \"%1\" has an invalid query: %2")
                                     .arg(spec.targetGroup, query.errorMessage())});
        }
        break;
    }
    case TargetSource::Selection:
        if (spec.targetDevices.isEmpty())
            problems.append(
                {QStringLiteral("/targets/devices"),
                 tr("No device is selected in the window: select devices first, or choose "
                    "another kind of target.")});
        break;
    case TargetSource::CsvFile:
        if (!csvError.isEmpty())
            problems.append({QStringLiteral("/targets/devices"), csvError});
        else if (spec.targetDevices.isEmpty())
            problems.append(
                {QStringLiteral("/targets/devices"), tr("Choose a CSV file with the devices.")});
        break;
    }
    if (problems.isEmpty())
        appendUnique(&problems, onlyUnder(documentProblems(), {QStringLiteral("/targets")}));
    return problems;
}

QVector<CampaignProblem> CampaignDraft::validateRollout(const QDateTime &now) const
{
    static const QStringList keys = {QStringLiteral("/waves"),
                                     QStringLiteral("/concurrency"),
                                     QStringLiteral("/device_timeout_s"),
                                     QStringLiteral("/retries"),
                                     QStringLiteral("/success_threshold"),
                                     QStringLiteral("/error_threshold"),
                                     QStringLiteral("/on_error"),
                                     QStringLiteral("/approval_after_wave"),
                                     QStringLiteral("/window"),
                                     QStringLiteral("/order"),
                                     QStringLiteral("/preconditions"),
                                     QStringLiteral("/expires")};
    QVector<CampaignProblem> problems = onlyUnder(documentProblems(), keys);
    if (spec.window && windowHasNoDays)
        problems.append({QStringLiteral("/window/days"),
                         tr("The window has no days: it never opens. Tick at least one day.")});
    const bool windowReadable
        = !std::any_of(problems.begin(), problems.end(), [](const CampaignProblem &p) {
              return startsWithKey(p.pointer, QStringLiteral("/window"))
                     || startsWithKey(p.pointer, QStringLiteral("/expires"));
          });
    if (windowReadable)
        appendUnique(&problems, spec.validateSchedule(now));
    return problems;
}

QVector<CampaignProblem> CampaignDraft::validateReview(const QDateTime &now,
                                                       int eligibleDevices) const
{
    QVector<CampaignProblem> problems = documentProblems();
    if (spec.window && windowHasNoDays)
        problems.append({QStringLiteral("/window/days"),
                         tr("The window has no days: it never opens. Tick at least one day.")});
    if (problems.isEmpty()) {
        appendUnique(&problems, spec.validateSchedule(now));
        if (eligibleDevices >= 0)
            appendUnique(&problems, spec.validatePlan(eligibleDevices));
    }
    return problems;
}

QString CampaignDraft::describePointer(const QString &pointer)
{
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return tr("The document");
    const QString &key = parts.first();
    auto sub = [&parts](int i) {
        return parts.value(i);
    };
    QString where;
    if (key == QLatin1String("version"))
        where = tr("Format version");
    else if (key == QLatin1String("name"))
        where = tr("Campaign name");
    else if (key == QLatin1String("firmware"))
        where = sub(1) == QLatin1String("model")     ? tr("Firmware — model")
                : sub(1) == QLatin1String("version") ? tr("Firmware — version")
                                                     : tr("Firmware");
    else if (key == QLatin1String("targets")) {
        if (sub(1) == QLatin1String("query"))
            where = tr("Targets — fleet query");
        else if (sub(1) == QLatin1String("group"))
            where = tr("Targets — group");
        else if (sub(1) == QLatin1String("devices") && parts.size() > 2)
            where = tr("Targets — device %1 of the list").arg(sub(2).toInt() + 1);
        else if (sub(1) == QLatin1String("devices"))
            where = tr("Targets — device list");
        else
            where = tr("Targets");
    } else if (key == QLatin1String("waves")) {
        if (parts.size() > 1) {
            const int n = sub(1).toInt();
            where = n == 0 ? tr("Wave 1 (canary) — size") : tr("Wave %1 — size").arg(n + 1);
        } else {
            where = tr("Waves");
        }
    } else if (key == QLatin1String("concurrency"))
        where = tr("Devices updating at once");
    else if (key == QLatin1String("device_timeout_s"))
        where = tr("Device timeout");
    else if (key == QLatin1String("retries"))
        where = tr("Retries");
    else if (key == QLatin1String("success_threshold"))
        where = tr("Success threshold");
    else if (key == QLatin1String("error_threshold"))
        where = tr("Error threshold");
    else if (key == QLatin1String("on_error"))
        where = tr("On errors");
    else if (key == QLatin1String("approval_after_wave"))
        where = tr("Approval after each wave");
    else if (key == QLatin1String("window")) {
        if (sub(1) == QLatin1String("days"))
            where = tr("Maintenance window — days");
        else if (sub(1) == QLatin1String("from"))
            where = tr("Maintenance window — opens at");
        else if (sub(1) == QLatin1String("to"))
            where = tr("Maintenance window — closes at");
        else if (sub(1) == QLatin1String("tz"))
            where = tr("Maintenance window — time zone");
        else
            where = tr("Maintenance window");
    } else if (key == QLatin1String("order"))
        where = parts.size() > 1 ? tr("Group order — stage %1").arg(sub(1).toInt() + 1)
                                 : tr("Group order");
    else if (key == QLatin1String("preconditions")) {
        if (sub(1) == QLatin1String("battery_min"))
            where = tr("Preconditions — minimum battery");
        else if (sub(1) == QLatin1String("signal_min_dbm"))
            where = tr("Preconditions — minimum signal");
        else
            where = tr("Preconditions");
    } else if (key == QLatin1String("expires"))
        where = tr("Expiry");
    else
        where = pointer;
    return where;
}

QString CampaignDraft::describe(const CampaignProblem &problem)
{
    return tr("%1: %2").arg(describePointer(problem.pointer), problem.message);
}

QString CampaignDraft::suggestedName(const QString &model, const QString &version)
{
    return tr("%1 to %2").arg(model, version);
}
