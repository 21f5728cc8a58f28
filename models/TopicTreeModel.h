#pragma once

#include "mqtt/TopicStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

// Every topic seen on one broker connection as a tree of topic levels ("plant/line-a/pump-1"
// → plant ▸ line-a ▸ pump-1), fed only by the deltas of MqttIngest::topicsUpdated (applied on the
// GUI thread). Built for 100,000 topics and more: a virtual model (one node per level, no widget
// per topic), children found through a hash, one beginInsertRows per parent and one dataChanged
// range per touched parent for a whole delta. A topic is split into at most MaxLevels levels; the
// rest of a deeper topic stays in its last node. Inner nodes carry the sums of their subtree
// (messages, rate, topics) and the newest receive time below them.
//
// Children keep the order in which they were first seen; sorting and filtering are a proxy's job
// (TopicFilterProxyModel).
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int MaxLevels = 64;
    static constexpr int PreviewBytes = 160; // of the payload, for the value preview

    enum Column {
        LevelColumn,
        ValueColumn,
        MessagesColumn,
        RateColumn,
        RetainedColumn,
        QosColumn,
        LastReceivedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TopicRole = Qt::UserRole + 1, // QString: the full topic of the node ("a/b/c")
        HasMessageRole,               // bool: a message arrived on exactly this topic
        SortRole,                     // what the column sorts by (string or number)
        MessageCountRole,             // qulonglong: messages in the subtree
        TopicCountRole,               // int: topics with a message in the subtree
        LastReceivedRole,             // qlonglong: ms since the epoch, newest in the subtree
    };

    explicit TopicTreeModel(QObject *parent = nullptr);
    ~TopicTreeModel() override;

    // Applies one delta of MqttIngest::topicsUpdated.
    void applyUpdates(const QVector<TopicUpdate> &updates);
    void clear();

    // nullptr for a level no message arrived on.
    const TopicRecord *record(const QModelIndex &index) const;
    QString topic(const QModelIndex &index) const;
    QModelIndex indexOfTopic(const QString &topic, int column = LevelColumn) const;
    int topicCount() const { return m_topicCount; }
    int nodeCount() const { return m_nodeCount; }
    quint64 messageCount() const;
    double totalRate() const; // messages per second, all topics
    // Topics with a message at or under index (the invalid index: all), in tree order.
    QStringList topicsUnder(const QModelIndex &index) const;
    // Topics at or under index whose last message was retained and not empty (what "clear
    // retained" acts on).
    QStringList retainedTopicsUnder(const QModelIndex &index) const;
    // Topic and last record of every topic at or under index, for an export.
    QVector<TopicUpdate> snapshot(const QModelIndex &index = QModelIndex()) const;

    // The levels a topic is shown as (at most MaxLevels).
    static QStringList splitTopic(const QString &topic);
    // A one-line preview of a payload: the number, the text (up to PreviewBytes), or hex bytes.
    static QString preview(const QByteArray &payload);
    // "10:42:03" today, else "2026-11-25 10:42:03", local time.
    static QString timeText(qint64 msSinceEpoch);

    QModelIndex
    index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = LevelColumn) const;
    QString pathOf(const Node *node) const;
    void collect(const Node *node, const std::function<void(const Node *)> &visit) const;

    std::unique_ptr<Node> m_root;
    int m_topicCount = 0;
    int m_nodeCount = 0;
};
