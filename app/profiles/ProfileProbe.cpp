#include "profiles/ProfileProbe.h"

#include "common/Logging.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {

QList<QSslCertificate> caCertificates(const ConnectionProfile &profile, QString *error)
{
    if (profile.caFile.isEmpty())
        return {};
    QFile file(profile.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProfileProbe::tr("Cannot read the CA file %1: %2")
                     .arg(profile.caFile, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        *error = ProfileProbe::tr("The CA file %1 holds no PEM certificate.").arg(profile.caFile);
    return certs;
}

QSslConfiguration tlsConfiguration(const ConnectionProfile &profile, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> cas = caCertificates(profile, error);
    if (!cas.isEmpty())
        config.setCaCertificates(cas);
    config.setPeerVerifyMode(profile.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    return config;
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &e : errors)
        lines.append(e.errorString());
    return lines.join(QStringLiteral("; "));
}

} // namespace

ProfileProbe::ProfileProbe(QObject *parent)
    : QObject(parent)
{}

void ProfileProbe::start(const ConnectionProfile &profile, int timeoutMs)
{
    m_done = false;
    QTimer::singleShot(timeoutMs, this, [this, timeoutMs] {
        finish(false, tr("No answer within %1 s.").arg(timeoutMs / 1000));
    });
    if (profile.kind == ConnectionProfile::Kind::MqttBroker)
        probeSocket(profile, timeoutMs);
    else
        probeHttp(profile, timeoutMs);
}

void ProfileProbe::probeHttp(const ConnectionProfile &profile, int timeoutMs)
{
    QString error;
    QUrl url = profile.url;
    const QString api = profile.kind == ConnectionProfile::Kind::Lwm2mBootstrap
                            ? QStringLiteral("/api/bootstrap")
                            : QStringLiteral("/api/clients");
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + api);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (profile.usesTls()) {
        request.setSslConfiguration(tlsConfiguration(profile, &error));
        if (!error.isEmpty()) {
            finish(false, error);
            return;
        }
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError) {
            finish(true, tr("The server answered (HTTP %1).").arg(status));
        } else if (status != 0) {
            finish(false,
                   tr("The server answered HTTP %1: %2").arg(status).arg(reply->errorString()));
        } else {
            finish(false, reply->errorString());
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        finish(false,
               tr("The server's certificate is not trusted: %1").arg(describeSslErrors(errors)));
    });
}

void ProfileProbe::probeSocket(const ConnectionProfile &profile, int timeoutMs)
{
    Q_UNUSED(timeoutMs)
    QString error;
    m_socket = new QSslSocket(this);
    const QString host = profile.url.host();
    const quint16 port = quint16(profile.url.port(profile.usesTls() ? 8883 : 1883));
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket)
            finish(false, m_socket->errorString());
    });
    const bool tlsHandshake = profile.usesTls() && profile.auth != ConnectionProfile::Auth::Psk;
    if (!tlsHandshake) {
        connect(m_socket, &QAbstractSocket::connected, this, [this, profile] {
            finish(true,
                   profile.auth == ConnectionProfile::Auth::Psk
                       ? tr("The broker accepts connections (the TLS-PSK handshake is "
                            "checked when FleetDesk connects).")
                       : tr("The broker accepts connections."));
        });
        m_socket->connectToHost(host, port);
        return;
    }
    m_socket->setSslConfiguration(tlsConfiguration(profile, &error));
    if (!error.isEmpty()) {
        finish(false, error);
        return;
    }
    m_socket->setPeerVerifyName(host);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        finish(false,
               tr("The broker's certificate is not trusted: %1").arg(describeSslErrors(errors)));
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        const QSslCertificate cert = m_socket->peerCertificate();
        finish(true,
               tr("TLS handshake succeeded; certificate for %1 issued by %2 verified.")
                   .arg(cert.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                        cert.issuerInfo(QSslCertificate::CommonName).join(QLatin1Char(','))));
    });
    m_socket->connectToHostEncrypted(host, port);
}

void ProfileProbe::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket)
        m_socket->abort();
    qCInfo(lcProfiles) << "probe finished" << ok << message;
    emit finished(ok, message);
}
