#pragma once

#include <QSortFilterProxyModel>

// Filters and sorts a TopicTreeModel: a topic level is shown when its full topic contains every
// word of the filter (case-insensitive), and its parents are kept so it stays reachable
// (recursive filtering). Sorting uses TopicTreeModel::SortRole (numbers as numbers).
class TopicFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TopicFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};
