#include "lwm2m/LeshanRestClient.h"

#include "common/Logging.h"
#include "lwm2m/Lwm2mPath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr int DeviceTimeoutGraceMs = 5000;

// A short, readable piece of an error body: the first line of text, or an HTML page's title.
QString errorText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).trimmed();
    if (text.startsWith(QLatin1Char('<'))) {
        static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = title.match(text);
        text = m.hasMatch() ? m.captured(1).trimmed() : QString();
    }
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

QString deviceErrorMessage(const QString &status, const QString &detail)
{
    const QString code = status.section(QLatin1Char('('), 0, 0);
    QString words;
    if (code == QLatin1String("NOT_FOUND"))
        words = LeshanRestClient::tr("The device has no such object, instance or resource.");
    else if (code == QLatin1String("METHOD_NOT_ALLOWED"))
        words = LeshanRestClient::tr("The device does not allow this operation on that item.");
    else if (code == QLatin1String("BAD_REQUEST"))
        words = LeshanRestClient::tr(
            "The device rejected the request as invalid (for example a value out of range).");
    else if (code == QLatin1String("UNAUTHORIZED") || code == QLatin1String("FORBIDDEN"))
        words = LeshanRestClient::tr("The device does not allow this server to do that.");
    else if (code == QLatin1String("NOT_ACCEPTABLE")
             || code == QLatin1String("UNSUPPORTED_CONTENT_FORMAT"))
        words = LeshanRestClient::tr("The device does not support that data format.");
    else if (code == QLatin1String("INTERNAL_SERVER_ERROR"))
        words = LeshanRestClient::tr("The device reported an internal error.");
    else if (code == QLatin1String("SERVICE_UNAVAILABLE"))
        words = LeshanRestClient::tr("The device is busy; try again later.");
    else
        words = LeshanRestClient::tr("The device answered with an error.");
    QString message = QStringLiteral("%1 (%2)").arg(words, status);
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return message;
}

} // namespace

QString Lwm2mResponse::errorId(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::DeviceError:
        return QStringLiteral("device_error");
    case Error::UnknownEndpoint:
        return QStringLiteral("unknown_endpoint");
    case Error::InvalidPath:
        return QStringLiteral("invalid_path");
    case Error::InvalidRequest:
        return QStringLiteral("invalid_request");
    case Error::DeviceAsleep:
        return QStringLiteral("device_asleep");
    case Error::NotFound:
        return QStringLiteral("not_found");
    case Error::ServerError:
        return QStringLiteral("server_error");
    case Error::DeviceTimeout:
        return QStringLiteral("device_timeout");
    case Error::Unauthorized:
        return QStringLiteral("unauthorized");
    case Error::Unreachable:
        return QStringLiteral("unreachable");
    case Error::Timeout:
        return QStringLiteral("timeout");
    case Error::Malformed:
        return QStringLiteral("malformed");
    case Error::Oversized:
        return QStringLiteral("oversized");
    case Error::NotSupported:
        return QStringLiteral("not_supported");
    case Error::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

LeshanRestClient::LeshanRestClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<Lwm2mResponse>();
}

