// MainWindow's part for firmware update campaigns (issue CAMPAIGN, docs/campaign-engine.md): the
// Campaigns menu (New Campaign…, Firmware Library…), the Campaigns dock with the dashboard, running
// a campaign in the window, and the banner + desktop notification when a campaign stops itself.
#include "MainWindow.h"

#include "BannerWidget.h"
#include "FleetFilterProxyModel.h"
#include "FleetTreeModel.h"
#include "campaign/CampaignDashboard.h"
#include "campaign/CampaignNotifier.h"
#include "campaign/CampaignRunController.h"
#include "campaign/CampaignWizard.h"
#include "campaign/FirmwareLibraryDialog.h"
#include "profiles/ProfileStore.h"
#include "store/FleetStore.h"
#include "store/JournalRepository.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QVBoxLayout>

void MainWindow::createCampaigns()
{
    // Under the cache banners: a campaign that stopped itself, until an operator looks at it.
    m_campaignBanner = new BannerWidget(centralWidget());
    m_campaignBanner->setObjectName(QStringLiteral("campaignBannerWidget"));
    m_campaignBanner->setActionText(tr("Show Campaign"));
    m_campaignBanner->hide();
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(2, m_campaignBanner);

    m_campaignNotifier = new CampaignNotifier(this);
    m_campaignNotifier->setObjectName(QStringLiteral("campaignNotifier"));
    m_campaignRunner = new CampaignRunController(
        m_deps.fleetDbPath,
        m_deps.secretStore,
        [this] { return m_profiles ? *m_profiles : ProfileStore(QString()); },
        this);
    m_campaignRunner->setObjectName(QStringLiteral("campaignRunController"));
    m_campaignRunner->setNotifier(m_campaignNotifier);

    CampaignDashboard::Dependencies deps;
    deps.fleetDbPath = m_deps.fleetDbPath;
    deps.messageBoxes = m_deps.messageBoxes;
    deps.fileDialogs = m_deps.fileDialogs;
    deps.runController = m_campaignRunner;
    deps.notifier = m_campaignNotifier;
    deps.pollAtOnce = false; // after the fleet store opened the cache (it reports a damaged one)
    m_campaignDock = new QDockWidget(tr("Campaigns"), this);
    m_campaignDock->setObjectName(QStringLiteral("campaignsDockWidget"));
    // In a scroll area: the dashboard's natural size must not set the window's minimum size.
    auto *scroll = new QScrollArea(m_campaignDock);
    scroll->setObjectName(QStringLiteral("campaignDashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_campaignDashboard = new CampaignDashboard(deps, scroll);
    m_campaignDashboard->setObjectName(QStringLiteral("campaignDashboard"));
    scroll->setWidget(m_campaignDashboard);
    m_campaignDock->setWidget(scroll);
    connect(
        m_deps.fleetStore,
        &FleetStore::devicesLoaded,
        m_campaignDashboard,
        [dashboard = m_campaignDashboard] { dashboard->startPolling(); },
        Qt::SingleShotConnection);
    addDockWidget(Qt::BottomDockWidgetArea, m_campaignDock);
    if (m_topicsDock)
        tabifyDockWidget(m_topicsDock, m_campaignDock);
    if (m_eventLogDock)
        m_eventLogDock->raise();

    // A campaign that paused or aborted by itself, whoever runs it: a persistent banner.
    connect(m_campaignDashboard,
            &CampaignDashboard::campaignStoppedItself,
            this,
            [this](qint64 campaignId, const QString &text) {
                m_campaignBanner->setMessage(BannerWidget::Kind::Warning, text);
                m_campaignBanner->setProperty("campaignId", campaignId);
                m_campaignBanner->show();
                logEvent(EventLog::Severity::Warning, tr("Campaigns"), text);
            });
    connect(m_campaignBanner, &BannerWidget::actionTriggered, this, [this] {
        showCampaignDashboard(m_campaignBanner->property("campaignId").toLongLong());
        m_campaignBanner->hide();
    });
    connect(m_campaignRunner,
            &CampaignRunController::failedToStart,
            this,
            [this](qint64 id, const QString &error) {
                logEvent(EventLog::Severity::Error,
                         tr("Campaigns"),
                         tr("Campaign %1 could not run here: %2").arg(id).arg(error));
            });
    connect(m_campaignRunner,
            &CampaignRunController::finished,
            this,
            [this](qint64 id, CampaignState state, const QString &reason) {
                logEvent(
                    EventLog::Severity::Info,
                    tr("Campaigns"),
                    tr("Campaign %1: %2 (%3)").arg(id).arg(CampaignText::stateName(state), reason));
            });

    m_newCampaignAction = new QAction(tr("&New Campaign…"), this);
    m_newCampaignAction->setObjectName(QStringLiteral("newCampaignAction"));
    m_newCampaignAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newCampaignAction->setStatusTip(
        tr("Update the firmware of devices in waves, with a dry run first"));
    connect(m_newCampaignAction, &QAction::triggered, this, &MainWindow::showCampaignWizard);
    m_firmwareLibraryAction = new QAction(tr("&Firmware Library…"), this);
    m_firmwareLibraryAction->setObjectName(QStringLiteral("firmwareLibraryAction"));
    m_firmwareLibraryAction->setStatusTip(
        tr("Import and check firmware images; serve them to devices"));
    connect(m_firmwareLibraryAction, &QAction::triggered, this, &MainWindow::showFirmwareLibrary);
    QAction *dashboardToggle = m_campaignDock->toggleViewAction();
    dashboardToggle->setText(tr("Campaign &Dashboard"));
    dashboardToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));

    QMenu *campaigns = new QMenu(tr("&Campaigns"), this);
    campaigns->setObjectName(QStringLiteral("campaignsMenu"));
    campaigns->addAction(m_newCampaignAction);
    campaigns->addAction(dashboardToggle);
    campaigns->addSeparator();
    campaigns->addAction(m_firmwareLibraryAction);
    QMenu *tools = menuBar()->findChild<QMenu *>(QStringLiteral("toolsMenu"));
    menuBar()->insertMenu(tools ? tools->menuAction() : nullptr, campaigns);
}

