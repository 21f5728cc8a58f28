#include "store/HeldOperationRepository.h"

#include "common/Logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString SelectColumns
    = QStringLiteral("SELECT id, created_at, actor, device_id, operation, parameters, "
                     "preconditions, state, result, updated_at FROM held_operations");

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

HeldOperation fromRow(const QSqlQuery &q)
{
    HeldOperation op;
    op.id = q.value(0).toLongLong();
    op.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    op.actor = q.value(2).toString();
    op.deviceId = QUuid(q.value(3).toString());
    op.operation = q.value(4).toString();
    op.parameters = object(q.value(5).toString());
    op.preconditions = object(q.value(6).toString());
    op.state = HeldOperationRepository::stateFromId(q.value(7).toString())
                   .value_or(HeldOperation::State::Held);
    op.result = q.value(8).toString();
    op.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    return op;
}

} // namespace

QString HeldOperation::deviceName() const
{
    return preconditions.value(QLatin1String("name")).toString();
}

QString HeldOperation::profile() const
{
    return preconditions.value(QLatin1String("profile")).toString();
}

HeldOperationRepository::HeldOperationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QJsonObject HeldOperationRepository::preconditionsOf(const Device &device)
{
    return {{QStringLiteral("name"), device.name},
            {QStringLiteral("protocol"), DeviceText::protocolId(device.binding.protocol)},
            {QStringLiteral("profile"), device.binding.profile},
            {QStringLiteral("key"), device.binding.key},
            {QStringLiteral("firmware"), device.firmwareVersion},
            {QStringLiteral("lifecycle"), DeviceText::lifecycleId(device.lifecycle)}};
}

QVector<qint64> HeldOperationRepository::hold(const DeviceList &devices,
                                              const QString &operation,
                                              const QJsonObject &parameters,
                                              const QString &actor,
                                              QString *error)
{
    QVector<qint64> ids;
    auto fail = [&](const QString &message) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = message;
        qCWarning(lcStore) << "holding operations failed:" << message;
        return QVector<qint64>();
    };
    if (!QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO held_operations (created_at, actor, device_id, operation, parameters, "
        "preconditions, state, result, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'held', '', ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString params = compact(parameters);
    for (const Device &d : devices) {
        query.addBindValue(now);
        query.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
        query.addBindValue(d.id.toString(QUuid::WithoutBraces));
        query.addBindValue(operation);
        query.addBindValue(params);
        query.addBindValue(compact(preconditionsOf(d)));
        query.addBindValue(now);
        if (!query.exec())
            return fail(query.lastError().text());
        ids.append(query.lastInsertId().toLongLong());
    }
    if (!QSqlQuery(m_db).exec(QStringLiteral("COMMIT")))
        return fail(m_db.lastError().text());
    return ids;
}

HeldOperationList HeldOperationRepository::list(bool includeClosed, QString *error) const
{
    HeldOperationList ops;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString where = includeClosed ? QString()
                                        : QStringLiteral(" WHERE state IN ('held', 'running', "
                                                         "'needs_confirmation')");
    if (!query.exec(SelectColumns + where + QStringLiteral(" ORDER BY id DESC"))) {
        if (error)
            *error = query.lastError().text();
        return ops;
    }
    while (query.next())
        ops.append(fromRow(query));
    return ops;
}

std::optional<HeldOperation> HeldOperationRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return fromRow(query);
    return std::nullopt;
}

int HeldOperationRepository::openCount() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM held_operations WHERE state IN ('held', "
                                  "'needs_confirmation')"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

bool HeldOperationRepository::setState(qint64 id,
                                       HeldOperation::State state,
                                       const QString &result,
                                       QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE held_operations SET state = ?, result = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(stateId(state));
    query.addBindValue(result.isNull() ? QStringLiteral("") : result);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no held operation %1.").arg(id);
        return false;
    }
    return true;
}

int HeldOperationRepository::discard(const QVector<qint64> &ids, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE held_operations SET state = 'discarded', updated_at = ? WHERE id = ? AND state IN "
        "('held', 'needs_confirmation')"));
    int n = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qint64 id : ids) {
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return n;
        }
        n += query.numRowsAffected();
    }
    return n;
}

int HeldOperationRepository::discardAllOpen(QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE held_operations SET state = 'discarded', updated_at = ? "
                                 "WHERE state IN ('held', 'needs_confirmation')"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.numRowsAffected();
}

QString HeldOperationRepository::stateId(HeldOperation::State state)
{
    switch (state) {
    case HeldOperation::State::Held:
        return QStringLiteral("held");
    case HeldOperation::State::Running:
        return QStringLiteral("running");
    case HeldOperation::State::Succeeded:
        return QStringLiteral("succeeded");
    case HeldOperation::State::Failed:
        return QStringLiteral("failed");
    case HeldOperation::State::NeedsConfirmation:
        return QStringLiteral("needs_confirmation");
    case HeldOperation::State::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

std::optional<HeldOperation::State> HeldOperationRepository::stateFromId(const QString &id)
{
    for (auto state : {HeldOperation::State::Held,
                       HeldOperation::State::Running,
                       HeldOperation::State::Succeeded,
                       HeldOperation::State::Failed,
                       HeldOperation::State::NeedsConfirmation,
                       HeldOperation::State::Discarded}) {
        if (stateId(state) == id)
            return state;
    }
    return std::nullopt;
}

QString HeldOperationRepository::stateName(HeldOperation::State state)
{
    switch (state) {
    case HeldOperation::State::Held:
        return tr("Held offline");
    case HeldOperation::State::Running:
        return tr("Running");
    case HeldOperation::State::Succeeded:
        return tr("Succeeded");
    case HeldOperation::State::Failed:
        return tr("Failed");
    case HeldOperation::State::NeedsConfirmation:
        return tr("Needs confirmation");
    case HeldOperation::State::Discarded:
        return tr("Discarded");
    }
    return {};
}
