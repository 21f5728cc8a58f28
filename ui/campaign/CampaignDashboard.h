#pragma once

#include "campaign/CampaignDashboardWorker.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <memory>

#include <optional>

class BannerWidget;
class CampaignDeviceModel;
class CampaignNotifier;
class CampaignRunController;
class ChartRenderer;
class FileDialogs;
class MessageBoxes;
class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;
class QToolButton;

// The campaign dashboard (issue 7, docs/campaign.md): pick a campaign; its state, reason and
// firmware; progress per wave; every device's state (filter by state); succeeded and failed over
// time; failures grouped by reason; Run here / Pause / Resume / Abort; report export (CSV, PDF).
//
// The GUI thread never touches SQLite: a worker thread with its own connection polls the cache
// every second while the dashboard is visible (only when PRAGMA data_version says something was
// committed), so a campaign that `fleetdesk-cli campaign run` runs appears live. While hidden it
// still watches, cheaply, for campaigns that pause or abort by themselves: those are announced
// through the CampaignNotifier (desktop notification + announced()) and a persistent banner here.
class CampaignDashboard : public QWidget
{
    Q_OBJECT

public:
    struct Dependencies
    {
        QString fleetDbPath;                            // required
        MessageBoxes *messageBoxes = nullptr;           // nullptr: the real message boxes
        FileDialogs *fileDialogs = nullptr;             // nullptr: the real file dialogs
        CampaignRunController *runController = nullptr; // nullptr: "Run here" is disabled
        CampaignNotifier *notifier = nullptr;           // nullptr: the dashboard makes its own
        QString actor;                                  // empty: JournalRepository::currentActor()
        int pollIntervalMs = 1000;
        // false: nothing reads the cache until startPolling() (the window waits until its fleet
        // store has opened the cache, so a damaged file is reported by the window).
        bool pollAtOnce = true;
    };

    explicit CampaignDashboard(const Dependencies &dependencies, QWidget *parent = nullptr);
    ~CampaignDashboard() override;

    qint64 currentCampaign() const { return m_campaignId; }
    void showCampaign(qint64 id); // selects it in the picker (after the next poll if unknown)
    void refresh();               // polls now, even if nothing seems to have changed
    void startPolling();          // once; see Dependencies::pollAtOnce

    CampaignNotifier *notifier() const { return m_notifier; }
    BannerWidget *banner() const { return m_banner; }
    CampaignDeviceModel *deviceModel() const { return m_deviceModel; }
    // The snapshot on screen (tests).
    const CampaignDashboardSnapshot &snapshot() const { return m_snapshot; }

signals:
    // After each poll whose data was applied (something changed).
    void refreshed();
    // A campaign paused or aborted by itself (the same as notifier()->announced(), for the window
    // to show its own banner).
    void campaignStoppedItself(qint64 campaignId, const QString &text);
    void requestFinished(qint64 campaignId, const QString &command, bool ok);
    void exportFinished(const QString &path, bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void poll(bool force);
    void applySnapshot(const CampaignDashboardSnapshot &snapshot);
    void updatePicker(const QVector<CampaignRecord> &campaigns);
    void updateHeader();
    void updateWaves();
    void updateFailures();
    void updateChart();
    void updateFilterCounts();
    void updateButtons();
    void onPickerChanged();
    void onAnnounced(qint64 campaignId, const QString &text);
    void sendRequest(const QString &command);
    void pause();
    void resume();
    void abort();
    void runHere();
    void exportReport(const QString &format);
    MessageBoxes &messageBoxes();
    FileDialogs &fileDialogs();

    Dependencies m_deps;
    QThread m_thread;
    CampaignDashboardWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    bool m_polling = false;
    bool m_pollAgain = false;
    qint64 m_campaignId = 0;
    qint64 m_wantedCampaign = 0;
    CampaignDashboardSnapshot m_snapshot;
    QDateTime m_lastRefresh;
    qint64 m_bannerCampaign = 0;
    QPointer<CampaignNotifier> m_notifier;
    std::unique_ptr<MessageBoxes> m_ownMessageBoxes;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;

    BannerWidget *m_banner = nullptr;
    QLabel *m_pickerLabel = nullptr;
    QComboBox *m_picker = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_abortButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QProgressBar *m_totalProgress = nullptr;
    QLabel *m_wavesTitle = nullptr;
    QTableWidget *m_waves = nullptr;
    QLabel *m_chartTitle = nullptr;
    ChartRenderer *m_chart = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_devicesPage = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTableView *m_deviceView = nullptr;
    CampaignDeviceModel *m_deviceModel = nullptr;
    QSortFilterProxyModel *m_deviceProxy = nullptr;
    QTableWidget *m_failures = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_body = nullptr;
};
