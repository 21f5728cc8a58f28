#pragma once

#include "fleet/DeviceFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

class FleetTreeModel;

// The quick filter and the sort order of the device tree. Device rows are filtered with
// DeviceFilter (free text); a site or group row stays while any device below it matches (recursive
// filtering). Sorting keeps sites and groups above devices in either direction, and compares names
// naturally
// ("pump-2" before "pump-10").
class FleetFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FleetFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    bool isFiltering() const { return !m_filter.isEmpty(); }

    // How many devices pass the filter (all devices when there is no filter).
    int matchingDeviceCount() const;
    // The filter terms that no device matches on its own: what to name when nothing matches.
    QStringList termsWithoutMatches() const;

signals:
    void filterTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FleetTreeModel *m_fleet = nullptr;
    QString m_filterText;
    DeviceFilter m_filter;
    QCollator m_collator;
};
