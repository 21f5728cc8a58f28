#pragma once

#include "Lwm2mCommands.h"

#include <QCoreApplication>
#include <QJsonObject>

struct CampaignRecord;
class CampaignRepository;

// fleetdesk-cli campaign … (docs/cli.md, docs/campaign-engine.md): create, list, dry-run, run,
// pause, resume, abort, status [--watch], report.
class CampaignCommands
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommands)

public:
    explicit CampaignCommands(Lwm2mCommands::Context context);
    int run(); // positional[0] = subcommand

private:
    int create(bool dryRunOnly);
    int dryRunStored(qint64 id);
    int list();
    int runCampaign(qint64 id);
    int request(const QString &command, qint64 id);
    int status(qint64 id);
    bool campaignId(qint64 *id, int *exitCode) const;
    bool syncFirst();
    QJsonObject statusObject(const CampaignRepository &repo, const CampaignRecord &campaign) const;

    Lwm2mCommands::Context m_ctx;
};
