#pragma once

#include "store/MqttHistoryRepository.h"

#include <QAbstractTableModel>

// The stored history of one MQTT topic (MqttIngest::historyReady) as a table, newest first: time,
// size, QoS, retain, payload preview. Entries whose payload was cut to the storage limit say so.
class TopicHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SizeColumn, QosColumn, RetainColumn, PreviewColumn, ColumnCount };
    Q_ENUM(Column)

    explicit TopicHistoryModel(QObject *parent = nullptr);

    // entries: oldest first, as the repository returns them.
    void setHistory(const QString &topic, const QVector<MqttHistoryEntry> &entries);
    void clear();
    QString topic() const { return m_topic; }
    // Newest first, as shown.
    const QVector<MqttHistoryEntry> &entries() const { return m_entries; }
    const MqttHistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_topic;
    QVector<MqttHistoryEntry> m_entries;
};
