#include "TopicHistoryModel.h"

#include "TopicTreeModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

TopicHistoryModel::TopicHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TopicHistoryModel::setHistory(const QString &topic, const QVector<MqttHistoryEntry> &entries)
{
    beginResetModel();
    m_topic = topic;
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

void TopicHistoryModel::clear()
{
    beginResetModel();
    m_topic.clear();
    m_entries.clear();
    endResetModel();
}

int TopicHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TopicHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MqttHistoryEntry &e = m_entries.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case SizeColumn:
            return locale.formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat);
        case QosColumn:
            return QString::number(e.qos);
        case RetainColumn:
            return e.retain ? tr("retained") : QString();
        case PreviewColumn:
            if (e.size == 0)
                return tr("(empty)");
            return e.truncated()
                       ? tr("%1 (stored: first %2)")
                             .arg(TopicTreeModel::preview(e.payload),
                                  locale.formattedDataSize(
                                      e.payload.size(), 1, QLocale::DataSizeTraditionalFormat))
                       : TopicTreeModel::preview(e.payload);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
               + QStringLiteral(" UTC");
    if (role == Qt::ToolTipRole && index.column() == SizeColumn)
        return tr("%n byte(s)", nullptr, int(e.size));
    if (role == Qt::TextAlignmentRole)
        return index.column() == SizeColumn || index.column() == QosColumn
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant TopicHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case SizeColumn:
        return tr("Size");
    case QosColumn:
        return tr("QoS");
    case RetainColumn:
        return tr("Retain");
    case PreviewColumn:
        return tr("Payload");
    default:
        return {};
    }
}
