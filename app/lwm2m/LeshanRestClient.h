#pragma once

#include "lwm2m/Lwm2mNode.h"
#include "lwm2m/Lwm2mReply.h"
#include "lwm2m/Lwm2mResponse.h"
#include "profiles/ConnectionProfile.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>

class QNetworkAccessManager;

// Leshan's REST API (protocols.md §1.3; docs/lwm2m.md for the 2.0.0-M4 differences), asynchronous:
// every call returns a Lwm2mReply at once. Lives on one thread (the Lwm2mService worker, or the
// CLI's main thread). Device timeouts (`timeoutSeconds`) go to Leshan as ?timeout=; the HTTP
// request itself gives up after that plus a grace period, or after requestTimeout() when the
// operation has no device timeout.
class LeshanRestClient : public QObject
{
    Q_OBJECT

public:
    enum class CancelMode { Passive, Active };

    explicit LeshanRestClient(QObject *parent = nullptr);
    ~LeshanRestClient() override;

    // Base URL, TLS settings and authentication. secret: the password (Password auth) or token
    // (Bearer auth), read by the caller from the SecretStore only when profile.needsSecret().
    void setProfile(const ConnectionProfile &profile, const QByteArray &secret = {});
    const ConnectionProfile &profile() const { return m_profile; }
    // Problems with the profile found by setProfile (unreadable CA file, …); empty = usable.
    QString configurationError() const { return m_configurationError; }

    void setRequestTimeout(int milliseconds) { m_requestTimeoutMs = milliseconds; }
    int requestTimeout() const { return m_requestTimeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    Lwm2mReply *clients();
    Lwm2mReply *client(const QString &endpoint);
    Lwm2mReply *read(const QString &endpoint,
                     const QString &path,
                     const QString &format = {},
                     int timeoutSeconds = 0);
    Lwm2mReply *
    readComposite(const QString &endpoint, const QStringList &paths, int timeoutSeconds = 0);
    // replace = true: Replace; false: Partial Update (instance paths only).
    Lwm2mReply *write(const QString &endpoint,
                      const QString &path,
                      const Lwm2mNode &node,
                      bool replace = true,
                      int timeoutSeconds = 0);
    Lwm2mReply *execute(const QString &endpoint,
                        const QString &path,
                        const QString &arguments = {},
                        int timeoutSeconds = 0);
    Lwm2mReply *discover(const QString &endpoint, const QString &path, int timeoutSeconds = 0);
    // path: /obj (the device picks the instance id) or /obj/inst. node: an instance node.
    Lwm2mReply *create(const QString &endpoint,
                       const QString &path,
                       const Lwm2mNode &node,
                       int timeoutSeconds = 0);
    Lwm2mReply *
    deleteInstance(const QString &endpoint, const QString &path, int timeoutSeconds = 0);
    // Open the event stream before observing: notifications only arrive over it.
    Lwm2mReply *observe(const QString &endpoint,
                        const QString &path,
                        const QString &format = {},
                        int timeoutSeconds = 0);
    Lwm2mReply *cancelObserve(const QString &endpoint,
                              const QString &path,
                              CancelMode mode = CancelMode::Passive,
                              int timeoutSeconds = 0);
    // No timeout: Leshan parses the whole query string as attributes (protocols.md §1.3).
    Lwm2mReply *writeAttributes(const QString &endpoint,
                                const QString &path,
                                const QList<QPair<QString, QString>> &attributes);
    Lwm2mReply *objectSpecs(const QString &endpoint);

    // Queue mode: a REQUEST_RESPONSE event's data completes the matching delayed request.
    // Returns true when a pending request was completed.
    bool handleRequestResponse(const QJsonObject &data);
    // Fails every request waiting for a wake-up (e.g. the connection is stopped).
    void cancelDelayed(const QString &reason);
    int pendingCount() const { return int(m_pending.size()); }

    // Maps a finished HTTP exchange onto a response (public for tests).
    static Lwm2mResponse interpret(int httpStatus,
                                   QNetworkReply::NetworkError networkError,
                                   const QString &networkErrorText,
                                   const QByteArray &body,
                                   const QString &endpoint,
                                   int deviceTimeoutSeconds);
    // The TLS settings of a profile (CA file, certificate verification); sets *error on failure.
    static QSslConfiguration sslConfiguration(const ConnectionProfile &profile, QString *error);
    // Base URL + /api + suffix.
    QUrl apiUrl(const QString &suffix) const;
    // Adds the Authorization header the profile asks for.
    void authorize(QNetworkRequest *request) const;

signals:
    // Emitted for every request that could not reach the server (for connection health).
    void serverUnreachable(const QString &message);

private:
    enum class Method { Get, Put, Post, Delete };
    struct Pending
    {
        QPointer<Lwm2mReply> reply;
        QString endpoint;
        int deviceTimeoutSeconds = 0;
        bool oversized = false;
        bool timedOut = false;
        bool composite = false;
    };

    Lwm2mReply *send(Method method,
                     const QString &endpoint,
                     const QString &suffix,
                     const QList<QPair<QString, QString>> &query,
                     const QByteArray &body,
                     const QByteArray &contentType,
                     int timeoutSeconds,
                     bool composite = false);
    Lwm2mReply *failNow(const Lwm2mResponse::Error error, const QString &message);
    void onFinished(QNetworkReply *networkReply);
    QString clientPath(const QString &endpoint, const QString &path) const;

    QNetworkAccessManager *m_network = nullptr;
    ConnectionProfile m_profile;
    QByteArray m_secret;
    QSslConfiguration m_ssl;
    QString m_configurationError;
    int m_requestTimeoutMs = 30000;
    qint64 m_maxResponseBytes = 32 * 1024 * 1024;
    QHash<QNetworkReply *, Pending> m_pending;
    QHash<QString, QPointer<Lwm2mReply>> m_delayed; // requestId -> reply
};
