#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <openssl/ssl.h>

// FleetDesk's own OpenSSL client context for a broker connection (given to libmosquitto with
// MOSQ_OPT_SSL_CTX, without libmosquitto's defaults). Its verify callback judges the broker's
// certificate during the handshake — before any CONNECT, so before any credential is sent — and
// remembers why it refused, in words: not trusted (unknown CA), self-signed, expired / not yet
// valid, issued for another host, or not matching the pinned SHA-256 fingerprint (docs/mqtt.md).
//
// Not thread-safe: create, use and destroy it on the connection's worker thread.
class MqttTlsContext
{
    Q_DECLARE_TR_FUNCTIONS(MqttTlsContext)

public:
    enum class Failure {
        None,
        Untrusted,    // issued by a certificate authority we do not trust
        SelfSigned,   // self-signed, not in the trust store
        Expired,      // notAfter in the past
        NotYetValid,  // notBefore in the future
        HostMismatch, // SAN/CN does not name the host of the URL
        PinMismatch,  // SHA-256 of the certificate differs from the pinned one
        Other,
    };

    struct Options
    {
        QString host;            // host of the broker URL: a name or an IP address
        QString caFile;          // PEM; empty = the system trust store
        bool verifyPeer = true;  // off only by the user's explicit choice
        QByteArray pinnedSha256; // 32 bytes; empty = no pin
        QString clientCertFile;  // PEM chain, optional
        QString clientKeyFile;   // PEM, optional
    };

    explicit MqttTlsContext(Options options);
    ~MqttTlsContext();
    MqttTlsContext(const MqttTlsContext &) = delete;
    MqttTlsContext &operator=(const MqttTlsContext &) = delete;

    // Builds the SSL_CTX (trust store, client certificate, TLS ≥ 1.2, verify callback).
    bool create(QString *error);
    SSL_CTX *context() const { return m_ctx; }

    // The outcome of the last handshake's certificate check.
    Failure failure() const { return m_failure; }
    QString failureMessage() const { return m_failureMessage; }
    void resetFailure();
    // SHA-256 of the broker's certificate seen in the last handshake (hex, lower case).
    QString peerSha256() const { return m_peerSha256; }

    // "AB:CD:…" or "abcd…" (64 hex digits) → 32 bytes; empty on a malformed fingerprint.
    static QByteArray parseFingerprint(const QString &text);
    static QString formatFingerprint(const QByteArray &sha256); // lower-case hex, no colons

private:
    static int verifyCallback(int preverifyOk, X509_STORE_CTX *store);
    int verify(int preverifyOk, X509_STORE_CTX *store);
    void fail(Failure failure, const QString &message);

    Options m_options;
    SSL_CTX *m_ctx = nullptr;
    Failure m_failure = Failure::None;
    QString m_failureMessage;
    QString m_peerSha256;
};
