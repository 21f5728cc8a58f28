#include "campaign/CampaignSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(FLEETDESK_TEST_DATA "/campaign/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

CampaignSpec parseOk(const QByteArray &json)
{
    QVector<CampaignProblem> problems;
    CampaignSpec spec = CampaignSpec::fromJson(json, &problems);
    for (const CampaignProblem &p : problems)
        qWarning("%s: %s", qPrintable(p.pointer), qPrintable(p.message));
    if (!problems.isEmpty())
        qFatal("unexpected problems");
    return spec;
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class tst_CampaignSpec : public QObject
{
    Q_OBJECT

private slots:
    void fullDocumentIsRead();
    void minimalDocumentTakesTheDocumentedDefaults();
    void writtenDocumentReadsBackTheSame();
    void invalidDocumentsNameTheOffendingValue_data();
    void invalidDocumentsNameTheOffendingValue();
    void unknownKeySuggestsTheRightOne();
    void notJsonIsAProblemNotACrash();
    void waveSizesCoverEveryDeviceOnce();
    void canaryLargerThanTheEligibleSetIsRefused();
    void successThresholdAboveAWaveIsRefused();
    void windowAcrossMidnightInItsTimeZone();
    void windowThatNeverOpensBeforeExpiryIsRefused();
    void stagesFollowTheTagsInOrder();
};

void tst_CampaignSpec::fullDocumentIsRead()
{
    const CampaignSpec spec = parseOk(readData(QStringLiteral("full.json")));
    QCOMPARE(spec.name, QStringLiteral("LT-500 to 1.1.0, Hamburg first"));
    QCOMPARE(spec.firmwareModel, QStringLiteral("LT-500"));
    QCOMPARE(spec.firmwareVersion, QStringLiteral("1.1.0"));
    QCOMPARE(spec.targetKind, CampaignSpec::TargetKind::Query);
    QCOMPARE(spec.targetQuery, QStringLiteral("model:LT-500 fw:<1.1.0 -lifecycle:retired"));
    QCOMPARE(spec.waves.size(), 3);
    QVERIFY(spec.waves[0] == CampaignAmount::count(5));
    QVERIFY(spec.waves[1] == CampaignAmount::percent(25));
    QCOMPARE(spec.concurrency, 20);
    QCOMPARE(spec.deviceTimeoutS, 1200);
    QCOMPARE(spec.retries, 2);
    QVERIFY(spec.successThreshold == CampaignAmount::percent(95));
    QVERIFY(spec.errorThreshold == CampaignAmount::percent(10));
    QCOMPARE(spec.onError, CampaignSpec::OnError::Pause);
    QVERIFY(spec.approvalAfterWave);
    QVERIFY(spec.window.has_value());
    QCOMPARE(spec.window->days, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(spec.window->from, QTime(22, 0));
    QCOMPARE(spec.window->to, QTime(5, 0));
    QCOMPARE(spec.window->tz, QStringLiteral("Europe/Berlin"));
    QCOMPARE(spec.order.size(), 2);
    QCOMPARE(spec.order[1], (QStringList{QStringLiteral("sensor"), QStringLiteral("meter")}));
    QCOMPARE(spec.preconditions.batteryMin, std::optional<int>(30));
    QCOMPARE(spec.preconditions.signalMinDbm, std::optional<int>(-110));
    QCOMPARE(spec.expires, utc(QStringLiteral("2026-12-31T23:00:00Z")));
}

void tst_CampaignSpec::minimalDocumentTakesTheDocumentedDefaults()
{
    const CampaignSpec spec = parseOk(readData(QStringLiteral("minimal.json")));
    QCOMPARE(spec.targetKind, CampaignSpec::TargetKind::Devices);
    QCOMPARE(spec.targetDevices.size(), 2);
    QVERIFY(spec.waves.isEmpty());
    QCOMPARE(spec.concurrency, 10);
    QCOMPARE(spec.deviceTimeoutS, 900);
    QCOMPARE(spec.retries, 1);
    QVERIFY(spec.successThreshold == CampaignAmount::percent(100));
    QVERIFY(spec.errorThreshold == CampaignAmount::count(0));
    QCOMPARE(spec.onError, CampaignSpec::OnError::Pause);
    QVERIFY(!spec.approvalAfterWave);
    QVERIFY(!spec.window.has_value());
    QVERIFY(spec.preconditions.online);
    QVERIFY(spec.preconditions.notBusy);
    QVERIFY(!spec.preconditions.batteryMin);
    QVERIFY(!spec.expires.isValid());
}

void tst_CampaignSpec::writtenDocumentReadsBackTheSame()
{
    for (const QString &name :
         QStringList{QStringLiteral("full.json"), QStringLiteral("minimal.json")}) {
        const CampaignSpec spec = parseOk(readData(name));
        const CampaignSpec again = parseOk(spec.toJsonBytes());
        QVERIFY2(again == spec, qPrintable(name));
        QCOMPARE(again.toJsonBytes(), spec.toJsonBytes());
    }
}

void tst_CampaignSpec::invalidDocumentsNameTheOffendingValue_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("pointer");
    const QJsonArray cases
        = QJsonDocument::fromJson(readData(QStringLiteral("invalid.json"))).array();
    QVERIFY(cases.size() >= 15);
    for (const QJsonValue &c : cases) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("why")).toString()))
            << QJsonDocument(o.value(QStringLiteral("document")).toObject()).toJson()
            << o.value(QStringLiteral("pointer")).toString();
    }
}

