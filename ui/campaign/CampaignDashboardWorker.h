#pragma once

#include "campaign/CampaignRecord.h"
#include "campaign/CampaignReportData.h"
#include "store/CampaignRepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>
#include <QVector>
#include <optional>

// A campaign that paused or aborted by itself: the engine writes a campaign-level journal entry
// (no device) with state "paused" / "aborted" and a detail "auto: <reason>".
struct CampaignAutoStop
{
    qint64 campaignId = 0;
    qint64 eventId = 0;
    QString name;
    QString state; // "paused", "aborted"
    QString reason;
    QDateTime at;
    bool fresh = false; // appeared while FleetDesk watched (false: found on the first look)
};

// What one poll of the cache found, for the dashboard (built on the worker thread).
struct CampaignDashboardSnapshot
{
    bool unchanged = false; // nothing was committed since the last poll
    QString error;
    QVector<CampaignRecord> campaigns; // all, newest first
    qint64 campaignId = 0;             // the one asked for (0: none)
    std::optional<CampaignRecord> campaign;
    QVector<CampaignDeviceRecord> devices;
    // Waves, failures by reason, progress over time: the same numbers as the exported report.
    std::optional<CampaignReportData> report;
    bool liveRunner = false;
    std::optional<CampaignRepository::Lease> lease;
    QVector<CampaignAutoStop> autoStops; // campaigns that stopped themselves since the last poll
};

// The dashboard's side of the cache, living on its own thread with its own connection (STYLE rule
// 9): polls the campaigns (only when PRAGMA data_version says another connection committed, or
// when forced), forwards an operator's pause / resume / abort, and writes report exports.
class CampaignDashboardWorker : public QObject
{
    Q_OBJECT

public:
    explicit CampaignDashboardWorker(QString dbPath, QObject *parent = nullptr);
    ~CampaignDashboardWorker() override; // closes the connection (on the worker's thread)

    // full = false: only the campaign list and the watch for self-stops (the dashboard is hidden).
    void poll(qint64 campaignId, bool full, bool force);
    void request(qint64 campaignId, const QString &command, const QString &actor);
    // format "csv" or "pdf" (app/report).
    void exportReport(qint64 campaignId, const QString &format, const QString &path);

signals:
    void polled(const CampaignDashboardSnapshot &snapshot);
    void requestFinished(qint64 campaignId, const QString &command, bool ok, const QString &error);
    void exportFinished(const QString &path, bool ok, const QString &error);

private:
    bool ensureOpen(QString *error);
    QSqlDatabase database() const;
    void scanAutoStops(CampaignRepository &repo,
                       const QVector<CampaignRecord> &campaigns,
                       QVector<CampaignAutoStop> *found);

    QString m_dbPath;
    QString m_connection;
    bool m_open = false;
    qint64 m_dataVersion = -1;
    qint64 m_lastCampaign = -1;
    bool m_lastFull = false;

    // The watch for self-stops.
    bool m_firstScan = true;
    QHash<qint64, qint64> m_scannedEvent;    // campaign → last journal entry looked at
    QHash<qint64, CampaignEvent> m_lastStop; // campaign → its latest campaign-level stop entry
    QHash<qint64, qint64> m_announced;       // campaign → the stop entry already reported
};

Q_DECLARE_METATYPE(CampaignDashboardSnapshot)
