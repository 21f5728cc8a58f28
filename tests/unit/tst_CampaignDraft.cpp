#include "campaign/CampaignDraft.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(FLEETDESK_TEST_DATA "/campaign/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

CampaignSpec fixture()
{
    QVector<CampaignProblem> problems;
    const CampaignSpec spec
        = CampaignSpec::fromJson(readData(QStringLiteral("full.json")), &problems);
    if (!problems.isEmpty())
        qFatal("full.json has problems");
    return spec;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QStringList pointers(const QVector<CampaignProblem> &problems)
{
    QStringList out;
    for (const CampaignProblem &p : problems)
        out << p.pointer;
    return out;
}

FirmwareImageRecord image(const QString &model, const QString &version)
{
    FirmwareImageRecord r;
    r.model = model;
    r.version = version;
    return r;
}

FleetQueryContext context()
{
    FleetQueryContext c;
    c.now = utc("2026-11-26T12:00:00Z");
    c.staticGroups.insert(QStringLiteral("Hamburg pilots"), {QUuid::createUuid()});
    c.savedFilters.insert(QStringLiteral("Old LT-500"), QStringLiteral("model:LT-500 fw:<1.1.0"));
    c.savedFilters.insert(QStringLiteral("Broken"), QStringLiteral("battery:<<"));
    return c;
}

} // namespace

class tst_CampaignDraft : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsValidOnEveryPage();
    void firmwareMustBeChosenAndInLibrary();
    void queryTargets();
    void groupTargets();
    void selectionTargets();
    void csvTargets();
    void readDeviceList_data();
    void readDeviceList();
    void rolloutValuesAreTheReadersRules();
    void rolloutWindowProblems();
    void reviewChecksPlanAndSchedule();
    void fromSpecPicksTheSource();
    void pointersInWords();
};

void tst_CampaignDraft::fixtureIsValidOnEveryPage()
{
    CampaignDraft draft;
    draft.spec = fixture();
    draft.setQueryTarget(draft.spec.targetQuery);
    const QDateTime now = utc("2026-11-26T12:00:00Z");
    QVERIFY(draft.validateFirmware({image(QStringLiteral("LT-500"), QStringLiteral("1.1.0"))})
                .isEmpty());
    QVERIFY(draft.validateTargets(context()).isEmpty());
    QVERIFY(draft.validateRollout(now).isEmpty());
    QVERIFY(draft.validateReview(now, 40).isEmpty());
    QVERIFY(draft.documentProblems().isEmpty());
    QVector<CampaignProblem> problems;
    QCOMPARE(CampaignSpec::fromJson(draft.toJsonBytes(), &problems), fixture());
    QVERIFY(problems.isEmpty());
}

void tst_CampaignDraft::firmwareMustBeChosenAndInLibrary()
{
    CampaignDraft draft;
    const QVector<FirmwareImageRecord> library
        = {image(QStringLiteral("LT-500"), QStringLiteral("1.1.0"))};
    QCOMPARE(pointers(draft.validateFirmware(library)),
             (QStringList{QStringLiteral("/firmware"), QStringLiteral("/name")}));

    draft.spec.firmwareModel = QStringLiteral("LT-500");
    draft.spec.firmwareVersion = QStringLiteral("1.2.0");
    draft.spec.name = QStringLiteral("x");
    const QVector<CampaignProblem> missing = draft.validateFirmware(library);
    QCOMPARE(pointers(missing), QStringList{QStringLiteral("/firmware")});
    QVERIFY(missing.first().message.contains(QStringLiteral("not in the firmware library")));

    draft.spec.firmwareVersion = QStringLiteral("1.1.0");
    QVERIFY(draft.validateFirmware(library).isEmpty());
    draft.spec.name = QString(201, QLatin1Char('n'));
    QCOMPARE(pointers(draft.validateFirmware(library)), QStringList{QStringLiteral("/name")});
    QCOMPARE(CampaignDraft::suggestedName(QStringLiteral("LT-500"), QStringLiteral("1.1.0")),
             QStringLiteral("LT-500 to 1.1.0"));
}

