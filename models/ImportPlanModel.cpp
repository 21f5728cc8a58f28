#include "ImportPlanModel.h"

#include "AppIcons.h"

#include <QLocale>

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPlanModel::setPlan(const CsvImport::Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

QString ImportPlanModel::actionName(CsvImport::Action action)
{
    switch (action) {
    case CsvImport::Action::Create:
        return tr("New");
    case CsvImport::Action::Update:
        return tr("Update");
    case CsvImport::Action::Reject:
        return tr("Rejected");
    }
    return QString();
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ImportPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ActionColumn:
        return tr("Result");
    case NameColumn:
        return tr("Device");
    case SiteColumn:
        return tr("Site / group");
    case ProblemsColumn:
        return tr("Problems");
    default:
        break;
    }
    return QVariant();
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CsvImport::RowResult &row = m_plan.rows.at(index.row());
    const QString problems = row.errors.join(QStringLiteral("; "));
    QStringList levels = row.device.groupSegments();
    if (!row.device.site.isEmpty())
        levels.prepend(row.device.site);
    const QString place = levels.join(QStringLiteral(" / "));

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return QLocale().toString(row.line);
        case ActionColumn:
            return actionName(row.action);
        case NameColumn:
            return row.device.name;
        case SiteColumn:
            return place;
        case ProblemsColumn:
            return problems;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ActionColumn && row.action == CsvImport::Action::Reject)
            return AppIcons::error();
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProblemsColumn && !row.errors.isEmpty())
            return row.errors.join(QLatin1Char('\n'));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ActionColumn) {
            return row.errors.isEmpty() ? tr("Line %1: %2, %3")
                                              .arg(QLocale().toString(row.line),
                                                   actionName(row.action),
                                                   row.device.name)
                                        : tr("Line %1: %2, %3: %4")
                                              .arg(QLocale().toString(row.line),
                                                   actionName(row.action),
                                                   row.device.name,
                                                   problems);
        }
        break;
    case ActionRole:
        return int(row.action);
    default:
        break;
    }
    return QVariant();
}
