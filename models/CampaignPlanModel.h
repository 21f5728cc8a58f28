#pragma once

#include "campaign/CampaignPlanner.h"

#include <QAbstractTableModel>

// The campaign wizard's dry run, one row per targeted device: name, model, site, firmware now,
// battery, signal, whether it takes part (and in which wave) or is skipped, and why. Read-only;
// the plan itself comes from CampaignPlanner / CampaignCreator::dryRun. Sort through a
// QSortFilterProxyModel on SortRole (numbers sort as numbers, missing values last).
class CampaignPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DeviceColumn,
        ModelColumn,
        SiteColumn,
        FirmwareColumn,
        BatteryColumn,
        SignalColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        EligibleRole, // bool
        ReasonIdRole, // CampaignPlanner reason id, "" when eligible
        DeviceIdRole, // QUuid
        WaveRole,     // int, -1 for skipped devices
    };

    explicit CampaignPlanModel(QObject *parent = nullptr);

    void setPlan(const CampaignPlan &plan);
    void clear();
    const CampaignPlan &plan() const { return m_plan; }

    // "Eligible — wave 1 (canary)", "Eligible — wave 3", "Skipped".
    static QString statusText(const CampaignPlanEntry &entry);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    CampaignPlan m_plan;
};
