#include "campaign/CampaignEngine.h"

#include "firmware/FirmwareLibrary.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"
#include "store/FleetRepository.h"
#include "store/JournalRepository.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QUuid>

namespace {

QAtomicInteger<int> s_nextConnection{0};
constexpr int HeartbeatMs = 2000;
constexpr int TickMs = 100;

QString autoReason(const QString &reason)
{
    return QStringLiteral("auto: ") + reason;
}

} // namespace

CampaignEngine::CampaignEngine(QString dbPath,
                               qint64 campaignId,
                               DriverFor drivers,
                               QObject *parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_campaignId(campaignId)
    , m_drivers(std::move(drivers))
    , m_actor(JournalRepository::currentActor())
{
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &CampaignEngine::tick);
}

CampaignEngine::~CampaignEngine()
{
    *m_alive = false;
    stop();
    m_journal.reset();
    m_repo.reset();
    if (!m_connection.isEmpty())
        CacheDatabase::close(m_connection);
}

QDateTime CampaignEngine::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

CampaignDriver *CampaignEngine::driver(const QUuid &id) const
{
    const auto it = m_devices.constFind(id);
    return it == m_devices.constEnd() || !m_drivers ? nullptr : m_drivers(*it);
}

bool CampaignEngine::start(QString *error)
{
    m_monotonic.start();
    if (m_connection.isEmpty()) {
        m_connection
            = QStringLiteral("campaign-engine-%1").arg(s_nextConnection.fetchAndAddRelaxed(1));
        const auto opened = CacheDatabase::open(m_dbPath, CacheDatabase::Kind::Fleet, m_connection);
        if (!opened.ok() || opened.readOnly) {
            *error = opened.ok() ? tr("The fleet cache is read-only: %1").arg(opened.message)
                                 : opened.message;
            return false;
        }
        const QSqlDatabase db = QSqlDatabase::database(m_connection);
        m_repo = std::make_unique<CampaignRepository>(db);
        m_journal = std::make_unique<JournalRepository>(db);
    }
    const auto campaign = m_repo->find(m_campaignId, error);
    if (!campaign)
        return false;
    m_campaign = *campaign;
    m_leaseOwner
        = m_owner + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    if (!m_repo->acquireLease(m_campaignId, m_leaseOwner, m_staleAfterS, nullptr, error))
        return false;
    m_lastHeartbeatMs = monotonicMs();

    QString loadError;
    const QVector<CampaignDeviceRecord> records = m_repo->devices(m_campaignId, &loadError);
    const DeviceList fleet
        = FleetRepository(QSqlDatabase::database(m_connection)).loadDevices(&loadError);
    if (!loadError.isEmpty()) {
        *error = loadError;
        m_repo->releaseLease(m_campaignId, m_leaseOwner);
        return false;
    }
    QHash<QUuid, int> index;
    for (int i = 0; i < fleet.size(); ++i)
        index.insert(fleet.at(i).id, i);
    m_order.clear();
    m_records.clear();
    m_devices.clear();
    m_inFlight.clear();
    m_waveSizes.clear();
    for (const CampaignDeviceRecord &r : records) {
        m_order.append(r.deviceId);
        m_records.insert(r.deviceId, r);
        const auto it = index.constFind(r.deviceId);
        if (it != index.constEnd())
            m_devices.insert(r.deviceId, fleet.at(*it));
        if (r.wave >= 0) {
            if (m_waveSizes.size() <= r.wave)
                m_waveSizes.resize(r.wave + 1);
            ++m_waveSizes[r.wave];
        }
    }
    // Replay the journal: which waves were evaluated, and how many failures an operator had
    // already seen when the campaign last (re)started running — the error threshold counts the
    // failures after that.
    m_evaluatedWaves = 0;
    m_acknowledgedFailures.clear();
    {
        QHash<QUuid, bool> failed;
        for (const CampaignEvent &e : m_repo->events(m_campaignId)) {
            if (!e.deviceId.isNull()) {
                failed[e.deviceId] = e.state == QLatin1String("failed");
            } else if (e.state == QLatin1String("wave_done")) {
                m_evaluatedWaves
                    = qMax(m_evaluatedWaves, e.detail.section(QLatin1Char(' '), 0, 0).toInt() + 1);
            } else if (e.state == QLatin1String("running")) {
                m_acknowledgedFailures.clear();
                for (auto it = failed.constBegin(); it != failed.constEnd(); ++it) {
                    if (it.value())
                        ++m_acknowledgedFailures[m_records.value(it.key()).wave];
                }
            }
        }
    }

    const auto image = FirmwareLibrary(QSqlDatabase::database(m_connection),
                                       FirmwareLibrary::defaultDirectory(m_dbPath))
                           .find(m_campaign.spec.firmwareModel, m_campaign.spec.firmwareVersion);
    m_package.url = m_campaign.packageUrl;
    m_package.version = m_campaign.spec.firmwareVersion;
    if (image) {
        m_package.sha256 = image->fileSha256;
        m_package.size = image->fileSize;
    }

    m_running = true;
    // Devices that were in flight when the last runner stopped: look before sending anything.
    for (const QUuid &id : std::as_const(m_order)) {
        const CampaignDeviceRecord &r = m_records[id];
        if (!r.isInFlight())
            continue;
        Slot slot;
        slot.started = r.startedAt.isValid() ? r.startedAt : QDateTime::currentDateTimeUtc();
        slot.reconcile = true;
        slot.checked = true;
        m_inFlight.insert(id, slot);
    }
    if (m_campaign.state == CampaignState::Ready)
        setCampaignState(CampaignState::Running, tr("started by %1").arg(m_actor), false);
    m_tick.start();
    QMetaObject::invokeMethod(this, &CampaignEngine::tick, Qt::QueuedConnection);
    return true;
}

void CampaignEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_tick.stop();
    if (m_repo)
        m_repo->releaseLease(m_campaignId, m_leaseOwner);
}

void CampaignEngine::tick()
{
    if (!m_running)
        return;
    if (monotonicMs() - m_lastHeartbeatMs >= HeartbeatMs) {
        m_lastHeartbeatMs = monotonicMs();
        if (!m_repo->heartbeat(m_campaignId, m_leaseOwner)) {
            // Someone took the lease (ours was judged stale): stop at once, send nothing more.
            m_running = false;
            m_tick.stop();
            emit finished(m_campaign.state, tr("another runner took over this campaign"));
            return;
        }
    }
    takeRequest();
    if (!m_running)
        return;

    // Timeouts and polls of devices in flight.
    const qint64 mono = monotonicMs();
    const QDateTime real = QDateTime::currentDateTimeUtc();
    const QList<QUuid> flying = m_inFlight.keys();
    for (const QUuid &id : flying) {
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end() || it->busy)
            continue;
        const CampaignDeviceRecord &r = m_records[id];
        // A device in flight when the last runner stopped is looked at before its time is judged.
        if (r.isInFlight() && !it->reconcile
            && it->started.secsTo(real) > m_campaign.spec.deviceTimeoutS) {
            const bool afterExecute = r.state == CampaignDeviceState::Updating;
            failAttempt(id,
                        afterExecute
                            ? tr("never came back with the new version within %1 s")
                                  .arg(m_campaign.spec.deviceTimeoutS)
                            : tr("timed out after %1 s").arg(m_campaign.spec.deviceTimeoutS),
                        std::nullopt,
                        afterExecute ? QStringLiteral("never_back") : QString());
            continue;
        }
        if (it->nextPollMs <= mono && r.isInFlight())
            poll(id);
    }

    if (m_campaign.state == CampaignState::Running)
        schedule();

    if (!m_running)
        return;
    // Nothing left for this runner?
    bool allTerminal = true;
    for (const CampaignDeviceRecord &r : std::as_const(m_records)) {
        if (!r.isTerminal()) {
            allTerminal = false;
            break;
        }
    }
    if (allTerminal && m_inFlight.isEmpty()) {
        if (m_campaign.state == CampaignState::Running) {
            const CampaignProgress p = m_repo->progress(m_campaignId);
            setCampaignState(CampaignState::Completed,
                             tr("%1 succeeded, %2 failed, %3 skipped")
                                 .arg(p.count(CampaignDeviceState::Succeeded))
                                 .arg(p.count(CampaignDeviceState::Failed))
                                 .arg(p.count(CampaignDeviceState::Skipped)),
                             false);
        }
        if (m_campaign.state != CampaignState::Paused
            && m_campaign.state != CampaignState::WaitingApproval) {
            finish(m_campaign.state, m_campaign.reason);
            return;
        }
    }
    if (m_inFlight.isEmpty()) {
        if (m_campaign.state == CampaignState::Aborted) {
            finish(m_campaign.state, m_campaign.reason);
        } else if ((m_campaign.state == CampaignState::Paused
                    || m_campaign.state == CampaignState::WaitingApproval)
                   && !m_runWhilePaused) {
            finish(m_campaign.state, m_campaign.reason);
        }
    }
}

