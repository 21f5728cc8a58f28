#include "store/CampaignRepository.h"

#include "store/JournalRepository.h"

#include <QHostInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <signal.h>

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString CampaignColumns = QStringLiteral(
    "SELECT id, name, spec, state, requested, reason, package_url, serve_address, created_at, "
    "created_by, started_at, finished_at, updated_at FROM campaigns");

CampaignRecord campaignFromRow(const QSqlQuery &q)
{
    CampaignRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.specJson = q.value(2).toString().toUtf8();
    QVector<CampaignProblem> problems;
    c.spec = CampaignSpec::fromJson(c.specJson, &problems);
    c.state = CampaignText::stateFromId(q.value(3).toString()).value_or(CampaignState::Ready);
    c.requested = q.value(4).toString();
    c.reason = q.value(5).toString();
    c.packageUrl = q.value(6).toString();
    c.serveAddress = q.value(7).toString();
    c.createdAt = timeOf(q.value(8));
    c.createdBy = q.value(9).toString();
    c.startedAt = timeOf(q.value(10));
    c.finishedAt = timeOf(q.value(11));
    c.updatedAt = timeOf(q.value(12));
    return c;
}

const QString DeviceColumns = QStringLiteral(
    "SELECT c.device_id, c.position, c.wave, c.stage, c.state, c.attempt, c.reason, "
    "c.result_code, c.from_version, c.reported_version, c.mark, c.started_at, c.finished_at, "
    "c.updated_at, d.name, d.model, d.protocol FROM campaign_devices c "
    "LEFT JOIN devices d ON d.id = c.device_id ");

CampaignDeviceRecord deviceFromRow(const QSqlQuery &q)
{
    CampaignDeviceRecord r;
    r.deviceId = QUuid(q.value(0).toString());
    r.position = q.value(1).toInt();
    r.wave = q.value(2).toInt();
    r.stage = q.value(3).toInt();
    r.state = CampaignText::deviceStateFromId(q.value(4).toString())
                  .value_or(CampaignDeviceState::Pending);
    r.attempt = q.value(5).toInt();
    r.reason = q.value(6).toString();
    if (!q.value(7).isNull())
        r.resultCode = q.value(7).toInt();
    r.fromVersion = q.value(8).toString();
    r.reportedVersion = q.value(9).toString();
    r.mark = q.value(10).toString();
    r.startedAt = timeOf(q.value(11));
    r.finishedAt = timeOf(q.value(12));
    r.updatedAt = timeOf(q.value(13));
    r.name
        = q.value(14).isNull() ? r.deviceId.toString(QUuid::WithoutBraces) : q.value(14).toString();
    r.model = q.value(15).toString();
    r.protocol = q.value(16).toString();
    return r;
}

// SQLite gets '' for an empty text, never NULL (the columns are NOT NULL).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool isFinished(CampaignState state)
{
    return state == CampaignState::Aborted || state == CampaignState::Completed;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

CampaignRepository::CampaignRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 CampaignRepository::create(const CampaignSpec &spec,
                                  const QString &packageUrl,
                                  const QString &serveAddress,
                                  const QVector<CampaignDeviceRecord> &devices,
                                  const QString &actor,
                                  QString *error)
{
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = tr("Could not store the campaign: %1").arg(q.lastError().text());
        m_db.rollback();
        return qint64(0);
    };
    if (!m_db.transaction()) {
        if (error)
            *error = tr("Could not store the campaign: %1").arg(m_db.lastError().text());
        return 0;
    }
    const qint64 now = nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO campaigns (name, spec, state, package_url, serve_address, "
        "created_at, created_by, updated_at) VALUES (?, ?, 'ready', ?, ?, ?, ?, ?)"));
    q.addBindValue(spec.name);
    q.addBindValue(QString::fromUtf8(spec.toJsonBytes()));
    q.addBindValue(text(packageUrl));
    q.addBindValue(text(serveAddress));
    q.addBindValue(now);
    q.addBindValue(text(actor));
    q.addBindValue(now);
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery d(m_db);
    d.prepare(
        QStringLiteral("INSERT INTO campaign_devices (campaign_id, device_id, position, wave, "
                       "stage, state, attempt, reason, from_version, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    for (const CampaignDeviceRecord &r : devices) {
        d.addBindValue(id);
        d.addBindValue(r.deviceId.toString(QUuid::WithoutBraces));
        d.addBindValue(r.position);
        d.addBindValue(r.wave);
        d.addBindValue(r.stage);
        d.addBindValue(CampaignText::deviceStateId(r.state));
        d.addBindValue(text(r.reason));
        d.addBindValue(text(r.fromVersion));
        d.addBindValue(now);
        if (!d.exec())
            return fail(d);
    }
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral("INSERT INTO campaign_events (campaign_id, device_id, at, state, "
                             "detail) VALUES (?, '', ?, 'ready', ?)"));
    e.addBindValue(id);
    e.addBindValue(now);
    e.addBindValue(tr("created by %1").arg(actor));
    if (!e.exec())
        return fail(e);
    if (!m_db.commit()) {
        if (error)
            *error = tr("Could not store the campaign: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return 0;
    }
    return id;
}

