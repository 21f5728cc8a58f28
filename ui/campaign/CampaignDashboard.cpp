#include "campaign/CampaignDashboard.h"

#include "BannerWidget.h"
#include "CampaignDeviceModel.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "campaign/CampaignNotifier.h"
#include "campaign/CampaignRunController.h"
#include "charts/QtChartsRenderer.h"
#include "store/JournalRepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString AutoPrefix = QStringLiteral("auto:");

// Colours of the two chart lines: the same as the device states' icons.
QColor succeededColour()
{
    return CampaignDeviceModel::stateColour(CampaignDeviceState::Succeeded);
}

QColor failedColour()
{
    return CampaignDeviceModel::stateColour(CampaignDeviceState::Failed);
}

bool isFinished(CampaignState state)
{
    return state == CampaignState::Aborted || state == CampaignState::Completed;
}

// The reason a failed device is grouped under, as the report does (reason, else result code).
QString groupingReason(const CampaignDeviceRecord &d)
{
    if (!d.reason.isEmpty())
        return d.reason;
    if (d.resultCode)
        return CampaignText::updateResultName(*d.resultCode);
    return CampaignReportData::tr("No reason recorded");
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CampaignDashboard::CampaignDashboard(const Dependencies &dependencies, QWidget *parent)
    : QWidget(parent)
    , m_deps(dependencies)
{
    setObjectName(QStringLiteral("campaignDashboard"));
    if (m_deps.actor.isEmpty())
        m_deps.actor = JournalRepository::currentActor();
    m_notifier = m_deps.notifier;
    if (!m_notifier)
        m_notifier = new CampaignNotifier(this);
    connect(
        m_notifier,
        &CampaignNotifier::announced,
        this,
        [this](qint64 id, const QString &, const QString &, const QString &, const QString &text) {
            onAnnounced(id, text);
        });

    buildUi();
    retranslate();

    m_worker = new CampaignDashboardWorker(m_deps.fleetDbPath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CampaignDashboardWorker::polled, this, &CampaignDashboard::applySnapshot);
    connect(m_worker,
            &CampaignDashboardWorker::requestFinished,
            this,
            [this](qint64 id, const QString &command, bool ok, const QString &error) {
                if (!ok)
                    messageBoxes().warning(
                        this, tr("Campaign"), tr("Could not %1 the campaign.").arg(command), error);
                emit requestFinished(id, command, ok);
            });
    connect(m_worker,
            &CampaignDashboardWorker::exportFinished,
            this,
            [this](const QString &path, bool ok, const QString &error) {
                m_exportButton->setEnabled(m_campaignId > 0);
                if (!ok)
                    messageBoxes().warning(
                        this,
                        tr("Export report"),
                        tr("Could not write the report to %1.").arg(QDir::toNativeSeparators(path)),
                        error);
                emit exportFinished(path, ok);
            });
    m_thread.setObjectName(QStringLiteral("campaignDashboardThread"));
    m_thread.start();

    m_timer = new QTimer(this);
    m_timer->setInterval(qMax(100, m_deps.pollIntervalMs));
    connect(m_timer, &QTimer::timeout, this, [this] { poll(false); });
    if (m_deps.pollAtOnce)
        startPolling();

    if (m_deps.runController) {
        connect(m_deps.runController, &CampaignRunController::runningChanged, this, [this] {
            updateButtons();
            poll(true);
        });
        connect(m_deps.runController,
                &CampaignRunController::failedToStart,
                this,
                [this](qint64, const QString &error) {
                    messageBoxes().warning(this,
                                           tr("Run campaign"),
                                           tr("The campaign could not start in this window."),
                                           error);
                });
    }
}

CampaignDashboard::~CampaignDashboard()
{
    m_thread.quit();
    m_thread.wait();
}

MessageBoxes &CampaignDashboard::messageBoxes()
{
    if (m_deps.messageBoxes)
        return *m_deps.messageBoxes;
    if (!m_ownMessageBoxes)
        m_ownMessageBoxes = std::make_unique<MessageBoxes>();
    return *m_ownMessageBoxes;
}

FileDialogs &CampaignDashboard::fileDialogs()
{
    if (m_deps.fileDialogs)
        return *m_deps.fileDialogs;
    if (!m_ownFileDialogs)
        m_ownFileDialogs = std::make_unique<FileDialogs>();
    return *m_ownFileDialogs;
}

void CampaignDashboard::buildUi()
{
    m_banner = new BannerWidget(this);
    m_banner->setObjectName(QStringLiteral("campaignBannerWidget"));
    m_banner->hide();
    connect(m_banner, &BannerWidget::actionTriggered, this, [this] {
        m_banner->hide();
        m_bannerCampaign = 0;
    });

    // The toolbar row: picker, then the commands.
    m_pickerLabel = new QLabel(this);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("campaignComboBox"));
    m_picker->setAccessibleName(tr("Campaign"));
    m_picker->view()->setAccessibleName(tr("Campaigns"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumContentsLength(24);
    m_pickerLabel->setBuddy(m_picker);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &CampaignDashboard::onPickerChanged);

    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runHerePushButton"));
    m_runButton->setAccessibleName(tr("Run here"));
    m_pauseButton = new QPushButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pausePushButton"));
    m_pauseButton->setAccessibleName(tr("Pause"));
    m_resumeButton = new QPushButton(this);
    m_resumeButton->setObjectName(QStringLiteral("resumePushButton"));
    m_resumeButton->setAccessibleName(tr("Resume"));
    m_abortButton = new QPushButton(this);
    m_abortButton->setObjectName(QStringLiteral("abortPushButton"));
    m_abortButton->setAccessibleName(tr("Abort"));
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportToolButton"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_exportButton);
    m_exportCsvAction = exportMenu->addAction(QString());
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportPdfAction = exportMenu->addAction(QString());
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportButton->setMenu(exportMenu);
    connect(m_runButton, &QPushButton::clicked, this, &CampaignDashboard::runHere);
    connect(m_pauseButton, &QPushButton::clicked, this, &CampaignDashboard::pause);
    connect(m_resumeButton, &QPushButton::clicked, this, &CampaignDashboard::resume);
    connect(m_abortButton, &QPushButton::clicked, this, &CampaignDashboard::abort);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        exportReport(QStringLiteral("csv"));
    });
    connect(m_exportPdfAction, &QAction::triggered, this, [this] {
        exportReport(QStringLiteral("pdf"));
    });

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_pickerLabel);
    toolbar->addWidget(m_picker);
    toolbar->addStretch(1);
    toolbar->addWidget(m_runButton);
    toolbar->addWidget(m_pauseButton);
    toolbar->addWidget(m_resumeButton);
    toolbar->addWidget(m_abortButton);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_exportButton);

    // The header: name, state, reason, firmware, runner, freshness; the overall progress.
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("campaignTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("campaignStateLabel"));
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setWordWrap(true);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("campaignDetailLabel"));
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setWordWrap(true);
    m_totalProgress = new QProgressBar(this);
    m_totalProgress->setObjectName(QStringLiteral("campaignProgressBar"));
    m_totalProgress->setTextVisible(true);

    // Progress per wave.
    m_wavesTitle = new QLabel(this);
    m_waves = new QTableWidget(0, 8, this);
    m_waves->setObjectName(QStringLiteral("wavesTableWidget"));
    m_waves->setAccessibleName(tr("Progress per wave"));
    m_waves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waves->setSelectionMode(QAbstractItemView::NoSelection);
    m_waves->verticalHeader()->hide();
    m_waves->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_waves->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_waves->setAlternatingRowColors(true);
    m_wavesTitle->setBuddy(m_waves);

    // Progress over time.
    m_chartTitle = new QLabel(this);
    auto *chart = new QtChartsRenderer(this);
    chart->setObjectName(QStringLiteral("campaignProgressChartRenderer"));
    m_chart = chart;
    m_chart->setMinimumHeight(180);

    auto *wavesBox = new QWidget(this);
    auto *wavesLayout = new QVBoxLayout(wavesBox);
    wavesLayout->setContentsMargins(0, 0, 0, 0);
    wavesLayout->addWidget(m_wavesTitle);
    wavesLayout->addWidget(m_waves);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartTitle);
    chartLayout->addWidget(m_chart, 1);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->setObjectName(QStringLiteral("campaignUpperSplitter"));
    upper->addWidget(wavesBox);
    upper->addWidget(chartBox);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 1);
    upper->setChildrenCollapsible(false);

    // Devices (with the state filter) and failures by reason.
    m_deviceModel = new CampaignDeviceModel(this);
    m_deviceProxy = new QSortFilterProxyModel(this);
    m_deviceProxy->setSourceModel(m_deviceModel);
    m_deviceProxy->setFilterRole(CampaignDeviceModel::StateIdRole);
    m_deviceProxy->setFilterKeyColumn(CampaignDeviceModel::StateColumn);
    m_deviceProxy->setSortRole(CampaignDeviceModel::SortRole);
    m_deviceView = new QTableView(this);
    m_deviceView->setObjectName(QStringLiteral("campaignDevicesTableView"));
    m_deviceView->setAccessibleName(tr("Devices of the campaign"));
    m_deviceView->setModel(m_deviceProxy);
    m_deviceView->setSortingEnabled(true);
    m_deviceView->sortByColumn(-1, Qt::AscendingOrder); // campaign order until a header is clicked
    m_deviceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deviceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deviceView->setAlternatingRowColors(true);
    m_deviceView->setWordWrap(false);
    m_deviceView->verticalHeader()->hide();
    m_deviceView->horizontalHeader()->setStretchLastSection(false);
    m_deviceView->horizontalHeader()->setSectionResizeMode(CampaignDeviceModel::ReasonColumn,
                                                           QHeaderView::Stretch);
    // Columns fit their content when another campaign (or its first data) arrives; the operator's
    // widths stay while it updates.
    connect(m_deviceModel, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 0; column < CampaignDeviceModel::ColumnCount; ++column) {
            if (column != CampaignDeviceModel::ReasonColumn)
                m_deviceView->resizeColumnToContents(column);
        }
    });
    m_filterLabel = new QLabel(this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_stateFilter->setAccessibleName(tr("Show devices in state"));
    m_stateFilter->view()->setAccessibleName(tr("Device states"));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_stateFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString pattern = m_stateFilter->currentData().toString();
        m_deviceProxy->setFilterRegularExpression(QRegularExpression(pattern));
    });
    m_devicesPage = new QWidget(this);
    auto *devicesLayout = new QVBoxLayout(m_devicesPage);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_stateFilter);
    filterRow->addStretch(1);
    devicesLayout->addLayout(filterRow);
    devicesLayout->addWidget(m_deviceView, 1);

    m_failures = new QTableWidget(0, 4, this);
    m_failures->setObjectName(QStringLiteral("failuresTableWidget"));
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failures->verticalHeader()->hide();
    m_failures->setWordWrap(false);
    m_failures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_failures->horizontalHeader()->setStretchLastSection(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("campaignTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_devicesPage, QString());
    m_tabs->addTab(m_failures, QString());

    auto *lower = new QSplitter(Qt::Vertical, this);
    lower->setObjectName(QStringLiteral("campaignSplitter"));
    lower->addWidget(upper);
    lower->addWidget(m_tabs);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setChildrenCollapsible(false);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("campaignEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_totalProgress);
    layout->addWidget(lower, 1);
    m_body = lower;
    layout->addWidget(m_emptyLabel, 1);
}

void CampaignDashboard::retranslate()
{
    m_pickerLabel->setText(tr("&Campaign:"));
    m_runButton->setText(tr("&Run Here"));
    m_runButton->setToolTip(tr("Run the campaign in this window until it ends (closing FleetDesk "
                               "leaves it for the next runner)."));
    m_pauseButton->setText(tr("&Pause"));
    m_pauseButton->setToolTip(tr("Devices in flight finish their update; no new device starts."));
    m_resumeButton->setText(tr("Res&ume"));
    m_abortButton->setText(tr("&Abort…"));
    m_abortButton->setToolTip(tr("Stop the campaign for good: devices that have not started are "
                                 "cancelled."));
    m_exportButton->setText(tr("&Export Report"));
    m_exportCsvAction->setText(tr("As &CSV…"));
    m_exportPdfAction->setText(tr("As &PDF…"));
    m_wavesTitle->setText(tr("<b>Progress per wave</b>"));
    m_waves->setHorizontalHeaderLabels({tr("Wave"),
                                        tr("Progress"),
                                        tr("Succeeded"),
                                        tr("Failed"),
                                        tr("Skipped"),
                                        tr("In flight"),
                                        tr("Pending"),
                                        tr("Cancelled")});
    m_chartTitle->setText(tr("<b>Progress over time</b>"));
    m_chart->setValueAxisTitle(tr("Devices"));
    // The legend names the series: (re)made in the current language.
    while (m_chart->seriesCount() > 0)
        m_chart->removeSeries(m_chart->seriesCount() - 1);
    m_chart->addSeries(tr("Succeeded"), succeededColour());
    m_chart->addSeries(tr("Failed"), failedColour());
    m_chart->setTimeAxis(tr("Time (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation()),
                         QStringLiteral("HH:mm:ss"));
    m_filterLabel->setText(tr("&Show:"));
    {
        const int current = qMax(0, m_stateFilter->currentIndex());
        const QSignalBlocker blocker(m_stateFilter);
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("All devices"), QString());
        m_stateFilter->addItem(tr("In flight"),
                               QStringLiteral("^(downloading|downloaded|updating)$"));
        for (auto state : {CampaignDeviceState::Pending,
                           CampaignDeviceState::Downloading,
                           CampaignDeviceState::Downloaded,
                           CampaignDeviceState::Updating,
                           CampaignDeviceState::Succeeded,
                           CampaignDeviceState::Failed,
                           CampaignDeviceState::Skipped,
                           CampaignDeviceState::Cancelled}) {
            m_stateFilter->addItem(CampaignDeviceModel::stateIcon(state),
                                   CampaignText::deviceStateName(state),
                                   QStringLiteral("^%1$").arg(CampaignText::deviceStateId(state)));
        }
        m_stateFilter->setCurrentIndex(qMin(current, m_stateFilter->count() - 1));
    }
    m_failures->setHorizontalHeaderLabels(
        {tr("Reason"), tr("Devices"), tr("Result code"), tr("Failed devices")});
    m_tabs->setTabText(0, tr("De&vices"));
    m_tabs->setTabText(1, tr("&Failures by Reason"));
    m_emptyLabel->setText(
        tr("<p><b>No campaigns yet.</b></p><p>Create one with "
           "<i>Campaigns → New Campaign…</i> or <tt>fleetdesk-cli campaign "
           "create FILE.json</tt>; it appears here as soon as it is stored.</p>"));
    updateFilterCounts();
    updateHeader();
    updateWaves();
    updateChart();
    updateFailures();
    updateButtons();
}

void CampaignDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_picker)
        retranslate();
    QWidget::changeEvent(event);
}

void CampaignDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    poll(true); // the full data, now that it is seen
}

void CampaignDashboard::startPolling()
{
    if (m_timer->isActive())
        return;
    m_timer->start();
    poll(true);
}

void CampaignDashboard::refresh()
{
    poll(true);
}

void CampaignDashboard::poll(bool force)
{
    if (!m_timer || !m_timer->isActive())
        return; // not started yet (Dependencies::pollAtOnce)
    if (m_polling) {
        m_pollAgain = m_pollAgain || force;
        return;
    }
    m_polling = true;
    const qint64 id = m_campaignId;
    const bool full = isVisible();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, full, force] { worker->poll(id, full, force); });
    // Durations of devices in flight move on even when nothing was committed.
    if (full)
        m_deviceModel->setNow(QDateTime::currentDateTimeUtc());
}

void CampaignDashboard::applySnapshot(const CampaignDashboardSnapshot &snapshot)
{
    // Forced polls and polls after a request arrive in order; the last one wins.
    m_polling = false;

    if (!snapshot.unchanged) {
        for (const CampaignAutoStop &stop : snapshot.autoStops)
            m_notifier->announce(stop.campaignId, stop.name, stop.state, stop.reason, stop.fresh);
        // Campaigns that run again: their next self-stop is news; the banner goes.
        for (const CampaignRecord &campaign : snapshot.campaigns) {
            if (campaign.state != CampaignState::Paused
                && campaign.state != CampaignState::Aborted) {
                m_notifier->forget(campaign.id);
                if (campaign.id == m_bannerCampaign) {
                    m_banner->hide();
                    m_bannerCampaign = 0;
                }
            }
        }
        updatePicker(snapshot.campaigns);
        if (snapshot.campaignId == m_campaignId
            && (snapshot.campaign || m_campaignId == 0 || !snapshot.error.isEmpty())) {
            if (snapshot.campaign || m_campaignId == 0) {
                m_snapshot = snapshot;
                m_lastRefresh = QDateTime::currentDateTimeUtc();
                m_deviceModel->setRecords(m_snapshot.devices);
                updateHeader();
                updateWaves();
                updateChart();
                updateFailures();
                updateFilterCounts();
                updateButtons();
            } else if (!snapshot.error.isEmpty()) {
                m_detailLabel->setText(tr("Could not read the campaign: %1").arg(snapshot.error));
            }
            emit refreshed();
        }
    }
    const bool again = m_pollAgain || snapshot.campaignId != m_campaignId;
    m_pollAgain = false;
    if (again)
        poll(true);
}