LeshanRestClient::~LeshanRestClient()
{
    cancelDelayed(tr("The connection was closed."));
    const auto pending = m_pending.keys();
    for (QNetworkReply *reply : pending) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QSslConfiguration LeshanRestClient::sslConfiguration(const ConnectionProfile &profile,
                                                     QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!profile.caFile.isEmpty()) {
        QFile file(profile.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA file %1: %2").arg(profile.caFile, file.errorString());
        } else {
            const QList<QSslCertificate> certs
                = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (certs.isEmpty())
                *error = tr("The CA file %1 holds no PEM certificate.").arg(profile.caFile);
            else
                config.setCaCertificates(certs);
        }
    }
    config.setPeerVerifyMode(profile.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    return config;
}

void LeshanRestClient::setProfile(const ConnectionProfile &profile, const QByteArray &secret)
{
    m_profile = profile;
    m_secret = secret;
    m_configurationError.clear();
    if (profile.usesTls())
        m_ssl = sslConfiguration(profile, &m_configurationError);
    if (profile.needsSecret() && secret.isEmpty()
        && (profile.auth == ConnectionProfile::Auth::Password
            || profile.auth == ConnectionProfile::Auth::Bearer))
        m_configurationError
            = tr("The profile %1 needs a secret, and none was given.").arg(profile.name);
}

QUrl LeshanRestClient::apiUrl(const QString &suffix) const
{
    QUrl url = m_profile.url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api") + suffix, QUrl::TolerantMode);
    url.setQuery(QString());
    return url;
}

void LeshanRestClient::authorize(QNetworkRequest *request) const
{
    if (m_secret.isEmpty())
        return;
    if (m_profile.auth == ConnectionProfile::Auth::Password) {
        const QByteArray token = (m_profile.username.toUtf8() + ':' + m_secret).toBase64();
        request->setRawHeader("Authorization", "Basic " + token);
    } else if (m_profile.auth == ConnectionProfile::Auth::Bearer) {
        request->setRawHeader("Authorization", "Bearer " + m_secret);
    }
}

QString LeshanRestClient::clientPath(const QString &endpoint, const QString &path) const
{
    QString suffix
        = QStringLiteral("/clients/") + QString::fromLatin1(QUrl::toPercentEncoding(endpoint));
    if (!path.isEmpty() && path != QLatin1String("/"))
        suffix += path;
    return suffix;
}

Lwm2mReply *LeshanRestClient::failNow(const Lwm2mResponse::Error error, const QString &message)
{
    auto *reply = new Lwm2mReply(this);
    Lwm2mResponse response;
    response.error = error;
    response.message = message;
    reply->finish(response);
    return reply;
}

Lwm2mReply *LeshanRestClient::send(Method method,
                                   const QString &endpoint,
                                   const QString &suffix,
                                   const QList<QPair<QString, QString>> &query,
                                   const QByteArray &body,
                                   const QByteArray &contentType,
                                   int timeoutSeconds,
                                   bool composite)
{
    if (!m_configurationError.isEmpty())
        return failNow(Lwm2mResponse::Error::Unreachable, m_configurationError);
    if (!m_profile.url.isValid())
        return failNow(Lwm2mResponse::Error::Unreachable, tr("No server address is configured."));

    QUrl url = apiUrl(suffix);
    QUrlQuery q;
    for (const auto &item : query)
        q.addQueryItem(item.first, item.second);
    if (timeoutSeconds > 0)
        q.addQueryItem(QStringLiteral("timeout"), QString::number(timeoutSeconds));
    if (!q.isEmpty())
        url.setQuery(q);

    QNetworkRequest request(url);
    request.setTransferTimeout(
        timeoutSeconds > 0 ? qMax(m_requestTimeoutMs, timeoutSeconds * 1000 + DeviceTimeoutGraceMs)
                           : m_requestTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (m_profile.usesTls())
        request.setSslConfiguration(m_ssl);
    authorize(&request);

    QNetworkReply *networkReply = nullptr;
    switch (method) {
    case Method::Get:
        networkReply = m_network->get(request);
        break;
    case Method::Put:
        networkReply = m_network->put(request, body);
        break;
    case Method::Post:
        networkReply = m_network->post(request, body);
        break;
    case Method::Delete:
        networkReply = m_network->deleteResource(request);
        break;
    }
    auto *reply = new Lwm2mReply(this);
    Pending pending;
    pending.reply = reply;
    pending.endpoint = endpoint;
    pending.deviceTimeoutSeconds = timeoutSeconds;
    pending.composite = composite;
    m_pending.insert(networkReply, pending);
    qCDebug(lcLwm2m) << "request" << int(method) << url.toString();

    connect(networkReply,
            &QNetworkReply::downloadProgress,
            this,
            [this, networkReply](qint64 got, qint64 total) {
                auto it = m_pending.find(networkReply);
                if (it == m_pending.end() || it->oversized)
                    return;
                if (got > m_maxResponseBytes || total > m_maxResponseBytes) {
                    it->oversized = true;
                    networkReply->abort();
                }
            });
    connect(networkReply, &QNetworkReply::finished, this, [this, networkReply] {
        onFinished(networkReply);
    });
    return reply;
}

void LeshanRestClient::onFinished(QNetworkReply *networkReply)
{
    networkReply->deleteLater();
    const Pending pending = m_pending.take(networkReply);
    if (!pending.reply)
        return;
    Lwm2mResponse response;
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pending.oversized) {
        response.error = Lwm2mResponse::Error::Oversized;
        response.message = tr("The server's answer is larger than %1 MB; it was not read.")
                               .arg(m_maxResponseBytes / (1024 * 1024));
    } else if (networkReply->error() == QNetworkReply::OperationCanceledError
               || networkReply->error() == QNetworkReply::TimeoutError) {
        response.error = Lwm2mResponse::Error::Timeout;
        response.message = tr("The server did not answer in time (%1 s).")
                               .arg(networkReply->request().transferTimeout() / 1000.0);
    } else {
        response = interpret(status,
                             networkReply->error(),
                             networkReply->errorString(),
                             networkReply->readAll(),
                             pending.endpoint,
                             pending.deviceTimeoutSeconds);
        if (pending.composite && response.error == Lwm2mResponse::Error::ServerError
            && response.message.contains(QLatin1String("composite"), Qt::CaseInsensitive)) {
            response.error = Lwm2mResponse::Error::NotSupported;
            response.message = tr("Composite operations are not supported by this server "
                                  "(Leshan 2.0.0-M4 and older have none).");
        }
    }
    if (response.error == Lwm2mResponse::Error::Unreachable)
        emit serverUnreachable(response.message);
    if (response.delayed && !response.requestId.isEmpty()) {
        m_delayed.insert(response.requestId, pending.reply);
        pending.reply->markWaitingForWakeUp(response.requestId);
        return;
    }
    pending.reply->finish(response);
}

Lwm2mResponse LeshanRestClient::interpret(int httpStatus,
                                          QNetworkReply::NetworkError networkError,
                                          const QString &networkErrorText,
                                          const QByteArray &body,
                                          const QString &endpoint,
                                          int deviceTimeoutSeconds)
{
    using Error = Lwm2mResponse::Error;
    Lwm2mResponse r;
    r.httpStatus = httpStatus;
    auto fail = [&r](Error error, const QString &message) {
        r.error = error;
        r.message = message;
        return r;
    };

    if (httpStatus == 0) {
        if (networkError == QNetworkReply::SslHandshakeFailedError)
            return fail(Error::Unreachable,
                        tr("A secure connection to the server failed: %1").arg(networkErrorText));
        if (networkError == QNetworkReply::RemoteHostClosedError)
            return fail(Error::Unreachable,
                        tr("The server closed the connection without answering."));
        return fail(Error::Unreachable,
                    tr("The server cannot be reached: %1").arg(networkErrorText));
    }

    const QString text = errorText(body);
    if (httpStatus >= 200 && httpStatus < 300) {
        if (networkError != QNetworkReply::NoError)
            return fail(Error::Malformed,
                        tr("The server's answer was cut off (%1).").arg(networkErrorText));
        if (body.trimmed().isEmpty())
            return r; // e.g. a passive observation cancel
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(Error::Malformed,
                        tr("The server's answer could not be read (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        if (doc.isArray()) {
            r.json = doc.array();
            return r;
        }
        const QJsonObject o = doc.object();
        r.json = o;
        if (o.value(QLatin1String("delayed")).toBool() && !o.contains(QLatin1String("response"))) {
            r.delayed = true;
            r.requestId = o.value(QLatin1String("requestId")).toString();
            return r;
        }
        // REQUEST_RESPONSE carries the device's answer inside "response".
        const QJsonObject answer = o.contains(QLatin1String("response"))
                                       ? o.value(QLatin1String("response")).toObject()
                                       : o;
        r.status = answer.value(QLatin1String("status")).toString();
        if (answer.contains(QLatin1String("success"))
            && !answer.value(QLatin1String("success")).toBool()) {
            return fail(Error::DeviceError,
                        deviceErrorMessage(r.status,
                                           answer.value(QLatin1String("errormessage")).toString()));
        }
        const QJsonValue content = answer.value(QLatin1String("content"));
        if (content.isObject()) {
            const QJsonObject c = content.toObject();
            const bool isComposite = !c.isEmpty() && c.begin().key().startsWith(QLatin1Char('/'));
            QString nodeError;
            if (isComposite) {
                for (auto it = c.begin(); it != c.end(); ++it) {
                    const Lwm2mNode node = Lwm2mNode::fromJson(it.value(), &nodeError);
                    if (!node.isValid())
                        return fail(Error::Malformed, nodeError);
                    r.composite.insert(it.key(), node);
                }
            } else {
                r.content = Lwm2mNode::fromJson(content, &nodeError);
                if (!r.content.isValid())
                    return fail(Error::Malformed, nodeError);
            }
        }
        r.objectLinks = answer.value(QLatin1String("objectLinks")).toArray();
        r.location = answer.value(QLatin1String("location")).toString();
        return r;
    }

    switch (httpStatus) {
    case 400:
        if (text.contains(QLatin1String("no registered client"), Qt::CaseInsensitive))
            return fail(Error::UnknownEndpoint,
                        tr("The device %1 is not registered at the server (it is offline, or "
                           "the name is wrong).")
                            .arg(endpoint));
        if (text.contains(QLatin1String("sleep"), Qt::CaseInsensitive))
            return fail(Error::DeviceAsleep,
                        tr("The device %1 is asleep (queue mode); try again when it wakes up.")
                            .arg(endpoint));
        if (text.startsWith(QLatin1String("Invalid path"), Qt::CaseInsensitive))
            return fail(Error::InvalidPath, tr("The server refused the path: %1").arg(text));
        return fail(Error::InvalidRequest, tr("The server refused the request: %1").arg(text));
    case 401:
    case 403:
        return fail(Error::Unauthorized,
                    tr("The server refused the credentials (HTTP %1).").arg(httpStatus));
    case 404:
        return fail(Error::NotFound,
                    text.isEmpty() ? tr("The server does not know this address (HTTP 404).")
                                   : tr("Not found: %1").arg(text));
    case 504:
        return fail(Error::DeviceTimeout,
                    deviceTimeoutSeconds > 0
                        ? tr("The device did not answer in time (%1 s).").arg(deviceTimeoutSeconds)
                        : tr("The device did not answer in time."));
    case 500:
        return fail(Error::ServerError,
                    tr("The server failed to handle the request: %1")
                        .arg(text.isEmpty() ? tr("no details") : text));
    default:
        return fail(Error::ServerError,
                    tr("The server answered HTTP %1: %2")
                        .arg(httpStatus)
                        .arg(text.isEmpty() ? networkErrorText : text));
    }
}

bool LeshanRestClient::handleRequestResponse(const QJsonObject &data)
{
    const QString requestId = data.value(QLatin1String("requestId")).toString();
    const QPointer<Lwm2mReply> reply = m_delayed.take(requestId);
    if (!reply)
        return false;
    Lwm2mResponse response
        = interpret(200,
                    QNetworkReply::NoError,
                    QString(),
                    QJsonDocument(QJsonObject{{QStringLiteral("response"),
                                               data.value(QLatin1String("response"))}})
                        .toJson(QJsonDocument::Compact),
                    data.value(QLatin1String("ep")).toString(),
                    0);
    response.requestId = requestId;
    reply->finish(response);
    return true;
}

void LeshanRestClient::cancelDelayed(const QString &reason)
{
    const auto delayed = m_delayed;
    m_delayed.clear();
    for (const QPointer<Lwm2mReply> &reply : delayed) {
        if (!reply)
            continue;
        Lwm2mResponse response;
        response.error = Lwm2mResponse::Error::Cancelled;
        response.message = reason;
        reply->finish(response);
    }
}

Lwm2mReply *LeshanRestClient::clients()
{
    return send(Method::Get, QString(), QStringLiteral("/clients"), {}, {}, {}, 0);
}

Lwm2mReply *LeshanRestClient::client(const QString &endpoint)
{
    return send(Method::Get, endpoint, clientPath(endpoint, {}), {}, {}, {}, 0);
}

namespace {
bool checkPath(const QString &path, Lwm2mPath::Level minimum, QString *error)
{
    const Lwm2mPath p = Lwm2mPath::parse(path);
    if (!p.isValid() || int(p.level()) < int(minimum)) {
        *error = LeshanRestClient::tr("\"%1\" is not a valid LwM2M path for this operation.")
                     .arg(path);
        return false;
    }
    return true;
}

QList<QPair<QString, QString>> formatQuery(const QString &format)
{
    if (format.isEmpty())
        return {};
    return {{QStringLiteral("format"), format.toUpper()}};
}
} // namespace

Lwm2mReply *LeshanRestClient::read(const QString &endpoint,
                                   const QString &path,
                                   const QString &format,
                                   int timeoutSeconds)
{
    QString error;
    if (!checkPath(path, Lwm2mPath::Level::Object, &error))
        return failNow(Lwm2mResponse::Error::InvalidPath, error);
    return send(Method::Get,
                endpoint,
                clientPath(endpoint, Lwm2mPath::parse(path).toString()),
                formatQuery(format),
                {},
                {},
                timeoutSeconds);
}

Lwm2mReply *LeshanRestClient::readComposite(const QString &endpoint,
                                            const QStringList &paths,
                                            int timeoutSeconds)
{
    QStringList normalized;
    for (const QString &path : paths) {
        QString error;
        if (!checkPath(path, Lwm2mPath::Level::Root, &error))
            return failNow(Lwm2mResponse::Error::InvalidPath, error);
        normalized.append(Lwm2mPath::parse(path).toString());
    }
    return send(Method::Get,
                endpoint,
                clientPath(endpoint, QStringLiteral("/composite")),
                {{QStringLiteral("paths"), normalized.join(QLatin1Char(','))}},
                {},
                {},
                timeoutSeconds,
                true);
}

Lwm2mReply *LeshanRestClient::write(const QString &endpoint,
                                    const QString &path,
                                    const Lwm2mNode &node,
                                    bool replace,
                                    int timeoutSeconds)
{
    QString error;
    if (!checkPath(path, Lwm2mPath::Level::Instance, &error))
        return failNow(Lwm2mResponse::Error::InvalidPath, error);
    QList<QPair<QString, QString>> query;
    if (!replace)
        query.append({QStringLiteral("replace"), QStringLiteral("false")});
    return send(Method::Put,
                endpoint,
                clientPath(endpoint, Lwm2mPath::parse(path).toString()),
                query,
                QJsonDocument(node.toJson()).toJson(QJsonDocument::Compact),
                "application/json",
                timeoutSeconds);
}

Lwm2mReply *LeshanRestClient::execute(const QString &endpoint,
                                      const QString &path,
                                      const QString &arguments,
                                      int timeoutSeconds)
{
    QString error;
    const Lwm2mPath p = Lwm2mPath::parse(path);
    if (!p.isValid() || p.level() != Lwm2mPath::Level::Resource)
        return failNow(Lwm2mResponse::Error::InvalidPath,
                       tr("Execute needs a resource path (/object/instance/resource), not "
                          "\"%1\".")
                           .arg(path));
    return send(Method::Post,
                endpoint,
                clientPath(endpoint, p.toString()),
                {},
                arguments.toUtf8(),
                "text/plain",
                timeoutSeconds);
}

Lwm2mReply *
LeshanRestClient::discover(const QString &endpoint, const QString &path, int timeoutSeconds)
{
    QString error;
    if (!checkPath(path, Lwm2mPath::Level::Object, &error))
        return failNow(Lwm2mResponse::Error::InvalidPath, error);
    return send(
        Method::Get,
        endpoint,
        clientPath(endpoint, Lwm2mPath::parse(path).toString() + QStringLiteral("/discover")),
        {},
        {},
        {},
        timeoutSeconds);
}

Lwm2mReply *LeshanRestClient::create(const QString &endpoint,
                                     const QString &path,
                                     const Lwm2mNode &node,
                                     int timeoutSeconds)
{
    const Lwm2mPath p = Lwm2mPath::parse(path);
    if (!p.isValid()
        || (p.level() != Lwm2mPath::Level::Object && p.level() != Lwm2mPath::Level::Instance))
        return failNow(Lwm2mResponse::Error::InvalidPath,
                       tr("Create needs an object path (/object or /object/instance), not "
                          "\"%1\".")
                           .arg(path));
    QJsonObject body = node.toJson();
    if (node.id < 0)
        body.remove(QStringLiteral("id"));
    return send(Method::Post,
                endpoint,
                clientPath(endpoint, p.toString()),
                {},
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json",
                timeoutSeconds);
}

Lwm2mReply *
LeshanRestClient::deleteInstance(const QString &endpoint, const QString &path, int timeoutSeconds)
{
    QString error;
    if (!checkPath(path, Lwm2mPath::Level::Instance, &error))
        return failNow(Lwm2mResponse::Error::InvalidPath, error);
    return send(Method::Delete,
                endpoint,
                clientPath(endpoint, Lwm2mPath::parse(path).toString()),
                {},
                {},
                {},
                timeoutSeconds);
}

Lwm2mReply *LeshanRestClient::observe(const QString &endpoint,
                                      const QString &path,
                                      const QString &format,
                                      int timeoutSeconds)
{
    QString error;
    if (!checkPath(path, Lwm2mPath::Level::Object, &error))
        return failNow(Lwm2mResponse::Error::InvalidPath, error);
    return send(
        Method::Post,
        endpoint,
        clientPath(endpoint, Lwm2mPath::parse(path).toString() + QStringLiteral("/observe")),
        formatQuery(format),
        {},
        {},
        timeoutSeconds);
}

Lwm2mReply *LeshanRestClient::cancelObserve(const QString &endpoint,
                                            const QString &path,
                                            CancelMode mode,
                                            int timeoutSeconds)
{
    QString error;
    if (!checkPath(path, Lwm2mPath::Level::Object, &error))
        return failNow(Lwm2mResponse::Error::InvalidPath, error);
    QList<QPair<QString, QString>> query;
    if (mode == CancelMode::Active)
        query.append({QStringLiteral("active"), QString()});
    return send(
        Method::Delete,
        endpoint,
        clientPath(endpoint, Lwm2mPath::parse(path).toString() + QStringLiteral("/observe")),
        query,
        {},
        {},
        mode == CancelMode::Active ? timeoutSeconds : 0);
}

Lwm2mReply *LeshanRestClient::writeAttributes(const QString &endpoint,
                                              const QString &path,
                                              const QList<QPair<QString, QString>> &attributes)
{
    QString error;
    if (!checkPath(path, Lwm2mPath::Level::Object, &error))
        return failNow(Lwm2mResponse::Error::InvalidPath, error);
    static const QRegularExpression name(QStringLiteral("^(pmin|pmax|gt|lt|st|epmin|epmax)$"));
    for (const auto &a : attributes) {
        if (!name.match(a.first).hasMatch())
            return failNow(Lwm2mResponse::Error::InvalidRequest,
                           tr("\"%1\" is not a notification attribute (pmin, pmax, gt, lt, st, "
                              "epmin, epmax).")
                               .arg(a.first));
    }
    return send(
        Method::Put,
        endpoint,
        clientPath(endpoint, Lwm2mPath::parse(path).toString() + QStringLiteral("/attributes")),
        attributes,
        {},
        {},
        0);
}

Lwm2mReply *LeshanRestClient::objectSpecs(const QString &endpoint)
{
    return send(Method::Get,
                endpoint,
                QStringLiteral("/objectspecs/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(endpoint)),
                {},
                {},
                {},
                0);
}
