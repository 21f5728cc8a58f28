#include "DeviceDetailsWidget.h"

#include "AppIcons.h"
#include "EmptyStateWidget.h"
#include "HealthIcons.h"
#include "TimelineWidget.h"
#include "common/TimeFormat.h"
#include "lwm2m/ProtocolLogWidget.h"
#include "lwm2m/ResourceBrowserWidget.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? FleetTreeModel::unknownValueText() : text;
}

QLabel *makeHeading(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

DeviceDetailsWidget::DeviceDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("deviceDetailsWidget"));
    setAccessibleName(tr("Device details"));
    m_stack->setObjectName(QStringLiteral("detailsStackedWidget"));

    m_emptyState->setObjectName(QStringLiteral("detailsEmptyStateWidget"));
    m_emptyState->setTitle(tr("No device selected"));
    m_emptyState->setText(
        tr("Select a device in the tree to see its identity, connection, location "
           "and state. Use the arrow keys in the tree, or Ctrl+F to filter."));

    m_devicePage = createDevicePage();
    m_containerPage = createContainerPage();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_devicePage);
    m_stack->addWidget(m_containerPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showNothing();
}

void DeviceDetailsWidget::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime DeviceDetailsWidget::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QLabel *DeviceDetailsWidget::addSection(QFormLayout *form, const QString &title)
{
    auto *heading = makeHeading(title, form->parentWidget(), 1.0);
    heading->setForegroundRole(QPalette::PlaceholderText);
    if (form->rowCount() > 0)
        form->addItem(new QSpacerItem(0, fontMetrics().height() / 2));
    form->addRow(heading);
    return heading;
}

