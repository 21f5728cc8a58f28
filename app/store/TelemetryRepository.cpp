#include "store/TelemetryRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

TelemetryRepository::TelemetryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool TelemetryRepository::append(const QVector<TelemetrySample> &samples, QString *error)
{
    if (!QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO samples (device_id, path, t, value) VALUES (?, ?, ?, ?)"));
    for (const TelemetrySample &s : samples) {
        query.addBindValue(s.deviceId.toString(QUuid::WithoutBraces));
        query.addBindValue(s.path);
        query.addBindValue(s.time.toMSecsSinceEpoch());
        query.addBindValue(s.value);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
}

QVector<TelemetrySample> TelemetryRepository::samples(const QUuid &deviceId,
                                                      const QString &path,
                                                      const QDateTime &from,
                                                      const QDateTime &to) const
{
    QVector<TelemetrySample> out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t, value FROM samples WHERE device_id = ? AND path = ? "
                                 "AND t >= ? AND t <= ? ORDER BY t"));
    query.addBindValue(deviceId.toString(QUuid::WithoutBraces));
    query.addBindValue(path);
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!query.exec())
        return out;
    while (query.next()) {
        out.append({deviceId,
                    path,
                    QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
                    query.value(1).toDouble()});
    }
    return out;
}

int TelemetryRepository::pruneOlderThan(const QDateTime &cutoff)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM samples WHERE t < ?"));
    query.addBindValue(cutoff.toMSecsSinceEpoch());
    if (!query.exec())
        return 0;
    return query.numRowsAffected();
}