void tst_CampaignDraft::queryTargets()
{
    CampaignDraft draft;
    draft.setQueryTarget(QStringLiteral("   "));
    QCOMPARE(pointers(draft.validateTargets(context())),
             QStringList{QStringLiteral("/targets/query")});

    draft.setQueryTarget(QStringLiteral("battery:<<20"));
    const QVector<CampaignProblem> bad = draft.validateTargets(context());
    QCOMPARE(pointers(bad), QStringList{QStringLiteral("/targets/query")});
    QVERIFY(!bad.first().message.isEmpty());

    // in:NAME needs a static group of the context.
    draft.setQueryTarget(QStringLiteral("in:\"Nowhere\""));
    QCOMPARE(pointers(draft.validateTargets(context())),
             QStringList{QStringLiteral("/targets/query")});
    draft.setQueryTarget(QStringLiteral("in:\"Hamburg pilots\" model:LT-500"));
    QVERIFY(draft.validateTargets(context()).isEmpty());
    QCOMPARE(draft.spec.toJson().value(QStringLiteral("targets")).toObject().keys(),
             QStringList{QStringLiteral("query")});
}

void tst_CampaignDraft::groupTargets()
{
    CampaignDraft draft;
    draft.setGroupTarget(CampaignDraft::TargetSource::StaticGroup, QString());
    QCOMPARE(pointers(draft.validateTargets(context())),
             QStringList{QStringLiteral("/targets/group")});
    draft.setGroupTarget(CampaignDraft::TargetSource::StaticGroup, QStringLiteral("Old LT-500"));
    QCOMPARE(pointers(draft.validateTargets(context())),
             QStringList{QStringLiteral("/targets/group")}); // a smart group, not a static one
    draft.setGroupTarget(CampaignDraft::TargetSource::StaticGroup,
                         QStringLiteral("Hamburg pilots"));
    QVERIFY(draft.validateTargets(context()).isEmpty());
    QCOMPARE(draft.spec.targetKind, CampaignSpec::TargetKind::Group);

    draft.setGroupTarget(CampaignDraft::TargetSource::SmartGroup, QStringLiteral("Old LT-500"));
    QVERIFY(draft.validateTargets(context()).isEmpty());
    QCOMPARE(draft.targetSource, CampaignDraft::TargetSource::SmartGroup);
    draft.setGroupTarget(CampaignDraft::TargetSource::SmartGroup, QStringLiteral("Broken"));
    QCOMPARE(pointers(draft.validateTargets(context())),
             QStringList{QStringLiteral("/targets/group")});
}

void tst_CampaignDraft::selectionTargets()
{
    CampaignDraft draft;
    draft.setSelectionTarget({});
    QCOMPARE(pointers(draft.validateTargets(context())),
             QStringList{QStringLiteral("/targets/devices")});
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    draft.setSelectionTarget({a, b, a});
    QVERIFY(draft.validateTargets(context()).isEmpty());
    QCOMPARE(draft.spec.targetDevices,
             (QStringList{a.toString(QUuid::WithoutBraces), b.toString(QUuid::WithoutBraces)}));
    QCOMPARE(draft.selectionIds.size(), 3);
}

