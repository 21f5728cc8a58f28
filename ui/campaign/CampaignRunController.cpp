#include "campaign/CampaignRunController.h"

#include "campaign/CampaignDrivers.h"
#include "campaign/CampaignEngine.h"
#include "campaign/CampaignNotifier.h"
#include "security/SecretStore.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"
#include "store/FleetRepository.h"
#include "store/JournalRepository.h"

#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

// The devices of the campaign, from the cache, on the runner's thread (its own connection).
DeviceList campaignDevices(const QString &dbPath, qint64 campaignId, QString *error)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("fleetdesk-campaign-run-%1").arg(++counter);
    DeviceList devices;
    {
        const CacheDatabase::OpenResult opened
            = CacheDatabase::open(dbPath, CacheDatabase::Kind::Fleet, connection);
        if (!opened.ok()) {
            *error = opened.message;
        } else {
            const QSqlDatabase db = QSqlDatabase::database(connection);
            CampaignRepository campaigns(db);
            QSet<QUuid> ids;
            for (const CampaignDeviceRecord &record : campaigns.devices(campaignId, error))
                ids.insert(record.deviceId);
            FleetRepository fleet(db);
            for (const Device &device : fleet.loadDevices(error)) {
                if (ids.contains(device.id))
                    devices.append(device);
            }
        }
    }
    CacheDatabase::close(connection);
    return devices;
}

} // namespace

CampaignRunController::CampaignRunController(QString fleetDbPath,
                                             SecretStore *secrets,
                                             Profiles profiles,
                                             QObject *parent)
    : QObject(parent)
    , m_dbPath(std::move(fleetDbPath))
    , m_secrets(secrets)
    , m_profiles(std::move(profiles))
{}

CampaignRunController::~CampaignRunController()
{
    tearDown();
}

void CampaignRunController::run(qint64 campaignId)
{
    if (m_campaignId) {
        emit failedToStart(
            campaignId,
            tr("This window already runs campaign %1; stop it first.").arg(m_campaignId));
        return;
    }
    m_campaignId = campaignId;
    ++m_generation;
    emit runningChanged(true);
    readSecrets(campaignId, m_profiles ? m_profiles() : ProfileStore(QString()));
}

void CampaignRunController::readSecrets(qint64 campaignId, const ProfileStore &profiles)
{
    QStringList keys;
    for (const ProfileStore::Entry &entry : profiles.entries()) {
        if (entry.isValid() && entry.profile.needsSecret()
            && !keys.contains(entry.profile.secretKey()))
            keys << entry.profile.secretKey();
    }
    if (keys.isEmpty() || !m_secrets) {
        startThread(campaignId, profiles, {}, {});
        return;
    }
    // Every read answers asynchronously (the keychain over D-Bus); the runner starts after the
    // last.
    struct Pending
    {
        int remaining = 0;
        QHash<QString, QByteArray> secrets;
        QHash<QString, QString> errors;
    };
    auto pending = std::make_shared<Pending>();
    pending->remaining = int(keys.size());
    const int generation = m_generation;
    QPointer<CampaignRunController> self(this);
    for (const QString &key : std::as_const(keys)) {
        m_secrets->read(
            key,
            [self, pending, key, generation, campaignId, profiles](
                const SecretStore::Result &result) {
                if (result.ok)
                    pending->secrets.insert(key, result.secret);
                else
                    pending->errors.insert(key, result.error);
                if (--pending->remaining > 0 || !self || self->m_generation != generation
                    || self->m_campaignId != campaignId)
                    return;
                self->startThread(campaignId, profiles, pending->secrets, pending->errors);
            });
    }
}

