#include "mqtt/MqttTlsContext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

// The verify callback's decisions, on certificates made here with the OpenSSL API and a real TLS
// handshake between our client context and a server context over an in-memory BIO pair.
namespace {

struct KeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CertDeleter
{
    void operator()(X509 *c) const { X509_free(c); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Cert = std::unique_ptr<X509, CertDeleter>;

Key makeKey()
{
    return Key(EVP_EC_gen("P-256"));
}

struct CertSpec
{
    QString commonName;
    QStringList sans; // "DNS:x" / "IP:1.2.3.4"
    long notBeforeOffset = -3600;
    long notAfterOffset = 30 * 86400;
    bool ca = false;
};

Cert makeCert(const CertSpec &spec, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey)
{
    static long serial = 1;
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial++);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.notBeforeOffset);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.notAfterOffset);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name,
                               "CN",
                               MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()),
                               -1,
                               -1,
                               0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert.get(), cert.get(), nullptr, nullptr, 0);
    auto addExtension = [&](int nid, const QByteArray &value) {
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
        QVERIFY(ext);
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    };
    addExtension(NID_basic_constraints, spec.ca ? "critical,CA:TRUE" : "CA:FALSE");
    if (spec.ca)
        addExtension(NID_key_usage, "critical,keyCertSign,cRLSign");
    if (!spec.sans.isEmpty())
        addExtension(NID_subject_alt_name, spec.sans.join(QLatin1Char(',')).toUtf8());
    X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256());
    return cert;
}

bool writePem(const QString &path, X509 *cert)
{
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "w");
    if (!f)
        return false;
    const bool ok = PEM_write_X509(f, cert) == 1;
    std::fclose(f);
    return ok;
}

