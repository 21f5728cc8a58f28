#pragma once

#include "fleet/Device.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

struct FleetQueryContext;

// Static groups (manual membership) and saved filters (smart groups: a query of docs/query.md
// that is evaluated again every time) in the fleet cache, on one connection. The CLI uses it
// directly; the GUI through FleetStore. Names are trimmed, non-empty and unique within their kind;
// every change is one transaction. Members that are no longer in the devices table (a removed
// device) are never reported.
class GroupRepository
{
    Q_DECLARE_TR_FUNCTIONS(GroupRepository)

public:
    explicit GroupRepository(const QSqlDatabase &db);

    // Static group name -> ids of its members that are still in the cache (empty groups too).
    QHash<QString, QSet<QUuid>> staticGroups(QString *error = nullptr) const;
    // Saved filter name -> query text.
    QHash<QString, QString> savedFilters(QString *error = nullptr) const;

    // Fills context->staticGroups and context->savedFilters, what in:NAME and saved:NAME need.
    bool fillQueryContext(FleetQueryContext *context, QString *error = nullptr) const;
    // Everything a query over these cached devices needs: now, duplicate serials, static groups,
    // saved filters, unreachable profiles.
    static FleetQueryContext
    queryContext(const QSqlDatabase &db, const DeviceList &devices, QString *error = nullptr);

    bool hasGroup(const QString &name) const;
    bool hasFilter(const QString &name) const;

    bool createGroup(const QString &name, QString *error = nullptr);
    bool deleteGroup(const QString &name, QString *error = nullptr);
    bool renameGroup(const QString &from, const QString &to, QString *error = nullptr);
    // Adds devices to a group in one transaction; ids not in the cache and current members are
    // skipped (*changed counts the devices really added). createIfMissing: create the group first
    // instead of failing when it does not exist.
    bool addMembers(const QString &group,
                    const QList<QUuid> &ids,
                    bool createIfMissing = false,
                    int *changed = nullptr,
                    QString *error = nullptr);
    // Removes devices from a group in one transaction (*changed counts the devices really removed).
    bool removeMembers(const QString &group,
                       const QList<QUuid> &ids,
                       int *changed = nullptr,
                       QString *error = nullptr);

    // Saves a filter after checking its query with FleetQuery::parse (an invalid query is refused
    // with the parser's message). replace: overwrite a filter of the same name instead of failing.
    bool saveFilter(const QString &name,
                    const QString &query,
                    bool replace = false,
                    QString *error = nullptr);
    bool deleteFilter(const QString &name, QString *error = nullptr);
    bool renameFilter(const QString &from, const QString &to, QString *error = nullptr);

    // "" when name can name a group or filter, else why not (translated). Names may not be empty,
    // longer than 100 characters, or hold control characters or double quotes (they are written
    // as in:"NAME" and saved:"NAME" in queries).
    static QString nameProblem(const QString &name);

private:
    bool exec(const QString &sql, QString *error) const;
    bool rollback(QString *error, const QString &message);

    QSqlDatabase m_db;
};
