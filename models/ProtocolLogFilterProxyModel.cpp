#include "ProtocolLogFilterProxyModel.h"

#include "ProtocolLogModel.h"

ProtocolLogFilterProxyModel::ProtocolLogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ProtocolLogFilterProxyModel::setDirection(std::optional<CoapLogEntry::Direction> direction)
{
    if (m_direction == direction)
        return;
    m_direction = direction;
    invalidateRowsFilter();
}

void ProtocolLogFilterProxyModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool ProtocolLogFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ProtocolLogModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const CoapLogEntry &e = model->entry(sourceRow);
    if (m_direction && e.direction != *m_direction)
        return false;
    for (const QString &word : m_words) {
        if (!e.code.contains(word, Qt::CaseInsensitive)
            && !e.options.contains(word, Qt::CaseInsensitive)
            && !e.payload.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