void CampaignEngine::takeRequest()
{
    const QString request = m_repo->takeRequest(m_campaignId);
    if (request.isEmpty()) {
        // The state may also have been changed without us (e.g. by a runner-less command just
        // before we took the lease): follow it.
        const auto stored = m_repo->find(m_campaignId);
        if (stored && stored->state != m_campaign.state) {
            m_campaign.state = stored->state;
            m_campaign.reason = stored->reason;
            emit stateChanged(m_campaign.state, m_campaign.reason);
        }
        return;
    }
    if (request == QLatin1String("pause") && m_campaign.state == CampaignState::Running) {
        setCampaignState(CampaignState::Paused, tr("paused by an operator"), false);
    } else if (request == QLatin1String("resume")
               && (m_campaign.state == CampaignState::Paused
                   || m_campaign.state == CampaignState::WaitingApproval)) {
        acknowledgeFailures();
        setCampaignState(CampaignState::Running, tr("resumed by an operator"), false);
    } else if (request == QLatin1String("abort")) {
        abortCampaign(tr("aborted by an operator"), false);
    }
}

int CampaignEngine::currentWave() const
{
    int wave = INT_MAX;
    for (const CampaignDeviceRecord &r : m_records) {
        if (!r.isTerminal() && r.wave >= 0)
            wave = qMin(wave, r.wave);
    }
    return wave == INT_MAX ? int(m_waveSizes.size()) : wave;
}

bool CampaignEngine::stageOpen(int stage) const
{
    for (const CampaignDeviceRecord &r : m_records) {
        if (r.stage < stage && r.state != CampaignDeviceState::Succeeded
            && r.state != CampaignDeviceState::Skipped)
            return false;
    }
    return true;
}

bool CampaignEngine::evaluateThresholds()
{
    if (m_campaign.state != CampaignState::Running)
        return false;
    QHash<int, int> failed;
    for (const CampaignDeviceRecord &r : std::as_const(m_records)) {
        if (r.state == CampaignDeviceState::Failed && r.wave >= 0)
            ++failed[r.wave];
    }
    for (auto it = failed.constBegin(); it != failed.constEnd(); ++it) {
        const int size = m_waveSizes.value(it.key());
        const int allowed = m_campaign.spec.errorThreshold.resolve(size);
        if (it.value() - m_acknowledgedFailures.value(it.key()) > allowed) {
            const QString waveName
                = it.key() == 0 ? tr("the canary") : tr("wave %1").arg(it.key() + 1);
            const QString reason = tr("%1: %2 of %3 devices failed, more than the error "
                                      "threshold allows (%4)")
                                       .arg(waveName)
                                       .arg(it.value())
                                       .arg(size)
                                       .arg(allowed);
            if (m_campaign.spec.onError == CampaignSpec::OnError::Abort) {
                abortCampaign(reason, true);
            } else {
                setCampaignState(CampaignState::Paused, autoReason(reason), true);
            }
            return true;
        }
    }
    return false;
}