void CampaignDashboard::updatePicker(const QVector<CampaignRecord> &campaigns)
{
    const bool empty = campaigns.isEmpty();
    m_emptyLabel->setVisible(empty);
    for (QWidget *w : {static_cast<QWidget *>(m_titleLabel),
                       static_cast<QWidget *>(m_stateLabel),
                       static_cast<QWidget *>(m_detailLabel),
                       static_cast<QWidget *>(m_totalProgress),
                       m_body})
        w->setVisible(!empty);

    qint64 selected = m_wantedCampaign ? m_wantedCampaign : m_campaignId;
    bool found = false;
    for (const CampaignRecord &c : campaigns)
        found = found || c.id == selected;
    if (!found) // the newest unfinished campaign, else the newest
        selected = 0;
    if (!selected) {
        for (const CampaignRecord &c : campaigns) {
            if (!isFinished(c.state)) {
                selected = c.id;
                break;
            }
        }
        if (!selected && !campaigns.isEmpty())
            selected = campaigns.constFirst().id;
    }
    if (found)
        m_wantedCampaign = 0;

    {
        const QSignalBlocker blocker(m_picker);
        bool same = m_picker->count() == campaigns.size();
        for (int i = 0; same && i < campaigns.size(); ++i)
            same = m_picker->itemData(i).toLongLong() == campaigns.at(i).id;
        if (!same)
            m_picker->clear();
        for (int i = 0; i < campaigns.size(); ++i) {
            const CampaignRecord &c = campaigns.at(i);
            const QString text = tr("%1 — %2").arg(c.name, CampaignText::stateName(c.state));
            if (same) {
                m_picker->setItemText(i, text);
            } else {
                m_picker->addItem(text, c.id);
            }
            m_picker->setItemData(
                i,
                tr("Created %1 by %2")
                    .arg(QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat),
                         c.createdBy),
                Qt::ToolTipRole);
        }
        m_picker->setCurrentIndex(m_picker->findData(selected));
    }
    if (selected != m_campaignId) {
        m_campaignId = selected;
        m_snapshot = {};
        m_deviceModel->setRecords({});
        updateHeader();
        updateWaves();
        updateChart();
        updateFailures();
        updateButtons();
        m_pollAgain = true;
    }
}

