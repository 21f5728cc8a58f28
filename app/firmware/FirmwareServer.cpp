#include "firmware/FirmwareServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

Q_LOGGING_CATEGORY(lcFirmwareServer, "fleetdesk.firmware.server", QtWarningMsg)

constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 HighWater = 256 * 1024; // keep at most this much queued in the socket
constexpr int MaxHeaderBytes = 16 * 1024;
constexpr int IdleTimeoutMs = 30 * 1000;
constexpr int MaxConnections = 256;

// Accepts TCP connections and, with a TLS configuration, starts the server handshake on each.
class Listener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    std::optional<QSslConfiguration> tls;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!tls) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(*tls);
        QObject::connect(
            socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &errors) {
                qCDebug(lcFirmwareServer) << "TLS handshake with" << socket->peerAddress()
                                          << "failed:" << errors.value(0).errorString();
            });
        socket->startServerEncryption();
        addPendingConnection(socket);
    }
};

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 416:
        return "Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        break;
    }
    return "Error";
}

// A request target that names a file of the directory: "/<name>", nothing else.
bool plainFileName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255 || name.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':')
            || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

struct ByteRange
{
    enum Kind { None, Satisfiable, Unsatisfiable } kind = None;
    qint64 first = 0;
    qint64 last = 0;
};

// One "bytes=a-b" | "bytes=a-" | "bytes=-n" range (RFC 9110 §14). Several ranges or a malformed
// header are ignored (the whole file is served), as the RFC allows.
ByteRange parseRange(const QByteArray &header, qint64 size)
{
    ByteRange range;
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes="))
        return range;
    const QByteArray spec = value.mid(6).trimmed();
    if (spec.contains(','))
        return range;
    const int dash = spec.indexOf('-');
    if (dash < 0)
        return range;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    bool okA = false;
    bool okB = false;
    if (a.isEmpty()) { // suffix: the last n bytes
        const qint64 n = b.toLongLong(&okB);
        if (!okB || n < 0 || b.startsWith('+'))
            return range;
        if (n == 0 || size == 0) {
            range.kind = ByteRange::Unsatisfiable;
            return range;
        }
        range.kind = ByteRange::Satisfiable;
        range.first = std::max<qint64>(0, size - n);
        range.last = size - 1;
        return range;
    }
    const qint64 first = a.toLongLong(&okA);
    if (!okA || first < 0 || a.startsWith('+'))
        return range;
    qint64 last = size - 1;
    if (!b.isEmpty()) {
        last = b.toLongLong(&okB);
        if (!okB || last < first || b.startsWith('+'))
            return range;
    }
    if (first >= size) {
        range.kind = ByteRange::Unsatisfiable;
        return range;
    }
    range.kind = ByteRange::Satisfiable;
    range.first = first;
    range.last = std::min(last, size - 1);
    return range;
}

} // namespace

// One client connection: reads requests, answers them one after the other, streams file bodies
// in chunks as the socket drains.
class FirmwareServerConnection : public QObject
{
public:
    FirmwareServerConnection(FirmwareServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        ++m_server->m_connections;
        m_peer = socket->peerAddress();
        m_idle.setSingleShot(true);
        m_idle.setInterval(IdleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(socket, &QIODevice::readyRead, this, &FirmwareServerConnection::readMore);
        connect(socket, &QIODevice::bytesWritten, this, &FirmwareServerConnection::pump);
        connect(socket, &QAbstractSocket::disconnected, this, &FirmwareServerConnection::finish);
        connect(socket,
                &QAbstractSocket::errorOccurred,
                this,
                [this](QAbstractSocket::SocketError error) {
                    if (error != QAbstractSocket::RemoteHostClosedError)
                        qCDebug(lcFirmwareServer)
                            << "connection" << m_peer << m_socket->errorString();
                    if (m_socket->state() != QAbstractSocket::ConnectedState)
                        finish();
                });
        m_idle.start();
        if (socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &FirmwareServerConnection::readMore);
    }

    ~FirmwareServerConnection() override { --m_server->m_connections; }

    // The server closes: drop the client without a log entry, safely even from a slot.
    void drop()
    {
        m_finished = true;
        m_busy = false;
        disconnect(m_socket, nullptr, this, nullptr);
        m_idle.stop();
        m_socket->abort();
        m_file.reset();
        deleteLater();
    }

private:
    void readMore()
    {
        m_buffer += m_socket->readAll();
        m_idle.start();
        if (m_buffer.size() > 4 * MaxHeaderBytes && m_busy) { // pipelining without reading
            m_socket->abort();
            return;
        }
        processBuffer();
    }

    void processBuffer()
    {
        while (!m_busy && !m_closing) {
            const int end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > MaxHeaderBytes)
                    sendError(431, false);
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            handleRequest(head);
        }
    }

