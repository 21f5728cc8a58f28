#pragma once

#include "store/HeldOperationRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>

// The Held operations dock's table (docs/offline.md): device, operation, held since, state and the
// reason (why it failed or needs confirmation). Rows follow FleetStore::heldOperationsLoaded; an
// operation keeps its row across updates (matched by id), so the selection survives.
class HeldOperationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DeviceColumn,
        OperationColumn,
        HeldSinceColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole,                 // HeldOperation::State as int
        DeviceIdRole,              // QUuid
        SortRole,
    };

    using Clock = std::function<QDateTime()>;

    explicit HeldOperationModel(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setOperations(const HeldOperationList &operations);
    const HeldOperationList &operations() const { return m_operations; }
    const HeldOperation *operation(const QModelIndex &index) const;
    int openCount() const;

    // The operation's name for people: "Reboot", "Factory reset", …
    static QString operationName(const QString &operationId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HeldOperationList m_operations;
    Clock m_clock;
};
