#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QVector>

class QTcpServer;
class QTcpSocket;

// FleetDesk's built-in firmware server (docs/firmware-library.md): serves the plain files of one
// directory (the firmware library) over HTTP/1.1 — GET and HEAD, a single byte range per request
// (206/416), keep-alive — optionally over TLS, on the address the user picks. Files are streamed
// in chunks as the socket drains; nothing blocks the thread the server lives on. No listing, no
// paths: "/<file name>" only.
class FirmwareServer : public QObject
{
    Q_OBJECT

public:
    // One finished request, for the operator's log.
    struct RequestLog
    {
        QHostAddress peer;
        QString method;           // "GET", "HEAD", or what the client sent
        QString target;           // the request target as sent
        int status = 0;           // HTTP status code
        qint64 from = 0;          // first byte served (ranges)
        qint64 bytes = 0;         // body bytes written to the client
        qint64 length = 0;        // body bytes the response announced
        bool complete = false;    // the whole announced body went out
        QString toString() const; // "192.0.2.4 GET /LT-500-1.2.0.fdfw 206 65536/65536"
    };

    // An address of this machine for the interface picker.
    struct InterfaceAddress
    {
        QString interfaceName; // "eth0"
        QString label;         // "Ethernet (eth0) — 192.0.2.10"
        QHostAddress address;
        bool loopback = false;
    };
    // Up-and-running interfaces' addresses: IPv4 first, then IPv6 (no link-local), loopback last.
    static QVector<InterfaceAddress> interfaceAddresses();

    explicit FirmwareServer(QString directory, QObject *parent = nullptr);
    ~FirmwareServer() override;

    QString directory() const { return m_directory; }

    // HTTPS with this certificate (PEM, may hold the chain) and private key (PEM, RSA or EC, not
    // encrypted). Takes effect at the next listen(). Returns false with the reason when the files
    // cannot be used.
    bool setTls(const QString &certificatePath, const QString &keyPath, QString *error = nullptr);
    void clearTls();
    bool isTls() const { return m_tls; }

    // port 0 = any free port. Returns false with the reason (address in use, not an address of
    // this machine, …).
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close(); // stops listening and drops open connections
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // The host put into URLs when the server listens on every address (0.0.0.0 / ::); empty =
    // the first non-loopback address of interfaceAddresses().
    void setPublicHost(const QString &host) { m_publicHost = host; }
    // "http(s)://HOST:PORT/" and "http(s)://HOST:PORT/<file name>" (invalid when not listening).
    QUrl baseUrl() const;
    QUrl urlFor(const QString &fileName) const;

    int openConnections() const { return m_connections; }

signals:
    void requestFinished(const FirmwareServer::RequestLog &entry);

private:
    friend class FirmwareServerConnection;
    void handleNewConnections();

    QString m_directory;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QSslConfiguration m_sslConfiguration;
    QString m_publicHost;
    int m_connections = 0;
};

Q_DECLARE_METATYPE(FirmwareServer::RequestLog)
