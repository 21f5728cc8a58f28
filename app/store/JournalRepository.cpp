#include "store/JournalRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isSecretKey(const QString &key)
{
    static const QStringList words = {QStringLiteral("password"),
                                      QStringLiteral("secret"),
                                      QStringLiteral("token"),
                                      QStringLiteral("psk"),
                                      QStringLiteral("key"),
                                      QStringLiteral("credential")};
    for (const QString &word : words) {
        if (key.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

JournalRepository::JournalRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QJsonObject JournalRepository::withoutSecrets(const QJsonObject &parameters)
{
    QJsonObject clean;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (isSecretKey(it.key()))
            clean.insert(it.key(), QStringLiteral("<not recorded>"));
        else if (it.value().isObject())
            clean.insert(it.key(), withoutSecrets(it.value().toObject()));
        else
            clean.insert(it.key(), it.value());
    }
    return clean;
}

QString JournalRepository::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        if (const passwd *entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool JournalRepository::appendAudit(const AuditEntry &entry, QString *error)
{
    QJsonArray devices;
    for (const QUuid &id : entry.devices)
        devices.append(id.toString(QUuid::WithoutBraces));
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO audit (t, actor, action, devices, parameters, result) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    query.addBindValue(time.toMSecsSinceEpoch());
    query.addBindValue(entry.actor.isEmpty() ? currentActor() : entry.actor);
    query.addBindValue(entry.action);
    query.addBindValue(QString::fromUtf8(QJsonDocument(devices).toJson(QJsonDocument::Compact)));
    query.addBindValue(compact(withoutSecrets(entry.parameters)));
    query.addBindValue(entry.result.isNull() ? QStringLiteral("") : entry.result);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QVector<JournalRepository::AuditEntry> JournalRepository::audit(int limit) const
{
    QVector<AuditEntry> out;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, t, actor, action, devices, parameters, result FROM audit "
                       "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return out;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        const QJsonArray devices
            = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        for (const QJsonValue &v : devices)
            e.devices.append(QUuid(v.toString()));
        e.parameters = parseObject(query.value(5).toString());
        e.result = query.value(6).toString();
        out.append(e);
    }
    return out;
}

bool JournalRepository::appendJournal(const QVector<JournalEntry> &entries, QString *error)
{
    if (!QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO journal (device_id, t, kind, message, data) VALUES (?, ?, ?, ?, ?)"));
    for (const JournalEntry &e : entries) {
        const QDateTime time = e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc();
        query.addBindValue(e.deviceId.toString(QUuid::WithoutBraces));
        query.addBindValue(time.toMSecsSinceEpoch());
        query.addBindValue(e.kind);
        query.addBindValue(e.message.isNull() ? QStringLiteral("") : e.message);
        query.addBindValue(compact(withoutSecrets(e.data)));
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
}

QVector<JournalRepository::JournalEntry> JournalRepository::journal(const QUuid &deviceId,
                                                                    int limit) const
{
    QVector<JournalEntry> out;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, t, kind, message, data FROM journal WHERE device_id = ? "
                       "ORDER BY t DESC, id DESC LIMIT ?"));
    query.addBindValue(deviceId.toString(QUuid::WithoutBraces));
    query.addBindValue(limit);
    if (!query.exec())
        return out;
    while (query.next()) {
        JournalEntry e;
        e.id = query.value(0).toLongLong();
        e.deviceId = deviceId;
        e.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        e.kind = query.value(2).toString();
        e.message = query.value(3).toString();
        e.data = parseObject(query.value(4).toString());
        out.append(e);
    }
    return out;
}