void CampaignDashboard::onPickerChanged()
{
    const qint64 id = m_picker->currentData().toLongLong();
    if (id == m_campaignId)
        return;
    m_campaignId = id;
    m_wantedCampaign = 0;
    m_snapshot = {};
    m_deviceModel->setRecords({});
    updateHeader();
    updateWaves();
    updateChart();
    updateFailures();
    updateButtons();
    poll(true);
}

void CampaignDashboard::showCampaign(qint64 id)
{
    const int index = m_picker->findData(id);
    if (index >= 0) {
        m_picker->setCurrentIndex(index);
    } else {
        m_wantedCampaign = id;
        poll(true);
    }
}

void CampaignDashboard::updateHeader()
{
    if (!m_snapshot.campaign) {
        m_titleLabel->setText(m_campaignId ? tr("Loading…") : QString());
        m_stateLabel->clear();
        m_detailLabel->clear();
        m_totalProgress->setValue(0);
        m_totalProgress->setFormat(QString());
        return;
    }
    const CampaignRecord &c = *m_snapshot.campaign;
    m_titleLabel->setText(c.name);

    QString state = CampaignText::stateName(c.state);
    QString reason = c.reason;
    const bool byItself = reason.startsWith(AutoPrefix);
    if (byItself)
        reason = reason.mid(AutoPrefix.size()).trimmed();
    QString stateText;
    if (reason.isEmpty())
        stateText = tr("<b>%1</b>").arg(state.toHtmlEscaped());
    else if (byItself)
        stateText
            = tr("<b>%1</b> by itself — %2").arg(state.toHtmlEscaped(), reason.toHtmlEscaped());
    else
        stateText = tr("<b>%1</b> — %2").arg(state.toHtmlEscaped(), reason.toHtmlEscaped());
    if (!c.requested.isEmpty())
        stateText += QStringLiteral(" · ")
                     + tr("<i>%1 requested; the runner takes it within a second</i>")
                           .arg(c.requested.toHtmlEscaped());
    m_stateLabel->setText(stateText);

    QStringList details;
    details << tr("Firmware %1 %2").arg(c.spec.firmwareModel, c.spec.firmwareVersion);
    if (m_deps.runController && m_deps.runController->isRunning()
        && m_deps.runController->campaignId() == c.id)
        details << tr("Runs in this window");
    else if (m_snapshot.liveRunner && m_snapshot.lease)
        details << (m_snapshot.lease->owner.startsWith(QLatin1String("cli"))
                        ? tr("Run by fleetdesk-cli (process %1 on %2)")
                        : tr("Run by another FleetDesk window (process %1 on %2)"))
                       .arg(QString::number(m_snapshot.lease->pid), m_snapshot.lease->host);
    else if (!isFinished(c.state))
        details << tr("No runner: start it here or with fleetdesk-cli campaign run %1").arg(c.id);
    if (c.startedAt.isValid())
        details << tr("Started %1")
                       .arg(QLocale().toString(c.startedAt.toLocalTime(), QLocale::ShortFormat));
    if (c.finishedAt.isValid())
        details << tr("Finished %1")
                       .arg(QLocale().toString(c.finishedAt.toLocalTime(), QLocale::ShortFormat));
    if (m_lastRefresh.isValid())
        details << tr("Updated %1")
                       .arg(QLocale().toString(m_lastRefresh.toLocalTime().time(),
                                               QLocale::LongFormat));
    m_detailLabel->setText(details.join(QStringLiteral(" · ")));

    const CampaignProgress totals
        = m_snapshot.report ? m_snapshot.report->totals() : CampaignProgress();
    m_totalProgress->setRange(0, qMax(1, totals.total));
    m_totalProgress->setValue(totals.terminal());
    m_totalProgress->setFormat(
        tr("%1 of %2 devices done (%3 %) · %4 succeeded · %5 failed · %6 in flight")
            .arg(totals.terminal())
            .arg(totals.total)
            .arg(totals.percentDone())
            .arg(totals.count(CampaignDeviceState::Succeeded))
            .arg(totals.count(CampaignDeviceState::Failed))
            .arg(totals.inFlight()));
}