void tst_CampaignSpec::invalidDocumentsNameTheOffendingValue()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, pointer);
    QVector<CampaignProblem> problems;
    CampaignSpec::fromJson(document, &problems);
    QVERIFY(!problems.isEmpty());
    QStringList pointers;
    for (const CampaignProblem &p : problems) {
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.pointer));
        pointers.append(p.pointer);
    }
    QVERIFY2(pointers.contains(pointer), qPrintable(pointers.join(QLatin1Char(' '))));
}

void tst_CampaignSpec::unknownKeySuggestsTheRightOne()
{
    QVector<CampaignProblem> problems;
    CampaignSpec::fromJson(
        "{\"version\":1,\"name\":\"x\",\"firmware\":{\"model\":\"M\",\"version\":\"1\"},"
        "\"targets\":{\"query\":\"a\"},\"preconditions\":{\"battery_mn\":20}}",
        &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].pointer, QStringLiteral("/preconditions/battery_mn"));
    QVERIFY2(problems[0].message.contains(QStringLiteral("battery_min")),
             qPrintable(problems[0].message));
}

void tst_CampaignSpec::notJsonIsAProblemNotACrash()
{
    for (const QByteArray &garbage :
         {QByteArray(), QByteArray("[1,2]"), QByteArray("{\"version\":"), QByteArray("\xff\xfe")}) {
        QVector<CampaignProblem> problems;
        CampaignSpec::fromJson(garbage, &problems);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems[0].pointer, QString());
    }
}

void tst_CampaignSpec::waveSizesCoverEveryDeviceOnce()
{
    CampaignSpec spec;
    spec.waves = {CampaignAmount::count(5), CampaignAmount::percent(25)};
    QCOMPARE(spec.waveSizes(200), (QVector<int>{5, 50, 145}));
    QCOMPARE(spec.waveSizes(7), (QVector<int>{5, 2}));
    QCOMPARE(spec.waveSizes(3), (QVector<int>{3}));
    QCOMPARE(spec.waveSizes(0), QVector<int>());
    spec.waves = {CampaignAmount::percent(10), CampaignAmount::percent(100)};
    QCOMPARE(spec.waveSizes(11), (QVector<int>{2, 9})); // 10 % of 11 rounds up
    spec.waves.clear();
    QCOMPARE(spec.waveSizes(40), QVector<int>{40});
}

