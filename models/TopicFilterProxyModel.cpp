#include "TopicFilterProxyModel.h"

#include "TopicTreeModel.h"

TopicFilterProxyModel::TopicFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(TopicTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false); // topic levels sort as people type them, and fast
    setDynamicSortFilter(true);
}

void TopicFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TopicFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto *topics = qobject_cast<const TopicTreeModel *>(sourceModel());
    // The model's own call skips a QVariant per row (the filter visits every level).
    const QString topic
        = topics ? topics->topic(index) : index.data(TopicTreeModel::TopicRole).toString();
    for (const QString &word : m_words) {
        if (!topic.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