void CampaignDashboard::updateWaves()
{
    const QVector<CampaignReportData::WaveRow> waves
        = m_snapshot.report ? m_snapshot.report->waves() : QVector<CampaignReportData::WaveRow>();
    if (m_waves->rowCount() != waves.size()) {
        m_waves->setRowCount(int(waves.size()));
        for (int row = 0; row < waves.size(); ++row) {
            auto *bar = new QProgressBar(m_waves);
            bar->setObjectName(QStringLiteral("waveProgressBar"));
            bar->setTextVisible(true);
            m_waves->setCellWidget(row, 1, bar);
        }
    }
    for (int row = 0; row < waves.size(); ++row) {
        const CampaignReportData::WaveRow &w = waves.at(row);
        auto *name = new QTableWidgetItem(CampaignDeviceModel::waveName(w.wave));
        if (w.inFlight > 0)
            name->setIcon(CampaignDeviceModel::stateIcon(CampaignDeviceState::Updating));
        else if (w.pending == 0)
            name->setIcon(CampaignDeviceModel::stateIcon(
                w.failed ? CampaignDeviceState::Failed : CampaignDeviceState::Succeeded));
        else
            name->setIcon(CampaignDeviceModel::stateIcon(CampaignDeviceState::Pending));
        m_waves->setItem(row, 0, name);
        const int done = w.succeeded + w.failed + w.skipped + w.cancelled;
        auto *bar = static_cast<QProgressBar *>(m_waves->cellWidget(row, 1));
        bar->setRange(0, qMax(1, w.size));
        bar->setValue(done);
        bar->setFormat(tr("%1 of %2").arg(done).arg(w.size));
        m_waves->setItem(row, 2, numberItem(w.succeeded));
        m_waves->setItem(row, 3, numberItem(w.failed));
        m_waves->setItem(row, 4, numberItem(w.skipped));
        m_waves->setItem(row, 5, numberItem(w.inFlight));
        m_waves->setItem(row, 6, numberItem(w.pending));
        m_waves->setItem(row, 7, numberItem(w.cancelled));
    }
}

