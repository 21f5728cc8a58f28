#pragma once

#include "provisioning/CsvImport.h"

#include <QAbstractTableModel>

// The dry run of a CSV import, row by row: the line in the file, what would happen (new, update,
// rejected), the device and the problems found. Read-only; the plan itself is computed by
// CsvImport.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ActionColumn, NameColumn, SiteColumn, ProblemsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ActionRole = Qt::UserRole + 1, // CsvImport::Action as int
    };

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setPlan(const CsvImport::Plan &plan);
    const CsvImport::Plan &plan() const { return m_plan; }

    static QString actionName(CsvImport::Action action);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    CsvImport::Plan m_plan;
};
