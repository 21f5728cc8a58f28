#pragma once

#include "lwm2m/CoapLogEntry.h"

#include <QAbstractTableModel>

// One device's CoAP traffic (Lwm2mProtocolLog entries) as a table, oldest first: time (local,
// milliseconds; UTC on hover), direction (↓ incoming = device to server, ↑ outgoing; accessible
// text "incoming"/"outgoing"), type, code, message id, token, options, payload. Bounded: past
// capacity() rows, the oldest rows are removed as new ones come. A thin adapter: entries come in
// batches from Lwm2mService::openProtocolLog.
class ProtocolLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        TypeColumn,
        CodeColumn,
        MessageIdColumn,
        TokenColumn,
        OptionsColumn,
        PayloadColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        DirectionRole = Qt::UserRole + 1, // CoapLogEntry::Direction as int
        TimeRole,                         // QDateTime (UTC)
        ErrorRole,                        // bool: a 4.xx/5.xx response
    };

    explicit ProtocolLogModel(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    // skipped: entries that were lost before these (counted as dropped).
    void appendEntries(const CoapLogEntryList &entries, qint64 skipped = 0);
    void clear();
    const CoapLogEntry &entry(int row) const { return m_entries.at(row); }
    const CoapLogEntryList &entries() const { return m_entries; }
    // Rows removed from the top because the model was full (since the last clear()).
    qint64 droppedCount() const { return m_dropped; }

    // "↓" / "↑" / "" and "incoming" / "outgoing" / "unknown direction", for people.
    static QString directionArrow(CoapLogEntry::Direction direction);
    static QString directionText(CoapLogEntry::Direction direction);
    // "10:42:03.480" in local time (the date is in the tooltip).
    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    CoapLogEntryList m_entries;
    int m_capacity = 5000;
    qint64 m_dropped = 0;
};
