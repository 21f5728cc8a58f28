#pragma once

#include "bulk/BulkRun.h"

#include <QAbstractTableModel>
#include <QPointer>

// The per-device result table of a BulkRun: device, outcome (with the reason when it failed),
// started, finished. Follows the run's resultChanged() signal row by row.
class BulkResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DeviceColumn, OutcomeColumn, StartedColumn, FinishedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        OutcomeRole = Qt::UserRole + 1, // BulkRun::Outcome as int
        ReasonRole,                     // QString
        DeviceIdRole,                   // QUuid
        SortRole,
    };

    explicit BulkResultModel(QObject *parent = nullptr);

    void setRun(BulkRun *run); // nullptr: empty
    BulkRun *run() const { return m_run; }

    // "Failed: the device did not answer" / "Succeeded".
    static QString outcomeText(const BulkRun::Result &result);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<BulkRun> m_run;
    QMetaObject::Connection m_connection;
};
