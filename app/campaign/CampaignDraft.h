#pragma once

#include "campaign/CampaignSpec.h"
#include "firmware/FirmwareLibrary.h"
#include "fleet/FleetQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

// The one object the campaign wizard's pages fill (issue CAMPAIGN, item 3): the campaign document
// being edited plus what the Targets page chose to build its targets from. Each page asks the
// draft whether it may go on; the rules live here, in the core, where unit tests reach them, and
// the document's own rules are CampaignSpec::fromJson's (the reader the CLI uses), so the wizard
// can never produce a document the CLI would refuse.
class CampaignDraft
{
    Q_DECLARE_TR_FUNCTIONS(CampaignDraft)

public:
    // Where the targets come from. Query, SmartGroup and StaticGroup end up as {"query"} or
    // {"group"}; Selection and CsvFile as {"devices": [...]}.
    enum class TargetSource { Query, SmartGroup, StaticGroup, Selection, CsvFile };

    CampaignSpec spec;
    TargetSource targetSource = TargetSource::Query;
    QList<QUuid> selectionIds; // the window's selection when the wizard opened
    QString csvPath;           // the CSV list the targets were read from
    QString csvError;          // why that file could not be read ("" when it could)
    // The Rollout page's "no day ticked": a window that can never open (the document cannot say
    // it, an absent "days" means every day).
    bool windowHasNoDays = false;

    // A draft that starts from a document (a file the operator loaded): its targets decide the
    // source (a group name is taken as a static group when context knows one of that name).
    static CampaignDraft fromSpec(const CampaignSpec &spec, const FleetQueryContext &context);

    // The Targets page's choices; each sets spec's targets accordingly.
    void setQueryTarget(const QString &query);
    void setGroupTarget(TargetSource kind, const QString &name); // SmartGroup or StaticGroup
    void setSelectionTarget(const QList<QUuid> &ids);
    // Reads a CSV list of device ids, names or endpoints (readDeviceList). On failure the targets
    // are emptied and csvError says why.
    bool setCsvTarget(const QString &path);

    // A CSV list of devices: one per row; with a header row naming "id", "name", "endpoint" (or
    // "device"), the first such column is taken, else the first column. Empty cells are skipped,
    // repeated entries listed once. Returns false (with *error) for unreadable CSV or no entry.
    static QStringList readDeviceList(const QByteArray &csv, QString *error);

    // Per page: what stops it from going on (empty = it may). Pointers are the document's.
    // Firmware: an image chosen, present in the library; a campaign name.
    QVector<CampaignProblem> validateFirmware(const QVector<FirmwareImageRecord> &library) const;
    // Targets: not empty, a query that parses against the groups and saved filters, a group that
    // exists, a readable CSV list.
    QVector<CampaignProblem> validateTargets(const FleetQueryContext &context) const;
    // Rollout: every rollout value as the reader sees it (waves, pace, thresholds, window, order,
    // preconditions, expiry), plus a window that never opens (validateSchedule at now).
    QVector<CampaignProblem> validateRollout(const QDateTime &now) const;
    // Review: the whole document, the schedule at now and the plan against the dry run's eligible
    // devices. eligibleDevices < 0: no dry run yet (the plan is not checked).
    QVector<CampaignProblem> validateReview(const QDateTime &now, int eligibleDevices) const;

    // Every problem the reader finds in the document as it stands.
    QVector<CampaignProblem> documentProblems() const;
    QByteArray toJsonBytes() const { return spec.toJsonBytes(); }

    // The part of the campaign a pointer names, in words ("/window/tz" → "Maintenance window —
    // time zone"; "/waves/1/size" → "Wave 2 — size").
    static QString describePointer(const QString &pointer);
    // "Where: message" for lists of problems.
    static QString describe(const CampaignProblem &problem);
    // A sensible name for a campaign that installs this firmware ("LT-500 to 1.1.0").
    static QString suggestedName(const QString &model, const QString &version);
};
