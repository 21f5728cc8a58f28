#pragma once

#include "campaign/CampaignRecord.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QUuid>
#include <QVector>

// The per-device table of the campaign dashboard: one row per targeted device, in campaign order.
// setRecords() is called with every poll of the cache: when the devices are the same ones in the
// same order only the rows that changed emit dataChanged (selection and scroll position stay);
// otherwise the model resets.
class CampaignDeviceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ModelColumn,
        ProtocolColumn,
        WaveColumn,
        StateColumn,
        AttemptColumn,
        VersionColumn, // from → reported
        ResultColumn,
        ReasonColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        DeviceIdRole = Qt::UserRole + 1, // QUuid
        StateIdRole,                     // CampaignText::deviceStateId (stable, for filters)
        SortRole                         // numbers and times for sorting
    };

    explicit CampaignDeviceModel(QObject *parent = nullptr);

    void setRecords(const QVector<CampaignDeviceRecord> &records);
    const QVector<CampaignDeviceRecord> &records() const { return m_records; }
    // "Now" for the duration of devices in flight (the dashboard passes its clock at each poll).
    void setNow(const QDateTime &now);
    int rowOf(const QUuid &deviceId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The wave's name: "Canary" for 0, "Wave N" (1-based, so the first after the canary is 2).
    static QString waveName(int wave);
    // Shape + colour per device state (colour-blind safe: the shape alone tells them apart).
    static QColor stateColour(CampaignDeviceState state);
    static QIcon stateIcon(CampaignDeviceState state);
    static QString durationText(qint64 seconds);

private:
    static bool sameRow(const CampaignDeviceRecord &a, const CampaignDeviceRecord &b);
    qint64 durationSeconds(const CampaignDeviceRecord &record) const;

    QVector<CampaignDeviceRecord> m_records;
    QHash<QUuid, int> m_rows;
    QDateTime m_now;
};
