#pragma once

#include "FleetTreeModel.h"
#include "fleet/Device.h"
#include "fleet/FleetSummary.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class EmptyStateWidget;
class QFormLayout;
class QLabel;
class QStackedWidget;

// The right-hand pane: the selected device (header with health and age, then identity, binding,
// location and state), a summary of counts for a selected site or group, or an empty state.
// Unknown values read "—". Times show local time, with UTC on hover.
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
    // A note that the values come from the cache (FleetDesk is offline); empty hides it.
    void setCacheNote(const QString &text);
    // Redraws "seen 12 s ago".
    void refreshRelativeTimes();

    const std::optional<Device> &shownDevice() const { return m_device; }

private:
    QWidget *createDevicePage();
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
