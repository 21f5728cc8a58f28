#include "mqtt/MqttTlsContext.h"

#include "common/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509v3.h>

namespace {

int appDataIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

QString lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString();
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

QString nameText(const X509_NAME *name)
{
    if (!name)
        return QString();
    // The common name when there is one, else the one-line form.
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index >= 0) {
        const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
        unsigned char *utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, data);
        if (length >= 0) {
            const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
            OPENSSL_free(utf8);
            return text;
        }
    }
    char buffer[512];
    X509_NAME_oneline(name, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

QString timeText(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return QString();
    const QDateTime when(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                         QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                         Qt::UTC);
    return when.toString(Qt::ISODate);
}

// The DNS names and IP addresses a certificate is issued for (SAN; the CN when there is no SAN).
QStringList certificateNames(X509 *cert)
{
    QStringList names;
    auto *sans = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (sans) {
        for (int i = 0; i < sk_GENERAL_NAME_num(sans); ++i) {
            const GENERAL_NAME *san = sk_GENERAL_NAME_value(sans, i);
            if (san->type == GEN_DNS) {
                names.append(QString::fromUtf8(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(san->d.dNSName)),
                    ASN1_STRING_length(san->d.dNSName)));
            } else if (san->type == GEN_IPADD) {
                const ASN1_OCTET_STRING *ip = san->d.iPAddress;
                const auto *bytes = ASN1_STRING_get0_data(ip);
                if (ASN1_STRING_length(ip) == 4) {
                    names.append(QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16
                                              | quint32(bytes[2]) << 8 | quint32(bytes[3]))
                                     .toString());
                } else if (ASN1_STRING_length(ip) == 16) {
                    names.append(QHostAddress(bytes).toString());
                }
            }
        }
        GENERAL_NAMES_free(sans);
    }
    if (names.isEmpty())
        names.append(nameText(X509_get_subject_name(cert)));
    return names;
}

QByteArray sha256Of(X509 *cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &length) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

// Chain errors that a matching pin overrides: the user has explicitly trusted this certificate.
bool isTrustError(int error)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return true;
    default:
        return false;
    }
}

} // namespace

MqttTlsContext::MqttTlsContext(Options options)
    : m_options(std::move(options))
{}

MqttTlsContext::~MqttTlsContext()
{
    if (m_ctx)
        SSL_CTX_free(m_ctx);
}

bool MqttTlsContext::create(QString *error)
{
    if (m_ctx)
        return true;
    m_ctx = SSL_CTX_new(TLS_client_method());
    if (!m_ctx) {
        *error = tr("Cannot create a TLS context: %1").arg(lastOpenSslError());
        return false;
    }
    SSL_CTX_set_min_proto_version(m_ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(m_ctx, SSL_OP_NO_COMPRESSION);
    SSL_CTX_set_ex_data(m_ctx, appDataIndex(), this);

    if (m_options.caFile.isEmpty()) {
        if (SSL_CTX_set_default_verify_paths(m_ctx) != 1) {
            *error
                = tr("Cannot load the system's trusted certificates: %1").arg(lastOpenSslError());
            return false;
        }
    } else {
        if (!QFile::exists(m_options.caFile)) {
            *error = tr("The CA file %1 does not exist.").arg(m_options.caFile);
            return false;
        }
        if (SSL_CTX_load_verify_locations(
                m_ctx, QFile::encodeName(m_options.caFile).constData(), nullptr)
            != 1) {
            *error = tr("The CA file %1 holds no usable PEM certificate: %2")
                         .arg(m_options.caFile, lastOpenSslError());
            return false;
        }
    }
    if (!m_options.clientCertFile.isEmpty()) {
        if (SSL_CTX_use_certificate_chain_file(
                m_ctx, QFile::encodeName(m_options.clientCertFile).constData())
            != 1) {
            *error = tr("Cannot load the client certificate %1: %2")
                         .arg(m_options.clientCertFile, lastOpenSslError());
            return false;
        }
        const QString keyFile = m_options.clientKeyFile.isEmpty() ? m_options.clientCertFile
                                                                  : m_options.clientKeyFile;
        if (SSL_CTX_use_PrivateKey_file(
                m_ctx, QFile::encodeName(keyFile).constData(), SSL_FILETYPE_PEM)
            != 1) {
            *error = tr("Cannot load the client key %1: %2").arg(keyFile, lastOpenSslError());
            return false;
        }
        if (SSL_CTX_check_private_key(m_ctx) != 1) {
            *error = tr("The client key %1 does not belong to the client certificate %2.")
                         .arg(keyFile, m_options.clientCertFile);
            return false;
        }
    }
    // Always SSL_VERIFY_PEER: the callback decides, also when verification is turned off (the pin
    // still applies then).
    SSL_CTX_set_verify(m_ctx, SSL_VERIFY_PEER, &MqttTlsContext::verifyCallback);
    return true;
}

void MqttTlsContext::resetFailure()
{
    m_failure = Failure::None;
    m_failureMessage.clear();
    m_peerSha256.clear();
}

int MqttTlsContext::verifyCallback(int preverifyOk, X509_STORE_CTX *store)
{
    auto *ssl = static_cast<SSL *>(
        X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *self = ssl ? static_cast<MqttTlsContext *>(
                     SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), appDataIndex()))
                     : nullptr;
    return self ? self->verify(preverifyOk, store) : 0;
}

