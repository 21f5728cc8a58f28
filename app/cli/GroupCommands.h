#pragma once

#include "Lwm2mCommands.h"
#include "fleet/Device.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

class GroupRepository;

// fleetdesk-cli groups list|create|delete|add|remove, filters save|list|delete and
// devices timeline (docs/cli.md): static groups, saved filters (smart groups) and the device
// journal in the fleet cache. No network, no keychain.
class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(GroupCommands)

public:
    explicit GroupCommands(Lwm2mCommands::Context context); // positional without the group word
    ~GroupCommands();

    int runGroups();   // positional[0] = list|create|delete|add|remove
    int runFilters();  // positional[0] = save|list|delete
    int runTimeline(); // positional = timeline ID|NAME

private:
    int groupsList();
    int groupsCreate();
    int groupsDelete();
    int groupsChangeMembers(bool add);
    int filtersSave();
    int filtersList();
    int filtersDelete();

    // Opens the cache; on failure writes the error, sets *exitCode and returns false. forWriting:
    // a read-only cache (from a newer FleetDesk) is refused.
    bool openCache(bool forWriting, int *exitCode);
    // The devices of --query Q, --devices FILE or the positional ID|NAME tokens from `first` on
    // (exactly one of the three). On failure writes the error and returns false with *exitCode.
    bool selectDevices(int first, QList<QUuid> *ids, int *exitCode);
    // The one device an id, name or endpoint names; on failure writes the error.
    bool resolveDevice(const DeviceList &all, const QString &token, Device *device, int *exitCode);

    Lwm2mCommands::Context m_ctx;
    QString m_connection;
};