void tst_CampaignSpec::canaryLargerThanTheEligibleSetIsRefused()
{
    CampaignSpec spec;
    spec.waves = {CampaignAmount::count(10)};
    QVERIFY(spec.validatePlan(10).isEmpty());
    const QVector<CampaignProblem> problems = spec.validatePlan(4);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].pointer, QStringLiteral("/waves/0/size"));
    QCOMPARE(spec.validatePlan(0).size(), 1);
}

void tst_CampaignSpec::successThresholdAboveAWaveIsRefused()
{
    CampaignSpec spec;
    spec.waves = {CampaignAmount::count(2)};
    spec.successThreshold = CampaignAmount::count(3);
    const QVector<CampaignProblem> problems = spec.validatePlan(50);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].pointer, QStringLiteral("/success_threshold"));
    spec.successThreshold = CampaignAmount::count(2);
    QVERIFY(spec.validatePlan(50).isEmpty());
}

void tst_CampaignSpec::windowAcrossMidnightInItsTimeZone()
{
    CampaignWindow w;
    w.days = {1, 2, 3, 4, 5};
    w.from = QTime(22, 0);
    w.to = QTime(5, 0);
    w.tz = QStringLiteral("Asia/Tokyo"); // UTC+9, no daylight saving
    // Friday 2026-11-27 23:30 in Tokyo = 14:30 UTC: open.
    QVERIFY(w.isOpen(utc(QStringLiteral("2026-11-27T14:30:00Z"))));
    // Saturday 03:00 in Tokyo belongs to Friday's window: open.
    QVERIFY(w.isOpen(utc(QStringLiteral("2026-11-27T18:00:00Z"))));
    // Saturday 23:00 in Tokyo: Saturday is not a window day.
    QVERIFY(!w.isOpen(utc(QStringLiteral("2026-11-28T14:00:00Z"))));
    // Monday 04:59 in Tokyo belongs to Sunday's window: closed.
    QVERIFY(!w.isOpen(utc(QStringLiteral("2026-11-29T19:59:00Z"))));
    // Friday 12:00 Tokyo → opens Friday 22:00 Tokyo = 13:00 UTC.
    QCOMPARE(w.nextOpening(utc(QStringLiteral("2026-11-27T03:00:00Z")), QDateTime()),
             utc(QStringLiteral("2026-11-27T13:00:00Z")));
    // Saturday noon Tokyo → next is Monday 22:00 Tokyo.
    QCOMPARE(w.nextOpening(utc(QStringLiteral("2026-11-28T03:00:00Z")), QDateTime()),
             utc(QStringLiteral("2026-11-30T13:00:00Z")));
}

void tst_CampaignSpec::windowThatNeverOpensBeforeExpiryIsRefused()
{
    CampaignSpec spec = parseOk(readData(QStringLiteral("full.json")));
    const QDateTime saturday = utc(QStringLiteral("2026-11-28T10:00:00Z"));
    QVERIFY(spec.validateSchedule(saturday).isEmpty());
    spec.expires = utc(QStringLiteral("2026-11-30T12:00:00Z")); // Monday noon: before 22:00
    const QVector<CampaignProblem> problems = spec.validateSchedule(saturday);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].pointer, QStringLiteral("/window"));
    spec.expires = utc(QStringLiteral("2026-11-01T00:00:00Z"));
    QCOMPARE(spec.validateSchedule(saturday).value(0).pointer, QStringLiteral("/expires"));
}

void tst_CampaignSpec::stagesFollowTheTagsInOrder()
{
    const CampaignSpec spec = parseOk(readData(QStringLiteral("full.json")));
    QCOMPARE(spec.stageOf({QStringLiteral("gateway")}), 0);
    QCOMPARE(spec.stageOf({QStringLiteral("pump"), QStringLiteral("meter")}), 1);
    QCOMPARE(spec.stageOf({QStringLiteral("sensor"), QStringLiteral("gateway")}), 0);
    QCOMPARE(spec.stageOf({QStringLiteral("pump")}), 2);
    QCOMPARE(spec.stageOf({}), 2);
}

QTEST_GUILESS_MAIN(tst_CampaignSpec)
#include "tst_CampaignSpec.moc"