// The end of a wave: the success threshold to go on, approval.
bool CampaignEngine::evaluateWaveEnd(int wave)
{
    int succeeded = 0;
    for (const CampaignDeviceRecord &r : std::as_const(m_records)) {
        if (r.wave == wave && r.state == CampaignDeviceState::Succeeded)
            ++succeeded;
    }
    const int size = m_waveSizes.value(wave);
    const int needed = m_campaign.spec.successThreshold.resolve(size);
    const QString waveName = wave == 0 ? tr("the canary") : tr("wave %1").arg(wave + 1);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO campaign_events (campaign_id, device_id, at, state, "
                             "detail) VALUES (?, '', ?, 'wave_done', ?)"));
    q.addBindValue(m_campaignId);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QStringLiteral("%1 %2/%3").arg(wave).arg(succeeded).arg(size));
    q.exec();
    m_evaluatedWaves = wave + 1;
    const bool last = wave + 1 >= m_waveSizes.size();
    if (succeeded < needed) {
        const QString reason
            = tr("%1 finished with %2 of %3 devices updated; %4 are needed to go on")
                  .arg(waveName)
                  .arg(succeeded)
                  .arg(size)
                  .arg(needed);
        if (!last) {
            setCampaignState(CampaignState::Paused, autoReason(reason), true);
            return true;
        }
    }
    if (m_campaign.spec.approvalAfterWave && !last) {
        setCampaignState(CampaignState::WaitingApproval,
                         tr("%1 finished (%2 of %3 updated): waiting for an operator to resume")
                             .arg(waveName)
                             .arg(succeeded)
                             .arg(size),
                         false);
        return true;
    }
    return false;
}

void CampaignEngine::schedule()
{
    if (evaluateThresholds())
        return;
    const int wave = currentWave();
    // Waves before the current one are done: evaluate each once.
    while (m_evaluatedWaves < wave && m_evaluatedWaves < m_waveSizes.size()) {
        if (evaluateWaveEnd(m_evaluatedWaves))
            return;
    }
    const CampaignSpec &spec = m_campaign.spec;
    const QDateTime t = now();
    if (spec.expires.isValid() && t >= spec.expires) {
        abortCampaign(tr("the campaign expired at %1").arg(spec.expires.toString(Qt::ISODate)),
                      true);
        return;
    }
    if (spec.window && !spec.window->isOpen(t))
        return;
    for (const QUuid &id : std::as_const(m_order)) {
        if (m_inFlight.size() >= spec.concurrency)
            break;
        const CampaignDeviceRecord &r = m_records[id];
        if (r.state != CampaignDeviceState::Pending || r.wave != wave || m_inFlight.contains(id))
            continue;
        if (!stageOpen(r.stage))
            continue;
        beginDevice(id);
    }
    // Held by a failure in an earlier stage with nothing else to do: say so.
    if (m_inFlight.isEmpty() && m_campaign.state == CampaignState::Running) {
        bool pendingInWave = false;
        for (const CampaignDeviceRecord &r : std::as_const(m_records)) {
            if (r.state == CampaignDeviceState::Pending && r.wave == wave) {
                pendingInWave = true;
                break;
            }
        }
        if (pendingInWave)
            setCampaignState(CampaignState::Paused,
                             autoReason(tr("a later stage of the group order is held: devices "
                                           "of an earlier stage failed")),
                             true);
    }
}

void CampaignEngine::beginDevice(const QUuid &id)
{
    CampaignDriver *d = driver(id);
    if (!d) {
        Slot slot;
        slot.started = QDateTime::currentDateTimeUtc();
        m_inFlight.insert(id, slot);
        failAttempt(id,
                    m_devices.contains(id) ? tr("no connection to the device's server or broker")
                                           : tr("the device is no longer in the fleet cache"),
                    std::nullopt);
        return;
    }
    Slot slot;
    slot.started = QDateTime::currentDateTimeUtc();
    slot.busy = true;
    m_inFlight.insert(id, slot);
    auto alive = m_alive;
    d->status(m_devices.value(id), [this, alive, id](const CampaignDeviceStatus &status) {
        if (*alive)
            onPrecheck(id, status);
    });
}