QByteArray sha256(X509 *cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(cert, EVP_sha256(), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

// Runs a handshake between the client context and a server presenting leaf (+ chain); true when it
// completed.
bool handshake(SSL_CTX *clientCtx, X509 *leaf, EVP_PKEY *leafKey, X509 *chainCa = nullptr)
{
    SSL_CTX *serverCtx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_use_certificate(serverCtx, leaf);
    SSL_CTX_use_PrivateKey(serverCtx, leafKey);
    if (chainCa) {
        X509_up_ref(chainCa);
        SSL_CTX_add_extra_chain_cert(serverCtx, chainCa);
    }
    SSL *client = SSL_new(clientCtx);
    SSL *server = SSL_new(serverCtx);
    BIO *clientBio = nullptr;
    BIO *serverBio = nullptr;
    BIO_new_bio_pair(&clientBio, 0, &serverBio, 0);
    SSL_set_bio(client, clientBio, clientBio);
    SSL_set_bio(server, serverBio, serverBio);
    SSL_set_connect_state(client);
    SSL_set_accept_state(server);
    bool clientDone = false;
    bool serverDone = false;
    bool failed = false;
    for (int round = 0; round < 20 && !(clientDone && serverDone) && !failed; ++round) {
        if (!clientDone) {
            const int rc = SSL_do_handshake(client);
            clientDone = rc == 1;
            const int err = SSL_get_error(client, rc);
            failed = rc != 1 && err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE;
        }
        if (!serverDone && !failed) {
            const int rc = SSL_do_handshake(server);
            serverDone = rc == 1;
            const int err = SSL_get_error(server, rc);
            if (rc != 1 && err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE)
                break;
        }
    }
    SSL_free(client);
    SSL_free(server);
    SSL_CTX_free(serverCtx);
    return clientDone && !failed;
}

} // namespace

class tst_MqttTlsContext : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Key m_caKey;
    Cert m_ca;
    QString m_caFile;
    Key m_leafKey;

    Cert leaf(const CertSpec &spec)
    {
        return makeCert(spec, m_leafKey.get(), m_ca.get(), m_caKey.get());
    }

    MqttTlsContext::Options options(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        MqttTlsContext::Options o;
        o.host = host;
        o.caFile = m_caFile;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_caKey = makeKey();
        m_leafKey = makeKey();
        QVERIFY(m_caKey && m_leafKey);
        m_ca = makeCert({QStringLiteral("Test CA"), {}, -3600, 365 * 86400, true},
                        m_caKey.get(),
                        nullptr,
                        nullptr);
        m_caFile = m_dir.filePath(QStringLiteral("ca.crt"));
        QVERIFY(writePem(m_caFile, m_ca.get()));
    }

    void acceptsAValidCertificateForTheHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("ip") << QStringLiteral("127.0.0.1");
        QTest::newRow("dns") << QStringLiteral("broker.example");
        QTest::newRow("wildcard") << QStringLiteral("a.fleet.example");
    }

    void acceptsAValidCertificateForTheHost()
    {
        QFETCH(QString, host);
        const Cert cert = leaf({QStringLiteral("broker"),
                                {QStringLiteral("IP:127.0.0.1"),
                                 QStringLiteral("DNS:broker.example"),
                                 QStringLiteral("DNS:*.fleet.example")}});
        MqttTlsContext tls(options(host));
        QString error;
        QVERIFY2(tls.create(&error), qPrintable(error));
        QVERIFY(handshake(tls.context(), cert.get(), m_leafKey.get()));
        QCOMPARE(tls.failure(), MqttTlsContext::Failure::None);
        QCOMPARE(tls.peerSha256(), MqttTlsContext::formatFingerprint(sha256(cert.get())));
    }

    void refusesAnUnknownCa()
    {
        Key otherKey = makeKey();
        const Cert otherCa = makeCert(
            {QStringLiteral("Other CA"), {}, -3600, 86400, true}, otherKey.get(), nullptr, nullptr);
        const Cert cert = makeCert({QStringLiteral("broker"), {QStringLiteral("IP:127.0.0.1")}},
                                   m_leafKey.get(),
                                   otherCa.get(),
                                   otherKey.get());
        MqttTlsContext tls(options());
        QString error;
        QVERIFY(tls.create(&error));
        QVERIFY(!handshake(tls.context(), cert.get(), m_leafKey.get()));
        QCOMPARE(tls.failure(), MqttTlsContext::Failure::Untrusted);
        QVERIFY2(tls.failureMessage().contains(QLatin1String("not trusted"))
                     && tls.failureMessage().contains(QLatin1String("Other CA")),
                 qPrintable(tls.failureMessage()));

        // The same when the server sends its (untrusted) root along.
        MqttTlsContext withChain(options());
        QVERIFY(withChain.create(&error));
        QVERIFY(!handshake(withChain.context(), cert.get(), m_leafKey.get(), otherCa.get()));
        QCOMPARE(withChain.failure(), MqttTlsContext::Failure::Untrusted);
        QVERIFY(withChain.failureMessage().contains(QLatin1String("Other CA")));
    }

    void refusesASelfSignedCertificate()
    {
        const Cert cert
            = makeCert({QStringLiteral("lonely-broker"), {QStringLiteral("IP:127.0.0.1")}},
                       m_leafKey.get(),
                       nullptr,
                       nullptr);
        MqttTlsContext tls(options());
        QString error;
        QVERIFY(tls.create(&error));
        QVERIFY(!handshake(tls.context(), cert.get(), m_leafKey.get()));
        QCOMPARE(tls.failure(), MqttTlsContext::Failure::SelfSigned);
        QVERIFY2(tls.failureMessage().contains(QLatin1String("self-signed")),
                 qPrintable(tls.failureMessage()));
    }

    void refusesAnExpiredCertificate()
    {
        const Cert cert = leaf(
            {QStringLiteral("broker"), {QStringLiteral("IP:127.0.0.1")}, -10 * 86400, -86400});
        MqttTlsContext tls(options());
        QString error;
        QVERIFY(tls.create(&error));
        QVERIFY(!handshake(tls.context(), cert.get(), m_leafKey.get()));
        QCOMPARE(tls.failure(), MqttTlsContext::Failure::Expired);
        QVERIFY2(tls.failureMessage().contains(QLatin1String("expired on")),
                 qPrintable(tls.failureMessage()));
    }

    void refusesANotYetValidCertificate()
    {
        const Cert cert
            = leaf({QStringLiteral("broker"), {QStringLiteral("IP:127.0.0.1")}, 86400, 10 * 86400});
        MqttTlsContext tls(options());
        QString error;
        QVERIFY(tls.create(&error));
        QVERIFY(!handshake(tls.context(), cert.get(), m_leafKey.get()));
        QCOMPARE(tls.failure(), MqttTlsContext::Failure::NotYetValid);
        QVERIFY(tls.failureMessage().contains(QLatin1String("not valid before")));
    }

    void refusesTheWrongHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("other ip") << QStringLiteral("127.0.0.2");
        QTest::newRow("other name") << QStringLiteral("evil.example");
        QTest::newRow("wildcard is one label") << QStringLiteral("a.b.fleet.example");
    }

    void refusesTheWrongHost()
    {
        QFETCH(QString, host);
        const Cert cert = leaf({QStringLiteral("broker"),
                                {QStringLiteral("IP:127.0.0.1"),
                                 QStringLiteral("DNS:broker.example"),
                                 QStringLiteral("DNS:*.fleet.example")}});
        MqttTlsContext tls(options(host));
        QString error;
        QVERIFY(tls.create(&error));
        QVERIFY(!handshake(tls.context(), cert.get(), m_leafKey.get()));
        QCOMPARE(tls.failure(), MqttTlsContext::Failure::HostMismatch);
        QVERIFY2(tls.failureMessage().contains(host)
                     && tls.failureMessage().contains(QLatin1String("broker.example")),
                 qPrintable(tls.failureMessage()));
    }

    void pinDecides()
    {
        const Cert selfSigned
            = makeCert({QStringLiteral("pinned-broker"), {QStringLiteral("IP:127.0.0.1")}},
                       m_leafKey.get(),
                       nullptr,
                       nullptr);
        QString error;
        // The right pin trusts a self-signed certificate (the user's explicit choice).
        MqttTlsContext::Options o = options();
        o.pinnedSha256 = sha256(selfSigned.get());
        MqttTlsContext pinned(o);
        QVERIFY(pinned.create(&error));
        QVERIFY(handshake(pinned.context(), selfSigned.get(), m_leafKey.get()));
        QCOMPARE(pinned.failure(), MqttTlsContext::Failure::None);

        // A wrong pin refuses even a certificate the CA vouches for.
        const Cert good = leaf({QStringLiteral("broker"), {QStringLiteral("IP:127.0.0.1")}});
        o.pinnedSha256 = QByteArray(32, '\x11');
        MqttTlsContext wrong(o);
        QVERIFY(wrong.create(&error));
        QVERIFY(!handshake(wrong.context(), good.get(), m_leafKey.get()));
        QCOMPARE(wrong.failure(), MqttTlsContext::Failure::PinMismatch);
        QVERIFY(wrong.failureMessage().contains(QLatin1String("pinned fingerprint")));
        QVERIFY(
            wrong.failureMessage().contains(MqttTlsContext::formatFingerprint(sha256(good.get()))));

        // The pin does not excuse an expired certificate.
        const Cert expired = leaf(
            {QStringLiteral("broker"), {QStringLiteral("IP:127.0.0.1")}, -10 * 86400, -86400});
        o.pinnedSha256 = sha256(expired.get());
        MqttTlsContext pinnedExpired(o);
        QVERIFY(pinnedExpired.create(&error));
        QVERIFY(!handshake(pinnedExpired.context(), expired.get(), m_leafKey.get()));
        QCOMPARE(pinnedExpired.failure(), MqttTlsContext::Failure::Expired);
    }

    void verificationOffAcceptsAnything()
    {
        const Cert selfSigned
            = makeCert({QStringLiteral("x"), {QStringLiteral("DNS:other.example")}},
                       m_leafKey.get(),
                       nullptr,
                       nullptr);
        MqttTlsContext::Options o = options();
        o.verifyPeer = false;
        MqttTlsContext tls(o);
        QString error;
        QVERIFY(tls.create(&error));
        QVERIFY(handshake(tls.context(), selfSigned.get(), m_leafKey.get()));
        QCOMPARE(tls.failure(), MqttTlsContext::Failure::None);
    }

    void missingCaFileIsAnError()
    {
        MqttTlsContext::Options o = options();
        o.caFile = m_dir.filePath(QStringLiteral("nope.crt"));
        MqttTlsContext tls(o);
        QString error;
        QVERIFY(!tls.create(&error));
        QVERIFY(error.contains(QLatin1String("nope.crt")));
    }

    void parsesFingerprints()
    {
        const QString hex
            = QStringLiteral("7850df427e111c21c80a4a90374323e4f0a2d8de05c0411057fe37568ab31cdb");
        QCOMPARE(MqttTlsContext::parseFingerprint(hex).size(), 32);
        QString colons;
        for (int i = 0; i < hex.size(); i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
        QCOMPARE(MqttTlsContext::parseFingerprint(colons), MqttTlsContext::parseFingerprint(hex));
        QCOMPARE(MqttTlsContext::formatFingerprint(MqttTlsContext::parseFingerprint(colons)), hex);
        QVERIFY(MqttTlsContext::parseFingerprint(QStringLiteral("abcd")).isEmpty());
        QVERIFY(MqttTlsContext::parseFingerprint(QString(64, QLatin1Char('g'))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MqttTlsContext)
#include "tst_MqttTlsContext.moc"