void CampaignRunController::startThread(qint64 campaignId,
                                        const ProfileStore &profiles,
                                        const QHash<QString, QByteArray> &secrets,
                                        const QHash<QString, QString> &secretErrors)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("campaignRunThread"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();

    const QString dbPath = m_dbPath;
    const QString actor = JournalRepository::currentActor();
    QPointer<CampaignRunController> self(this);
    QObject *context = m_context;
    QMetaObject::invokeMethod(context, [=] {
        CampaignDrivers::ReadSecret readSecret
            = [secrets, secretErrors](const QString &key, QByteArray *secret, QString *error) {
                  const auto found = secrets.constFind(key);
                  if (found != secrets.constEnd()) {
                      *secret = *found;
                      return true;
                  }
                  if (error)
                      *error = secretErrors.value(
                          key, CampaignRunController::tr("No secret stored for %1.").arg(key));
                  return false;
              };
        auto drivers = std::make_shared<CampaignDrivers>(readSecret);
        QString error;
        const DeviceList devices = campaignDevices(dbPath, campaignId, &error);
        bool ok = error.isEmpty() && drivers->prepare(profiles, devices, &error);
        if (ok) {
            auto *engine = new CampaignEngine(
                dbPath,
                campaignId,
                [drivers](const Device &device) { return drivers->driverFor(device); },
                context);
            engine->setObjectName(QStringLiteral("campaignEngine"));
            engine->setOwner(QStringLiteral("gui"));
            engine->setActor(actor);
            engine->setRunWhilePaused(true);
            // Queued to the window's thread (the controller lives there).
            QObject::connect(engine,
                             &CampaignEngine::stateChanged,
                             context,
                             [self, campaignId](CampaignState state, const QString &reason) {
                                 QMetaObject::invokeMethod(self, [self, campaignId, state, reason] {
                                     if (!self)
                                         return;
                                     if (state == CampaignState::Running && self->m_notifier)
                                         self->m_notifier->forget(campaignId);
                                     emit self->stateChanged(campaignId, state, reason);
                                 });
                             });
            QObject::connect(engine,
                             &CampaignEngine::stoppedItself,
                             context,
                             [self, engine](qint64 id, const QString &name, const QString &reason) {
                                 const bool aborted = engine->property("lastState").toInt()
                                                      == int(CampaignState::Aborted);
                                 QMetaObject::invokeMethod(self, [self, id, name, reason, aborted] {
                                     if (!self)
                                         return;
                                     if (self->m_notifier)
                                         self->m_notifier->announce(id,
                                                                    name,
                                                                    aborted
                                                                        ? QStringLiteral("aborted")
                                                                        : QStringLiteral("paused"),
                                                                    reason);
                                     emit self->stoppedItself(id, name, reason);
                                 });
                             });
            QObject::connect(
                engine, &CampaignEngine::stateChanged, engine, [engine](CampaignState state) {
                    engine->setProperty("lastState", int(state));
                });
            QObject::connect(engine,
                             &CampaignEngine::finished,
                             context,
                             [self, campaignId](CampaignState state, const QString &reason) {
                                 QMetaObject::invokeMethod(self, [self, campaignId, state, reason] {
                                     if (self)
                                         self->onFinished(campaignId, state, reason);
                                 });
                             });
            ok = engine->start(&error);
            if (!ok)
                delete engine;
        }
        QMetaObject::invokeMethod(self, [self, campaignId, ok, error] {
            if (self)
                self->onStartResult(campaignId, ok, error);
        });
    });
}

void CampaignRunController::onStartResult(qint64 campaignId, bool ok, const QString &error)
{
    if (campaignId != m_campaignId)
        return;
    if (ok) {
        emit started(campaignId);
        return;
    }
    tearDown();
    emit failedToStart(campaignId, error);
}

void CampaignRunController::onFinished(qint64 campaignId,
                                       CampaignState state,
                                       const QString &reason)
{
    if (campaignId != m_campaignId)
        return;
    tearDown();
    emit finished(campaignId, state, reason);
}

void CampaignRunController::stop()
{
    if (!m_campaignId)
        return;
    tearDown();
}

void CampaignRunController::tearDown()
{
    const bool wasRunning = m_campaignId != 0;
    ++m_generation;
    m_campaignId = 0;
    if (m_thread) {
        // The engine and its drivers stop and go on their own thread, before it ends.
        QObject *context = m_context;
        QMetaObject::invokeMethod(
            context,
            [context] {
                const auto engines = context->findChildren<CampaignEngine *>();
                for (CampaignEngine *engine : engines) {
                    engine->stop();
                    delete engine;
                }
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_context; // its thread has ended
        m_context = nullptr;
        delete m_thread;
        m_thread = nullptr;
    }
    if (wasRunning)
        emit runningChanged(false);
}
