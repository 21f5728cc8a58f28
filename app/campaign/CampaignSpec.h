#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVector>

#include <optional>

// The campaign file format, version 1 (docs/campaign.md, docs/schemas/campaign.json): what the
// wizard writes and `fleetdesk-cli campaign create` reads. Parsing is strict — unknown keys, wrong
// types and out-of-range values are problems with their JSON pointer — so a typo never silently
// changes how a rollout behaves.

// A size or threshold: {"count": N} or {"percent": P}.
struct CampaignAmount
{
    enum class Kind { Count, Percent };
    Kind kind = Kind::Count;
    double value = 0;

    static CampaignAmount count(int n) { return {Kind::Count, double(n)}; }
    static CampaignAmount percent(double p) { return {Kind::Percent, p}; }
    // How many devices of `total` this is: a count as is, a percentage rounded up.
    int resolve(int total) const;
    bool operator==(const CampaignAmount &other) const
    {
        return kind == other.kind && value == other.value;
    }
};

// When devices may start updating: on these days, between from and to (local time of tz). to
// before from spans midnight (22:00–04:00); the day is the day the window opens.
struct CampaignWindow
{
    QList<int> days; // 1 = Monday … 7 = Sunday; empty = every day
    QTime from;
    QTime to;
    QString tz; // IANA name ("Europe/Berlin", "Asia/Tokyo", "UTC")

    bool isOpen(const QDateTime &time) const;
    // The first moment at or after `time` at which the window is open; invalid if it never opens
    // before `limit`.
    QDateTime nextOpening(const QDateTime &time, const QDateTime &limit) const;
    bool operator==(const CampaignWindow &other) const;
};

struct CampaignPreconditions
{
    bool online = true;
    std::optional<int> batteryMin;   // %
    std::optional<int> signalMinDbm; // dBm
    bool notBusy = true;
    bool operator==(const CampaignPreconditions &other) const;
};

struct CampaignProblem
{
    QString pointer; // JSON pointer of the offending value ("/waves/0/size"), "" for the document
    QString message; // in words for the operator (translated)
};

struct CampaignSpec
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSpec)

public:
    enum class TargetKind { Query, Group, Devices };
    enum class OnError { Pause, Abort };

    static constexpr int FormatVersion = 1;

    QString name;
    QString firmwareModel;
    QString firmwareVersion;
    TargetKind targetKind = TargetKind::Query;
    QString targetQuery;           // TargetKind::Query — docs/query.md
    QString targetGroup;           // TargetKind::Group — a static group or saved filter name
    QStringList targetDevices;     // TargetKind::Devices — ids, names or endpoints
    QVector<CampaignAmount> waves; // the first is the canary; devices left after the last form one
                                   // more wave
    int concurrency = 10;
    int deviceTimeoutS = 900;
    int retries = 1;
    CampaignAmount successThreshold = CampaignAmount::percent(100); // per wave, to go on
    CampaignAmount errorThreshold = CampaignAmount::count(0); // per wave, exceeded → on_error
    OnError onError = OnError::Pause;
    bool approvalAfterWave = false;
    std::optional<CampaignWindow> window;
    QVector<QStringList> order; // stages of device tags: [["gateway"], ["sensor", "meter"]]
    CampaignPreconditions preconditions;
    QDateTime expires; // optional end of the campaign's lifetime (UTC); invalid = none

    // Reads a document; problems (not JSON, unknown keys, wrong types, out of range) are appended
    // to *problems and the result is only meaningful when none were added.
    static CampaignSpec fromJson(const QByteArray &json, QVector<CampaignProblem> *problems);
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented, keys in the documented order

    // Checks that need the clock: a window that never opens before `expires` (or within a week
    // when there is no expiry), an expiry in the past.
    QVector<CampaignProblem> validateSchedule(const QDateTime &now) const;
    // Checks against the devices that would take part (the dry run's eligible count): a canary
    // larger than the eligible set, thresholds that cannot be met by the waves.
    QVector<CampaignProblem> validatePlan(int eligibleDevices) const;
    // The size of each wave for `eligibleDevices` devices (the remainder wave included; no empty
    // waves).
    QVector<int> waveSizes(int eligibleDevices) const;
    // The stage of a device with these tags: the index of the first stage naming one of them;
    // order.size() when none does (those come last).
    int stageOf(const QStringList &tags) const;

    bool operator==(const CampaignSpec &other) const;
};
