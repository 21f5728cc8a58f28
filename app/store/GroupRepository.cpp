#include "store/GroupRepository.h"

#include "fleet/FleetGrouping.h"
#include "fleet/FleetQuery.h"
#include "store/FleetRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int MaxNameLength = 100;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

GroupRepository::GroupRepository(const QSqlDatabase &db)
    : m_db(db)
{}

QString GroupRepository::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("The name is empty.");
    if (trimmed.size() > MaxNameLength)
        return tr("The name is longer than %1 characters.").arg(MaxNameLength);
    for (const QChar c : trimmed) {
        if (c == QLatin1Char('"'))
            return tr("The name may not contain a double quote (\").");
        if (c.category() == QChar::Other_Control)
            return tr("The name may not contain control characters.");
    }
    return {};
}

bool GroupRepository::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    setError(error, query.lastError().text());
    return false;
}

bool GroupRepository::rollback(QString *error, const QString &message)
{
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    setError(error, message);
    return false;
}

QHash<QString, QSet<QUuid>> GroupRepository::staticGroups(QString *error) const
{
    QHash<QString, QSet<QUuid>> groups;
    QSqlQuery names(m_db);
    if (!names.exec(QStringLiteral("SELECT name FROM static_groups"))) {
        setError(error, names.lastError().text());
        return groups;
    }
    while (names.next())
        groups.insert(names.value(0).toString(), {});
    // Only members that are still devices of the cache: a removed device leaves no trace.
    QSqlQuery members(m_db);
    if (!members.exec(QStringLiteral("SELECT m.group_name, m.device_id FROM static_group_members m"
                                     " JOIN devices d ON d.id = m.device_id"))) {
        setError(error, members.lastError().text());
        return groups;
    }
    while (members.next()) {
        const auto it = groups.find(members.value(0).toString());
        if (it != groups.end())
            it->insert(QUuid::fromString(members.value(1).toString()));
    }
    return groups;
}

QHash<QString, QString> GroupRepository::savedFilters(QString *error) const
{
    QHash<QString, QString> filters;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name, query FROM saved_filters"))) {
        setError(error, query.lastError().text());
        return filters;
    }
    while (query.next())
        filters.insert(query.value(0).toString(), query.value(1).toString());
    return filters;
}

bool GroupRepository::fillQueryContext(FleetQueryContext *context, QString *error) const
{
    QString problem;
    context->staticGroups = staticGroups(&problem);
    if (problem.isEmpty())
        context->savedFilters = savedFilters(&problem);
    if (!problem.isEmpty())
        setError(error, problem);
    return problem.isEmpty();
}

bool GroupRepository::hasGroup(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM static_groups WHERE name = ?"));
    query.addBindValue(name.trimmed());
    return query.exec() && query.next();
}

bool GroupRepository::hasFilter(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM saved_filters WHERE name = ?"));
    query.addBindValue(name.trimmed());
    return query.exec() && query.next();
}

bool GroupRepository::createGroup(const QString &name, QString *error)
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    const QString trimmed = name.trimmed();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO static_groups (name, created_at) VALUES (?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        setError(error, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error, tr("A group named \"%1\" exists already.").arg(trimmed));
        return false;
    }
    return true;
}

bool GroupRepository::deleteGroup(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    QSqlQuery members(m_db);
    members.prepare(QStringLiteral("DELETE FROM static_group_members WHERE group_name = ?"));
    members.addBindValue(trimmed);
    if (!members.exec())
        return rollback(error, members.lastError().text());
    QSqlQuery group(m_db);
    group.prepare(QStringLiteral("DELETE FROM static_groups WHERE name = ?"));
    group.addBindValue(trimmed);
    if (!group.exec())
        return rollback(error, group.lastError().text());
    if (group.numRowsAffected() == 0)
        return rollback(error, tr("There is no group named \"%1\".").arg(trimmed));
    return exec(QStringLiteral("COMMIT"), error);
}

bool GroupRepository::renameGroup(const QString &from, const QString &to, QString *error)
{
    const QString problem = nameProblem(to);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    const QString oldName = from.trimmed();
    const QString newName = to.trimmed();
    if (oldName == newName) {
        if (hasGroup(oldName))
            return true;
        setError(error, tr("There is no group named \"%1\".").arg(oldName));
        return false;
    }
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (!hasGroup(oldName))
        return rollback(error, tr("There is no group named \"%1\".").arg(oldName));
    if (hasGroup(newName))
        return rollback(error, tr("A group named \"%1\" exists already.").arg(newName));
    QSqlQuery group(m_db);
    group.prepare(QStringLiteral("UPDATE static_groups SET name = ? WHERE name = ?"));
    group.addBindValue(newName);
    group.addBindValue(oldName);
    if (!group.exec())
        return rollback(error, group.lastError().text());
    QSqlQuery members(m_db);
    members.prepare(
        QStringLiteral("UPDATE static_group_members SET group_name = ? WHERE group_name = ?"));
    members.addBindValue(newName);
    members.addBindValue(oldName);
    if (!members.exec())
        return rollback(error, members.lastError().text());
    return exec(QStringLiteral("COMMIT"), error);
}

