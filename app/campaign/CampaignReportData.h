#pragma once

#include "campaign/CampaignRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>
#include <optional>

class CampaignRepository;

// Everything a campaign report shows (docs/campaign-report.md), computed once from the campaign,
// its devices and its journal: the CSV export here in the core, the PDF in the report library
// (app/report, QtGui) and the dashboard read the same numbers.
class CampaignReportData
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReportData)

public:
    struct Setting
    {
        QString label; // translated
        QString value;
    };

    struct WaveRow
    {
        int wave = 0; // 0 = the canary
        int size = 0;
        int succeeded = 0;
        int failed = 0;
        int skipped = 0;
        int cancelled = 0;
        int inFlight = 0;
        int pending = 0;
    };

    struct DeviceRow
    {
        int position = 0;
        QUuid deviceId;
        QString name;
        QString model;
        QString protocol; // "lwm2m", "mqtt"
        int wave = 0;
        CampaignDeviceState state = CampaignDeviceState::Pending;
        int attempts = 0;
        QString fromVersion;
        QString reportedVersion;
        std::optional<int> resultCode;
        QString resultText; // CampaignText::updateResultName(code), empty without a code
        QString reason;
        QString mark; // "never_back" for a device that never came back
        QDateTime startedAt;
        QDateTime finishedAt;
    };

    struct ReasonCount
    {
        QString reason;
        int count = 0;
    };

    // Cumulative devices that had succeeded / failed by `at` (from the journal).
    struct ProgressPoint
    {
        QDateTime at;
        int succeeded = 0;
        int failed = 0;
    };

    // A campaign-level journal entry (paused, resumed, aborted …) for the chart.
    struct CampaignMark
    {
        QDateTime at;
        QString state; // campaign state id
        QString detail;
    };

    CampaignReportData() = default;
    // From plain records (tests, or a caller that already holds them). Devices in position order;
    // events oldest first, as CampaignRepository returns them.
    CampaignReportData(const CampaignRecord &campaign,
                       const QVector<CampaignDeviceRecord> &devices,
                       const QVector<CampaignEvent> &events,
                       const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());

    // Reads campaign `id` from the repository; nullopt with *error when it does not exist or the
    // cache cannot be read.
    static std::optional<CampaignReportData>
    load(const CampaignRepository &repository, qint64 id, QString *error = nullptr);

    const CampaignRecord &campaign() const { return m_campaign; }
    QDateTime generatedAt() const { return m_generatedAt; }
    // The spec's rollout settings in words (waves, concurrency, timeout, retries, thresholds,
    // on error, approval, window, group order, preconditions, expiry).
    const QVector<Setting> &settings() const { return m_settings; }
    const QVector<WaveRow> &waves() const { return m_waves; } // by wave number
    const QVector<DeviceRow> &devices() const { return m_devices; }
    // Failed devices grouped by reason (the reason in words, else the result code in words), most
    // frequent first, ties by reason.
    const QVector<ReasonCount> &failuresByReason() const { return m_failures; }
    // Skipped devices grouped the same way (dry run and preconditions right before start).
    const QVector<ReasonCount> &skippedByReason() const { return m_skipped; }
    // After each distinct journal time with a device event: how many devices then stood at
    // Succeeded / Failed, starting with a zero point. Both are terminal states, so neither count
    // decreases in a well-formed journal.
    const QVector<ProgressPoint> &progressSeries() const { return m_progress; }
    const QVector<CampaignMark> &campaignMarks() const { return m_marks; }
    const CampaignProgress &totals() const { return m_totals; }

    // "Canary", "Wave 2" … (translated).
    static QString waveName(int wave);

    // One row per device, a header row of the stable column ids below, RFC 4180 (CRLF, fields
    // with commas, quotes or line breaks quoted), UTF-8, times ISO 8601 UTC.
    static QStringList csvColumns();
    QByteArray toCsv() const;
    // Writes toCsv() atomically; false with *error.
    bool writeCsv(const QString &path, QString *error = nullptr) const;

private:
    void build(const QVector<CampaignDeviceRecord> &devices, const QVector<CampaignEvent> &events);
    void buildSettings();

    CampaignRecord m_campaign;
    QDateTime m_generatedAt;
    QVector<Setting> m_settings;
    QVector<WaveRow> m_waves;
    QVector<DeviceRow> m_devices;
    QVector<ReasonCount> m_failures;
    QVector<ReasonCount> m_skipped;
    QVector<ProgressPoint> m_progress;
    QVector<CampaignMark> m_marks;
    CampaignProgress m_totals;
};
