#pragma once

#include "bulk/BulkRun.h"
#include "common/EventLog.h"
#include "fleet/Device.h"
#include "store/HeldOperationRepository.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class FleetStore;
class HeldOperationModel;
class MessageBoxes;
class QWidget;

// The window's side of operations held offline (docs/offline.md): asks for consent before holding
// an operation for devices whose server or broker is unreachable, keeps the Held operations model
// up to date from the cache (FleetStore, never on the GUI thread), and runs held operations through
// HeldOperationRunner — on request, and by itself when their server or broker comes back.
class HeldOperationsController : public QObject
{
    Q_OBJECT

public:
    using ActionFactory = std::function<BulkRun::Action(const QString &operationId)>;

    HeldOperationsController(FleetStore *store,
                             MessageBoxes *messageBoxes,
                             QWidget *dialogParent,
                             QObject *parent = nullptr);
    ~HeldOperationsController() override;

    void setActionFactory(ActionFactory factory) { m_factory = std::move(factory); }
    HeldOperationModel *model() const { return m_model; }

    void setDevices(const DeviceList &devices) { m_devices = devices; }
    void setUnreachableProfiles(const QSet<QString> &profiles) { m_unreachable = profiles; }
    const QSet<QString> &unreachableProfiles() const { return m_unreachable; }

    // The explicit consent: when some of the devices' servers or brokers are unreachable, asks
    // whether to hold the operation for them until they are reachable, to skip them, or to cancel.
    // *runNow receives the devices to run now. Returns false when the operator cancelled.
    bool askAboutUnreachable(const DeviceList &devices,
                             const QString &operationId,
                             const QString &operationName,
                             DeviceList *runNow);
    // Runs held operations (confirmed: also those that need confirmation) whose server or broker
    // is reachable; the others stay held.
    void run(const QVector<qint64> &ids, bool confirmed);
    void discard(const QVector<qint64> &ids);
    // The connectors' up and down events: held operations of a profile that comes back run.
    void setProfileReachable(const QString &profile, bool reachable);

signals:
    void operationsHeld(int count);
    void event(EventLog::Severity severity, const QString &message);
    void runFinished(int succeeded, int total);

private:
    void onLoaded(const HeldOperationList &operations);
    void runAutomatically();
    QString currentProfile(const HeldOperation &op) const;

    QPointer<FleetStore> m_store;
    MessageBoxes *m_messageBoxes;
    QPointer<QWidget> m_dialogParent;
    HeldOperationModel *m_model;
    ActionFactory m_factory;
    DeviceList m_devices;
    QSet<QString> m_unreachable;
    QSet<QString> m_cameBack; // profiles whose up event arrived this session
    QSet<qint64> m_inFlight;
    bool m_loaded = false;
};
