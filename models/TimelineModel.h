#pragma once

#include "store/JournalRepository.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QSet>
#include <QUuid>
#include <QVector>

// One device's timeline from the device journal (registrations, health changes, operations and
// their results, …) as a table: time, kind, message. Newest first or oldest first; filtered by
// kind and by text (case-insensitive, in the message, the kind and the entry's data). A refresh
// with a longer journal inserts the new rows, so the view keeps its selection and scroll position.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, MessageColumn, ColumnCount };
    enum Role {
        TimeRole = Qt::UserRole + 1, // QDateTime (UTC)
        KindRole,                    // the stable kind id ("health")
        EntryIdRole,                 // qint64
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // Entries in any order (FleetStore::timelineLoaded gives newest first). A different device
    // resets the model; the same device inserts and removes rows as needed.
    void setEntries(const QUuid &deviceId, const QVector<JournalRepository::JournalEntry> &entries);
    void clear();
    QUuid deviceId() const { return m_deviceId; }

    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    // "" = every kind.
    void setKindFilter(const QString &kind);
    QString kindFilter() const { return m_kind; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    int totalCount() const { return int(m_all.size()); }
    // Kinds present in the entries plus the well-known ones, sorted.
    QStringList kinds() const;
    static QString kindName(const QString &kind); // for people: "Health", "Operation", …
    // The visible entries, in display order.
    QVector<JournalRepository::JournalEntry> visibleEntries() const;

    // The visible rows, oldest first, as CSV (time,kind,message,data) or a JSON document
    // {"device","entries":[{"time","kind","message","data"}]}.
    QByteArray toCsv() const;
    QByteArray toJson(const QString &deviceName) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Entry = JournalRepository::JournalEntry;
    bool accepts(const Entry &entry) const;
    bool before(const Entry &a, const Entry &b) const; // display order
    QVector<Entry> visibleRows() const;
    void sync(); // moves m_rows to visibleRows() with row inserts and removes

    QUuid m_deviceId;
    QVector<Entry> m_all;
    QVector<Entry> m_rows; // the visible entries, in display order
    bool m_newestFirst = true;
    QString m_kind;
    QString m_search;
};
