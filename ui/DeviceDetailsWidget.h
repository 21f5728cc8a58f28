#pragma once

#include "FleetTreeModel.h"
#include "fleet/Device.h"
#include "fleet/FleetSummary.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class EmptyStateWidget;
class FileDialogs;
class FleetStore;
class Lwm2mService;
class MessageBoxes;
class QFormLayout;
class QLabel;
class QStackedWidget;
class ProtocolLogWidget;
class QTabWidget;
class ResourceBrowserWidget;
class TimelineWidget;

// The right-hand pane: the selected device (header with health and age, then tabs: "Overview" with
// identity, binding, location and state; "Resources" with the LwM2M object/resource browser;
// "Protocol log" with the device's CoAP traffic, for LwM2M devices only), a
// summary of counts for a selected site or group, or an empty state. Unknown values read "—".
// Times show local time, with UTC on hover.
class DeviceDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit DeviceDetailsWidget(QWidget *parent = nullptr);

    void setClock(Clock clock);

    void showNothing();
    void showDevice(const Device &device);
    void
    showContainer(FleetTreeModel::NodeKind kind, const QString &name, const FleetSummary &summary);
    // Several rows selected: how many devices, and their roll-up (what a bulk operation or an
    // export would act on).
    void showSelection(const FleetSummary &summary);
    // A note that the values come from the cache (FleetDesk is offline); empty hides it.
    void setCacheNote(const QString &text);
    // Redraws "seen 12 s ago".
    void refreshRelativeTimes();

    const std::optional<Device> &shownDevice() const { return m_device; }

    // Where the Resources and Protocol log tabs send their requests; nullptr: the tabs show an
    // empty state that says to connect to the device's LwM2M server.
    void setLwm2mService(Lwm2mService *service);
    // The seam for the Protocol log tab's Export file picker (nullptr: the real dialog).
    void setFileDialogs(FileDialogs *fileDialogs);
    // The seam for the Resources tab's confirmations (nullptr: real message boxes).
    void setMessageBoxes(MessageBoxes *messageBoxes);
    ResourceBrowserWidget *resourceBrowser() const { return m_resources; }
    ProtocolLogWidget *protocolLog() const { return m_protocolLog; }
    // Where the Timeline tab loads the device journal from (FleetStore::loadTimeline).
    void setFleetStore(FleetStore *store);
    TimelineWidget *timeline() const { return m_timeline; }
    QTabWidget *tabWidget() const { return m_tabs; }

signals:
    // The user chose "Chart this value" on a numeric resource (the Resources tab has started
    // observing it). unit: for people ("°C", "%"), empty when the model has none.
    void chartRequested(const QUuid &deviceId,
                        const QString &deviceName,
                        const QString &profile,
                        const QString &endpoint,
                        const QString &path,
                        const QString &unit);
    // An operation the user started in the Resources tab finished; operation is a stable id
    // ("read", "write", "execute", "observe", "cancel-observation", "discover",
    // "write-attributes", "create", "delete"), message in words (the error when !ok).
    void operationFinished(const QUuid &deviceId,
                           const QString &operation,
                           const QString &path,
                           bool ok,
                           const QString &message);

private:
    QWidget *createDevicePage();
    QWidget *createOverviewTab();
    QWidget *createContainerPage();
    QLabel *addValueRow(QFormLayout *form, const QString &label, const QString &objectName);
    QLabel *addSection(QFormLayout *form, const QString &title);
    void updateSeenText();
    QDateTime now() const;

    Clock m_clock;
    std::optional<Device> m_device;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;

    // Device page
    QWidget *m_devicePage = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResourceBrowserWidget *m_resources = nullptr;
    ProtocolLogWidget *m_protocolLog = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_healthIconLabel = nullptr;
    QLabel *m_healthLabel = nullptr;
    QLabel *m_seenLabel = nullptr;
    QLabel *m_cacheNoteLabel = nullptr;
    QLabel *m_idValue = nullptr;
    QLabel *m_modelValue = nullptr;
    QLabel *m_serialValue = nullptr;
    QLabel *m_firmwareValue = nullptr;
    QLabel *m_protocolValue = nullptr;
    QLabel *m_profileValue = nullptr;
    QLabel *m_bindingKeyLabel = nullptr;
    QLabel *m_bindingKeyValue = nullptr;
    QLabel *m_siteValue = nullptr;
    QLabel *m_groupValue = nullptr;
    QLabel *m_tagsValue = nullptr;
    QLabel *m_lifecycleValue = nullptr;
    QLabel *m_batteryValue = nullptr;
    QLabel *m_signalValue = nullptr;

    // Site / group page
    QWidget *m_containerPage = nullptr;
    QLabel *m_containerNameLabel = nullptr;
    QLabel *m_containerKindLabel = nullptr;
    QLabel *m_totalValue = nullptr;
    QLabel *m_onlineValue = nullptr;
    QLabel *m_sleepingValue = nullptr;
    QLabel *m_offlineValue = nullptr;
    QLabel *m_unknownValue = nullptr;
    QLabel *m_lowBatteryValue = nullptr;
};
