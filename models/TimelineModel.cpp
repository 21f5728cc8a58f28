#include "TimelineModel.h"

#include "common/TimeFormat.h"
#include "provisioning/CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

QString dataText(const QJsonObject &data)
{
    return data.isEmpty() ? QString()
                          : QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

const QStringList &wellKnownKinds()
{
    static const QStringList kinds = {QStringLiteral("registration"),
                                      QStringLiteral("health"),
                                      QStringLiteral("operation"),
                                      QStringLiteral("alert"),
                                      QStringLiteral("campaign")};
    return kinds;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TimelineModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("registration"))
        return tr("Registration");
    if (kind == QLatin1String("health"))
        return tr("Health");
    if (kind == QLatin1String("operation"))
        return tr("Operation");
    if (kind == QLatin1String("alert"))
        return tr("Alert");
    if (kind == QLatin1String("campaign"))
        return tr("Campaign");
    return kind;
}

QStringList TimelineModel::kinds() const
{
    QStringList out = wellKnownKinds();
    for (const Entry &e : m_all) {
        if (!out.contains(e.kind))
            out.append(e.kind);
    }
    return out;
}

void TimelineModel::setEntries(const QUuid &deviceId, const QVector<Entry> &entries)
{
    if (deviceId != m_deviceId) {
        beginResetModel();
        m_deviceId = deviceId;
        m_all = entries;
        m_rows = visibleRows();
        endResetModel();
        return;
    }
    m_all = entries;
    sync();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_deviceId = QUuid();
    m_all.clear();
    m_rows.clear();
    endResetModel();
}

void TimelineModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    // Every row moves: a layout change keeps persistent indexes (the selection) on their entries.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).id);
    m_newestFirst = newestFirst;
    std::reverse(m_rows.begin(), m_rows.end());
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = int(m_rows.size()) - 1 - before.at(i).row();
        after.append(index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TimelineModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    sync();
}

void TimelineModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    sync();
}

bool TimelineModel::accepts(const Entry &entry) const
{
    if (!m_kind.isEmpty() && entry.kind != m_kind)
        return false;
    if (m_search.isEmpty())
        return true;
    return entry.message.contains(m_search, Qt::CaseInsensitive)
           || entry.kind.contains(m_search, Qt::CaseInsensitive)
           || kindName(entry.kind).contains(m_search, Qt::CaseInsensitive)
           || dataText(entry.data).contains(m_search, Qt::CaseInsensitive);
}

bool TimelineModel::before(const Entry &a, const Entry &b) const
{
    const qint64 ta = a.time.toMSecsSinceEpoch();
    const qint64 tb = b.time.toMSecsSinceEpoch();
    if (ta != tb)
        return m_newestFirst ? ta > tb : ta < tb;
    return m_newestFirst ? a.id > b.id : a.id < b.id;
}

QVector<TimelineModel::Entry> TimelineModel::visibleRows() const
{
    QVector<Entry> rows;
    for (const Entry &e : m_all) {
        if (accepts(e))
            rows.append(e);
    }
    std::sort(
        rows.begin(), rows.end(), [this](const Entry &a, const Entry &b) { return before(a, b); });
    return rows;
}

// Both lists in display order: walk them together, removing the entries that went and inserting
// the new ones where they belong.
void TimelineModel::sync()
{
    const QVector<Entry> wanted = visibleRows();
    int i = 0;
    int j = 0;
    while (i < m_rows.size() || j < wanted.size()) {
        const bool sameEntry
            = i < m_rows.size() && j < wanted.size() && m_rows.at(i).id == wanted.at(j).id;
        if (sameEntry) {
            if (m_rows.at(i).message != wanted.at(j).message
                || m_rows.at(i).kind != wanted.at(j).kind) {
                m_rows[i] = wanted.at(j);
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
        } else if (j >= wanted.size()
                   || (i < m_rows.size() && !before(wanted.at(j), m_rows.at(i)))) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, wanted.at(j));
            endInsertRows();
            ++i;
            ++j;
        }
    }
}

QVector<TimelineModel::Entry> TimelineModel::visibleEntries() const
{
    return m_rows;
}

QByteArray TimelineModel::toCsv() const
{
    QVector<Entry> rows = m_rows;
    if (m_newestFirst)
        std::reverse(rows.begin(), rows.end());
    QByteArray out = "time,kind,message,data\n";
    for (const Entry &e : std::as_const(rows)) {
        const QStringList fields = {CsvReader::escape(e.time.toUTC().toString(Qt::ISODateWithMs)),
                                    CsvReader::escape(e.kind),
                                    CsvReader::escape(e.message),
                                    CsvReader::escape(dataText(e.data))};
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QByteArray TimelineModel::toJson(const QString &deviceName) const
{
    QVector<Entry> rows = m_rows;
    if (m_newestFirst)
        std::reverse(rows.begin(), rows.end());
    QJsonArray entries;
    for (const Entry &e : std::as_const(rows))
        entries.append(
            QJsonObject{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("kind"), e.kind},
                        {QStringLiteral("message"), e.message},
                        {QStringLiteral("data"), e.data}});
    const QJsonObject document{
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("id"), m_deviceId.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("name"), deviceName}}},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("count"), int(rows.size())}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeFormat::local(e.time);
        case KindColumn:
            return kindName(e.kind);
        case MessageColumn:
            return e.message;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return TimeFormat::utcTooltip(e.time);
        if (index.column() == MessageColumn && !e.data.isEmpty())
            return e.message + QLatin1Char('\n') + dataText(e.data);
        return {};
    case TimeRole:
        return e.time;
    case KindRole:
        return e.kind;
    case EntryIdRole:
        return e.id;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