void MainWindow::showCampaignDashboard(qint64 campaignId)
{
    m_campaignDock->show();
    m_campaignDock->raise();
    if (campaignId > 0)
        m_campaignDashboard->showCampaign(campaignId);
}

void MainWindow::showCampaignWizard()
{
    CampaignWizard::Options options;
    options.dbPath = m_deps.fleetDbPath;
    options.context = m_filterModel->queryContext();
    options.fleet = m_fleetModel->devices();
    for (const Device &d : selectedDevices())
        options.selection.append(d.id);
    options.actor = JournalRepository::currentActor();
    options.fileDialogs = m_deps.fileDialogs;
    auto *wizard = new CampaignWizard(options, this);
    wizard->setObjectName(QStringLiteral("campaignWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CampaignWizard::campaignCreated, this, [this](qint64 id, const QString &name) {
        logEvent(EventLog::Severity::Info,
                 tr("Campaigns"),
                 tr("Campaign %1 \"%2\" created; it runs here").arg(id).arg(name));
        showCampaignDashboard(id);
        m_campaignRunner->run(id);
    });
    wizard->show();
}

void MainWindow::showFirmwareLibrary()
{
    FirmwareLibraryDialog::Dependencies deps;
    deps.fleetDbPath = m_deps.fleetDbPath;
    deps.fleet = m_fleetModel->devices();
    deps.fileDialogs = m_deps.fileDialogs;
    deps.messageBoxes = m_deps.messageBoxes;
    auto *dialog = new FirmwareLibraryDialog(deps, this);
    dialog->setObjectName(QStringLiteral("firmwareLibraryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
