#include "FakeLeshanServer.h"
#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mProtocolLog.h"
#include "lwm2m/Lwm2mService.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using Answer = FakeLeshanServer::Answer;
using Direction = CoapLogEntry::Direction;

namespace {

// What Leshan 2.0.0-M4 sent on GET /api/event?ep=sim-lwm2m-0001 (sandbox capture, the data of
// each COAPLOG event): a read of /3/0/9, of /3/0, of /3/0/99 (4.04), a registration update, a
// write of /3/0/14 and an observe of /3/0/13.
QList<QByteArray> m4Capture()
{
    QFile file(QStringLiteral(FLEETDESK_TEST_DATA "/lwm2m/coaplog-m4.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    return lines;
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

CoapLogEntry parse(const QByteArray &text)
{
    const std::optional<CoapLogEntry> entry = CoapLogEntry::fromJson(json(text));
    return entry.value_or(CoapLogEntry());
}

ConnectionProfile profileFor(const QString &url)
{
    ConnectionProfile p;
    p.name = QStringLiteral("fake");
    p.kind = ConnectionProfile::Kind::Lwm2mServer;
    p.url = QUrl(url);
    return p;
}

void serveEvents(FakeLeshanServer &server)
{
    server.setHandler([](const FakeLeshanServer::Request &r) {
        Answer a;
        if (r.path() == QLatin1String("/api/event")
            && r.headers.value("accept") == "text/event-stream")
            a.eventStream = true;
        else if (r.path() == QLatin1String("/api/clients"))
            a.body = "[]";
        else
            a = {404, "unknown", "text/plain"};
        return a;
    });
}

QByteArray numbered(int mid)
{
    const QByteArray n = QByteArray::number(mid);
    return R"j({"timestamp":)j" + QByteArray::number(1795691967000LL + mid)
           + R"j(,"incoming":true,"type":"NON","code":"2.05","mId":)j" + n + "}";
}

} // namespace

class tst_Lwm2mProtocolLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_capture = m4Capture();
        QCOMPARE(m_capture.size(), 12);
    }

    void parsesLeshanM4Events()
    {
        const QByteArray &M4Request = m_capture.at(0);
        const QByteArray &M4Response = m_capture.at(1);
        const QByteArray &M4NotFound = m_capture.at(5);
        const CoapLogEntry request = parse(M4Request);
        QCOMPARE(request.time, QDateTime::fromMSecsSinceEpoch(1795691967480, Qt::UTC));
        QCOMPARE(request.time.timeSpec(), Qt::UTC);
        QCOMPARE(request.direction, Direction::Outgoing);
        QCOMPARE(request.type, QStringLiteral("CON"));
        QCOMPARE(request.code, QStringLiteral("GET"));
        QCOMPARE(request.messageId, 23143);
        QCOMPARE(request.token, QStringLiteral("7C29744FD2B4C50F"));
        QCOMPARE(request.options, QStringLiteral("Uri-Path: \"3\", \"0\", \"9\""));
        QVERIFY(request.payload.isEmpty());
        QCOMPARE(request.endpoint, QStringLiteral("sim-lwm2m-0001"));
        QVERIFY(!request.isError());

        const CoapLogEntry response = parse(M4Response);
        QCOMPARE(response.direction, Direction::Incoming);
        QCOMPARE(response.type, QStringLiteral("ACK"));
        QCOMPARE(response.code, QStringLiteral("2.05"));
        QCOMPARE(response.payload, QStringLiteral("Hex:c1095e"));
        QVERIFY(!response.isError());
        QVERIFY(parse(M4NotFound).isError());
    }

    void missingAndOddFieldsAreTolerated()
    {
        // Only a code: everything else stays "unknown".
        const CoapLogEntry bare = parse(R"j({"code":"2.04"})j");
        QVERIFY(!bare.time.isValid());
        QCOMPARE(bare.direction, Direction::Unknown);
        QCOMPARE(bare.messageId, -1);
        QVERIFY(bare.type.isEmpty() && bare.token.isEmpty() && bare.options.isEmpty());

        // Other JSON types than Leshan's: numbers as strings, a string timestamp, a lower-case
        // type.
        const CoapLogEntry odd = parse(
            R"j({"timestamp":"1795691967480","incoming":"yes","type":"con","code":205,"mId":"7","token":null})j");
        QCOMPARE(odd.time, QDateTime::fromMSecsSinceEpoch(1795691967480, Qt::UTC));
        QCOMPARE(odd.direction, Direction::Unknown);
        QCOMPARE(odd.type, QStringLiteral("CON"));
        QCOMPARE(odd.code, QStringLiteral("205"));
        QCOMPARE(odd.messageId, 7);
        QVERIFY(odd.token.isEmpty());
        QVERIFY(parse(R"j({"code":"NOT_FOUND(404)"})j").isError());

        // Not a COAPLOG object at all.
        QVERIFY(!CoapLogEntry::fromJson(json(R"j({"endpoint":"ep1"})j")));
        QVERIFY(!CoapLogEntry::fromJson(QJsonObject()));
    }

    void csvRowsAreQuoted()
    {
        const QByteArray &M4Request = m_capture.at(0);
        QCOMPARE(CoapLogEntry::csvHeader(),
                 QStringLiteral(
                     "time_utc,direction,type,code,message_id,token,options,payload,endpoint"));
        QCOMPARE(parse(M4Request).toCsvRow(),
                 QStringLiteral("2026-11-26T11:19:27.480Z,outgoing,CON,GET,23143,7C29744FD2B4C50F,"
                                "\"Uri-Path: \"\"3\"\", \"\"0\"\", \"\"9\"\"\",,sim-lwm2m-0001"));
        QCOMPARE(parse(R"j({"code":"2.04"})j").toCsvRow(), QStringLiteral(",,,2.04,,,,,"));
    }

    void ringBufferKeepsTheNewest()
    {
        LeshanRestClient client;
        Lwm2mProtocolLog log(&client, QStringLiteral("ep-1"));
        QCOMPARE(log.capacity(), Lwm2mProtocolLog::DefaultCapacity);
        log.setCapacity(3);
        log.setBatchInterval(0);
        QSignalSpy added(&log, &Lwm2mProtocolLog::entriesAdded);
        for (int mid = 1; mid <= 5; ++mid)
            QVERIFY(log.addEvent(json(numbered(mid))));
        QVERIFY(!log.addEvent(json(R"j({"ep":"ep-1"})j")));
        QCOMPARE(log.skippedEvents(), 1);
        QCOMPARE(added.size(), 5);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.droppedCount(), 2);
        CoapLogEntryList entries = log.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).messageId, 3);
        QCOMPARE(entries.at(2).messageId, 5);

        // Wrapping more than once keeps the order.
        for (int mid = 6; mid <= 10; ++mid)
            log.addEvent(json(numbered(mid)));
        entries = log.entries();
        QCOMPARE(entries.at(0).messageId, 8);
        QCOMPARE(entries.at(1).messageId, 9);
        QCOMPARE(entries.at(2).messageId, 10);

        // Shrinking drops the oldest; growing keeps them all.
        log.setCapacity(2);
        QCOMPARE(log.entries().first().messageId, 9);
        QCOMPARE(log.droppedCount(), 8);
        log.setCapacity(5000);
        log.addEvent(json(numbered(11)));
        QCOMPARE(log.entries().size(), 3);
        QCOMPARE(log.entries().last().messageId, 11);
        log.clear();
        QCOMPARE(log.size(), 0);
        QCOMPARE(log.droppedCount(), 0);
    }

    void burstsAreBatched()
    {
        LeshanRestClient client;
        Lwm2mProtocolLog log(&client, QStringLiteral("ep-1"));
        log.setBatchInterval(50);
        log.setCapacity(100);
        QSignalSpy added(&log, &Lwm2mProtocolLog::entriesAdded);
        for (int mid = 1; mid <= 250; ++mid)
            log.addEvent(json(numbered(mid)));
        QCOMPARE(added.size(), 0);
        QVERIFY(!added.isEmpty() || added.wait(5000)); // may have come during an earlier wait
        QCOMPARE(added.size(), 1);
        const auto batch = added.first().first().value<CoapLogEntryList>();
        QCOMPARE(batch.size(), 100); // never more than the buffer holds
        QCOMPARE(batch.first().messageId, 151);
        QCOMPARE(batch.last().messageId, 250);
        QCOMPARE(added.first().at(1).toLongLong(), 150); // and says how many it left out
    }

    void streamsOneEndpointsCoapLog()
    {
        const QByteArray &M4Request = m_capture.at(0);
        const QByteArray &M4Response = m_capture.at(1);
        FakeLeshanServer server;
        serveEvents(server);
        LeshanRestClient client;
        client.setProfile(profileFor(server.url()));
        Lwm2mProtocolLog log(&client, QStringLiteral("ep 1"));
        log.setBatchInterval(10);
        QSignalSpy states(&log, &Lwm2mProtocolLog::stateChanged);
        QSignalSpy added(&log, &Lwm2mProtocolLog::entriesAdded);
        log.start();
        QCOMPARE(log.state(), Lwm2mProtocolLog::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(log.state(), Lwm2mProtocolLog::State::Connected, 5000);
        const FakeLeshanServer::Request &request = server.requests().constLast();
        QCOMPARE(request.path(), QStringLiteral("/api/event"));
        QCOMPARE(
            QUrlQuery(request.query()).queryItemValue(QStringLiteral("ep"), QUrl::FullyDecoded),
            QStringLiteral("ep 1"));

        server.sendEvent("COAPLOG", M4Request);
        server.sendEvent("REGISTRATION", R"j({"endpoint":"ep 1"})j"); // not traffic: ignored
        server.sendRaw("\r\n");                                       // Jetty's heartbeat
        server.sendEvent("COAPLOG", "not json");
        server.sendEvent("COAPLOG", M4Response);
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 5000);
        int received = 0;
        for (const QList<QVariant> &signal : std::as_const(added))
            received += int(signal.first().value<CoapLogEntryList>().size());
        QCOMPARE(received, 2);
        QCOMPARE(log.entries().at(1).payload, QStringLiteral("Hex:c1095e"));

        // A dropped stream says so, and comes back by itself.
        log.stream()->setBackoff(20, 50);
        server.dropEventStreams();
        QTRY_COMPARE_WITH_TIMEOUT(log.state(), Lwm2mProtocolLog::State::Reconnecting, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(log.state(), Lwm2mProtocolLog::State::Connected, 5000);
        QCOMPARE(server.eventStreamsOpened(), 2);

        log.stop();
        QCOMPARE(log.state(), Lwm2mProtocolLog::State::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(server.openEventStreams(), 0, 5000);
        QCOMPARE(log.size(), 2); // stopping keeps what was seen
    }

    void serviceDeliversOnTheContextsThread()
    {
        const QByteArray &M4Request = m_capture.at(0);
        const QByteArray &M4Response = m_capture.at(1);
        FakeLeshanServer server;
        serveEvents(server);
        Lwm2mService service(nullptr);
        service.startConnection(profileFor(server.url()));
        // The connection's own stream (all endpoints) opens first.
        QTRY_COMPARE_WITH_TIMEOUT(server.openEventStreams(), 1, 5000);

        auto context = std::make_unique<QObject>();
        CoapLogEntryList received;
        QList<Lwm2mProtocolLog::State> states;
        QThread *deliveredOn = nullptr;
        const quint64 id = service.openProtocolLog(
            QStringLiteral("fake"),
            QStringLiteral("ep-1"),
            context.get(),
            [&](const CoapLogEntryList &entries, qint64) {
                deliveredOn = QThread::currentThread();
                received += entries;
            },
            [&](Lwm2mProtocolLog::State state, const QString &) { states.append(state); });
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(Lwm2mProtocolLog::State::Connected), 5000);
        QCOMPARE(server.openEventStreams(), 2);
        server.sendEvent("COAPLOG", M4Request);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(received.first().code, QStringLiteral("GET"));

        // Closing ends only the log's stream.
        service.closeProtocolLog(id);
        QTRY_COMPARE_WITH_TIMEOUT(server.openEventStreams(), 1, 5000);
        server.sendEvent("COAPLOG", M4Response);
        QTest::qWait(200);
        QCOMPARE(received.size(), 1);

        // A destroyed context closes its log too.
        auto other = std::make_unique<QObject>();
        bool connected = false;
        service.openProtocolLog(QStringLiteral("fake"),
                                QStringLiteral("ep-1"),
                                other.get(),
                                {},
                                [&](Lwm2mProtocolLog::State state, const QString &) {
                                    connected
                                        = connected || state == Lwm2mProtocolLog::State::Connected;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(connected, 5000);
        QCOMPARE(server.openEventStreams(), 2);
        other.reset();
        QTRY_COMPARE_WITH_TIMEOUT(server.openEventStreams(), 1, 5000);
    }

    void serviceReportsAMissingOrStoppedConnection()
    {
        FakeLeshanServer server;
        serveEvents(server);
        Lwm2mService service(nullptr);
        QObject context;
        QList<QPair<Lwm2mProtocolLog::State, QString>> states;
        const auto onState = [&](Lwm2mProtocolLog::State state, const QString &message) {
            states.append({state, message});
        };
        service.openProtocolLog(
            QStringLiteral("nowhere"), QStringLiteral("ep-1"), &context, {}, onState);
        QTRY_COMPARE_WITH_TIMEOUT(states.size(), 1, 5000);
        QCOMPARE(states.first().first, Lwm2mProtocolLog::State::Unavailable);
        QVERIFY(states.first().second.contains(QStringLiteral("nowhere")));

        states.clear();
        service.startConnection(profileFor(server.url()));
        service.openProtocolLog(
            QStringLiteral("fake"), QStringLiteral("ep-1"), &context, {}, onState);
        QTRY_VERIFY_WITH_TIMEOUT(
            !states.isEmpty() && states.last().first == Lwm2mProtocolLog::State::Connected, 5000);
        service.stopConnection(QStringLiteral("fake"));
        QTRY_COMPARE_WITH_TIMEOUT(states.last().first, Lwm2mProtocolLog::State::Unavailable, 5000);
        QVERIFY(states.last().second.contains(QStringLiteral("closed")));
        QTRY_COMPARE_WITH_TIMEOUT(server.openEventStreams(), 0, 5000);
    }

    void wholeCaptureParses()
    {
        LeshanRestClient client;
        Lwm2mProtocolLog log(&client, QStringLiteral("sim-lwm2m-0001"));
        for (const QByteArray &line : std::as_const(m_capture))
            QVERIFY2(log.addEvent(json(line)), line.constData());
        const CoapLogEntryList entries = log.entries();
        QCOMPARE(entries.size(), 12);
        int incoming = 0;
        for (const CoapLogEntry &e : entries) {
            QVERIFY(e.time.isValid());
            QVERIFY(e.messageId > 0);
            QCOMPARE(e.token.size(), 16);
            incoming += e.direction == Direction::Incoming ? 1 : 0;
        }
        QCOMPARE(incoming, 6);
        QCOMPARE(entries.at(6).code, QStringLiteral("POST")); // the device's registration update
        QCOMPARE(entries.at(10).options,
                 QStringLiteral("Uri-Path: \"3\", \"0\", \"13\" - Observe: 0"));
    }

private:
    QList<QByteArray> m_capture;
};

QTEST_GUILESS_MAIN(tst_Lwm2mProtocolLog)
#include "tst_Lwm2mProtocolLog.moc"
