#include "TopicTreeModel.h"

#include "mqtt/PayloadDecoder.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <unordered_map>

namespace {

constexpr int MaxShownLevelChars = 200; // a 60,000-character level is elided in the tree
constexpr int MaxTooltipChars = 2000;

QString elided(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars) + QStringLiteral("…");
}

} // namespace

struct TopicTreeModel::Node
{
    Node *parent = nullptr;
    QString level;
    int row = 0;
    int visibleChildren = 0; // children the views know of; the rest are being inserted
    bool attached = false;   // known to the views
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> childIndex;
    std::unique_ptr<TopicRecord> record; // a message arrived on exactly this topic
    QString topic;                       // the full topic, when record is set
    // Of the subtree (this node included).
    quint64 messages = 0;
    double rate = 0.0;
    int topics = 0;
    qint64 lastMs = 0;
};

TopicTreeModel::TopicTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->attached = true;
}

TopicTreeModel::~TopicTreeModel() = default;

QStringList TopicTreeModel::splitTopic(const QString &topic)
{
    QStringList levels = topic.split(QLatin1Char('/'));
    if (levels.size() <= MaxLevels)
        return levels;
    QStringList head = levels.mid(0, MaxLevels - 1);
    head.append(levels.mid(MaxLevels - 1).join(QLatin1Char('/')));
    return head;
}

QString TopicTreeModel::preview(const QByteArray &payload)
{
    if (payload.isEmpty())
        return {};
    if (payload.size() <= 64 && PayloadDecoder::number(payload))
        return QString::fromLatin1(payload.trimmed());
    const QByteArray head = payload.left(PreviewBytes);
    // Stateful: a character cut at the end of the preview is not an error.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(head);
    bool binary = decoder.hasError();
    if (!binary) {
        for (const QChar c : std::as_const(text)) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r')
                && c != QLatin1Char('\t')) {
                binary = true;
                break;
            }
        }
    }
    if (binary) {
        const QByteArray bytes = payload.left(24).toHex(' ');
        return QStringLiteral("0x ") + QString::fromLatin1(bytes)
               + (payload.size() > 24 ? QStringLiteral(" …") : QString());
    }
    text = text.simplified();
    if (payload.size() > PreviewBytes)
        text += QStringLiteral("…");
    return text;
}

QString TopicTreeModel::timeText(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    if (time.date() == QDate::currentDate())
        return time.toString(QStringLiteral("HH:mm:ss"));
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void TopicTreeModel::applyUpdates(const QVector<TopicUpdate> &updates)
{
    if (updates.isEmpty())
        return;
    // Parents the views know of that get new children, in the order they were first seen.
    std::vector<Node *> growing;
    std::vector<Node *> created;
    // Rows changed per parent the views know of: one dataChanged range each.
    std::unordered_map<Node *, std::pair<int, int>> touched;
    const auto touch = [&touched](Node *node) {
        if (!node->attached)
            return; // inserted below, with its data
        auto [it, inserted] = touched.try_emplace(node->parent, node->row, node->row);
        if (!inserted) {
            it->second.first = std::min(it->second.first, node->row);
            it->second.second = std::max(it->second.second, node->row);
        }
    };

    for (const TopicUpdate &update : updates) {
        const QStringList levels = splitTopic(update.topic);
        Node *node = m_root.get();
        for (const QString &level : levels) {
            Node *child = node->childIndex.value(level);
            if (!child) {
                auto owned = std::make_unique<Node>();
                child = owned.get();
                child->parent = node;
                child->level = level;
                child->row = int(node->children.size());
                node->children.push_back(std::move(owned));
                node->childIndex.insert(level, child);
                created.push_back(child);
                ++m_nodeCount;
                if (!node->attached) {
                    node->visibleChildren = int(node->children.size()); // inserted with node
                } else if (node->visibleChildren == int(node->children.size()) - 1) {
                    growing.push_back(node); // the first new child of this parent in this delta
                }
            }
            node = child;
        }
        // The topic's own record, and the sums of every level above it.
        qint64 deltaMessages = qint64(update.record.count);
        double deltaRate = update.record.rate;
        int deltaTopics = 1;
        if (node->record) {
            deltaMessages -= qint64(node->record->count);
            deltaRate -= node->record->rate;
            deltaTopics = 0;
            *node->record = update.record;
        } else {
            node->record = std::make_unique<TopicRecord>(update.record);
            node->topic = update.topic;
            ++m_topicCount;
        }
        for (Node *n = node; n; n = n->parent) {
            n->messages = quint64(qint64(n->messages) + deltaMessages);
            n->rate = std::max(0.0, n->rate + deltaRate);
            n->topics += deltaTopics;
            n->lastMs = std::max(n->lastMs, update.record.lastMs);
            if (n->parent)
                touch(n);
        }
    }

    for (Node *parent : growing) {
        const int first = parent->visibleChildren;
        const int last = int(parent->children.size()) - 1;
        beginInsertRows(indexFor(parent), first, last);
        parent->visibleChildren = last + 1;
        endInsertRows();
    }
    for (Node *node : created)
        node->attached = true;
    for (const auto &[parent, rows] : touched) {
        const QModelIndex parentIndex = indexFor(parent);
        emit dataChanged(index(rows.first, 0, parentIndex),
                         index(rows.second, ColumnCount - 1, parentIndex));
    }
}

void TopicTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->attached = true;
    m_topicCount = 0;
    m_nodeCount = 0;
    endResetModel();
}

quint64 TopicTreeModel::messageCount() const
{
    return m_root->messages;
}