void MqttTlsContext::fail(Failure failure, const QString &message)
{
    if (m_failure != Failure::None)
        return; // the first reason is the one that counts
    m_failure = failure;
    m_failureMessage = message;
    qCInfo(lcMqtt) << "certificate refused:" << message;
}

int MqttTlsContext::verify(int preverifyOk, X509_STORE_CTX *store)
{
    const int depth = X509_STORE_CTX_get_error_depth(store);
    X509 *cert = X509_STORE_CTX_get_current_cert(store);
    const bool pinned = !m_options.pinnedSha256.isEmpty();

    if (!preverifyOk) {
        const int error = X509_STORE_CTX_get_error(store);
        if (!m_options.verifyPeer || (pinned && isTrustError(error))) {
            // Turned off by the user, or trusted through the pin (checked at depth 0 below).
        } else {
            const QString subject = cert ? nameText(X509_get_subject_name(cert)) : QString();
            switch (error) {
            case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
            case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
            case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            case X509_V_ERR_CERT_UNTRUSTED:
            case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN: // the chain's root is not one we trust
                fail(Failure::Untrusted,
                     tr("The broker's certificate is not trusted: it was issued by an unknown "
                        "certificate authority (\"%1\").")
                         .arg(!cert ? QString()
                              : error == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN
                                  ? subject
                                  : nameText(X509_get_issuer_name(cert))));
                break;
            case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
                fail(Failure::SelfSigned,
                     tr("The broker's certificate is not trusted: \"%1\" is self-signed.")
                         .arg(subject));
                break;
            case X509_V_ERR_CERT_HAS_EXPIRED:
                fail(Failure::Expired,
                     tr("The broker's certificate \"%1\" expired on %2.")
                         .arg(subject, cert ? timeText(X509_get0_notAfter(cert)) : QString()));
                break;
            case X509_V_ERR_CERT_NOT_YET_VALID:
                fail(Failure::NotYetValid,
                     tr("The broker's certificate \"%1\" is not valid before %2.")
                         .arg(subject, cert ? timeText(X509_get0_notBefore(cert)) : QString()));
                break;
            default:
                fail(Failure::Other,
                     tr("The broker's certificate \"%1\" was refused: %2.")
                         .arg(subject, QString::fromUtf8(X509_verify_cert_error_string(error))));
                break;
            }
            return 0;
        }
    }

    if (depth != 0 || !cert)
        return 1;
    const QByteArray fingerprint = sha256Of(cert);
    m_peerSha256 = formatFingerprint(fingerprint);
    if (pinned && fingerprint != m_options.pinnedSha256) {
        fail(Failure::PinMismatch,
             tr("The broker's certificate does not match the pinned fingerprint: expected SHA-256 "
                "%1, got %2.")
                 .arg(formatFingerprint(m_options.pinnedSha256), m_peerSha256));
        return 0;
    }
    if (m_options.verifyPeer) {
        const QByteArray host = m_options.host.toUtf8();
        const bool isIp = !QHostAddress(m_options.host).isNull();
        const int match
            = isIp ? X509_check_ip_asc(cert, host.constData(), 0)
                   : X509_check_host(cert, host.constData(), size_t(host.size()), 0, nullptr);
        if (match != 1) {
            fail(Failure::HostMismatch,
                 tr("The broker's certificate is issued for %1, not for %2.")
                     .arg(certificateNames(cert).join(QStringLiteral(", ")), m_options.host));
            return 0;
        }
    }
    return 1;
}

QByteArray MqttTlsContext::parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 64)
        return QByteArray();
    for (const QChar c : std::as_const(hex)) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return QByteArray();
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString MqttTlsContext::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex());
}
