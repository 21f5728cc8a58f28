#include "HeldOperationModel.h"

#include "common/TimeFormat.h"

#include <QHash>
#include <QLocale>

HeldOperationModel::HeldOperationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HeldOperationModel::setOperations(const HeldOperationList &operations)
{
    // Update rows in place where the same operations stay; otherwise reset (the list is short:
    // what is held at one time, not the fleet).
    bool sameIds = operations.size() == m_operations.size();
    for (int i = 0; sameIds && i < operations.size(); ++i)
        sameIds = operations.at(i).id == m_operations.at(i).id;
    if (sameIds) {
        m_operations = operations;
        if (!m_operations.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_operations.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_operations = operations;
    endResetModel();
}

const HeldOperation *HeldOperationModel::operation(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_operations.size())
        return nullptr;
    return &m_operations.at(index.row());
}

int HeldOperationModel::openCount() const
{
    return int(std::count_if(m_operations.cbegin(),
                             m_operations.cend(),
                             [](const HeldOperation &op) { return op.isOpen(); }));
}

QString HeldOperationModel::operationName(const QString &operationId)
{
    if (operationId == QLatin1String("reboot"))
        return tr("Reboot");
    if (operationId == QLatin1String("factory_reset"))
        return tr("Factory reset");
    if (operationId == QLatin1String("disable"))
        return tr("Disable");
    if (operationId == QLatin1String("registration_update"))
        return tr("Registration update");
    return operationId;
}

int HeldOperationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int HeldOperationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldOperationModel::data(const QModelIndex &index, int role) const
{
    const HeldOperation *op = operation(index);
    if (!op)
        return {};
    switch (role) {
    case IdRole:
        return op->id;
    case StateRole:
        return int(op->state);
    case DeviceIdRole:
        return QVariant::fromValue(op->deviceId);
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case DeviceColumn:
            return op->deviceName().isEmpty() ? op->deviceId.toString(QUuid::WithoutBraces)
                                              : op->deviceName();
        case OperationColumn:
            return operationName(op->operation);
        case HeldSinceColumn: {
            const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
            return tr("%1 (%2)").arg(TimeFormat::local(op->createdAt),
                                     TimeFormat::relative(op->createdAt, now));
        }
        case StateColumn:
            return HeldOperationRepository::stateName(op->state);
        case ReasonColumn:
            return op->result;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        if (column == HeldSinceColumn)
            return op->createdAt;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        if (column == HeldSinceColumn)
            return TimeFormat::utcTooltip(op->createdAt);
        if (column == DeviceColumn)
            return tr("Server or broker: %1").arg(op->profile());
        if (column == ReasonColumn && !op->result.isEmpty())
            return op->result;
        if (column == StateColumn && op->state == HeldOperation::State::Held)
            return tr("Runs when the device's server or broker is reachable again.");
    }
    return {};
}

QVariant HeldOperationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case OperationColumn:
        return tr("Operation");
    case HeldSinceColumn:
        return tr("Held since");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