double TopicTreeModel::totalRate() const
{
    return m_root->rate;
}

TopicTreeModel::Node *TopicTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TopicTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QString TopicTreeModel::pathOf(const Node *node) const
{
    if (node->record)
        return node->topic;
    // One allocation: the levels are written from the end.
    qsizetype length = -1;
    for (const Node *n = node; n && n != m_root.get(); n = n->parent)
        length += n->level.size() + 1;
    QString path(qMax<qsizetype>(0, length), Qt::Uninitialized);
    qsizetype at = length;
    for (const Node *n = node; n && n != m_root.get(); n = n->parent) {
        at -= n->level.size();
        std::copy(n->level.cbegin(), n->level.cend(), path.begin() + at);
        if (at > 0)
            path[--at] = QLatin1Char('/');
    }
    return path;
}

const TopicRecord *TopicTreeModel::record(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->record.get() : nullptr;
}

QString TopicTreeModel::topic(const QModelIndex &index) const
{
    return index.isValid() ? pathOf(nodeFor(index)) : QString();
}

QModelIndex TopicTreeModel::indexOfTopic(const QString &topic, int column) const
{
    const Node *node = m_root.get();
    for (const QString &level : splitTopic(topic)) {
        node = node->childIndex.value(level);
        if (!node || !node->attached)
            return {};
    }
    return indexFor(node, column);
}

void TopicTreeModel::collect(const Node *node, const std::function<void(const Node *)> &visit) const
{
    if (node->record)
        visit(node);
    for (const auto &child : node->children)
        collect(child.get(), visit);
}

QStringList TopicTreeModel::topicsUnder(const QModelIndex &index) const
{
    QStringList topics;
    collect(nodeFor(index), [&topics](const Node *node) { topics.append(node->topic); });
    return topics;
}

QStringList TopicTreeModel::retainedTopicsUnder(const QModelIndex &index) const
{
    QStringList topics;
    collect(nodeFor(index), [&topics](const Node *node) {
        if (node->record->retained && !node->record->lastPayload.isEmpty())
            topics.append(node->topic);
    });
    return topics;
}

QVector<TopicUpdate> TopicTreeModel::snapshot(const QModelIndex &index) const
{
    QVector<TopicUpdate> list;
    list.reserve(nodeFor(index)->topics);
    collect(nodeFor(index), [&list](const Node *node) {
        list.append(TopicUpdate{node->topic, *node->record});
    });
    return list;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = nodeFor(parent);
    if (row >= p->visibleChildren)
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return nodeFor(parent)->visibleChildren;
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TopicTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const TopicRecord *r = node->record.get();
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case TopicRole:
        return pathOf(node);
    case HasMessageRole:
        return r != nullptr;
    case MessageCountRole:
        return qulonglong(node->messages);
    case TopicCountRole:
        return node->topics;
    case LastReceivedRole:
        return qlonglong(node->lastMs);
    case SortRole:
        switch (column) {
        case LevelColumn:
            return node->level;
        case ValueColumn:
            return r ? preview(r->lastPayload) : QString();
        case MessagesColumn:
            return qulonglong(node->messages);
        case RateColumn:
            return node->rate;
        case RetainedColumn:
            return r && r->retained ? 1 : 0;
        case QosColumn:
            return r ? int(r->qos) : -1;
        case LastReceivedColumn:
            return qlonglong(node->lastMs);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case LevelColumn:
            return node->level.isEmpty() ? tr("(empty level)")
                                         : elided(node->level, MaxShownLevelChars);
        case ValueColumn:
            if (!r)
                return tr("%n topic(s)", nullptr, node->topics);
            return r->lastPayload.isEmpty() ? tr("(empty)") : preview(r->lastPayload);
        case MessagesColumn:
            return locale.toString(qulonglong(node->messages));
        case RateColumn:
            return node->rate >= 0.05 ? locale.toString(node->rate, 'f', 1) : QString();
        case RetainedColumn:
            return r && r->retained ? tr("retained") : QString();
        case QosColumn:
            return r ? QString::number(r->qos) : QString();
        case LastReceivedColumn:
            return timeText(node->lastMs);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case LevelColumn:
            return elided(pathOf(node), MaxTooltipChars);
        case ValueColumn:
            return r ? tr("%1 (%n byte(s))", nullptr, int(r->lastPayload.size()))
                           .arg(preview(r->lastPayload))
                     : tr("%n topic(s) below, %1 message(s)", nullptr, node->topics)
                           .arg(locale.toString(qulonglong(node->messages)));
        case LastReceivedColumn:
            return node->lastMs > 0 ? QDateTime::fromMSecsSinceEpoch(node->lastMs, Qt::UTC)
                                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                                          + QStringLiteral(" UTC")
                                    : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case MessagesColumn:
        case RateColumn:
        case QosColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::FontRole:
        if ((column == ValueColumn && !r) || (column == LevelColumn && node->level.isEmpty())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LevelColumn:
            return tr("Topic");
        case ValueColumn:
            return tr("Value");
        case MessagesColumn:
            return tr("Messages");
        case RateColumn:
            return tr("Rate/s");
        case RetainedColumn:
            return tr("Retained");
        case QosColumn:
            return tr("QoS");
        case LastReceivedColumn:
            return tr("Last received");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MessagesColumn:
            return tr("Messages received on the topic and every topic below it");
        case RateColumn:
            return tr("Messages per second over the last second, with the topics below");
        case RetainedColumn:
            return tr("The last message arrived with the retain flag");
        case LastReceivedColumn:
            return tr("When the newest message arrived (local time; UTC on hover)");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
