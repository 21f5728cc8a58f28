#include "lwm2m/Lwm2mService.h"

#include "common/Logging.h"
#include "store/FleetStore.h"

#include <QHash>
#include <memory>

// Lives on the service's worker thread and owns every connection.
class Lwm2mServiceWorker : public QObject
{
public:
    explicit Lwm2mServiceWorker(Lwm2mService *service)
        : m_service(service)
    {}
    ~Lwm2mServiceWorker() override
    {
        // Logs use their connection's client: delete them first.
        for (const ProtocolLog &log : std::as_const(m_logs))
            delete log.log;
        qDeleteAll(m_connections);
    }

    void start(const ConnectionProfile &profile, const QByteArray &secret, FleetStore *store)
    {
        stop(profile.name);
        auto *connection = new Lwm2mServerConnection(profile, secret, this);
        connection->setStore(store);
        const QString name = profile.name;
        Lwm2mService *s = m_service;
        connect(connection,
                &Lwm2mServerConnection::stateChanged,
                s,
                [s, name](Lwm2mServerConnection::State state, const QString &message) {
                    emit s->connectionStateChanged(name, state, message);
                });
        connect(connection, &Lwm2mServerConnection::synchronised, s, [s, name](int count) {
            emit s->synchronised(name, count);
        });
        connect(connection,
                &Lwm2mServerConnection::deviceRegistered,
                s,
                [s, name](const Lwm2mRegistration &r) { emit s->deviceRegistered(name, r); });
        connect(connection,
                &Lwm2mServerConnection::deviceDeregistered,
                s,
                [s, name](const QString &ep) { emit s->deviceDeregistered(name, ep); });
        connect(connection,
                &Lwm2mServerConnection::deviceSleeping,
                s,
                [s, name](const QString &ep) { emit s->deviceSleeping(name, ep); });
        connect(connection, &Lwm2mServerConnection::deviceAwake, s, [s, name](const QString &ep) {
            emit s->deviceAwake(name, ep);
        });
        connect(connection,
                &Lwm2mServerConnection::notificationReceived,
                s,
                &Lwm2mService::notification);
        m_connections.insert(name, connection);
        connection->start();
    }

    void stop(const QString &name)
    {
        const QList<quint64> ids = m_logs.keys();
        for (quint64 id : ids) {
            if (m_logs.value(id).profile == name)
                closeLog(id,
                         Lwm2mService::tr("The connection to the LwM2M server %1 was closed.")
                             .arg(name));
        }
        if (Lwm2mServerConnection *c = m_connections.take(name)) {
            c->stop();
            delete c;
        }
    }

    void stopAll()
    {
        const QStringList names = m_connections.keys();
        for (const QString &name : names)
            stop(name);
    }

    void run(quint64 id,
             const QString &profileName,
             const Lwm2mService::Operation &operation,
             QPointer<QObject> context,
             const Lwm2mService::Done &done)
    {
        auto deliver = [context, done](const Lwm2mResponse &response) {
            if (context && done)
                QMetaObject::invokeMethod(context, [done, response] { done(response); });
        };
        Lwm2mServerConnection *connection = m_connections.value(profileName);
        if (!connection) {
            Lwm2mResponse response;
            response.error = Lwm2mResponse::Error::Unreachable;
            response.message = Lwm2mService::tr("There is no connection to the LwM2M server %1.")
                                   .arg(profileName);
            deliver(response);
            return;
        }
        Lwm2mReply *reply = operation(*connection);
        Lwm2mService *s = m_service;
        connect(reply, &Lwm2mReply::waitingForWakeUp, s, [s, id] {
            emit s->requestWaitingForWakeUp(id);
        });
        connect(reply, &Lwm2mReply::finished, this, deliver);
    }

    void openLog(quint64 id,
                 const QString &profileName,
                 const QString &endpoint,
                 int capacity,
                 QPointer<QObject> context,
                 const Lwm2mService::ProtocolLogEntries &onEntries,
                 const Lwm2mService::ProtocolLogState &onState)
    {
        if (!context)
            return;
        auto deliverState
            = [context, onState](Lwm2mProtocolLog::State state, const QString &message) {
                  if (context && onState)
                      QMetaObject::invokeMethod(
                          context, [onState, state, message] { onState(state, message); });
              };
        Lwm2mServerConnection *connection = m_connections.value(profileName);
        if (!connection) {
            deliverState(Lwm2mProtocolLog::State::Unavailable,
                         Lwm2mService::tr("There is no connection to the LwM2M server %1.")
                             .arg(profileName));
            return;
        }
        auto *log = new Lwm2mProtocolLog(connection->client(), endpoint, this);
        log->setCapacity(capacity);
        connect(log, &Lwm2mProtocolLog::stateChanged, this, deliverState);
        connect(log,
                &Lwm2mProtocolLog::entriesAdded,
                this,
                [context, onEntries](const CoapLogEntryList &entries, qint64 skipped) {
                    if (context && onEntries)
                        QMetaObject::invokeMethod(context, [onEntries, entries, skipped] {
                            onEntries(entries, skipped);
                        });
                });
        m_logs.insert(id, {profileName, log, deliverState});
        log->start();
    }

