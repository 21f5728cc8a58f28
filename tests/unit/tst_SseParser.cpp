#include "lwm2m/SseParser.h"

#include <QTest>

class tst_SseParser : public QObject
{
    Q_OBJECT

private slots:
    void crlfEvents()
    {
        SseParser p;
        const auto events = p.feed("event: REGISTRATION\r\ndata: {\"a\":1}\r\n\r\n"
                                   "event: UPDATED\r\ndata: {}\r\n\r\n");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).name, QStringLiteral("REGISTRATION"));
        QCOMPARE(events.at(0).data, QByteArray("{\"a\":1}"));
        QCOMPARE(events.at(1).name, QStringLiteral("UPDATED"));
    }

    void lfAndCrEvents()
    {
        SseParser p;
        QCOMPARE(p.feed("event: A\ndata: 1\n\n").size(), 1);
        QCOMPARE(p.feed("event: B\rdata: 2\r\r").value(0).data, QByteArray("2"));
    }

    void splitAnywhere()
    {
        const QByteArray stream = "event: NOTIFICATION\r\ndata: {\"ep\":\"x\"}\r\n\r\n"
                                  "\r\n" // heartbeat
                                  "event: SLEEPING\r\ndata: {\"ep\":\"y\"}\r\n\r\n";
        for (int chunk = 1; chunk <= 7; ++chunk) {
            SseParser p;
            QVector<SseParser::Event> all;
            for (int i = 0; i < stream.size(); i += chunk)
                all += p.feed(stream.mid(i, chunk));
            QCOMPARE(all.size(), 2);
            QCOMPARE(all.at(0).data, QByteArray("{\"ep\":\"x\"}"));
            QCOMPARE(all.at(1).name, QStringLiteral("SLEEPING"));
        }
    }

    void crlfSplitBetweenCrAndLf()
    {
        SseParser p;
        QVERIFY(p.feed("event: A\r").isEmpty());
        QVERIFY(p.feed("\ndata: x\r").isEmpty());
        QVERIFY(p.feed("\n\r").size() == 1); // CR ends the event; the following LF is its pair
        QVERIFY(p.feed("\n").isEmpty());
    }

    void heartbeatsAndCommentsProduceNothing()
    {
        SseParser p;
        QVERIFY(p.feed("\r\n\r\n\r\n: keep-alive\r\n\r\n").isEmpty());
        QCOMPARE(p.malformedLines(), 0);
    }

    void malformedLinesAreSkipped()
    {
        SseParser p;
        const auto events = p.feed("garbage line\r\nevent: A\r\nbogus: 1\r\ndata: ok\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).data, QByteArray("ok"));
        QCOMPARE(p.malformedLines(), 2);
    }

    void multipleDataLinesJoin()
    {
        SseParser p;
        const auto events = p.feed("data: a\ndata:b\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).name, QStringLiteral("message"));
        QCOMPARE(events.at(0).data, QByteArray("a\nb"));
    }

    void eventWithoutDataIsDropped()
    {
        SseParser p;
        QVERIFY(p.feed("event: A\r\n\r\n").isEmpty());
    }

    void resetDropsPartialEvent()
    {
        SseParser p;
        p.feed("event: A\r\ndata: half");
        p.reset();
        QVERIFY(p.feed("\r\n\r\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SseParser)
#include "tst_SseParser.moc"