void CampaignDashboard::updateFailures()
{
    const QVector<CampaignReportData::ReasonCount> groups
        = m_snapshot.report ? m_snapshot.report->failuresByReason()
                            : QVector<CampaignReportData::ReasonCount>();
    // Which devices, and their result codes in words, per reason.
    QHash<QString, QStringList> names;
    QHash<QString, QStringList> results;
    for (const CampaignDeviceRecord &d : m_snapshot.devices) {
        if (d.state != CampaignDeviceState::Failed)
            continue;
        const QString reason = groupingReason(d);
        names[reason] << (d.name.isEmpty() ? d.deviceId.toString(QUuid::WithoutBraces) : d.name);
        if (d.resultCode) {
            const QString text = CampaignText::updateResultName(*d.resultCode);
            if (!results[reason].contains(text))
                results[reason] << text;
        }
    }
    m_failures->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const CampaignReportData::ReasonCount &g = groups.at(row);
        auto *reason = new QTableWidgetItem(
            CampaignDeviceModel::stateIcon(CampaignDeviceState::Failed), g.reason);
        reason->setToolTip(g.reason);
        m_failures->setItem(row, 0, reason);
        m_failures->setItem(row, 1, numberItem(g.count));
        m_failures->setItem(row, 2, new QTableWidgetItem(results.value(g.reason).join(tr("; "))));
        const QStringList all = names.value(g.reason);
        QStringList shown = all.mid(0, 8);
        if (all.size() > shown.size())
            shown << tr("… %n more", nullptr, int(all.size() - shown.size()));
        auto *devices = new QTableWidgetItem(shown.join(tr(", ")));
        devices->setToolTip(all.join(QLatin1Char('\n')));
        m_failures->setItem(row, 3, devices);
    }
    const int failed
        = m_snapshot.report ? m_snapshot.report->totals().count(CampaignDeviceState::Failed) : 0;
    m_tabs->setTabText(
        1, failed ? tr("&Failures by Reason (%1)").arg(failed) : tr("&Failures by Reason"));
}

