#pragma once

#include "mqtt/MqttMessage.h"

#include <QAbstractTableModel>
#include <QVector>

// One line of the MQTT traffic log: a message received from or published to a broker. Keeps only
// the first PayloadHeadBytes of the payload (the log is for seeing traffic; the topic explorer
// keeps the full last payload).
struct MqttTrafficEntry
{
    static constexpr int PayloadHeadBytes = 256;

    qint64 timeMs = 0;
    bool outgoing = false;
    QString topic;
    QByteArray payloadHead;
    qint64 size = 0;
    int qos = 0;
    bool retain = false;
};

// The MQTT traffic log of one broker connection as a table, oldest first: time, direction (↓
// received, ↑ published), topic, QoS, retain, size, payload preview. A bounded ring: past
// capacity() rows the oldest go as new ones come, so a flood never grows memory. Batches come
// from MqttConnection::messagesReceived at the connection's bounded rate.
class MqttTrafficModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DefaultCapacity = 10000;

    enum Column {
        TimeColumn,
        DirectionColumn,
        TopicColumn,
        QosColumn,
        RetainColumn,
        SizeColumn,
        PayloadColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        OutgoingRole = Qt::UserRole + 1, // bool
        TopicRole,                       // QString
        RetainRole,                      // bool
    };

    explicit MqttTrafficModel(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    void append(const QVector<MqttMessage> &messages, bool outgoing, qint64 timeMs);
    void clear();
    const MqttTrafficEntry &entry(int row) const { return m_entries.at(row); }
    // Messages that no longer fit (since the last clear()).
    qint64 droppedCount() const { return m_dropped; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<MqttTrafficEntry> m_entries;
    int m_capacity = DefaultCapacity;
    qint64 m_dropped = 0;
};
