#include "BulkResultModel.h"

#include "HealthIcons.h"
#include "common/TimeFormat.h"

BulkResultModel::BulkResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BulkResultModel::setRun(BulkRun *run)
{
    beginResetModel();
    disconnect(m_connection);
    m_run = run;
    if (run) {
        m_connection = connect(run, &BulkRun::resultChanged, this, [this](int row) {
            if (row >= 0 && row < rowCount())
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
    }
    endResetModel();
}

QString BulkResultModel::outcomeText(const BulkRun::Result &result)
{
    QString name = BulkRun::outcomeName(result.outcome);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // a table cell starts a sentence
    if (result.reason.isEmpty())
        return name;
    return tr("%1: %2").arg(name, result.reason);
}

int BulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_run ? 0 : m_run->total();
}

int BulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_run)
        return {};
    const BulkRun::Result &result = m_run->results().at(index.row());
    switch (role) {
    case OutcomeRole:
        return int(result.outcome);
    case ReasonRole:
        return result.reason;
    case DeviceIdRole:
        return result.target.deviceId;
    default:
        break;
    }
    const auto timeText = [](const QDateTime &time) {
        return time.isValid() ? TimeFormat::local(time) : QString();
    };
    switch (index.column()) {
    case DeviceColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return result.target.name;
        if (role == Qt::ToolTipRole)
            return result.target.key;
        break;
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return outcomeText(result);
        if (role == Qt::ToolTipRole)
            return result.reason.isEmpty() ? QVariant() : QVariant(result.reason);
        if (role == SortRole)
            return int(result.outcome);
        if (role == Qt::DecorationRole) {
            switch (result.outcome) {
            case BulkRun::Outcome::Succeeded:
                return HealthIcons::icon(Health::Online);
            case BulkRun::Outcome::WaitingForWakeUp:
                return HealthIcons::icon(Health::Sleeping);
            case BulkRun::Outcome::Failed:
            case BulkRun::Outcome::TimedOut:
                return HealthIcons::icon(Health::Offline);
            default:
                return HealthIcons::icon(Health::Unknown);
            }
        }
        break;
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return timeText(result.started);
        if (role == Qt::ToolTipRole && result.started.isValid())
            return TimeFormat::utcTooltip(result.started);
        if (role == SortRole)
            return result.started;
        break;
    case FinishedColumn:
        if (role == Qt::DisplayRole)
            return timeText(result.finished);
        if (role == Qt::ToolTipRole && result.finished.isValid())
            return TimeFormat::utcTooltip(result.finished);
        if (role == SortRole)
            return result.finished;
        break;
    default:
        break;
    }
    return {};
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case OutcomeColumn:
        return tr("Outcome");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    default:
        return {};
    }
}
