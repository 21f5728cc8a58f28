#pragma once

#include "DeviceFields.h"
#include "DeviceFlags.h"
#include "fleet/Device.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <functional>
#include <vector>

// Every device as one row of a flat, virtual table, with one column per DeviceFields::Field (Name,
// Site, Group, Model, Serial, Firmware, Health, Battery, Signal, Last seen, Protocol, Server,
// Endpoint, Tags, Lifecycle). The model sorts itself (sort()): a permutation of device positions
// ordered with DeviceFields::compare — natural names, dotted firmware versions, numbers — so a
// sort of 100,000 rows never goes through QVariant. Like the tree it flags duplicate serials and
// stale devices (unreachable server), and applies live changes fine-grained: values in place,
// removed rows removed, new rows appended (then re-sorted as a layout change that keeps
// persistent indexes), so selection and scroll position survive.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1, // QUuid
        SortRole,                        // the value the column sorts by
        DeviceRole,                      // Device
        HealthRole,                      // Health as int
        StaleRole,                       // bool: server unreachable; last known state
        DuplicateSerialRole,             // bool: another device carries the same serial
        DeviceIndexRole,                 // int: position in devices()
    };

    using Clock = std::function<QDateTime()>;

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setDevices(const DeviceList &devices);
    const DeviceList &devices() const { return m_devices; }

    void setUnreachableProfiles(const QSet<QString> &profiles);
    const QSet<QString> &unreachableProfiles() const { return m_flags.unreachableProfiles(); }
    const QSet<QString> &duplicateSerials() const { return m_flags.duplicateSerials(); }

    void setClock(Clock clock);
    QDateTime now() const;
    void refreshRelativeTimes();

    const Device *device(const QModelIndex &index) const;
    int deviceIndex(const QModelIndex &index) const; // position in devices(), -1 if none
    QModelIndex indexOfDevice(const QUuid &id, int column = 0) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // As FleetTreeModel::devicesReplaced: the new list is in place, row signals follow.
    void devicesReplaced();

private:
    void applySort(bool announce);
    void rebuildRows();

    DeviceList m_devices;
    std::vector<int> m_order;       // row -> device index
    std::vector<int> m_rowOfDevice; // device index -> row
    QHash<QUuid, int> m_indexById;  // -> device index
    DeviceFlags m_flags;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Clock m_clock;
};