QVector<CampaignRecord> CampaignRepository::list(QString *error) const
{
    QVector<CampaignRecord> out;
    QSqlQuery q(m_db);
    if (!q.exec(CampaignColumns + QStringLiteral(" ORDER BY id DESC"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(campaignFromRow(q));
    return out;
}

std::optional<CampaignRecord> CampaignRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(CampaignColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = tr("There is no campaign %1.").arg(id);
        return std::nullopt;
    }
    return campaignFromRow(q);
}

QVector<CampaignDeviceRecord> CampaignRepository::devices(qint64 id, QString *error) const
{
    QVector<CampaignDeviceRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(DeviceColumns + QStringLiteral("WHERE c.campaign_id = ? ORDER BY c.position"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(deviceFromRow(q));
    return out;
}

std::optional<CampaignDeviceRecord> CampaignRepository::device(qint64 id,
                                                               const QUuid &deviceId) const
{
    QSqlQuery q(m_db);
    q.prepare(DeviceColumns + QStringLiteral("WHERE c.campaign_id = ? AND c.device_id = ?"));
    q.addBindValue(id);
    q.addBindValue(deviceId.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return deviceFromRow(q);
}

CampaignProgress CampaignRepository::progress(qint64 id) const
{
    CampaignProgress p;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT state, COUNT(*) FROM campaign_devices WHERE campaign_id = ? GROUP BY state"));
    q.addBindValue(id);
    if (!q.exec())
        return p;
    while (q.next()) {
        const auto state = CampaignText::deviceStateFromId(q.value(0).toString());
        const int n = q.value(1).toInt();
        p.total += n;
        if (state)
            p.byState[*state] += n;
    }
    return p;
}

QVector<CampaignEvent> CampaignRepository::events(qint64 id, qint64 afterId, int limit) const
{
    QVector<CampaignEvent> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, device_id, at, state, detail FROM campaign_events "
                             "WHERE campaign_id = ? AND id > ? ORDER BY id")
              + (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    q.addBindValue(id);
    q.addBindValue(afterId);
    if (!q.exec())
        return out;
    while (q.next()) {
        CampaignEvent e;
        e.id = q.value(0).toLongLong();
        e.campaignId = id;
        e.deviceId = QUuid(q.value(1).toString());
        e.at = timeOf(q.value(2));
        e.state = q.value(3).toString();
        e.detail = q.value(4).toString();
        out.append(e);
    }
    return out;
}

QSet<QUuid> CampaignRepository::devicesInOtherCampaigns(qint64 exceptId) const
{
    QSet<QUuid> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT c.device_id FROM campaign_devices c JOIN campaigns k ON k.id = c.campaign_id "
        "WHERE k.id <> ? AND k.state IN ('ready', 'running', 'paused', 'waiting_approval') "
        "AND c.state IN ('pending', 'downloading', 'downloaded', 'updating')"));
    q.addBindValue(exceptId);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(QUuid(q.value(0).toString()));
    return out;
}

bool CampaignRepository::transition(qint64 id,
                                    const CampaignDeviceRecord &r,
                                    const QString &detail,
                                    QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    const qint64 now = nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE campaign_devices SET state = ?, attempt = ?, reason = ?, result_code = ?, "
        "reported_version = ?, mark = ?, started_at = ?, finished_at = ?, updated_at = ? "
        "WHERE campaign_id = ? AND device_id = ?"));
    q.addBindValue(CampaignText::deviceStateId(r.state));
    q.addBindValue(r.attempt);
    q.addBindValue(text(r.reason));
    q.addBindValue(r.resultCode ? QVariant(*r.resultCode) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(text(r.reportedVersion));
    q.addBindValue(text(r.mark));
    q.addBindValue(msOrNull(r.startedAt));
    q.addBindValue(msOrNull(r.finishedAt));
    q.addBindValue(now);
    q.addBindValue(id);
    q.addBindValue(r.deviceId.toString(QUuid::WithoutBraces));
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral("INSERT INTO campaign_events (campaign_id, device_id, at, state, "
                             "detail) VALUES (?, ?, ?, ?, ?)"));
    e.addBindValue(id);
    e.addBindValue(r.deviceId.toString(QUuid::WithoutBraces));
    e.addBindValue(now);
    e.addBindValue(CampaignText::deviceStateId(r.state));
    e.addBindValue(text(detail));
    if (!q.exec() || q.numRowsAffected() != 1 || !e.exec() || !m_db.commit()) {
        if (error)
            *error
                = tr("Could not record the device's step: %1")
                      .arg(q.lastError().isValid() ? q.lastError().text() : e.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

bool CampaignRepository::setState(qint64 id,
                                  CampaignState state,
                                  const QString &reason,
                                  QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    const qint64 now = nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE campaigns SET state = ?, reason = ?, updated_at = ?, "
        "started_at = COALESCE(started_at, CASE WHEN ? = 'running' THEN ? END), "
        "finished_at = CASE WHEN ? IN ('aborted', 'completed') THEN ? ELSE finished_at END "
        "WHERE id = ?"));
    const QString sid = CampaignText::stateId(state);
    q.addBindValue(sid);
    q.addBindValue(text(reason));
    q.addBindValue(now);
    q.addBindValue(sid);
    q.addBindValue(now);
    q.addBindValue(sid);
    q.addBindValue(now);
    q.addBindValue(id);
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral("INSERT INTO campaign_events (campaign_id, device_id, at, state, "
                             "detail) VALUES (?, '', ?, ?, ?)"));
    e.addBindValue(id);
    e.addBindValue(now);
    e.addBindValue(sid);
    e.addBindValue(text(reason));
    if (!q.exec() || !e.exec() || !m_db.commit()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : e.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool CampaignRepository::abort(qint64 id, const QString &reason, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE campaign_devices SET state = 'cancelled', updated_at = ?, "
                             "reason = ? WHERE campaign_id = ? AND state = 'pending'"));
    q.addBindValue(nowMs());
    q.addBindValue(tr("campaign aborted before the device started"));
    q.addBindValue(id);
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return setState(id, CampaignState::Aborted, reason, error);
}

bool CampaignRepository::request(qint64 id,
                                 const QString &command,
                                 const QString &actor,
                                 QString *error)
{
    if (command != QLatin1String("pause") && command != QLatin1String("resume")
        && command != QLatin1String("abort")) {
        if (error)
            *error = tr("Unknown campaign command \"%1\" (pause, resume or abort).").arg(command);
        return false;
    }
    const auto campaign = find(id, error);
    if (!campaign)
        return false;
    if (isFinished(campaign->state)) {
        if (error)
            *error = tr("Campaign %1 is %2: nothing to %3.")
                         .arg(id)
                         .arg(CampaignText::stateName(campaign->state), command);
        return false;
    }
    if (command == QLatin1String("resume") && campaign->state == CampaignState::Running) {
        if (error)
            *error = tr("Campaign %1 is already running.").arg(id);
        return false;
    }
    JournalRepository journal(m_db);
    JournalRepository::AuditEntry audit;
    audit.time = QDateTime::currentDateTimeUtc();
    audit.actor = actor;
    audit.action = QStringLiteral("campaign.") + command;
    audit.parameters.insert(QStringLiteral("campaign"), id);
    audit.parameters.insert(QStringLiteral("name"), campaign->name);
    audit.result = QStringLiteral("requested");
    journal.appendAudit(audit);

    const QString reason = tr("%1 by %2").arg(command, actor);
    if (hasLiveRunner(id)) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("UPDATE campaigns SET requested = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(command);
        q.addBindValue(nowMs());
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    }
    if (command == QLatin1String("abort"))
        return abort(id, tr("aborted by %1").arg(actor), error);
    if (command == QLatin1String("pause"))
        return setState(id, CampaignState::Paused, tr("paused by %1").arg(actor), error);
    // resume without a runner: Running, for the next runner (a Ready campaign stays Ready).
    if (campaign->state == CampaignState::Ready)
        return true;
    Q_UNUSED(reason);
    return setState(id, CampaignState::Running, tr("resumed by %1").arg(actor), error);
}

QString CampaignRepository::takeRequest(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT requested FROM campaigns WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const QString requested = q.value(0).toString();
    if (requested.isEmpty())
        return {};
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("UPDATE campaigns SET requested = '' WHERE id = ? AND requested = ?"));
    c.addBindValue(id);
    c.addBindValue(requested);
    if (!c.exec() || c.numRowsAffected() != 1)
        return {};
    return requested;
}

