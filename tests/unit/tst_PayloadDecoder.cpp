#include "mqtt/PayloadDecoder.h"

#include <QTest>

using Format = PayloadDecoder::Format;

class tst_PayloadDecoder : public QObject
{
    Q_OBJECT

private slots:
    void detectsTheBestDecoder_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("format");
        QTest::newRow("number") << QByteArray(" 21.5\n") << int(Format::Number);
        QTest::newRow("object") << QByteArray("{\"a\":1}") << int(Format::Json);
        QTest::newRow("array") << QByteArray("[1,2]") << int(Format::Json);
        QTest::newRow("broken json is text") << QByteArray("{\"a\":") << int(Format::Text);
        QTest::newRow("utf8") << QByteArray("温度 21 °C") << int(Format::Text);
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << int(Format::Hex);
        QTest::newRow("empty") << QByteArray() << int(Format::Text);
    }
    void detectsTheBestDecoder()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, format);
        QCOMPARE(int(PayloadDecoder::detect(payload)), format);
    }

    void numbersAreShownShortest()
    {
        QCOMPARE(PayloadDecoder::decode("21.7", Format::Auto).text, QStringLiteral("21.7"));
        QCOMPARE(PayloadDecoder::decode(" 1e3 ", Format::Number).text, QStringLiteral("1000"));
        QVERIFY(!PayloadDecoder::decode("abc", Format::Number).error.isEmpty());
    }

    void hexDumpHasOffsetsAndAscii()
    {
        const QByteArray bytes = QByteArray("Hello, world!\x00\x01\x02\xff", 17);
        const QString dump = PayloadDecoder::hexDump(bytes);
        const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("00000000  48 65 6c 6c 6f 2c 20 77  6f")));
        QVERIFY(lines.at(0).endsWith(QStringLiteral("|Hello, world!...|")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("00000010  ff")));
    }

    void invalidUtf8IsReportedButShown()
    {
        const QByteArray bytes("ab\xc3\x28", 4);
        const auto d = PayloadDecoder::decode(bytes, Format::Text);
        QVERIFY(!d.error.isEmpty());
        QVERIFY(d.text.startsWith(QStringLiteral("ab")));
        QCOMPARE(d.fullSize, qint64(4));
    }

    void overriddenDecoderOnInvalidJsonKeepsTheBytes()
    {
        const QByteArray bytes("{not json");
        const auto d = PayloadDecoder::decode(bytes, Format::Json);
        QVERIFY(d.error.contains(QStringLiteral("invalid JSON")));
        QCOMPARE(d.text, QStringLiteral("{not json"));
    }

    void deeplyNestedJsonIsAnErrorNotACrash()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QCOMPARE(int(PayloadDecoder::detect(deep)), int(Format::Text));
        const auto d = PayloadDecoder::decode(deep, Format::Json);
        QVERIFY(!d.error.isEmpty());
        QVERIFY(!PayloadDecoder::numberAt(deep, QStringLiteral("0")).has_value());
        QVERIFY(PayloadDecoder::numericPaths(deep).isEmpty());
    }

    void displayLimitTruncatesOnlyTheShownText()
    {
        QByteArray big(10 * 1024 * 1024, 'a');
        big.prepend("{\"x\":\"");
        big.append("\"}");
        const auto d = PayloadDecoder::decode(big, Format::Auto, 1000);
        QVERIFY(d.truncated());
        QCOMPARE(d.shownBytes, qint64(1000));
        QCOMPARE(d.fullSize, qint64(big.size()));
        QCOMPARE(int(d.format), int(Format::Text)); // a prefix of JSON is shown as text
        const auto full = PayloadDecoder::decode(big, Format::Auto);
        QCOMPARE(int(full.format), int(Format::Json));
        QVERIFY(!full.truncated());
    }

    void numbersAtJsonPaths()
    {
        const QByteArray json("{\"t\":21.5,\"s\":\"-3.25\",\"nested\":{\"a\":[{\"v\":7}]},"
                              "\"flag\":true,\"name\":\"x\"}");
        QCOMPARE(*PayloadDecoder::numberAt(json, QStringLiteral("t")), 21.5);
        QCOMPARE(*PayloadDecoder::numberAt(json, QStringLiteral("s")), -3.25);
        QCOMPARE(*PayloadDecoder::numberAt(json, QStringLiteral("nested.a.0.v")), 7.0);
        QCOMPARE(*PayloadDecoder::numberAt(json, QStringLiteral("flag")), 1.0);
        QVERIFY(!PayloadDecoder::numberAt(json, QStringLiteral("name")).has_value());
        QVERIFY(!PayloadDecoder::numberAt(json, QStringLiteral("nested.a.5.v")).has_value());
        QCOMPARE(*PayloadDecoder::numberAt("42", QString()), 42.0);
        QCOMPARE(PayloadDecoder::numericPaths(json),
                 (QStringList{QStringLiteral("nested.a.0.v"), QStringLiteral("t")}));
    }
};

QTEST_GUILESS_MAIN(tst_PayloadDecoder)
#include "tst_PayloadDecoder.moc"