    void handleRequest(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_log = FirmwareServer::RequestLog();
        m_log.peer = m_peer;
        m_log.method = QString::fromLatin1(requestLine.value(0));
        m_log.target = QString::fromLatin1(requestLine.value(1));
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            sendError(requestLine.size() == 3 && requestLine.at(2).startsWith("HTTP/") ? 505 : 400,
                      false);
            return;
        }
        const bool http10 = requestLine.at(2) == "HTTP/1.0";
        QByteArray rangeHeader;
        QByteArray connectionHeader;
        bool hasBody = false;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "range")
                rangeHeader = value;
            else if (name == "connection")
                connectionHeader = value.toLower();
            else if ((name == "content-length" && value != "0") || name == "transfer-encoding")
                hasBody = true;
        }
        m_keepAlive = http10 ? connectionHeader.contains("keep-alive")
                             : !connectionHeader.contains("close");
        if (hasBody) { // GET and HEAD carry none; we do not read one
            sendError(400, false);
            return;
        }
        const bool head_ = m_log.method == QLatin1String("HEAD");
        if (!head_ && m_log.method != QLatin1String("GET")) {
            sendError(405, m_keepAlive);
            return;
        }

        QByteArray path = requestLine.at(1);
        const int query = path.indexOf('?');
        if (query >= 0)
            path.truncate(query);
        for (const char *scheme : {"http://", "https://"}) { // absolute-form: drop the authority
            if (path.startsWith(scheme)) {
                const int slash = path.indexOf('/', int(qstrlen(scheme)));
                path = slash < 0 ? QByteArray("/") : path.mid(slash);
            }
        }
        if (!path.startsWith('/')) {
            sendError(404, m_keepAlive);
            return;
        }
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(path.mid(1)));
        if (!plainFileName(name)) {
            sendError(404, m_keepAlive);
            return;
        }
        const QFileInfo info(QDir(m_server->m_directory).filePath(name));
        if (!info.isFile() || info.isSymLink()) {
            sendError(404, m_keepAlive);
            return;
        }
        m_file = std::make_unique<QFile>(info.filePath());
        if (!m_file->open(QIODevice::ReadOnly)) {
            m_file.reset();
            sendError(404, m_keepAlive);
            return;
        }
        const qint64 size = m_file->size();
        const ByteRange range = parseRange(rangeHeader, size);
        if (range.kind == ByteRange::Unsatisfiable) {
            m_file.reset();
            QByteArray extra = "Content-Range: bytes */" + QByteArray::number(size) + "\r\n";
            sendError(416, m_keepAlive, extra);
            return;
        }
        qint64 first = 0;
        qint64 length = size;
        int status = 200;
        QByteArray headers = "Content-Type: application/octet-stream\r\n"
                             "Accept-Ranges: bytes\r\n"
                             "Last-Modified: "
                             + httpDate(info.lastModified()) + "\r\n";
        if (range.kind == ByteRange::Satisfiable) {
            status = 206;
            first = range.first;
            length = range.last - range.first + 1;
            headers += "Content-Range: bytes " + QByteArray::number(range.first) + '-'
                       + QByteArray::number(range.last) + '/' + QByteArray::number(size) + "\r\n";
        }
        m_log.status = status;
        m_log.from = first;
        m_log.length = length;
        writeHead(status, length, headers);
        if (head_ || length == 0) {
            m_file.reset();
            m_remaining = 0;
        } else if (!m_file->seek(first)) {
            m_file.reset();
            m_keepAlive = false;
            m_remaining = 0;
            m_log.length = -1;
        } else {
            m_remaining = length;
        }
        m_busy = true;
        pump();
    }

    void writeHead(int status, qint64 length, const QByteArray &headers)
    {
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
              + "\r\nServer: FleetDesk\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc())
              + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n" + headers
              + (m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n") + "\r\n";
        m_socket->write(out);
    }

    void sendError(int status, bool keepAlive, const QByteArray &extraHeaders = {})
    {
        m_keepAlive = keepAlive;
        const QByteArray body = QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
        QByteArray headers = "Content-Type: text/plain; charset=utf-8\r\n" + extraHeaders;
        if (status == 405)
            headers += "Allow: GET, HEAD\r\n";
        m_log.status = status;
        m_log.length = body.size();
        writeHead(status, body.size(), headers);
        if (m_log.method != QLatin1String("HEAD")) {
            m_socket->write(body);
            m_log.bytes = body.size();
        }
        m_remaining = 0;
        m_busy = true;
        pump();
    }

    // Tops up the socket's queue from the file; finishes the response when all went out.
    void pump()
    {
        if (!m_busy)
            return;
        m_idle.start();
        while (m_remaining > 0 && m_socket->bytesToWrite() < HighWater) {
            const QByteArray chunk = m_file->read(std::min(ChunkSize, m_remaining));
            if (chunk.isEmpty()) { // the file shrank or cannot be read: give up on this client
                qCWarning(lcFirmwareServer) << "cannot read" << m_file->fileName();
                m_remaining = 0;
                m_keepAlive = false;
                m_socket->abort();
                return;
            }
            m_socket->write(chunk);
            m_remaining -= chunk.size();
            m_log.bytes += chunk.size();
        }
        if (m_remaining > 0 || m_socket->bytesToWrite() > 0)
            return;
        // The whole response is handed to the socket.
        m_file.reset();
        m_busy = false;
        m_log.complete = m_log.length >= 0 && m_log.bytes >= m_log.length;
        if (m_log.method == QLatin1String("HEAD") && m_log.status < 400)
            m_log.complete = true;
        report();
        if (m_finished) // the server was closed from a slot of the log signal
            return;
        if (!m_keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_buffer.isEmpty())
            QTimer::singleShot(0, this, [this] { processBuffer(); });
    }

    void report()
    {
        qCDebug(lcFirmwareServer).noquote() << m_log.toString();
        emit m_server->requestFinished(m_log);
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_busy) { // the client left in the middle of a response
            m_busy = false;
            m_log.complete = false;
            report();
        }
        m_file.reset();
        m_idle.stop();
        deleteLater();
    }

    FirmwareServer *m_server;
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    QTimer m_idle;
    QByteArray m_buffer;
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining = 0;
    FirmwareServer::RequestLog m_log;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_finished = false;
};