void CampaignEngine::onPrecheck(const QUuid &id, const CampaignDeviceStatus &status)
{
    auto slot = m_inFlight.find(id);
    if (slot == m_inFlight.end() || !m_running)
        return;
    slot->busy = false;
    slot->checked = true;
    if (m_campaign.state != CampaignState::Running) {
        m_inFlight.remove(id); // paused meanwhile: the device stays pending
        return;
    }
    if (!status.version.isEmpty() && status.version == m_campaign.spec.firmwareVersion) {
        skip(id, tr("already runs %1").arg(status.version));
        return;
    }
    QString reasonId;
    const QString reason = CampaignPlanner::checkPreconditions(
        m_campaign.spec, m_devices.value(id), status, &reasonId);
    if (!reason.isEmpty()) {
        skip(id, reason);
        return;
    }
    CampaignDeviceRecord r = m_records.value(id);
    r.state = CampaignDeviceState::Downloading;
    r.attempt += 1;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.finishedAt = {};
    r.resultCode.reset();
    r.reportedVersion = status.version;
    if (!commit(r, tr("attempt %1: sending %2").arg(r.attempt).arg(m_package.url)))
        return;
    slot->started = r.startedAt;
    journal(
        r, tr("Campaign \"%1\": download of %2 requested").arg(m_campaign.name, m_package.version));
    sendDownload(id);
}

void CampaignEngine::sendDownload(const QUuid &id)
{
    auto slot = m_inFlight.find(id);
    CampaignDriver *d = driver(id);
    if (slot == m_inFlight.end() || !d)
        return;
    slot->busy = true;
    audit(id, QStringLiteral("campaign.firmware_download"));
    const bool reconcile = slot->reconcile;
    auto alive = m_alive;
    d->startDownload(
        m_devices.value(id),
        m_package,
        [this, alive, id, reconcile](const CampaignDriver::Answer &a) {
            if (!*alive || !m_running)
                return;
            auto slot = m_inFlight.find(id);
            if (slot == m_inFlight.end())
                return;
            slot->busy = false;
            slot->nextPollMs = monotonicMs() + m_pollMs;
            if (a.ok)
                return;
            if (a.busy && reconcile)
                return; // it is already working on our command
            if (a.busy && m_records.value(id).attempt <= 1) {
                skip(id, tr("busy: the device refused the download (%1)").arg(a.error));
                return;
            }
            failAttempt(id, tr("the device refused the download: %1").arg(a.error), a.resultCode);
        });
}

void CampaignEngine::sendExecute(const QUuid &id)
{
    auto slot = m_inFlight.find(id);
    CampaignDriver *d = driver(id);
    if (slot == m_inFlight.end() || !d)
        return;
    slot->busy = true;
    audit(id, QStringLiteral("campaign.firmware_update"));
    auto alive = m_alive;
    d->executeUpdate(m_devices.value(id), [this, alive, id](const CampaignDriver::Answer &a) {
        if (!*alive || !m_running)
            return;
        auto slot = m_inFlight.find(id);
        if (slot == m_inFlight.end())
            return;
        slot->busy = false;
        slot->nextPollMs = monotonicMs() + m_pollMs;
        if (!a.ok)
            failAttempt(id, tr("Execute Update was refused: %1").arg(a.error), a.resultCode);
    });
}

void CampaignEngine::poll(const QUuid &id)
{
    auto slot = m_inFlight.find(id);
    CampaignDriver *d = driver(id);
    if (slot == m_inFlight.end())
        return;
    if (!d) {
        failAttempt(id, tr("no connection to the device's server or broker"), std::nullopt);
        return;
    }
    slot->busy = true;
    auto alive = m_alive;
    d->status(m_devices.value(id), [this, alive, id](const CampaignDeviceStatus &status) {
        if (*alive)
            onStatus(id, status);
    });
}

