#include "MqttTrafficFilterProxyModel.h"

#include "MqttTrafficModel.h"

MqttTrafficFilterProxyModel::MqttTrafficFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void MqttTrafficFilterProxyModel::setTopicFilter(const QString &text)
{
    if (text == m_topic)
        return;
    m_topic = text;
    invalidateFilter();
}

void MqttTrafficFilterProxyModel::setOutgoing(std::optional<bool> outgoing)
{
    if (outgoing == m_outgoing)
        return;
    m_outgoing = outgoing;
    invalidateFilter();
}

void MqttTrafficFilterProxyModel::setRetainedOnly(bool retainedOnly)
{
    if (retainedOnly == m_retainedOnly)
        return;
    m_retainedOnly = retainedOnly;
    invalidateFilter();
}

bool MqttTrafficFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const auto *model = qobject_cast<const MqttTrafficModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const MqttTrafficEntry &e = model->entry(sourceRow);
    if (m_outgoing && e.outgoing != *m_outgoing)
        return false;
    if (m_retainedOnly && !e.retain)
        return false;
    return m_topic.isEmpty() || e.topic.contains(m_topic, Qt::CaseInsensitive);
}
