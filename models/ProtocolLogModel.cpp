#include "ProtocolLogModel.h"

#include "AppIcons.h"
#include "common/TimeFormat.h"

#include <QFontDatabase>

using Direction = CoapLogEntry::Direction;

ProtocolLogModel::ProtocolLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProtocolLogModel::setCapacity(int capacity)
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

void ProtocolLogModel::appendEntries(const CoapLogEntryList &entries, qint64 skipped)
{
    m_dropped += qMax<qint64>(0, skipped);
    if (entries.isEmpty())
        return;
    // Only the newest capacity() of the batch can stay.
    const qsizetype skip = qMax<qsizetype>(0, entries.size() - m_capacity);
    const qsizetype adding = entries.size() - skip;
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
    m_entries.append(entries.mid(skip));
    endInsertRows();
}

void ProtocolLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_dropped = 0;
    endResetModel();
}

QString ProtocolLogModel::directionArrow(Direction direction)
{
    switch (direction) {
    case Direction::Incoming:
        return QStringLiteral("↓");
    case Direction::Outgoing:
        return QStringLiteral("↑");
    case Direction::Unknown:
        break;
    }
    return {};
}

QString ProtocolLogModel::directionText(Direction direction)
{
    switch (direction) {
    case Direction::Incoming:
        return tr("incoming");
    case Direction::Outgoing:
        return tr("outgoing");
    case Direction::Unknown:
        break;
    }
    return tr("unknown direction");
}

QString ProtocolLogModel::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

int ProtocolLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProtocolLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtocolLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoapLogEntry &e = m_entries.at(index.row());
    switch (role) {
    case DirectionRole:
        return int(e.direction);
    case TimeRole:
        return e.time;
    case ErrorRole:
        return e.isError();
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn:
            return timeText(e.time);
        case DirectionColumn:
            return directionArrow(e.direction);
        case TypeColumn:
            return e.type;
        case CodeColumn:
            return e.code;
        case MessageIdColumn:
            return e.messageId >= 0 ? QVariant(e.messageId) : QVariant(QString());
        case TokenColumn:
            return e.token;
        case OptionsColumn:
            return e.options;
        case PayloadColumn:
            // Long payloads: the table shows the start, the tooltip and the export all of it.
            return e.payload.size() > 200 ? e.payload.left(200) + QStringLiteral("…") : e.payload;
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole) {
        if (column == DirectionColumn)
            return directionText(e.direction);
        if (column == TimeColumn)
            return TimeFormat::local(e.time);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case TimeColumn:
            return e.time.isValid() ? tr("%1 (local time)\n%2")
                                          .arg(e.time.toLocalTime().toString(
                                                   QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                               TimeFormat::utcTooltip(e.time))
                                    : tr("Leshan sent no time for this message.");
        case DirectionColumn:
            switch (e.direction) {
            case Direction::Incoming:
                return tr("Incoming: from the device to the LwM2M server");
            case Direction::Outgoing:
                return tr("Outgoing: from the LwM2M server to the device");
            case Direction::Unknown:
                break;
            }
            return tr("Leshan did not say which way this message went.");
        case CodeColumn:
            return e.isError() ? tr("%1: the device or server answered with an error").arg(e.code)
                               : QVariant();
        case OptionsColumn:
            return e.options.isEmpty() ? QVariant() : QVariant(e.options);
        case PayloadColumn:
            return e.payload.isEmpty() ? QVariant() : QVariant(e.payload);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && column == CodeColumn && e.isError())
        return AppIcons::warning();
    if (role == Qt::FontRole
        && (column == TokenColumn || column == PayloadColumn || column == MessageIdColumn))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::TextAlignmentRole) {
        if (column == DirectionColumn)
            return int(Qt::AlignCenter);
        if (column == MessageIdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ProtocolLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case DirectionColumn:
            return tr("Dir.", "protocol log column: ↓ incoming / ↑ outgoing");
        case TypeColumn:
            return tr("Type");
        case CodeColumn:
            return tr("Code");
        case MessageIdColumn:
            return tr("MID", "CoAP message id");
        case TokenColumn:
            return tr("Token");
        case OptionsColumn:
            return tr("Options");
        case PayloadColumn:
            return tr("Payload");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("When Leshan logged the message, in local time (UTC on hover)");
        case DirectionColumn:
            return tr("↓ incoming: device to server; ↑ outgoing: server to device");
        case TypeColumn:
            return tr("CoAP message type: CON (confirmable), NON (non-confirmable), ACK "
                      "(acknowledgement), RST (reset)");
        case CodeColumn:
            return tr("Request method (GET, PUT, POST, DELETE) or response code (2.05 = content, "
                      "4.04 = not found)");
        case MessageIdColumn:
            return tr("CoAP message id: a request and its ACK share it");
        case TokenColumn:
            return tr("CoAP token (hex): a request and its response share it");
        case OptionsColumn:
            return tr("CoAP options: Uri-Path, Content-Format, Observe…");
        case PayloadColumn:
            return tr("The payload: text, or Hex: for binary content (TLV, CBOR)");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags ProtocolLogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