QString FirmwareServer::RequestLog::toString() const
{
    // Concatenated, not arg()-ed: the target is the client's text and may hold "%1".
    return peer.toString() + QLatin1Char(' ') + method + QLatin1Char(' ') + target
           + QLatin1Char(' ') + QString::number(status) + QLatin1Char(' ') + QString::number(bytes)
           + QLatin1Char('/') + QString::number(length)
           + (complete ? QString() : QStringLiteral(" (incomplete)"));
}

QVector<FirmwareServer::InterfaceAddress> FirmwareServer::interfaceAddresses()
{
    QVector<InterfaceAddress> v4;
    QVector<InterfaceAddress> v6;
    QVector<InterfaceAddress> loopback;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &nic : interfaces) {
        const auto flags = nic.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning))
            continue;
        const bool isLoopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            QHostAddress address = entry.ip();
            if (address.isNull() || address.isLinkLocal())
                continue;
            address.setScopeId(QString());
            InterfaceAddress item;
            item.interfaceName = nic.name();
            item.address = address;
            item.loopback = isLoopback || address.isLoopback();
            const QString human = nic.humanReadableName();
            item.label
                = human == nic.name()
                      ? QStringLiteral("%1 — %2").arg(nic.name(), address.toString())
                      : QStringLiteral("%1 (%2) — %3").arg(human, nic.name(), address.toString());
            if (item.loopback)
                loopback.append(item);
            else if (address.protocol() == QAbstractSocket::IPv4Protocol)
                v4.append(item);
            else
                v6.append(item);
        }
    }
    return v4 + v6 + loopback;
}

