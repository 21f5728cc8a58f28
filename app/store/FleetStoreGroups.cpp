// FleetStore's calls for static groups and saved filters: each runs one GroupRepository change on
// the worker thread (FleetStore::changeGroups), then groupsLoaded or groupChangeFailed follows.
#include "store/FleetStore.h"
#include "store/GroupRepository.h"

void FleetStore::createGroup(const QString &name)
{
    changeGroups(
        [name](GroupRepository &repo, QString *error) { return repo.createGroup(name, error); });
}

void FleetStore::deleteGroup(const QString &name)
{
    changeGroups(
        [name](GroupRepository &repo, QString *error) { return repo.deleteGroup(name, error); });
}

void FleetStore::renameGroup(const QString &from, const QString &to)
{
    changeGroups([from, to](GroupRepository &repo, QString *error) {
        return repo.renameGroup(from, to, error);
    });
}

void FleetStore::addToGroup(const QString &group, const QList<QUuid> &ids, bool createIfMissing)
{
    changeGroups([group, ids, createIfMissing](GroupRepository &repo, QString *error) {
        return repo.addMembers(group, ids, createIfMissing, nullptr, error);
    });
}

void FleetStore::removeFromGroup(const QString &group, const QList<QUuid> &ids)
{
    changeGroups([group, ids](GroupRepository &repo, QString *error) {
        return repo.removeMembers(group, ids, nullptr, error);
    });
}

void FleetStore::saveFilter(const QString &name, const QString &query, bool replace)
{
    changeGroups([name, query, replace](GroupRepository &repo, QString *error) {
        return repo.saveFilter(name, query, replace, error);
    });
}

void FleetStore::deleteFilter(const QString &name)
{
    changeGroups(
        [name](GroupRepository &repo, QString *error) { return repo.deleteFilter(name, error); });
}

void FleetStore::renameFilter(const QString &from, const QString &to)
{
    changeGroups([from, to](GroupRepository &repo, QString *error) {
        return repo.renameFilter(from, to, error);
    });
}