QLabel *
DeviceDetailsWidget::addValueRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QWidget *DeviceDetailsWidget::createDevicePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("devicePageWidget"));
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(spacing * 3, spacing * 2, spacing * 3, spacing);

    // Header: name, then health and age on one line; the tabs below.
    m_nameLabel = makeHeading(QString(), page, 1.5);
    m_nameLabel->setObjectName(QStringLiteral("deviceNameLabel"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setWordWrap(true);
    layout->addWidget(m_nameLabel);

    auto *status = new QHBoxLayout;
    m_healthIconLabel = new QLabel(page);
    m_healthIconLabel->setObjectName(QStringLiteral("healthIconLabel"));
    m_healthLabel = new QLabel(page);
    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_healthLabel->setAccessibleName(tr("Health"));
    m_seenLabel = new QLabel(page);
    m_seenLabel->setObjectName(QStringLiteral("lastSeenLabel"));
    m_seenLabel->setAccessibleName(tr("Last seen"));
    status->addWidget(m_healthIconLabel);
    status->addWidget(m_healthLabel);
    status->addWidget(new QLabel(QStringLiteral("·"), page));
    status->addWidget(m_seenLabel);
    status->addStretch();
    layout->addLayout(status);

    m_cacheNoteLabel = new QLabel(page);
    m_cacheNoteLabel->setObjectName(QStringLiteral("cacheNoteLabel"));
    m_cacheNoteLabel->setWordWrap(true);
    m_cacheNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_cacheNoteLabel->hide();
    layout->addWidget(m_cacheNoteLabel);
    layout->addSpacing(spacing);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("detailsTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createOverviewTab(), tr("Overview"));
    m_resources = new ResourceBrowserWidget(m_tabs);
    m_tabs->addTab(m_resources, tr("Resources"));
    m_tabs->setTabToolTip(1,
                          tr("The device's LwM2M objects and resources: read, write, execute, "
                             "observe"));
    m_protocolLog = new ProtocolLogWidget(m_tabs);
    m_tabs->addTab(m_protocolLog, tr("Protocol log"));
    m_tabs->setTabToolTip(2,
                          tr("The CoAP messages between the LwM2M server and the device, while "
                             "this tab is open"));
    m_timeline = new TimelineWidget(m_tabs);
    const int timelineTab
        = m_tabs->insertTab(m_tabs->indexOf(m_protocolLog), m_timeline, tr("Timeline"));
    m_tabs->setTabToolTip(timelineTab,
                          tr("Everything recorded for the device: registrations, health changes, "
                             "operations and their results"));
    connect(m_resources,
            &ResourceBrowserWidget::chartRequested,
            this,
            &DeviceDetailsWidget::chartRequested);
    connect(m_resources,
            &ResourceBrowserWidget::operationFinished,
            this,
            &DeviceDetailsWidget::operationFinished);
    layout->addWidget(m_tabs, 1);
    return page;
}

QWidget *DeviceDetailsWidget::createOverviewTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("deviceDetailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("overviewPageWidget"));
    page->setBackgroundRole(QPalette::Window);

    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, spacing * 2, 0, spacing * 2);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(spacing * 4);
    layout->addLayout(form);

    addSection(form, tr("Identity"));
    m_idValue = addValueRow(form, tr("ID"), QStringLiteral("idValueLabel"));
    // The ID is what support asks for: selectable by keyboard too.
    m_idValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_modelValue = addValueRow(form, tr("Model"), QStringLiteral("modelValueLabel"));
    m_serialValue = addValueRow(form, tr("Serial number"), QStringLiteral("serialValueLabel"));
    m_firmwareValue = addValueRow(form, tr("Firmware"), QStringLiteral("firmwareValueLabel"));

    addSection(form, tr("Connection"));
    m_protocolValue = addValueRow(form, tr("Protocol"), QStringLiteral("protocolValueLabel"));
    m_profileValue = addValueRow(form, tr("Profile"), QStringLiteral("profileValueLabel"));
    m_bindingKeyValue = addValueRow(form, tr("Endpoint"), QStringLiteral("bindingKeyValueLabel"));
    m_bindingKeyLabel = qobject_cast<QLabel *>(form->labelForField(m_bindingKeyValue));

    addSection(form, tr("Location"));
    m_siteValue = addValueRow(form, tr("Site"), QStringLiteral("siteValueLabel"));
    m_groupValue = addValueRow(form, tr("Group"), QStringLiteral("groupValueLabel"));
    m_tagsValue = addValueRow(form, tr("Tags"), QStringLiteral("tagsValueLabel"));

    addSection(form, tr("State"));
    m_lifecycleValue = addValueRow(form, tr("Lifecycle"), QStringLiteral("lifecycleValueLabel"));
    m_batteryValue = addValueRow(form, tr("Battery"), QStringLiteral("batteryValueLabel"));
    m_signalValue = addValueRow(form, tr("Signal"), QStringLiteral("signalValueLabel"));

    layout->addStretch();
    scroll->setWidget(page);
    return scroll;
}

QWidget *DeviceDetailsWidget::createContainerPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("containerPageWidget"));
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(spacing * 3, spacing * 2, spacing * 3, spacing * 2);

    m_containerNameLabel = makeHeading(QString(), page, 1.5);
    m_containerNameLabel->setObjectName(QStringLiteral("containerNameLabel"));
    m_containerNameLabel->setWordWrap(true);
    m_containerKindLabel = new QLabel(page);
    m_containerKindLabel->setObjectName(QStringLiteral("containerKindLabel"));
    m_containerKindLabel->setWordWrap(true); // a sentence for a selection
    m_containerKindLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_containerNameLabel);
    layout->addWidget(m_containerKindLabel);
    layout->addSpacing(spacing * 2);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(spacing * 4);
    layout->addLayout(form);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const auto addCount = [&](const QString &label, const QString &name, const QIcon &icon) {
        auto *row = new QWidget(page);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *iconLabel = new QLabel(row);
        if (!icon.isNull())
            iconLabel->setPixmap(icon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        else
            iconLabel->setFixedWidth(iconSize);
        auto *value = new QLabel(row);
        value->setObjectName(name);
        value->setAccessibleName(label);
        rowLayout->addWidget(iconLabel);
        rowLayout->addWidget(value, 1);
        form->addRow(label, row);
        return value;
    };
    m_totalValue = addCount(tr("Devices"), QStringLiteral("totalCountLabel"), QIcon());
    m_onlineValue = addCount(
        tr("Online"), QStringLiteral("onlineCountLabel"), HealthIcons::icon(Health::Online));
    m_sleepingValue = addCount(
        tr("Sleeping"), QStringLiteral("sleepingCountLabel"), HealthIcons::icon(Health::Sleeping));
    m_offlineValue = addCount(
        tr("Offline"), QStringLiteral("offlineCountLabel"), HealthIcons::icon(Health::Offline));
    m_unknownValue = addCount(
        tr("Unknown"), QStringLiteral("unknownCountLabel"), HealthIcons::icon(Health::Unknown));
    m_lowBatteryValue = addCount(
        tr("Battery below %1 %").arg(QLocale().toString(FleetSummary::LowBatteryPercent)),
        QStringLiteral("lowBatteryCountLabel"),
        AppIcons::warning());

    auto *hint = new QLabel(tr("Select a device below this node to see its details."), page);
    hint->setObjectName(QStringLiteral("containerHintLabel"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addSpacing(spacing * 2);
    layout->addWidget(hint);
    layout->addStretch();
    return page;
}

void DeviceDetailsWidget::showNothing()
{
    m_device.reset();
    m_timeline->showDevice({}, {});
    m_stack->setCurrentWidget(m_emptyState);
}

void DeviceDetailsWidget::showDevice(const Device &device)
{
    m_device = device;
    const QLocale locale;
    m_nameLabel->setText(orDash(device.name));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_healthIconLabel->setPixmap(
        HealthIcons::icon(device.health).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_healthLabel->setText(DeviceText::healthName(device.health));
    updateSeenText();

    m_idValue->setText(device.id.toString(QUuid::WithoutBraces));
    m_modelValue->setText(orDash(device.model));
    m_serialValue->setText(orDash(device.serial));
    m_firmwareValue->setText(orDash(device.firmwareVersion));

    m_protocolValue->setText(device.binding.isBound()
                                 ? DeviceText::protocolName(device.binding.protocol)
                                 : tr("Not bound to a server"));
    m_profileValue->setText(orDash(device.binding.profile));
    switch (device.binding.protocol) {
    case Protocol::Lwm2m:
        m_bindingKeyLabel->setText(tr("Endpoint"));
        break;
    case Protocol::Mqtt:
        m_bindingKeyLabel->setText(tr("Device ID"));
        break;
    case Protocol::None:
        m_bindingKeyLabel->setText(tr("Endpoint / device ID"));
        break;
    }
    m_bindingKeyValue->setAccessibleName(m_bindingKeyLabel->text());
    m_bindingKeyValue->setText(orDash(device.binding.key));

    m_siteValue->setText(device.site.trimmed().isEmpty() ? FleetTreeModel::unassignedSiteName()
                                                         : device.site);
    m_groupValue->setText(orDash(device.groupSegments().join(QStringLiteral(" / "))));
    m_tagsValue->setText(orDash(device.tags.join(QStringLiteral(", "))));

    m_lifecycleValue->setText(DeviceText::lifecycleName(device.lifecycle));
    QString battery = FleetTreeModel::batteryText(device.batteryPercent);
    if (device.batteryPercent && *device.batteryPercent < FleetSummary::LowBatteryPercent)
        battery = tr("%1 (low)").arg(battery);
    m_batteryValue->setText(battery);
    m_signalValue->setText(device.signalDbm ? tr("%1 dBm").arg(locale.toString(*device.signalDbm))
                                            : FleetTreeModel::unknownValueText());
    m_resources->setDevice(device);
    m_protocolLog->setDevice(device);
    m_timeline->showDevice(device.id, device.name);
    m_tabs->setTabVisible(m_tabs->indexOf(m_protocolLog),
                          device.binding.protocol == Protocol::Lwm2m);
    m_stack->setCurrentWidget(m_devicePage);
}

void DeviceDetailsWidget::showContainer(FleetTreeModel::NodeKind kind,
                                        const QString &name,
                                        const FleetSummary &summary)
{
    m_device.reset();
    m_timeline->showDevice({}, {});
    const QLocale locale;
    m_containerNameLabel->setText(name);
    m_containerKindLabel->setText(kind == FleetTreeModel::NodeKind::Site ? tr("Site")
                                                                         : tr("Group"));
    m_totalValue->setText(locale.toString(summary.total));
    m_onlineValue->setText(locale.toString(summary.online));
    m_sleepingValue->setText(locale.toString(summary.sleeping));
    m_offlineValue->setText(locale.toString(summary.offline));
    m_unknownValue->setText(locale.toString(summary.unknown));
    m_lowBatteryValue->setText(locale.toString(summary.lowBattery));
    if (auto *hint = findChild<QLabel *>(QStringLiteral("containerHintLabel")))
        hint->show();
    m_stack->setCurrentWidget(m_containerPage);
}

void DeviceDetailsWidget::showSelection(const FleetSummary &summary)
{
    showContainer(FleetTreeModel::NodeKind::Group, QString(), summary);
    m_containerNameLabel->setText(tr("%Ln device(s) selected", nullptr, summary.total));
    m_containerKindLabel->setText(
        tr("Devices → Reboot… and the other bulk operations act on all of them; File → Export "
           "Devices… writes them."));
    if (auto *hint = findChild<QLabel *>(QStringLiteral("containerHintLabel")))
        hint->hide();
}

void DeviceDetailsWidget::setLwm2mService(Lwm2mService *service)
{
    m_resources->setLwm2mService(service);
    m_protocolLog->setLwm2mService(service);
}

void DeviceDetailsWidget::setFileDialogs(FileDialogs *fileDialogs)
{
    m_protocolLog->setFileDialogs(fileDialogs);
    m_timeline->setFileDialogs(fileDialogs);
}

void DeviceDetailsWidget::setMessageBoxes(MessageBoxes *messageBoxes)
{
    m_resources->setMessageBoxes(messageBoxes);
    m_timeline->setMessageBoxes(messageBoxes);
}

void DeviceDetailsWidget::setFleetStore(FleetStore *store)
{
    m_timeline->setFleetStore(store);
}

void DeviceDetailsWidget::setCacheNote(const QString &text)
{
    m_cacheNoteLabel->setText(text);
    m_cacheNoteLabel->setVisible(!text.isEmpty());
}

void DeviceDetailsWidget::refreshRelativeTimes()
{
    if (m_device)
        updateSeenText();
}

void DeviceDetailsWidget::updateSeenText()
{
    if (!m_device)
        return;
    const QDateTime &seen = m_device->lastSeen;
    if (!seen.isValid()) {
        m_seenLabel->setText(tr("never seen"));
        m_seenLabel->setToolTip(tr("FleetDesk has never heard from this device."));
        return;
    }
    m_seenLabel->setText(tr("seen %1").arg(TimeFormat::relative(seen, now())));
    m_seenLabel->setToolTip(
        tr("%1 (local time)\n%2").arg(TimeFormat::local(seen), TimeFormat::utcTooltip(seen)));
}