void CampaignDashboard::updateChart()
{
    QVector<SeriesBuffer::Point> succeeded;
    QVector<SeriesBuffer::Point> failed;
    int total = 0;
    qint64 from = 0;
    qint64 to = 0;
    if (m_snapshot.report) {
        const auto &series = m_snapshot.report->progressSeries();
        total = m_snapshot.report->totals().total;
        // Steps: the previous count up to each moment, the new one from it.
        for (const CampaignReportData::ProgressPoint &p : series) {
            const qint64 ms = p.at.toMSecsSinceEpoch();
            if (!succeeded.isEmpty()) {
                succeeded.append({ms, succeeded.constLast().value});
                failed.append({ms, failed.constLast().value});
            }
            succeeded.append({ms, double(p.succeeded)});
            failed.append({ms, double(p.failed)});
        }
        if (!series.isEmpty()) {
            from = series.constFirst().at.toMSecsSinceEpoch();
            to = series.constLast().at.toMSecsSinceEpoch();
            const CampaignRecord &c = *m_snapshot.campaign;
            if (!isFinished(c.state))
                to = qMax(to, QDateTime::currentMSecsSinceEpoch());
            else if (c.finishedAt.isValid())
                to = qMax(to, c.finishedAt.toMSecsSinceEpoch());
            // The lines run on to the end of the axis.
            succeeded.append({to, succeeded.constLast().value});
            failed.append({to, failed.constLast().value});
        }
    }
    if (to <= from) {
        to = from ? from + 60'000 : QDateTime::currentMSecsSinceEpoch();
        from = to - 60'000;
    }
    m_chart->setTimeRange(from, to);
    const bool days = to - from > 20LL * 3600 * 1000;
    m_chart->setTimeAxis(tr("Time (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation()),
                         days ? QStringLiteral("d MMM HH:mm") : QStringLiteral("HH:mm"));
    m_chart->setValueRange(0, qMax(1, total));
    m_chart->setSeriesPoints(0, succeeded);
    m_chart->setSeriesPoints(1, failed);
}

void CampaignDashboard::updateFilterCounts()
{
    if (!m_stateFilter || m_stateFilter->count() < 2)
        return;
    const CampaignProgress totals
        = m_snapshot.report ? m_snapshot.report->totals() : CampaignProgress();
    m_stateFilter->setItemText(0, tr("All devices (%1)").arg(totals.total));
    m_stateFilter->setItemText(1, tr("In flight (%1)").arg(totals.inFlight()));
    for (int i = 2; i < m_stateFilter->count(); ++i) {
        QString id = m_stateFilter->itemData(i).toString();
        id = id.mid(1, id.size() - 2); // ^id$
        const auto state = CampaignText::deviceStateFromId(id);
        if (state)
            m_stateFilter->setItemText(
                i,
                tr("%1 (%2)").arg(CampaignText::deviceStateName(*state)).arg(totals.count(*state)));
    }
}

void CampaignDashboard::updateButtons()
{
    const std::optional<CampaignRecord> &c = m_snapshot.campaign;
    const CampaignState state = c ? c->state : CampaignState::Completed;
    const bool live = c && !isFinished(state);
    CampaignRunController *runner = m_deps.runController;
    const bool runningHere = runner && runner->isRunning();

    m_pauseButton->setEnabled(
        c && (state == CampaignState::Running || state == CampaignState::Ready));
    m_resumeButton->setEnabled(
        c && (state == CampaignState::Paused || state == CampaignState::WaitingApproval));
    m_resumeButton->setText(state == CampaignState::WaitingApproval ? tr("Appro&ve Next Wave")
                                                                    : tr("Res&ume"));
    m_abortButton->setEnabled(live);
    m_runButton->setEnabled(live && runner && !runningHere && !m_snapshot.liveRunner);
    if (!runner)
        m_runButton->setToolTip(tr("Running campaigns in this window is not available."));
    else if (runningHere)
        m_runButton->setToolTip(tr("This window already runs a campaign."));
    else if (m_snapshot.liveRunner)
        m_runButton->setToolTip(tr("Another runner (fleetdesk-cli or another window) runs this "
                                   "campaign; steer it with Pause, Resume and Abort."));
    else
        m_runButton->setToolTip(tr("Run the campaign in this window until it ends (closing "
                                   "FleetDesk leaves it for the next runner)."));
    m_exportButton->setEnabled(bool(c));
}

void CampaignDashboard::onAnnounced(qint64 campaignId, const QString &text)
{
    m_banner->setMessage(BannerWidget::Kind::Warning, text);
    m_banner->setActionText(tr("Dismiss"));
    m_banner->show();
    m_bannerCampaign = campaignId;
    emit campaignStoppedItself(campaignId, text);
}

void CampaignDashboard::sendRequest(const QString &command)
{
    const qint64 id = m_campaignId;
    if (!id)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, command, actor = m_deps.actor] {
        worker->request(id, command, actor);
    });
}

