#pragma once

#include "CliOutput.h"
#include "Lwm2mCommands.h"

#include <QString>
#include <QStringList>

// fleetdesk-cli campaign report ID (--csv|--pdf) FILE (docs/cli.md, docs/campaign-report.md).
// The PDF comes from fleetdesk_report (QtGui, no widgets) and needs a QGuiApplication: main()
// creates one, on the offscreen platform, only when campaignReportNeedsGui() says so.

enum class CampaignReportFormat { Csv, Pdf };

// Writes the report of campaign `campaignId` in the fleet cache at `dbPath` to `file`. Exit codes:
// 0 written; 1 no such campaign (`not_found`), cache unreadable (`cache`), file not written
// (`io`).
int runCampaignReport(const QString &dbPath,
                      qint64 campaignId,
                      CampaignReportFormat format,
                      const QString &file,
                      const CliOutput &out);

// The same from the CLI's context: positional = {"report", ID, FILE} and exactly one of the flags
// --csv / --pdf; usage errors (exit 2) through context.usage.
int runCampaignReport(const Lwm2mCommands::Context &context, qint64 campaignId);

// True when the command line (without the program name) is `campaign report … --pdf …`.
bool campaignReportNeedsGui(const QStringList &arguments);
