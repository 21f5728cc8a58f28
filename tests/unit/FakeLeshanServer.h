#pragma once

// A small FAKE HTTP server standing in for Leshan in unit tests: canned answers for faults the
// real server cannot produce on demand (200 + success:false, 504, 500, truncated or malformed
// bodies, oversized answers, a server that never answers, a dropped event stream). One request per
// connection (Connection: close); /api/event requests are held open as server-sent event streams.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>

class FakeLeshanServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path + query
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QString path() const { return QUrl(QString::fromLatin1(target)).path(); }
        QString query() const { return QUrl(QString::fromLatin1(target)).query(); }
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        int delayMs = 0;
        bool never = false;    // never answer (the socket stays open)
        bool truncate = false; // announce the full length, send half, close
        bool eventStream = false;
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit FakeLeshanServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    int eventStreamsOpened() const { return m_eventStreamsOpened; }
    int openEventStreams() const
    {
        int n = 0;
        for (const auto &s : m_streams)
            n += s && s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    }
    int count(const QByteArray &method, const QString &pathPrefix) const
    {
        int n = 0;
        for (const Request &r : m_requests)
            n += r.method == method && r.path().startsWith(pathPrefix) ? 1 : 0;
        return n;
    }

    void sendEvent(const QByteArray &name, const QByteArray &data, const QByteArray &eol = "\r\n")
    {
        // Leshan (Jetty) sends each event's JSON on one line.
        QByteArray line = data;
        line.replace('\n', ' ');
        sendRaw("event: " + name + eol + "data: " + line + eol + eol);
    }
    void sendRaw(const QByteArray &bytes)
    {
        for (const auto &s : std::as_const(m_streams)) {
            if (s)
                s->write(bytes);
        }
    }
    void dropEventStreams()
    {
        for (const auto &s : std::as_const(m_streams)) {
            if (s)
                s->disconnectFromHost();
        }
        m_streams.clear();
    }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        m_requests.append(request);
        const Answer answer = m_handler ? m_handler(request) : Answer{404, "no handler"};
        if (answer.eventStream) {
            ++m_eventStreamsOpened;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                          "Connection: close\r\n\r\n");
            m_streams.append(socket);
            return;
        }
        if (answer.never)
            return;
        ++m_inFlight;
        m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(answer.delayMs, this, [this, guard, answer] {
            --m_inFlight;
            if (!guard)
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
            head += "Content-Type: " + answer.contentType + "\r\n";
            head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
            head += "Connection: close\r\n\r\n";
            guard->write(head);
            guard->write(answer.truncate ? answer.body.left(answer.body.size() / 2) : answer.body);
            guard->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_streams;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_eventStreamsOpened = 0;
};
