#pragma once

#include "fleet/FleetQuery.h"

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>
#include <vector>

class DeviceTableModel;
class FleetTreeModel;

// The filter (FleetQuery, docs/query.md) and the sort order of the device tree or the device
// table; the source is a FleetTreeModel or a DeviceTableModel.
//
// A keystroke costs one pass of the query over the device list: the query is evaluated once per
// change (of the text, the context or the devices — the source's devicesReplaced()) into a byte
// per device position, and filterAcceptsRow() looks that byte up. Over the tree, a site or group
// stays while a device below it matches (recursive filtering). An invalid query changes nothing:
// the previous filter stays applied, and isValid()/errorMessage() say what is wrong.
//
// Sorting: over the tree, sites and groups stay above devices in either direction and devices
// compare with DeviceFields (natural names, dotted firmware versions, numbers); over the table,
// sort() is the table model's own (a permutation of 100,000 rows, not a proxy sort).
class FleetFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit FleetFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    bool isFiltering() const { return !m_applied.isEmpty(); }
    // The last text given parses; when not, errorMessage() says what and where, and the filter
    // applied is the last valid one.
    bool isValid() const { return m_typedValid; }
    QString errorMessage() const { return m_typedError; }
    int errorPosition() const { return m_typedErrorPosition; }
    QString appliedQueryText() const { return m_applied.text(); }

    // Static groups and saved filters for in:/saved: terms. duplicateSerials and
    // unreachableProfiles are taken from the source model; `now` from the clock when not set.
    void setQueryContext(const FleetQueryContext &context);
    FleetQueryContext queryContext() const;
    void setClock(Clock clock);

    // How many devices pass the filter (all devices when there is no filter).
    int matchingDeviceCount() const;
    // Whether the device at this position of the source's device list passes the filter.
    bool deviceMatches(int deviceIndex) const;
    // The terms of the query that no device matches on its own: what to name when nothing
    // matches. Empty when every term matches something, or the query combines terms with OR or
    // parentheses.
    QStringList termsWithoutMatches() const;
    // The words of a query at the top level (quotes and parentheses kept together).
    static QStringList topLevelTerms(const QString &text);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Without a filter every row is accepted, so the source answers; the base class would map
    // (and sort) the parent's children first — for every group a tree view lays out.
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;

signals:
    void filterTextChanged(const QString &text);
    // After every setFilterText(): the validity of the text typed.
    void queryValidityChanged(bool valid, const QString &errorMessage);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const DeviceList *sourceDevices() const;
    int sourceDeviceIndex(const QModelIndex &sourceIndex) const;
    void evaluate();

    FleetTreeModel *m_fleet = nullptr;
    DeviceTableModel *m_table = nullptr;
    QString m_filterText;
    FleetQuery m_applied; // valid
    bool m_typedValid = true;
    QString m_typedError;
    int m_typedErrorPosition = -1;
    FleetQueryContext m_context;
    Clock m_clock;
    std::vector<quint8> m_matches; // per device position; empty when not filtering
    int m_matchCount = 0;
};
