#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVector>

struct TelemetrySample
{
    QUuid deviceId;
    QString path; // LwM2M path or MQTT topic/JSON path
    QDateTime time;
    double value = 0.0;
};

// Telemetry samples live in their own database file, apart from fleet state.
class TelemetryRepository
{
public:
    explicit TelemetryRepository(QSqlDatabase db);

    bool append(const QVector<TelemetrySample> &samples, QString *error = nullptr);
    QVector<TelemetrySample> samples(const QUuid &deviceId,
                                     const QString &path,
                                     const QDateTime &from,
                                     const QDateTime &to) const;
    // Deletes samples older than the cutoff; returns how many went.
    int pruneOlderThan(const QDateTime &cutoff);

private:
    QSqlDatabase m_db;
};
