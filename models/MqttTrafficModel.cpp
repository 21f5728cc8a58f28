#include "MqttTrafficModel.h"

#include "TopicTreeModel.h"

#include <QDateTime>
#include <QLocale>

MqttTrafficModel::MqttTrafficModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MqttTrafficModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    const int excess = int(m_entries.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_entries.remove(0, excess);
        m_dropped += excess;
        endRemoveRows();
    }
}

void MqttTrafficModel::append(const QVector<MqttMessage> &messages, bool outgoing, qint64 timeMs)
{
    if (messages.isEmpty())
        return;
    // Only the newest capacity() of the batch can stay.
    const qsizetype skip = qMax<qsizetype>(0, messages.size() - m_capacity);
    const qsizetype adding = messages.size() - skip;
    m_dropped += skip;
    const qsizetype excess = m_entries.size() + adding - m_capacity;
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, int(excess) - 1);
        m_entries.remove(0, excess);
        m_dropped += excess;
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(adding) - 1);
    // No reserve(): after removing from the front it would reallocate the whole log every batch;
    // append grows geometrically and reuses the space freed at the front.
    for (qsizetype i = skip; i < messages.size(); ++i) {
        const MqttMessage &m = messages.at(i);
        MqttTrafficEntry e;
        e.timeMs = timeMs;
        e.outgoing = outgoing;
        e.topic = m.topic;
        e.payloadHead = m.payload.size() > MqttTrafficEntry::PayloadHeadBytes
                            ? m.payload.left(MqttTrafficEntry::PayloadHeadBytes)
                            : m.payload;
        e.size = m.payload.size();
        e.qos = m.qos;
        e.retain = m.retain;
        m_entries.append(std::move(e));
    }
    endInsertRows();
}

void MqttTrafficModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_dropped = 0;
    endResetModel();
}

int MqttTrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MqttTrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MqttTrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MqttTrafficEntry &e = m_entries.at(index.row());
    switch (role) {
    case OutgoingRole:
        return e.outgoing;
    case TopicRole:
        return e.topic;
    case RetainRole:
        return e.retain;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(
                QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return e.outgoing ? QStringLiteral("↑") : QStringLiteral("↓");
        case TopicColumn:
            return e.topic.size() > 300 ? e.topic.left(300) + QStringLiteral("…") : e.topic;
        case QosColumn:
            return QString::number(e.qos);
        case RetainColumn:
            return e.retain ? tr("retained") : QString();
        case SizeColumn:
            return QLocale().formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat);
        case PayloadColumn: {
            const QString text = TopicTreeModel::preview(e.payloadHead);
            return e.size > e.payloadHead.size() && !text.endsWith(QStringLiteral("…"))
                       ? text + QStringLiteral("…")
                       : text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC)
                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                   + QStringLiteral(" UTC");
        case DirectionColumn:
            return e.outgoing ? tr("published by FleetDesk") : tr("received");
        case TopicColumn:
            return e.topic.left(2000);
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == DirectionColumn)
            return e.outgoing ? tr("published") : tr("received");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == QosColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MqttTrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir.");
    case TopicColumn:
        return tr("Topic");
    case QosColumn:
        return tr("QoS");
    case RetainColumn:
        return tr("Retain");
    case SizeColumn:
        return tr("Size");
    case PayloadColumn:
        return tr("Payload");
    default:
        return {};
    }
}
