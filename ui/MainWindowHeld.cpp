// MainWindow's part for operations held offline (docs/offline.md): the Held operations dock, the
// consent asked in startBulkOperation (HeldOperationsController), and running held operations when
// a server or broker comes back.
#include "MainWindow.h"

#include "HeldOperationModel.h"
#include "HeldOperationsController.h"
#include "HeldOperationsWidget.h"
#include "MessageBoxes.h"
#include "store/FleetStore.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

void MainWindow::createHeldOperations()
{
    m_held = new HeldOperationsController(m_deps.fleetStore, m_deps.messageBoxes, this, this);
    m_held->setObjectName(QStringLiteral("heldOperationsController"));
    m_held->setActionFactory(m_deps.bulkActionFactory);
    connect(m_deps.fleetStore,
            &FleetStore::devicesLoaded,
            m_held,
            [held = m_held](const DeviceList &devices) { held->setDevices(devices); });
    // The cache says which profiles were unreachable when last tried (the connectors and
    // fleetdesk-cli sync write it): the device views show their devices as stale.
    connect(m_deps.fleetStore,
            &FleetStore::unreachableProfilesLoaded,
            this,
            &MainWindow::setUnreachableProfiles);
    connect(m_held,
            &HeldOperationsController::event,
            this,
            [this](EventLog::Severity severity, const QString &message) {
                logEvent(severity, tr("Held operations"), message);
            });

    m_heldDock = new QDockWidget(tr("Held operations"), this);
    m_heldDock->setObjectName(QStringLiteral("heldOperationsDockWidget"));
    m_heldWidget = new HeldOperationsWidget(m_held->model(), m_heldDock);
    m_heldDock->setWidget(m_heldWidget);
    addDockWidget(Qt::BottomDockWidgetArea, m_heldDock);
    if (m_eventLogDock)
        tabifyDockWidget(m_eventLogDock, m_heldDock);
    if (m_eventLogDock)
        m_eventLogDock->raise();
    connect(
        m_heldWidget, &HeldOperationsWidget::runRequested, m_held, &HeldOperationsController::run);
    connect(m_heldWidget,
            &HeldOperationsWidget::discardRequested,
            this,
            [this](const QVector<qint64> &ids) {
                if (ids.isEmpty())
                    return;
                if (!m_deps.messageBoxes->confirm(
                        this,
                        tr("Discard held operations"),
                        tr("Discard %Ln held operation(s)?", nullptr, int(ids.size())),
                        tr("They will not run, also when their server is reachable "
                           "again."),
                        tr("&Discard")))
                    return;
                m_held->discard(ids);
            });
    connect(m_held, &HeldOperationsController::operationsHeld, this, [this] {
        m_heldDock->show();
        m_heldDock->raise();
    });

    QAction *toggle = m_heldDock->toggleViewAction();
    toggle->setText(tr("&Held Operations"));
    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addAction(toggle);
}

void MainWindow::setProfileReachable(const QString &profile, bool reachable)
{
    m_held->setProfileReachable(profile, reachable);
}