void tst_CampaignDraft::csvTargets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CampaignDraft draft;
    QVERIFY(!draft.setCsvTarget(dir.filePath(QStringLiteral("missing.csv"))));
    QCOMPARE(pointers(draft.validateTargets(context())),
             QStringList{QStringLiteral("/targets/devices")});
    QVERIFY(
        draft.validateTargets(context()).first().message.contains(QStringLiteral("missing.csv")));

    QFile file(dir.filePath(QStringLiteral("list.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,site\npump-0001,Osaka\npump-0002,Kobe\n\npump-0001,Osaka\n");
    file.close();
    QVERIFY(draft.setCsvTarget(file.fileName()));
    QVERIFY(draft.csvError.isEmpty());
    QCOMPARE(draft.spec.targetDevices,
             (QStringList{QStringLiteral("pump-0001"), QStringLiteral("pump-0002")}));
    QVERIFY(draft.validateTargets(context()).isEmpty());
    QCOMPARE(draft.csvPath, file.fileName());

    // Another choice replaces the list.
    draft.setQueryTarget(QStringLiteral("model:LT-500"));
    QVERIFY(draft.spec.targetDevices.isEmpty());
    QCOMPARE(draft.spec.targetKind, CampaignSpec::TargetKind::Query);
}

void tst_CampaignDraft::readDeviceList_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("error");
    QTest::newRow("plain lines") << QByteArray("pump-0001\r\nep-7\r\n")
                                 << QStringList{QStringLiteral("pump-0001"), QStringLiteral("ep-7")}
                                 << false;
    QTest::newRow("endpoint column")
        << QByteArray("site,endpoint\nOsaka,ep-1\nKobe,\"ep-2\"\n")
        << QStringList{QStringLiteral("ep-1"), QStringLiteral("ep-2")} << false;
    QTest::newRow("id column first")
        << QByteArray("name,id\npump,00000000-0000-4000-8000-000000000001\n")
        << QStringList{QStringLiteral("00000000-0000-4000-8000-000000000001")} << false;
    QTest::newRow("empty") << QByteArray("\n\n") << QStringList() << true;
    QTest::newRow("header only") << QByteArray("name\n") << QStringList() << true;
    QTest::newRow("not UTF-8") << QByteArray("pump-\xff\xfe\n") << QStringList() << true;
}

void tst_CampaignDraft::readDeviceList()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    QFETCH(bool, error);
    QString message;
    QCOMPARE(CampaignDraft::readDeviceList(csv, &message), expected);
    QCOMPARE(!message.isEmpty(), error);
}

void tst_CampaignDraft::rolloutValuesAreTheReadersRules()
{
    CampaignDraft draft;
    draft.spec = fixture();
    const QDateTime now = utc("2026-11-26T12:00:00Z");
    draft.spec.waves[1] = CampaignAmount::count(0);
    draft.spec.concurrency = 0;
    draft.spec.deviceTimeoutS = 5;
    draft.spec.retries = 11;
    draft.spec.errorThreshold = CampaignAmount::percent(120);
    draft.spec.preconditions.batteryMin = 101;
    draft.spec.order = {{QStringLiteral("gateway")}, {QStringLiteral("gateway")}};
    // Target problems are the Targets page's, not the Rollout page's.
    draft.setQueryTarget(QString());
    QCOMPARE(pointers(draft.validateRollout(now)),
             (QStringList{QStringLiteral("/waves/1/size"),
                          QStringLiteral("/concurrency"),
                          QStringLiteral("/device_timeout_s"),
                          QStringLiteral("/retries"),
                          QStringLiteral("/error_threshold/percent"),
                          QStringLiteral("/order/1/0"),
                          QStringLiteral("/preconditions/battery_min")}));
}

void tst_CampaignDraft::rolloutWindowProblems()
{
    CampaignDraft draft;
    draft.spec = fixture();
    const QDateTime now = utc("2026-11-26T12:00:00Z");

    draft.spec.window->tz = QStringLiteral("Mars/Olympus_Mons");
    QCOMPARE(pointers(draft.validateRollout(now)), QStringList{QStringLiteral("/window/tz")});

    draft.spec.window->tz = QStringLiteral("Europe/Berlin");
    draft.spec.window->to = draft.spec.window->from;
    QCOMPARE(pointers(draft.validateRollout(now)), QStringList{QStringLiteral("/window")});

    // Only on Saturdays, but the campaign expires before the next Saturday: never opens.
    draft.spec.window->to = QTime(5, 0);
    draft.spec.window->days = {6};
    draft.spec.expires = utc("2026-11-27T12:00:00Z");
    const QVector<CampaignProblem> never = draft.validateRollout(now);
    QCOMPARE(pointers(never), QStringList{QStringLiteral("/window")});
    QVERIFY(never.first().message.contains(QStringLiteral("never opens")));

    draft.spec.expires = utc("2026-12-31T23:00:00Z");
    QVERIFY(draft.validateRollout(now).isEmpty());
    draft.windowHasNoDays = true;
    QCOMPARE(pointers(draft.validateRollout(now)), QStringList{QStringLiteral("/window/days")});
    draft.windowHasNoDays = false;

    draft.spec.expires = utc("2026-11-01T00:00:00Z");
    QCOMPARE(pointers(draft.validateRollout(now)), QStringList{QStringLiteral("/expires")});
}