FirmwareServer::FirmwareServer(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{
    qRegisterMetaType<FirmwareServer::RequestLog>();
}

FirmwareServer::~FirmwareServer()
{
    close();
    // Connections dropped by close() wait for deleteLater; they must go before this object does.
    const QObjectList children = this->children();
    for (QObject *child : children)
        delete dynamic_cast<FirmwareServerConnection *>(child);
}

bool FirmwareServer::setTls(const QString &certificatePath, const QString &keyPath, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!QSslSocket::supportsSsl())
        return fail(tr("TLS is not available (no OpenSSL for Qt's network module)"));
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(
            tr("cannot read the certificate %1: %2").arg(certificatePath, certFile.errorString()));
    const QByteArray certPem = certFile.readAll();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(tr("%1 holds no PEM certificate").arg(certificatePath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the private key %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(tr("%1 holds no unencrypted RSA or EC private key in PEM form").arg(keyPath));

    // The key must belong to the certificate, or every handshake would fail later.
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(
        BIO_new_mem_buf(certPem.constData(), int(certPem.size())), &BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> x509(
        certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr,
        &X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr,
        &EVP_PKEY_free);
    if (!x509 || !pkey || X509_check_private_key(x509.get(), pkey.get()) != 1)
        return fail(tr("the private key %1 does not belong to the certificate %2")
                        .arg(keyPath, certificatePath));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_sslConfiguration = configuration;
    m_tls = true;
    return true;
}

void FirmwareServer::clearTls()
{
    m_tls = false;
    m_sslConfiguration = QSslConfiguration();
}

bool FirmwareServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    auto *listener = new Listener(this);
    if (m_tls)
        listener->tls = m_sslConfiguration;
    listener->setMaxPendingConnections(64);
    if (!listener->listen(address, port)) {
        if (error)
            *error = tr("cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(listener->errorString());
        delete listener;
        return false;
    }
    m_server = listener;
    connect(listener, &QTcpServer::newConnection, this, &FirmwareServer::handleNewConnections);
    qCDebug(lcFirmwareServer) << "serving" << m_directory << "at" << baseUrl().toString();
    return true;
}

void FirmwareServer::handleNewConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_connections >= MaxConnections) {
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        new FirmwareServerConnection(this, socket);
    }
}

void FirmwareServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    // FirmwareServerConnection has no meta-object of its own: findChildren would match any child.
    const QObjectList children = this->children();
    for (QObject *child : children) {
        if (auto *connection = dynamic_cast<FirmwareServerConnection *>(child))
            connection->drop();
    }
    delete m_server;
    m_server = nullptr;
}

bool FirmwareServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress FirmwareServer::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 FirmwareServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FirmwareServer::baseUrl() const
{
    if (!isListening())
        return QUrl();
    QString host;
    const QHostAddress address = serverAddress();
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6
        || address == QHostAddress::Any) {
        host = m_publicHost;
        if (host.isEmpty()) {
            const QVector<InterfaceAddress> addresses = interfaceAddresses();
            host = addresses.isEmpty() ? QStringLiteral("127.0.0.1")
                                       : addresses.first().address.toString();
        }
    } else {
        host = address.toString();
    }
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl FirmwareServer::urlFor(const QString &fileName) const
{
    QUrl url = baseUrl();
    if (url.isValid())
        url.setPath(QLatin1Char('/') + fileName);
    return url;
}