void CampaignEngine::onStatus(const QUuid &id, const CampaignDeviceStatus &s)
{
    auto slot = m_inFlight.find(id);
    if (slot == m_inFlight.end() || !m_running)
        return;
    slot->busy = false;
    slot->nextPollMs = monotonicMs() + m_pollMs;
    CampaignDeviceRecord r = m_records.value(id);
    const QString target = m_campaign.spec.firmwareVersion;
    const bool reconcile = slot->reconcile;
    slot->reconcile = false;
    if (!s.reachable || !s.online)
        return; // rebooting, or its server is away: wait (the device timeout decides)
    if (!s.version.isEmpty())
        r.reportedVersion = s.version;
    if (s.version == target && s.updateState <= 0 && (s.updateResult == 1 || s.updateResult < 0)) {
        succeed(id, s.version);
        return;
    }
    const bool failedResult = s.updateResult >= 2;
    CampaignDriver *d = driver(id);
    const bool selfInstall = d && d->installsByItself();
    switch (r.state) {
    case CampaignDeviceState::Downloading:
    case CampaignDeviceState::Downloaded:
        if (s.updateState == 0 && failedResult) {
            failAttempt(
                id,
                tr("the download failed: %1").arg(CampaignText::updateResultName(s.updateResult)),
                s.updateResult);
            return;
        }
        if (s.updateState == 0 && reconcile) {
            // Journaled but maybe never sent: the device is idle, so sending again is safe.
            sendDownload(id);
            return;
        }
        if (s.updateState == 2 && !selfInstall) {
            if (r.state == CampaignDeviceState::Downloading) {
                r.state = CampaignDeviceState::Downloaded;
                if (!commit(r, tr("the device reports the package downloaded")))
                    return;
            }
            r.state = CampaignDeviceState::Updating;
            if (!commit(r, tr("sending Execute Update")))
                return;
            journal(r, tr("Campaign \"%1\": installing %2").arg(m_campaign.name, target));
            sendExecute(id);
            return;
        }
        if (s.updateState == 3) {
            r.state = CampaignDeviceState::Updating;
            commit(r, tr("the device is installing"));
        }
        return;
    case CampaignDeviceState::Updating:
        if (s.updateState == 2 && !selfInstall) {
            if (failedResult) {
                failAttempt(id,
                            tr("the device refused to install: %1")
                                .arg(CampaignText::updateResultName(s.updateResult)),
                            s.updateResult);
                return;
            }
            if (reconcile)
                sendExecute(id); // journaled but maybe never sent; Downloaded executes once
            return;
        }
        if (s.updateState == 0 && failedResult) {
            failAttempt(id,
                        tr("came back on %1: %2")
                            .arg(s.version, CampaignText::updateResultName(s.updateResult)),
                        s.updateResult);
            return;
        }
        return;
    default:
        return;
    }
}

void CampaignEngine::slotFreed()
{
    // Fill the freed slot now rather than at the next tick.
    if (!m_scheduleQueued) {
        m_scheduleQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_scheduleQueued = false;
                if (m_running && m_campaign.state == CampaignState::Running)
                    schedule();
            },
            Qt::QueuedConnection);
    }
}

void CampaignEngine::failAttempt(const QUuid &id,
                                 const QString &reason,
                                 std::optional<int> code,
                                 const QString &mark)
{
    CampaignDeviceRecord r = m_records.value(id);
    m_inFlight.remove(id);
    slotFreed();
    r.resultCode = code;
    r.mark = mark;
    const bool retry = r.attempt < 1 + m_campaign.spec.retries && mark.isEmpty()
                       && m_campaign.state != CampaignState::Aborted;
    if (retry) {
        r.state = CampaignDeviceState::Pending;
        r.reason = tr("attempt %1 failed: %2").arg(r.attempt).arg(reason);
        commit(r, r.reason);
        return;
    }
    r.state = CampaignDeviceState::Failed;
    r.reason = reason;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    if (!commit(r, reason))
        return;
    journal(r, tr("Campaign \"%1\": update failed — %2").arg(m_campaign.name, reason));
    evaluateThresholds();
}

void CampaignEngine::skip(const QUuid &id, const QString &reason)
{
    CampaignDeviceRecord r = m_records.value(id);
    m_inFlight.remove(id);
    slotFreed();
    r.state = CampaignDeviceState::Skipped;
    r.reason = reason;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    if (commit(r, reason))
        journal(r, tr("Campaign \"%1\": skipped — %2").arg(m_campaign.name, reason));
}

