#include "lwm2m/Lwm2mNode.h"
#include "lwm2m/Lwm2mPath.h"
#include "lwm2m/Lwm2mRegistration.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class tst_Lwm2mNode : public QObject
{
    Q_OBJECT

private slots:
    void paths()
    {
        QCOMPARE(Lwm2mPath::parse(QStringLiteral("/3/0/9")).level(), Lwm2mPath::Level::Resource);
        QCOMPARE(Lwm2mPath::parse(QStringLiteral("/3/0/11/0")).resourceInstanceId(), 0);
        QCOMPARE(Lwm2mPath::parse(QStringLiteral("/3303/")).toString(), QStringLiteral("/3303"));
        QCOMPARE(Lwm2mPath::parse(QStringLiteral("/")).level(), Lwm2mPath::Level::Root);
        for (const char *bad : {"3/0", "/a/0", "/3/0/9/0/1", "/70000", "/-1", ""})
            QVERIFY2(!Lwm2mPath::parse(QString::fromLatin1(bad)).isValid(), bad);
    }

    void m18SingleResource()
    {
        const Lwm2mNode n = Lwm2mNode::fromJson(
            json(R"j({"kind":"singleResource","id":9,"type":"INTEGER","value":"87"})j"));
        QCOMPARE(n.kind, Lwm2mNode::Kind::SingleResource);
        QCOMPARE(n.type, Lwm2mNode::Type::Integer);
        QCOMPARE(n.value.toLongLong(), 87);
        QCOMPARE(*n.numericValue(), 87.0);
    }

    void m18TypesDecode()
    {
        QCOMPARE(Lwm2mNode::fromJson(json(R"j({"id":1,"type":"FLOAT","value":"21.5"})j"))
                     .value.toDouble(),
                 21.5);
        QCOMPARE(Lwm2mNode::fromJson(json(R"j({"id":1,"type":"OPAQUE","value":"0aff"})j"))
                     .value.toByteArray(),
                 QByteArray("\x0a\xff", 2));
        QCOMPARE(Lwm2mNode::fromJson(json(R"j({"id":13,"type":"TIME","value":1733650000000})j"))
                     .value.toDateTime()
                     .toMSecsSinceEpoch(),
                 1733650000000);
        QCOMPARE(
            Lwm2mNode::fromJson(
                json(R"j({"id":22,"type":"OBJLNK","value":{"objectId":3,"objectInstanceId":0}})j"))
                .value.toString(),
            QStringLiteral("3:0"));
        QCOMPARE(
            Lwm2mNode::fromJson(json(R"j({"id":2,"type":"BOOLEAN","value":true})j")).value.toBool(),
            true);
        QString error;
        QVERIFY(!Lwm2mNode::fromJson(json(R"j({"id":1,"type":"INTEGER","value":"x"})j"), &error)
                     .isValid());
        QVERIFY(!error.isEmpty());
    }

    void m18MultiResourceInstanceAndObject()
    {
        const Lwm2mNode multi = Lwm2mNode::fromJson(json(
            R"j({"kind":"multiResource","id":11,"type":"INTEGER","values":{"0":"0","3":"4"}})j"));
        QCOMPARE(multi.kind, Lwm2mNode::Kind::MultiResource);
        QCOMPARE(multi.values.value(3).toLongLong(), 4);
        QVERIFY(!multi.numericValue());
        const Lwm2mNode obj = Lwm2mNode::fromJson(json(
            R"j({"kind":"obj","id":3,"instances":[{"kind":"instance","id":0,"resources":[
               {"kind":"singleResource","id":1,"type":"STRING","value":"LT-500"}]}]})j"));
        QCOMPARE(obj.kind, Lwm2mNode::Kind::Object);
        QCOMPARE(obj.child(0)->resourceValue(1).toString(), QStringLiteral("LT-500"));
    }

    void m4ShapesWithoutKindOrType()
    {
        const Lwm2mNode inst = Lwm2mNode::fromJson(json(
            R"j({"id":0,"resources":[{"id":1,"value":"LT-500"},{"id":9,"value":41},
               {"id":11,"values":{"0":0}},{"id":13,"value":"2026-11-26T10:40:00Z"},
               {"id":1,"value":30.5},{"id":2,"value":true}]})j"));
        QCOMPARE(inst.kind, Lwm2mNode::Kind::Instance);
        QCOMPARE(inst.type, Lwm2mNode::Type::Unknown);
        QCOMPARE(inst.resourceValue(9).toLongLong(), 41);
        QCOMPARE(*inst.child(9)->numericValue(), 41.0);
        QCOMPARE(inst.child(11)->kind, Lwm2mNode::Kind::MultiResource);
        QCOMPARE(inst.children.at(4).numericValue().value(), 30.5);
        QCOMPARE(inst.children.at(5).numericValue().value(), 1.0);
        QVERIFY(!inst.child(1)->numericValue()); // "LT-500" is text
    }

    void malformedNodes()
    {
        QString error;
        QVERIFY(!Lwm2mNode::fromJson(QJsonValue(3), &error).isValid());
        QVERIFY(!Lwm2mNode::fromJson(json(R"j({"id":1})j"), &error).isValid());
        QVERIFY(!Lwm2mNode::fromJson(json(R"j({"id":0,"resources":{}})j"), &error).isValid());
        QVERIFY(!Lwm2mNode::fromJson(json(R"j({"value":1})j"), &error).isValid());
    }

    void writeBodiesPerType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expectedValue");
        QTest::newRow("integer") << "integer"
                                 << "-42" << QByteArray("-42");
        QTest::newRow("unsigned") << "unsigned_integer"
                                  << "42" << QByteArray("42");
        QTest::newRow("float") << "float"
                               << "21.5" << QByteArray("21.5");
        QTest::newRow("boolean") << "boolean"
                                 << "false" << QByteArray("false");
        QTest::newRow("string") << "string"
                                << "eco" << QByteArray("\"eco\"");
        QTest::newRow("opaque") << "opaque"
                                << "0xDEad01" << QByteArray("\"dead01\"");
        QTest::newRow("time s") << "time"
                                << "1733650000" << QByteArray("1733650000000");
        QTest::newRow("time ms") << "time"
                                 << "1733650000123ms" << QByteArray("1733650000123");
        QTest::newRow("time iso") << "time"
                                  << "2024-12-08T09:26:40Z" << QByteArray("1733650000000");
        QTest::newRow("objlnk") << "objlnk"
                                << "3:0" << QByteArray("{\"objectId\":3,\"objectInstanceId\":0}");
    }

    void writeBodiesPerType()
    {
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(QByteArray, expectedValue);
        const Lwm2mNode::Type t = Lwm2mNode::typeFromId(type);
        QVariant value;
        QString error;
        QVERIFY2(Lwm2mNode::valueFromText(text, t, &value, &error), qPrintable(error));
        const QJsonObject body = Lwm2mNode::singleResource(5, t, value).toJson();
        QCOMPARE(body.value(QLatin1String("id")).toInt(), 5);
        QCOMPARE(body.value(QLatin1String("kind")).toString(), QStringLiteral("singleResource"));
        QCOMPARE(body.value(QLatin1String("type")).toString(), type);
        const QByteArray encoded
            = QJsonDocument(QJsonObject{{QStringLiteral("v"), body.value(QLatin1String("value"))}})
                  .toJson(QJsonDocument::Compact);
        QCOMPARE(encoded, "{\"v\":" + expectedValue + "}");
        // What we write, we read back (M18 shape).
        const Lwm2mNode back = Lwm2mNode::fromJson(body);
        QVERIFY(back.isValid());
        QCOMPARE(back.valueText(), Lwm2mNode::singleResource(5, t, value).valueText());
    }

    void badTextValues()
    {
        QVariant v;
        QString error;
        QVERIFY(
            !Lwm2mNode::valueFromText(QStringLiteral("x1"), Lwm2mNode::Type::Integer, &v, &error));
        QVERIFY(!Lwm2mNode::valueFromText(
            QStringLiteral("-1"), Lwm2mNode::Type::UnsignedInteger, &v, &error));
        QVERIFY(
            !Lwm2mNode::valueFromText(QStringLiteral("abc"), Lwm2mNode::Type::Opaque, &v, &error));
        QVERIFY(!Lwm2mNode::valueFromText(
            QStringLiteral("maybe"), Lwm2mNode::Type::Boolean, &v, &error));
        QVERIFY(
            !Lwm2mNode::valueFromText(QStringLiteral("3"), Lwm2mNode::Type::Objlnk, &v, &error));
        QVERIFY(error.contains(QLatin1String("objlnk")));
    }

    void instanceAndMultiWriteBodies()
    {
        const Lwm2mNode inst = Lwm2mNode::instance(
            0,
            {Lwm2mNode::singleResource(0, Lwm2mNode::Type::Integer, qint64(300)),
             Lwm2mNode::multiResource(6, Lwm2mNode::Type::Integer, {{0, qint64(1)}})});
        const QByteArray body = QJsonDocument(inst.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(body.contains("\"kind\":\"instance\""));
        QVERIFY(body.contains("\"values\":{\"0\":1}"));
        QVERIFY(body.contains("\"value\":300"));
    }

    void registrationsOfBothShapes()
    {
        const Lwm2mRegistration m18 = Lwm2mRegistration::fromJson(json(
            R"j({"endpoint":"ep1","registrationId":"Xy","registrationDate":1733650000000,
               "lastUpdate":1733650001000,"lifetime":300,"bindingMode":"UQ","queuemode":true,
               "sleeping":true,"lwM2mVersion":"1.1","objectLinks":[{"url":"/3/0"}]})j"));
        QCOMPARE(m18.registrationDate.toMSecsSinceEpoch(), 1733650000000);
        QVERIFY(m18.queueMode && m18.sleeping);
        QCOMPARE(m18.objectLinks, QStringList{QStringLiteral("/3/0")});
        const Lwm2mRegistration m4 = Lwm2mRegistration::fromJson(json(
            R"j({"endpoint":"ep2","registrationDate":"2026-11-26T10:00:37Z","lifetime":30})j"));
        QCOMPARE(m4.registrationDate, QDateTime(QDate(2026, 11, 26), QTime(10, 0, 37), Qt::UTC));
        QCOMPARE(m4.lifetimeSeconds, 30);
    }
};

QTEST_GUILESS_MAIN(tst_Lwm2mNode)
#include "tst_Lwm2mNode.moc"