void tst_CampaignDraft::reviewChecksPlanAndSchedule()
{
    CampaignDraft draft;
    draft.spec = fixture();
    const QDateTime now = utc("2026-11-26T12:00:00Z");
    QVERIFY(draft.validateReview(now, -1).isEmpty());
    QCOMPARE(pointers(draft.validateReview(now, 0)), QStringList{QStringLiteral("/targets")});
    QCOMPARE(pointers(draft.validateReview(now, 3)), QStringList{QStringLiteral("/waves/0/size")});
    QVERIFY(draft.validateReview(now, 5).isEmpty());
    QCOMPARE(pointers(draft.validateReview(utc("2027-01-02T00:00:00Z"), 5)),
             QStringList{QStringLiteral("/expires")});
    draft.spec.name.clear();
    QCOMPARE(pointers(draft.validateReview(now, 5)), QStringList{QStringLiteral("/name")});
}

void tst_CampaignDraft::fromSpecPicksTheSource()
{
    CampaignSpec spec = fixture();
    QCOMPARE(CampaignDraft::fromSpec(spec, context()).targetSource,
             CampaignDraft::TargetSource::Query);
    spec.targetKind = CampaignSpec::TargetKind::Group;
    spec.targetGroup = QStringLiteral("Old LT-500");
    QCOMPARE(CampaignDraft::fromSpec(spec, context()).targetSource,
             CampaignDraft::TargetSource::SmartGroup);
    spec.targetGroup = QStringLiteral("Hamburg pilots");
    QCOMPARE(CampaignDraft::fromSpec(spec, context()).targetSource,
             CampaignDraft::TargetSource::StaticGroup);
    spec.targetKind = CampaignSpec::TargetKind::Devices;
    const QUuid id = QUuid::createUuid();
    spec.targetDevices = {id.toString(QUuid::WithoutBraces)};
    const CampaignDraft selection = CampaignDraft::fromSpec(spec, context());
    QCOMPARE(selection.targetSource, CampaignDraft::TargetSource::Selection);
    QCOMPARE(selection.selectionIds, QList<QUuid>{id});
    spec.targetDevices = {QStringLiteral("pump-0001")};
    QCOMPARE(CampaignDraft::fromSpec(spec, context()).targetSource,
             CampaignDraft::TargetSource::CsvFile);
    QCOMPARE(CampaignDraft::fromSpec(spec, context()).spec, spec);
}

void tst_CampaignDraft::pointersInWords()
{
    QCOMPARE(CampaignDraft::describePointer(QStringLiteral("/window/tz")),
             QStringLiteral("Maintenance window — time zone"));
    QCOMPARE(CampaignDraft::describePointer(QStringLiteral("/waves/0/size")),
             QStringLiteral("Wave 1 (canary) — size"));
    QCOMPARE(CampaignDraft::describePointer(QStringLiteral("/waves/2/size")),
             QStringLiteral("Wave 3 — size"));
    QCOMPARE(CampaignDraft::describePointer(QStringLiteral("/targets/devices/4")),
             QStringLiteral("Targets — device 5 of the list"));
    QCOMPARE(CampaignDraft::describePointer(QString()), QStringLiteral("The document"));
    QCOMPARE(CampaignDraft::describe({QStringLiteral("/retries"), QStringLiteral("Too many.")}),
             QStringLiteral("Retries: Too many."));
}

QTEST_GUILESS_MAIN(tst_CampaignDraft)
#include "tst_CampaignDraft.moc"
