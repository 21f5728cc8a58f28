#pragma once

#include "common/EventLog.h"

#include <QAbstractTableModel>
#include <QPointer>

// The operator-facing event log as a table (time, severity, source, message), oldest first. A thin
// adapter: it follows EventLog's append and ring-buffer drop signals row by row.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SeverityColumn, SourceColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SeverityRole = Qt::UserRole + 1, // EventLog::Severity as int
        TimeRole,                        // QDateTime
    };

    explicit EventLogModel(EventLog *log, QObject *parent = nullptr);

    EventLog *log() const { return m_log; }

    static QString severityName(EventLog::Severity severity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QPointer<EventLog> m_log;
};