void CampaignDashboard::pause()
{
    sendRequest(QStringLiteral("pause"));
}

void CampaignDashboard::resume()
{
    sendRequest(QStringLiteral("resume"));
}

void CampaignDashboard::abort()
{
    if (!m_snapshot.campaign)
        return;
    const CampaignRecord &c = *m_snapshot.campaign;
    const CampaignProgress totals
        = m_snapshot.report ? m_snapshot.report->totals() : CampaignProgress();
    const int pending = totals.count(CampaignDeviceState::Pending);
    // Destructive (UX.md): the operator types the campaign's name.
    const bool ok = messageBoxes().confirmTyped(
        this,
        tr("Abort Campaign"),
        tr("Abort the campaign “%1”?").arg(c.name),
        tr("%n device(s) that have not started will be cancelled", nullptr, pending) + tr("; ")
            + tr("%n device(s) in flight finish their update.", nullptr, totals.inFlight())
            + QLatin1Char(' ') + tr("An aborted campaign cannot be resumed."),
        c.name,
        tr("Abort “%1”").arg(c.name));
    if (ok)
        sendRequest(QStringLiteral("abort"));
}

void CampaignDashboard::runHere()
{
    if (!m_deps.runController || !m_snapshot.campaign)
        return;
    m_deps.runController->run(m_snapshot.campaign->id);
    updateButtons();
}

void CampaignDashboard::exportReport(const QString &format)
{
    if (!m_snapshot.campaign)
        return;
    const bool pdf = format == QLatin1String("pdf");
    QString base = m_snapshot.campaign->name;
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(base + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")));
    const QString path
        = fileDialogs().saveFileName(this,
                                     pdf ? tr("Export Report as PDF") : tr("Export Report as CSV"),
                                     suggested,
                                     pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_exportButton->setEnabled(false);
    const qint64 id = m_snapshot.campaign->id;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, format, path] {
        worker->exportReport(id, format, path);
    });
}