void CampaignEngine::succeed(const QUuid &id, const QString &version)
{
    CampaignDeviceRecord r = m_records.value(id);
    m_inFlight.remove(id);
    slotFreed();
    r.state = CampaignDeviceState::Succeeded;
    r.reportedVersion = version;
    r.resultCode = 1;
    r.reason.clear();
    r.finishedAt = QDateTime::currentDateTimeUtc();
    if (commit(r, tr("reports %1 after its reboot").arg(version)))
        journal(r, tr("Campaign \"%1\": updated to %2").arg(m_campaign.name, version));
}

bool CampaignEngine::commit(const CampaignDeviceRecord &record, const QString &detail)
{
    QString error;
    if (!m_repo->transition(m_campaignId, record, detail, &error)) {
        // Without the journal nothing may be sent: stop this runner, the next one reconciles.
        m_running = false;
        m_tick.stop();
        m_repo->releaseLease(m_campaignId, m_leaseOwner);
        emit finished(m_campaign.state, tr("could not write to the fleet cache: %1").arg(error));
        return false;
    }
    m_records.insert(record.deviceId, record);
    emit deviceChanged(record);
    return true;
}

void CampaignEngine::journal(const CampaignDeviceRecord &record, const QString &message)
{
    JournalRepository::JournalEntry e;
    e.deviceId = record.deviceId;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = QStringLiteral("campaign");
    e.message = message;
    e.data.insert(QStringLiteral("campaign"), m_campaignId);
    e.data.insert(QStringLiteral("state"), CampaignText::deviceStateId(record.state));
    e.data.insert(QStringLiteral("attempt"), record.attempt);
    if (record.resultCode)
        e.data.insert(QStringLiteral("result"), *record.resultCode);
    m_journal->appendJournal({e});
}

void CampaignEngine::audit(const QUuid &id, const QString &action)
{
    JournalRepository::AuditEntry a;
    a.time = QDateTime::currentDateTimeUtc();
    a.actor = m_actor;
    a.action = action;
    a.devices = {id};
    a.parameters.insert(QStringLiteral("campaign"), m_campaignId);
    a.parameters.insert(QStringLiteral("version"), m_package.version);
    a.parameters.insert(QStringLiteral("url"), m_package.url);
    a.result = QStringLiteral("sent");
    m_journal->appendAudit(a);
}

void CampaignEngine::acknowledgeFailures()
{
    m_acknowledgedFailures.clear();
    for (const CampaignDeviceRecord &r : std::as_const(m_records)) {
        if (r.state == CampaignDeviceState::Failed)
            ++m_acknowledgedFailures[r.wave];
    }
}

// Aborted: every pending device is cancelled in the same transaction; devices in flight finish.
void CampaignEngine::abortCampaign(const QString &reason, bool byItself)
{
    const QString stored = byItself ? autoReason(reason) : reason;
    QString error;
    m_repo->abort(m_campaignId, stored, &error);
    for (auto &r : m_records) {
        if (r.state == CampaignDeviceState::Pending)
            r.state = CampaignDeviceState::Cancelled;
    }
    m_campaign.state = CampaignState::Aborted;
    m_campaign.reason = stored;
    emit stateChanged(m_campaign.state, m_campaign.reason);
    if (byItself)
        emit stoppedItself(m_campaignId, m_campaign.name, reason);
}

void CampaignEngine::setCampaignState(CampaignState state, const QString &reason, bool byItself)
{
    QString error;
    m_repo->setState(m_campaignId, state, reason, &error);
    m_campaign.state = state;
    m_campaign.reason = reason;
    emit stateChanged(state, reason);
    if (byItself)
        emit stoppedItself(m_campaignId,
                           m_campaign.name,
                           reason.startsWith(QLatin1String("auto: ")) ? reason.mid(6) : reason);
}

void CampaignEngine::finish(CampaignState state, const QString &reason)
{
    stop();
    emit finished(state, reason);
}
