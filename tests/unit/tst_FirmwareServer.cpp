#include "firmware/FirmwareServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <memory>

// FleetDesk's built-in firmware server against real clients on 127.0.0.1: raw HTTP/1.1 over
// QTcpSocket for exact status lines and headers, QNetworkAccessManager for downloads and HTTPS.
class tst_FirmwareServer : public QObject
{
    Q_OBJECT

private:
    struct Response
    {
        int status = 0;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    };

    QTemporaryDir m_dir;
    QByteArray m_small; // 1000 bytes, "small.fdfw"
    std::unique_ptr<FirmwareServer> m_server;

    static bool parse(QByteArray *buffer, bool head, Response *response)
    {
        const int end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        Response r;
        r.status = lines.value(0).split(' ').value(1).toInt();
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
        }
        const qint64 length = head ? 0 : r.header("content-length").toLongLong();
        if (buffer->size() < end + 4 + length)
            return false;
        r.body = buffer->mid(end + 4, int(length));
        buffer->remove(0, end + 4 + int(length));
        *response = r;
        return true;
    }

    // Sends raw requests on one connection and collects one response per request.
    QVector<Response> exchange(const QByteArray &requests, int count, bool head = false)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QByteArray buffer;
        QVector<Response> responses;
        connect(&socket, &QIODevice::readyRead, &socket, [&] {
            buffer += socket.readAll();
            Response r;
            while (responses.size() < count && parse(&buffer, head, &r))
                responses.append(r);
        });
        socket.write(requests);
        if (!QTest::qWaitFor([&] { return responses.size() >= count; }, 10000))
            qWarning() << "no complete response; got" << buffer.left(200);
        return responses;
    }

    Response get(const QByteArray &target, const QByteArray &extra = {}, bool head = false)
    {
        const QByteArray request = (head ? "HEAD " : "GET ") + target
                                   + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
        return exchange(request, 1, head).value(0);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return f.fileName();
    }

    // A self-signed certificate for 127.0.0.1 and its key, as PEM files; returns false on error.
    static bool makeCertificate(const QString &certPath, const QString &keyPath)
    {
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
            EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free);
        std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), &X509_free);
        if (!key || !cert)
            return false;
        X509_set_version(cert.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
        X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
        X509_set_pubkey(cert.get(), key.get());
        X509_NAME *name = X509_get_subject_name(cert.get());
        X509_NAME_add_entry_by_txt(name,
                                   "CN",
                                   MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("127.0.0.1"),
                                   -1,
                                   -1,
                                   0);
        X509_set_issuer_name(cert.get(), name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
        X509_EXTENSION *san
            = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1");
        if (!san)
            return false;
        X509_add_ext(cert.get(), san, -1);
        X509_EXTENSION_free(san);
        if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
            return false;
        FILE *c = std::fopen(QFile::encodeName(certPath).constData(), "wb");
        FILE *k = std::fopen(QFile::encodeName(keyPath).constData(), "wb");
        const bool ok
            = c && k && PEM_write_X509(c, cert.get()) == 1
              && PEM_write_PrivateKey(k, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
        if (c)
            std::fclose(c);
        if (k)
            std::fclose(k);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 1000; ++i)
            m_small.append(char(i % 251));
        QVERIFY(!writeFile(QStringLiteral("small.fdfw"), m_small).isEmpty());
        QVERIFY(!writeFile(QStringLiteral(".hidden"), "secret").isEmpty());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(!writeFile(QStringLiteral("sub/inner.fdfw"), "inner").isEmpty());
        m_server = std::make_unique<FirmwareServer>(m_dir.path());
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(m_server->isListening());
        QVERIFY(m_server->serverPort() > 0);
        QCOMPARE(m_server->urlFor(QStringLiteral("small.fdfw")).toString(),
                 QStringLiteral("http://127.0.0.1:%1/small.fdfw").arg(m_server->serverPort()));
    }

    void fullGet()
    {
        QSignalSpy log(m_server.get(), &FirmwareServer::requestFinished);
        const Response r = get("/small.fdfw");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, m_small);
        QCOMPARE(r.header("content-length"), QByteArray("1000"));
        QCOMPARE(r.header("accept-ranges"), QByteArray("bytes"));
        QCOMPARE(r.header("content-type"), QByteArray("application/octet-stream"));
        QVERIFY(r.header("content-range").isEmpty());
        QVERIFY(!log.isEmpty() || log.wait(5000));
        const auto entry = log.first().first().value<FirmwareServer::RequestLog>();
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.bytes, qint64(1000));
        QVERIFY(entry.complete);
        QCOMPARE(entry.target, QStringLiteral("/small.fdfw"));
        QCOMPARE(entry.peer, QHostAddress(QHostAddress::LocalHost));
    }

    void head()
    {
        const Response r = get("/small.fdfw", {}, true);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-length"), QByteArray("1000"));
        QCOMPARE(r.header("accept-ranges"), QByteArray("bytes"));
        QVERIFY(r.body.isEmpty());
    }

    void ranges_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("closed") << QByteArray("bytes=10-19") << 10 << 19;
        QTest::newRow("one byte") << QByteArray("bytes=0-0") << 0 << 0;
        QTest::newRow("open-ended") << QByteArray("bytes=900-") << 900 << 999;
        QTest::newRow("suffix") << QByteArray("bytes=-100") << 900 << 999;
        QTest::newRow("suffix longer than file") << QByteArray("bytes=-5000") << 0 << 999;
        QTest::newRow("end beyond file") << QByteArray("bytes=990-5000") << 990 << 999;
    }

    void ranges()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, first);
        QFETCH(int, last);
        const Response r = get("/small.fdfw", "Range: " + range + "\r\n");
        QCOMPARE(r.status, 206);
        QCOMPARE(r.body, m_small.mid(first, last - first + 1));
        QCOMPARE(r.header("content-length"), QByteArray::number(last - first + 1));
        QCOMPARE(r.header("content-range"),
                 QByteArray("bytes ") + QByteArray::number(first) + '-' + QByteArray::number(last)
                     + "/1000");
    }

    void unsatisfiableRange()
    {
        for (const QByteArray &range :
             {QByteArray("bytes=1000-"), QByteArray("bytes=5000-6000"), QByteArray("bytes=-0")}) {
            const Response r = get("/small.fdfw", "Range: " + range + "\r\n");
            QCOMPARE(r.status, 416);
            QCOMPARE(r.header("content-range"), QByteArray("bytes */1000"));
        }
        // Malformed or multiple ranges are ignored: the whole file.
        for (const QByteArray &range :
             {QByteArray("bytes=5-1"), QByteArray("bytes=0-1,5-6"), QByteArray("lines=1-2")}) {
            const Response r = get("/small.fdfw", "Range: " + range + "\r\n");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.size(), 1000);
        }
    }

    void unknownAndTraversalNamesAre404()
    {
        for (const QByteArray &target : {QByteArray("/missing.fdfw"),
                                         QByteArray("/"),
                                         QByteArray("/../etc/passwd"),
                                         QByteArray("/%2e%2e/%2e%2e/etc/passwd"),
                                         QByteArray("/sub/inner.fdfw"),
                                         QByteArray("/sub%2finner.fdfw"),
                                         QByteArray("/sub"),
                                         QByteArray("/.hidden"),
                                         QByteArray("/..%5csmall.fdfw"),
                                         QByteArray("small.fdfw")}) {
            const Response r = get(target);
            QVERIFY2(r.status == 404, target.constData());
            QVERIFY(!r.body.contains("secret"));
            QVERIFY(!r.body.contains("inner"));
        }
        // A query string does not change the file.
        QCOMPARE(get("/small.fdfw?x=1").status, 200);
        QCOMPARE(get("/small%2Efdfw").body, m_small);
    }

    void otherMethodsAndBadRequests()
    {
        const Response post = exchange("POST /small.fdfw HTTP/1.1\r\nHost: x\r\n"
                                       "Content-Length: 0\r\n\r\n",
                                       1)
                                  .value(0);
        QCOMPARE(post.status, 405);
        QCOMPARE(post.header("allow"), QByteArray("GET, HEAD"));
        QCOMPARE(exchange("GET http://127.0.0.1/small.fdfw HTTP/1.1\r\nHost: x\r\n\r\n", 1)
                     .value(0)
                     .body,
                 m_small); // absolute-form
        QCOMPARE(exchange("garbage\r\n\r\n", 1).value(0).status, 400);
        QCOMPARE(exchange("GET /small.fdfw HTTP/2.0\r\n\r\n", 1).value(0).status, 505);
    }

    void keepAliveAndPipelining()
    {
        const QVector<Response> responses
            = exchange("GET /small.fdfw HTTP/1.1\r\nHost: x\r\nRange: bytes=0-9\r\n\r\n"
                       "GET /missing HTTP/1.1\r\nHost: x\r\n\r\n"
                       "GET /small.fdfw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                       3);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.at(0).status, 206);
        QCOMPARE(responses.at(0).body, m_small.left(10));
        QCOMPARE(responses.at(0).header("connection"), QByteArray("keep-alive"));
        QCOMPARE(responses.at(1).status, 404);
        QCOMPARE(responses.at(2).status, 200);
        QCOMPARE(responses.at(2).body, m_small);
        QCOMPARE(responses.at(2).header("connection"), QByteArray("close"));
    }

    void bigFileIsStreamed()
    {
        QByteArray big(5 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        generator.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        QVERIFY(!writeFile(QStringLiteral("big.fdfw"), big).isEmpty());

        QSignalSpy log(m_server.get(), &FirmwareServer::requestFinished);
        QNetworkAccessManager manager;
        QNetworkReply *reply
            = manager.get(QNetworkRequest(m_server->urlFor(QStringLiteral("big.fdfw"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        QCOMPARE(body.size(), big.size());
        QCOMPARE(QCryptographicHash::hash(body, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(big, QCryptographicHash::Sha256));
        reply->deleteLater();
        QVERIFY(!log.isEmpty() || log.wait(5000));
        const auto entry = log.last().first().value<FirmwareServer::RequestLog>();
        QVERIFY(entry.complete);
        QCOMPARE(entry.bytes, qint64(big.size()));

        // A range in the middle of the big file.
        QNetworkRequest ranged(m_server->urlFor(QStringLiteral("big.fdfw")));
        ranged.setRawHeader("Range", "bytes=3000000-3999999");
        QNetworkReply *part = manager.get(ranged);
        QSignalSpy partFinished(part, &QNetworkReply::finished);
        QVERIFY(partFinished.wait(30000));
        QCOMPARE(part->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
        QCOMPARE(part->readAll(), big.mid(3000000, 1000000));
        part->deleteLater();
    }

    // A client that leaves early: the server had only handed part of a 64 MB file to the socket
    // (it streams as the socket drains) and logs the download as incomplete.
    void clientLeavingEarlyIsLoggedIncomplete()
    {
        QFile huge(m_dir.filePath(QStringLiteral("huge.fdfw")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(64) * 1024 * 1024));
        huge.close();

        QSignalSpy log(m_server.get(), &FirmwareServer::requestFinished);
        QTcpSocket socket;
        socket.setReadBufferSize(64 * 1024); // a slow client: it stops reading
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        socket.write("GET /huge.fdfw HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return socket.bytesAvailable() >= 64 * 1024; }, 10000));
        QTest::qWait(200); // let the server fill what it can
        socket.abort();
        QVERIFY(!log.isEmpty() || log.wait(10000));
        const auto entry = log.last().first().value<FirmwareServer::RequestLog>();
        QVERIFY(!entry.complete);
        QCOMPARE(entry.length, qint64(64) * 1024 * 1024);
        QVERIFY2(entry.bytes < qint64(16) * 1024 * 1024, qPrintable(QString::number(entry.bytes)));
        QVERIFY(QTest::qWaitFor([&] { return m_server->openConnections() == 0; }, 5000));
    }

    // Closing the server in the middle of a download (here from its own log signal) drops the
    // client and leaves the server usable.
    void closeDuringDownload()
    {
        FirmwareServer server(m_dir.path());
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QTcpSocket slow;
        slow.setReadBufferSize(64 * 1024);
        slow.connectToHost(QHostAddress::LocalHost, server.serverPort());
        slow.write("GET /huge.fdfw HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return slow.bytesAvailable() >= 64 * 1024; }, 10000));
        QCOMPARE(server.openConnections(), 1);
        // A second client whose finished request closes the server.
        connect(&server, &FirmwareServer::requestFinished, &server, [&server] { server.close(); });
        QCOMPARE(get("/small.fdfw").status, 200); // m_server: not the one that closes
        QTcpSocket quick;
        quick.connectToHost(QHostAddress::LocalHost, server.serverPort());
        quick.write("HEAD /small.fdfw HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return !server.isListening(); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return server.openConnections() == 0; }, 10000));
        // The slow client, reading again, finds the connection cut before the end of the file.
        slow.setReadBufferSize(0);
        qint64 received = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                received += slow.readAll().size();
                return slow.state() == QAbstractSocket::UnconnectedState;
            },
            10000));
        QVERIFY(received < qint64(64) * 1024 * 1024);
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(server.isListening());
    }

    void https()
    {
        QTemporaryDir tls;
        const QString certPath = tls.filePath(QStringLiteral("cert.pem"));
        const QString keyPath = tls.filePath(QStringLiteral("key.pem"));
        QVERIFY(makeCertificate(certPath, keyPath));
        const QString otherCert = tls.filePath(QStringLiteral("other-cert.pem"));
        const QString otherKey = tls.filePath(QStringLiteral("other-key.pem"));
        QVERIFY(makeCertificate(otherCert, otherKey));

        FirmwareServer server(m_dir.path());
        QString error;
        QVERIFY(!server.setTls(certPath, otherKey, &error));
        QVERIFY2(error.contains(QLatin1String("does not belong")), qPrintable(error));
        QVERIFY(!server.setTls(certPath, tls.filePath(QStringLiteral("none.pem")), &error));
        QVERIFY(!server.isTls());
        QVERIFY2(server.setTls(certPath, keyPath, &error), qPrintable(error));
        QVERIFY(server.isTls());
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QUrl url = server.urlFor(QStringLiteral("small.fdfw"));
        QCOMPARE(url.scheme(), QStringLiteral("https"));

        QNetworkAccessManager manager;
        QNetworkRequest request(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(certPath));
        request.setSslConfiguration(ssl);
        request.setRawHeader("Range", "bytes=-10");
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
        QCOMPARE(reply->readAll(), m_small.right(10));
        reply->deleteLater();

        // A client that does not trust the certificate is refused by its own check.
        QNetworkAccessManager fresh; // not the trusted, cached connection
        QNetworkReply *untrusted = fresh.get(QNetworkRequest(url));
        QSignalSpy untrustedFinished(untrusted, &QNetworkReply::finished);
        QVERIFY(untrustedFinished.wait(20000));
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
        untrusted->deleteLater();
    }

    void listenErrorsAndInterfaces()
    {
        FirmwareServer other(m_dir.path());
        QString error;
        QVERIFY(!other.listen(QHostAddress::LocalHost, m_server->serverPort(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!other.isListening());
        QVERIFY(!other.baseUrl().isValid());

        const auto addresses = FirmwareServer::interfaceAddresses();
        QVERIFY(!addresses.isEmpty()); // at least the loopback
        bool sawLoopback = false;
        for (const auto &a : addresses) {
            QVERIFY(!a.address.isNull());
            QVERIFY(!a.label.isEmpty());
            QVERIFY(a.label.contains(a.address.toString()));
            sawLoopback = sawLoopback || a.loopback;
        }
        QVERIFY(sawLoopback);
        QVERIFY(addresses.last().loopback); // loopback last

        // Every address: the URL names a reachable host chosen for the user, or the one set.
        QVERIFY(other.listen(QHostAddress::AnyIPv4, 0, &error));
        other.setPublicHost(QStringLiteral("192.0.2.7"));
        QCOMPARE(other.baseUrl().toString(),
                 QStringLiteral("http://192.0.2.7:%1/").arg(other.serverPort()));
        other.close();
        QVERIFY(!other.isListening());
    }
};

QTEST_GUILESS_MAIN(tst_FirmwareServer)
#include "tst_FirmwareServer.moc"
