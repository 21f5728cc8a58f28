#pragma once

#include "campaign/CampaignPlanner.h"
#include "campaign/CampaignSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QVector>

// Dry run and creation of a campaign from its document against the fleet cache: loads the cached
// fleet, the static groups and saved filters, the image from the firmware library, the devices in
// other campaigns; plans (CampaignPlanner); checks schedule and plan; creates the campaign rows.
// Synchronous and self-contained (opens its own cache connection): call it on a worker thread in
// the window, directly in the CLI.
class CampaignCreator
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCreator)

public:
    struct Request
    {
        CampaignSpec spec;
        QString dbPath;
        QString firmwareDirectory; // empty = FirmwareLibrary::defaultDirectory(dbPath)
        // Where devices download the image: "HOST:PORT" of FleetDesk's firmware server, or empty
        // for the image's external URL (refused when it has none).
        QString serveAddress;
        bool serveHttps = false;
        QString packageUrl; // an explicit download URL (overrides both)
        QString actor;
        QHash<QUuid, CampaignDeviceStatus> live; // what devices report now (optional)
        QDateTime now;                           // invalid = the current time
    };

    struct Result
    {
        qint64 id = 0; // create(): the new campaign; 0 when refused
        CampaignPlan plan;
        QString packageUrl;
        QString error; // refused / failed, in words (problems listed in plan.problems)
        bool ok() const { return error.isEmpty() && plan.problems.isEmpty(); }
    };

    static Result dryRun(const Request &request);
    static Result create(const Request &request);
    // The devices a document targets, from the cache (for fetching what they report before a dry
    // run); unknown list entries in *unknown.
    static DeviceList targets(const Request &request, QStringList *unknown, QString *error);
};