    void closeLog(quint64 id, const QString &reason = {})
    {
        const ProtocolLog entry = m_logs.take(id);
        if (!entry.log)
            return;
        entry.log->disconnect(this);
        entry.log->stop();
        delete entry.log;
        if (!reason.isEmpty())
            entry.deliverState(Lwm2mProtocolLog::State::Unavailable, reason);
    }

private:
    struct ProtocolLog
    {
        QString profile;
        Lwm2mProtocolLog *log = nullptr;
        std::function<void(Lwm2mProtocolLog::State, const QString &)> deliverState;
    };

    Lwm2mService *m_service;
    QHash<QString, Lwm2mServerConnection *> m_connections;
    QHash<quint64, ProtocolLog> m_logs;
};

Lwm2mService::Lwm2mService(FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<Lwm2mSample>();
    qRegisterMetaType<Lwm2mRegistration>();
    qRegisterMetaType<Lwm2mResponse>();
    qRegisterMetaType<Lwm2mServerConnection::State>();
    qRegisterMetaType<CoapLogEntryList>();
    qRegisterMetaType<Lwm2mProtocolLog::State>();
    m_thread.setObjectName(QStringLiteral("Lwm2mService"));
    m_worker = new Lwm2mServiceWorker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

Lwm2mService::~Lwm2mService()
{
    // Network objects must be deleted on the thread they live on.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Lwm2mService::startConnection(const ConnectionProfile &profile, const QByteArray &secret)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, profile, secret, store = m_store] {
        w->start(profile, secret, store);
    });
}

void Lwm2mService::stopConnection(const QString &profileName)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, profileName] { w->stop(profileName); });
}

void Lwm2mService::stopAll()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stopAll(); });
}

quint64
Lwm2mService::request(const QString &profileName, Operation operation, QObject *context, Done done)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker,
         id,
         profileName,
         operation = std::move(operation),
         ctx = QPointer<QObject>(context),
         done = std::move(done)] { w->run(id, profileName, operation, ctx, done); });
    return id;
}

quint64 Lwm2mService::read(const QString &profileName,
                           const QString &endpoint,
                           const QString &path,
                           QObject *context,
                           Done done)
{
    return request(
        profileName,
        [endpoint, path](Lwm2mServerConnection &c) { return c.client()->read(endpoint, path); },
        context,
        std::move(done));
}

quint64 Lwm2mService::write(const QString &profileName,
                            const QString &endpoint,
                            const QString &path,
                            const Lwm2mNode &node,
                            bool replace,
                            QObject *context,
                            Done done)
{
    return request(
        profileName,
        [endpoint, path, node, replace](Lwm2mServerConnection &c) {
            return c.client()->write(endpoint, path, node, replace);
        },
        context,
        std::move(done));
}

quint64 Lwm2mService::execute(const QString &profileName,
                              const QString &endpoint,
                              const QString &path,
                              const QString &arguments,
                              QObject *context,
                              Done done)
{
    return request(
        profileName,
        [endpoint, path, arguments](Lwm2mServerConnection &c) {
            return c.client()->execute(endpoint, path, arguments);
        },
        context,
        std::move(done));
}

quint64 Lwm2mService::observe(const QString &profileName,
                              const QString &endpoint,
                              const QString &path,
                              QObject *context,
                              Done done)
{
    return request(
        profileName,
        [endpoint, path](Lwm2mServerConnection &c) { return c.observe(endpoint, path); },
        context,
        std::move(done));
}

quint64 Lwm2mService::cancelObservation(const QString &profileName,
                                        const QString &endpoint,
                                        const QString &path,
                                        QObject *context,
                                        Done done)
{
    return request(
        profileName,
        [endpoint, path](Lwm2mServerConnection &c) { return c.cancelObservation(endpoint, path); },
        context,
        std::move(done));
}

quint64 Lwm2mService::openProtocolLog(const QString &profileName,
                                      const QString &endpoint,
                                      QObject *context,
                                      ProtocolLogEntries onEntries,
                                      ProtocolLogState onState,
                                      int capacity)
{
    const quint64 id = m_nextRequestId++;
    if (context) {
        // Close the log when the widget goes.
        m_logContexts.insert(id,
                             connect(context, &QObject::destroyed, m_worker, [w = m_worker, id] {
                                 w->closeLog(id);
                             }));
    }
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker,
                               id,
                               profileName,
                               endpoint,
                               capacity,
                               ctx = QPointer<QObject>(context),
                               onEntries = std::move(onEntries),
                               onState = std::move(onState)] {
                                  w->openLog(
                                      id, profileName, endpoint, capacity, ctx, onEntries, onState);
                              });
    return id;
}

void Lwm2mService::closeProtocolLog(quint64 logId)
{
    disconnect(m_logContexts.take(logId));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, logId] { w->closeLog(logId); });
}