bool GroupRepository::addMembers(const QString &group,
                                 const QList<QUuid> &ids,
                                 bool createIfMissing,
                                 int *changed,
                                 QString *error)
{
    if (changed)
        *changed = 0;
    const QString name = group.trimmed();
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (!hasGroup(name)) {
        if (!createIfMissing)
            return rollback(error, tr("There is no group named \"%1\".").arg(name));
        QString problem = nameProblem(name);
        if (!problem.isEmpty())
            return rollback(error, problem);
        QSqlQuery create(m_db);
        create.prepare(
            QStringLiteral("INSERT INTO static_groups (name, created_at) VALUES (?, ?)"));
        create.addBindValue(name);
        create.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!create.exec())
            return rollback(error, create.lastError().text());
    }
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO static_group_members (group_name, device_id)"
                       " SELECT ?, id FROM devices WHERE id = ?"));
    int added = 0;
    for (const QUuid &id : ids) {
        insert.addBindValue(name);
        insert.addBindValue(idText(id));
        if (!insert.exec())
            return rollback(error, insert.lastError().text());
        added += qMax(0, insert.numRowsAffected());
    }
    if (!exec(QStringLiteral("COMMIT"), error))
        return rollback(error, error ? *error : QString());
    if (changed)
        *changed = added;
    return true;
}

bool GroupRepository::removeMembers(const QString &group,
                                    const QList<QUuid> &ids,
                                    int *changed,
                                    QString *error)
{
    if (changed)
        *changed = 0;
    const QString name = group.trimmed();
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (!hasGroup(name))
        return rollback(error, tr("There is no group named \"%1\".").arg(name));
    QSqlQuery remove(m_db);
    remove.prepare(
        QStringLiteral("DELETE FROM static_group_members WHERE group_name = ? AND device_id = ?"));
    int removed = 0;
    for (const QUuid &id : ids) {
        remove.addBindValue(name);
        remove.addBindValue(idText(id));
        if (!remove.exec())
            return rollback(error, remove.lastError().text());
        removed += qMax(0, remove.numRowsAffected());
    }
    if (!exec(QStringLiteral("COMMIT"), error))
        return rollback(error, error ? *error : QString());
    if (changed)
        *changed = removed;
    return true;
}

bool GroupRepository::saveFilter(const QString &name,
                                 const QString &query,
                                 bool replace,
                                 QString *error)
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    const QString text = query.trimmed();
    if (text.isEmpty()) {
        setError(error, tr("The query is empty; a saved filter needs at least one term."));
        return false;
    }
    // Checked as it will be used: in:NAME and saved:NAME must exist and not refer back to it.
    const QString trimmed = name.trimmed();
    FleetQueryContext context;
    fillQueryContext(&context);
    context.savedFilters.insert(trimmed, text);
    const FleetQuery parsed = FleetQuery::parse(text, context);
    if (!parsed.isValid()) {
        setError(error, parsed.errorMessage());
        return false;
    }
    QSqlQuery insert(m_db);
    insert.prepare(replace ? QStringLiteral("INSERT INTO saved_filters (name, query, created_at)"
                                            " VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE"
                                            " SET query = excluded.query")
                           : QStringLiteral("INSERT OR IGNORE INTO saved_filters"
                                            " (name, query, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(trimmed);
    insert.addBindValue(text);
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec()) {
        setError(error, insert.lastError().text());
        return false;
    }
    if (insert.numRowsAffected() == 0) {
        setError(error, tr("A saved filter named \"%1\" exists already.").arg(trimmed));
        return false;
    }
    return true;
}

bool GroupRepository::deleteFilter(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM saved_filters WHERE name = ?"));
    query.addBindValue(trimmed);
    if (!query.exec()) {
        setError(error, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error, tr("There is no saved filter named \"%1\".").arg(trimmed));
        return false;
    }
    return true;
}

bool GroupRepository::renameFilter(const QString &from, const QString &to, QString *error)
{
    const QString problem = nameProblem(to);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    const QString oldName = from.trimmed();
    const QString newName = to.trimmed();
    if (oldName != newName && hasFilter(newName)) {
        setError(error, tr("A saved filter named \"%1\" exists already.").arg(newName));
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE saved_filters SET name = ? WHERE name = ?"));
    query.addBindValue(newName);
    query.addBindValue(oldName);
    if (!query.exec()) {
        setError(error, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error, tr("There is no saved filter named \"%1\".").arg(oldName));
        return false;
    }
    return true;
}

FleetQueryContext
GroupRepository::queryContext(const QSqlDatabase &db, const DeviceList &devices, QString *error)
{
    FleetQueryContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.duplicateSerials = FleetGrouping::duplicateSerials(devices);
    GroupRepository groups(db);
    context.staticGroups = groups.staticGroups(error);
    if (error && !error->isEmpty())
        return context;
    context.savedFilters = groups.savedFilters(error);
    context.unreachableProfiles = FleetRepository(db).unreachableProfiles();
    return context;
}
