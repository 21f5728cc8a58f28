#include "CampaignPlanModel.h"

#include "HealthIcons.h"

#include <QColor>
#include <QIcon>
#include <limits>

CampaignPlanModel::CampaignPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CampaignPlanModel::setPlan(const CampaignPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void CampaignPlanModel::clear()
{
    setPlan({});
}

QString CampaignPlanModel::statusText(const CampaignPlanEntry &entry)
{
    if (!entry.eligible)
        return tr("Skipped");
    if (entry.wave == 0)
        return tr("Eligible — wave 1 (canary)");
    if (entry.wave > 0)
        return tr("Eligible — wave %1").arg(entry.wave + 1);
    return tr("Eligible");
}

int CampaignPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.entries.size());
}

int CampaignPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignPlanEntry &entry = m_plan.entries.at(index.row());
    const Device &d = entry.device;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DeviceColumn:
            return d.name.isEmpty() ? d.binding.key : d.name;
        case ModelColumn:
            return d.model;
        case SiteColumn:
            return d.site;
        case FirmwareColumn:
            return d.firmwareVersion;
        case BatteryColumn:
            return d.batteryPercent ? tr("%1 %").arg(*d.batteryPercent) : tr("—");
        case SignalColumn:
            return d.signalDbm ? tr("%1 dBm").arg(*d.signalDbm) : tr("—");
        case StatusColumn:
            return statusText(entry);
        case ReasonColumn:
            return entry.eligible ? QString() : entry.reason;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case BatteryColumn:
            return d.batteryPercent ? *d.batteryPercent : -1;
        case SignalColumn:
            return d.signalDbm ? *d.signalDbm : std::numeric_limits<int>::min();
        case StatusColumn:
            // Eligible ones first, by wave; then the skipped ones.
            return entry.eligible ? entry.wave : std::numeric_limits<int>::max();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DecorationRole:
        if (index.column() == DeviceColumn)
            return HealthIcons::icon(d.health);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !entry.eligible)
            return QColor(0xd5, 0x5e, 0x00); // Okabe–Ito vermilion, as offline
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BatteryColumn || index.column() == SignalColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EligibleRole:
        return entry.eligible;
    case ReasonIdRole:
        return entry.reasonId;
    case DeviceIdRole:
        return d.id;
    case WaveRole:
        return entry.eligible ? entry.wave : -1;
    }
    return {};
}

QVariant CampaignPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case ModelColumn:
        return tr("Model");
    case SiteColumn:
        return tr("Site");
    case FirmwareColumn:
        return tr("Firmware");
    case BatteryColumn:
        return tr("Battery");
    case SignalColumn:
        return tr("Signal");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

Qt::ItemFlags CampaignPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
