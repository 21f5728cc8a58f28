#pragma once

#include <QSortFilterProxyModel>

#include <optional>

// Filters an MqttTrafficModel by topic substring (case-insensitive), direction and the retain
// flag. Keeps the source's order (oldest first).
class MqttTrafficFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MqttTrafficFilterProxyModel(QObject *parent = nullptr);

    void setTopicFilter(const QString &text);
    QString topicFilter() const { return m_topic; }
    // Nothing = both; true = only published, false = only received.
    void setOutgoing(std::optional<bool> outgoing);
    std::optional<bool> outgoing() const { return m_outgoing; }
    void setRetainedOnly(bool retainedOnly);
    bool retainedOnly() const { return m_retainedOnly; }
    bool isFiltering() const { return !m_topic.isEmpty() || m_outgoing || m_retainedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_topic;
    std::optional<bool> m_outgoing;
    bool m_retainedOnly = false;
};
