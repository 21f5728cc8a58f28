#include "EventLogModel.h"

#include "AppIcons.h"
#include "common/TimeFormat.h"

EventLogModel::EventLogModel(EventLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    Q_ASSERT(log);
    connect(log, &EventLog::aboutToAppend, this, [this] {
        const int row = m_log->count();
        beginInsertRows(QModelIndex(), row, row);
    });
    connect(log, &EventLog::appended, this, [this] { endInsertRows(); });
    connect(
        log, &EventLog::aboutToDropOldest, this, [this] { beginRemoveRows(QModelIndex(), 0, 0); });
    connect(log, &EventLog::droppedOldest, this, [this] { endRemoveRows(); });
    connect(log, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

QString EventLogModel::severityName(EventLog::Severity severity)
{
    switch (severity) {
    case EventLog::Severity::Info:
        return tr("Information");
    case EventLog::Severity::Warning:
        return tr("Warning");
    case EventLog::Severity::Error:
        return tr("Error");
    }
    return QString();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_log)
        return 0;
    return m_log->count();
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags EventLogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    default:
        break;
    }
    return QVariant();
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_log)
        return QVariant();
    const EventLog::Entry &entry = m_log->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeFormat::local(entry.time);
        case SeverityColumn:
            return severityName(entry.severity);
        case SourceColumn:
            return entry.source;
        case MessageColumn:
            return entry.message;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            switch (entry.severity) {
            case EventLog::Severity::Info:
                return AppIcons::information();
            case EventLog::Severity::Warning:
                return AppIcons::warning();
            case EventLog::Severity::Error:
                return AppIcons::error();
            }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return TimeFormat::utcTooltip(entry.time);
        if (index.column() == MessageColumn)
            return entry.message;
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == MessageColumn) {
            return tr("%1, %2, %3: %4")
                .arg(TimeFormat::local(entry.time),
                     severityName(entry.severity),
                     entry.source,
                     entry.message);
        }
        break;
    case SeverityRole:
        return int(entry.severity);
    case TimeRole:
        return entry.time;
    default:
        break;
    }
    return QVariant();
}