bool CampaignRepository::acquireLease(
    qint64 id, const QString &owner, int staleAfterS, Lease *holder, QString *error)
{
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = begin.lastError().text();
        return false;
    }
    auto rollback = [&] {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    };
    const std::optional<Lease> current = lease(id);
    const QString host = QHostInfo::localHostName();
    if (current && current->owner != owner) {
        const bool fresh = current->heartbeat.msecsTo(QDateTime::currentDateTimeUtc())
                           < qint64(staleAfterS) * 1000;
        const bool alive = current->host != host || processAlive(current->pid);
        if (fresh && alive) {
            if (holder)
                *holder = *current;
            if (error)
                *error = tr("Campaign %1 is already run by process %2 on %3 (last heartbeat %4).")
                             .arg(id)
                             .arg(current->pid)
                             .arg(current->host,
                                  current->heartbeat.toLocalTime().toString(Qt::ISODate));
            rollback();
            return false;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO campaign_leases (campaign_id, owner, pid, host, "
                       "heartbeat) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(text(owner));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(text(host));
    q.addBindValue(nowMs());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        rollback();
        return false;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = commit.lastError().text();
        rollback();
        return false;
    }
    return true;
}

bool CampaignRepository::heartbeat(qint64 id, const QString &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE campaign_leases SET heartbeat = ? WHERE campaign_id = ? AND owner = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    q.addBindValue(text(owner));
    return q.exec() && q.numRowsAffected() == 1;
}

void CampaignRepository::releaseLease(qint64 id, const QString &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM campaign_leases WHERE campaign_id = ? AND owner = ?"));
    q.addBindValue(id);
    q.addBindValue(text(owner));
    q.exec();
}

std::optional<CampaignRepository::Lease> CampaignRepository::lease(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT owner, pid, host, heartbeat FROM campaign_leases WHERE campaign_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Lease l;
    l.owner = q.value(0).toString();
    l.pid = q.value(1).toLongLong();
    l.host = q.value(2).toString();
    l.heartbeat = timeOf(q.value(3));
    return l;
}

bool CampaignRepository::hasLiveRunner(qint64 id, int staleAfterS) const
{
    const auto l = lease(id);
    if (!l)
        return false;
    if (l->heartbeat.msecsTo(QDateTime::currentDateTimeUtc()) >= qint64(staleAfterS) * 1000)
        return false;
    return l->host != QHostInfo::localHostName() || processAlive(l->pid);
}
