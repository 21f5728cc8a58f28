// The dry run (docs/campaign-engine.md): every targeted device eligible or skipped with its reason,
// counts per reason, waves in stage order, the same device through two profiles once, unknown
// targets, estimates and the plan checks.
#include "campaign/CampaignPlanner.h"

#include <QTest>

namespace {

Device makeDevice(int n, const QString &model = QStringLiteral("LT-500"))
{
    Device d;
    d.id = QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    d.name = QStringLiteral("dev-%1").arg(n, 3, 10, QLatin1Char('0'));
    d.model = model;
    d.serial = QStringLiteral("SN%1").arg(n);
    d.binding = {Protocol::Lwm2m, QStringLiteral("leshan"), d.name};
    d.firmwareVersion = QStringLiteral("1.0.0");
    d.lifecycle = Lifecycle::Active;
    d.health = Health::Online;
    d.batteryPercent = 80;
    d.signalDbm = -80;
    return d;
}

CampaignSpec spec()
{
    CampaignSpec s;
    s.name = QStringLiteral("t");
    s.firmwareModel = QStringLiteral("LT-500");
    s.firmwareVersion = QStringLiteral("1.1.0");
    s.targetQuery = QStringLiteral("");
    s.preconditions.batteryMin = 30;
    s.preconditions.signalMinDbm = -110;
    return s;
}

} // namespace

class tst_CampaignPlanner : public QObject
{
    Q_OBJECT

private slots:
    void reasons()
    {
        CampaignPlanner::Inputs in;
        for (int n = 0; n < 20; ++n)
            in.fleet.append(makeDevice(n));
        in.fleet[1].model = QStringLiteral("EM-200");
        in.fleet[2].firmwareVersion = QStringLiteral("1.1.0");
        in.fleet[3].lifecycle = Lifecycle::Retired;
        in.fleet[4].health = Health::Offline;
        in.fleet[5].batteryPercent = 12;
        in.fleet[6].signalDbm = -120;
        in.fleet[7].health = Health::Sleeping;
        in.fleet[8].binding = {};
        in.inOtherCampaigns.insert(in.fleet[9].id);
        CampaignDeviceStatus busy;
        busy.reachable = busy.online = true;
        busy.updateState = 1; // another console is updating it
        in.live.insert(in.fleet[10].id, busy);
        CampaignDeviceStatus lowNow; // the cache says 80 %, the device says 15 %
        lowNow.reachable = lowNow.online = true;
        lowNow.updateState = 0;
        lowNow.batteryPercent = 15;
        in.live.insert(in.fleet[11].id, lowNow);
        in.fleet[12].serial = in.fleet[13].serial; // one device through two profiles
        in.fleet[12].binding.profile = QStringLiteral("other");
        in.fleet[12].health = Health::Offline;
        in.imageBytes = 1000;
        const CampaignPlan plan = CampaignPlanner::plan(spec(), in);
        QCOMPARE(plan.entries.size(), 20);
        QHash<QString, QString> reasonOf;
        for (const auto &e : plan.entries)
            reasonOf.insert(e.device.name, e.reasonId);
        QCOMPARE(reasonOf.value(QStringLiteral("dev-001")), QStringLiteral("wrong_model"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-002")), QStringLiteral("already_on_version"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-003")), QStringLiteral("retired"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-004")), QStringLiteral("offline"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-005")), QStringLiteral("battery_low"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-006")), QStringLiteral("signal_low"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-007")), QStringLiteral("sleeping"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-008")), QStringLiteral("unbound"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-009")), QStringLiteral("in_other_campaign"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-010")), QStringLiteral("update_not_idle"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-011")), QStringLiteral("battery_low"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-012")), QStringLiteral("duplicate"));
        QCOMPARE(reasonOf.value(QStringLiteral("dev-013")),
                 QString()); // the online one of the pair
        QCOMPARE(plan.eligible, 8);
        QCOMPARE(plan.skipped(), 12);
        QCOMPARE(plan.countsByReason.value(QStringLiteral("battery_low")), 2);
        QCOMPARE(plan.estimatedBytes, 8000);
        for (const auto &e : plan.entries) {
            if (e.device.name == QLatin1String("dev-005"))
                QCOMPARE(e.reason, QStringLiteral("battery 12 % below 30 %"));
            if (e.device.name == QLatin1String("dev-011"))
                QVERIFY2(e.reason.contains(QStringLiteral("15 %")), qPrintable(e.reason));
        }
        QVERIFY(plan.problems.isEmpty());
        // Eligible first, then skipped; records carry the state.
        QVERIFY(plan.entries.first().eligible);
        QVERIFY(!plan.entries.last().eligible);
        const auto records = plan.records();
        QCOMPARE(records.size(), 20);
        QCOMPARE(records.last().state, CampaignDeviceState::Skipped);
        QCOMPARE(records.first().state, CampaignDeviceState::Pending);
    }

    void wavesFollowStages()
    {
        CampaignSpec s = spec();
        s.waves = {CampaignAmount::count(2), CampaignAmount::percent(50)};
        s.order = {{QStringLiteral("gateway")}, {QStringLiteral("sensor")}};
        s.concurrency = 2;
        CampaignPlanner::Inputs in;
        for (int n = 0; n < 10; ++n) {
            Device d = makeDevice(n);
            d.tags = {n >= 7 ? QStringLiteral("gateway") : QStringLiteral("sensor")};
            in.fleet.append(d);
        }
        in.perDeviceSeconds = 100;
        const CampaignPlan plan = CampaignPlanner::plan(s, in);
        QCOMPARE(plan.waveSizes, (QVector<int>{2, 5, 3}));
        // The gateways (stage 0) come first.
        QCOMPARE(plan.entries.at(0).device.name, QStringLiteral("dev-007"));
        QCOMPARE(plan.entries.at(0).stage, 0);
        QCOMPARE(plan.entries.at(0).wave, 0);
        QCOMPARE(plan.entries.at(2).device.name, QStringLiteral("dev-009"));
        QCOMPARE(plan.entries.at(2).wave, 1);
        QCOMPARE(plan.entries.at(3).stage, 1);
        QCOMPARE(plan.entries.at(9).wave, 2);
        // waves of 2, 5, 3 at concurrency 2: 1 + 3 + 2 rounds of 100 s.
        QCOMPARE(plan.estimatedSeconds, 600);
    }

    void targetsAndPlanChecks()
    {
        CampaignSpec s = spec();
        s.targetKind = CampaignSpec::TargetKind::Devices;
        s.targetDevices = {QStringLiteral("dev-001"),
                           QStringLiteral("ghost"),
                           QStringLiteral("00000000-0000-4000-8000-000000000002"),
                           QStringLiteral("dev-001")};
        s.waves = {CampaignAmount::count(5)};
        CampaignPlanner::Inputs in;
        for (int n = 0; n < 4; ++n)
            in.fleet.append(makeDevice(n));
        const CampaignPlan plan = CampaignPlanner::plan(s, in);
        QCOMPARE(plan.entries.size(), 2); // each device once
        QCOMPARE(plan.unknownTargets, QStringList{QStringLiteral("ghost")});
        QStringList pointers;
        for (const auto &p : plan.problems)
            pointers.append(p.pointer);
        QVERIFY2(pointers.contains(QStringLiteral("/targets/devices")),
                 qPrintable(pointers.join(QLatin1Char(','))));
        QVERIFY2(pointers.contains(QStringLiteral("/waves/0/size")),
                 qPrintable(pointers.join(QLatin1Char(','))));

        s.targetKind = CampaignSpec::TargetKind::Group;
        s.targetGroup = QStringLiteral("nope");
        const CampaignPlan none = CampaignPlanner::plan(s, in);
        QVERIFY(!none.problems.isEmpty());
        QCOMPARE(none.problems.first().pointer, QStringLiteral("/targets"));

        s.targetKind = CampaignSpec::TargetKind::Query;
        s.targetQuery = QStringLiteral("battery:<<");
        QCOMPARE(CampaignPlanner::plan(s, in).problems.first().pointer, QStringLiteral("/targets"));
    }

    void preconditionsRightBeforeStart()
    {
        CampaignSpec s = spec();
        const Device d = makeDevice(1);
        CampaignDeviceStatus live;
        live.reachable = true;
        live.online = true;
        live.updateState = 0;
        live.batteryPercent = 50;
        QString id;
        QVERIFY(CampaignPlanner::checkPreconditions(s, d, live, &id).isEmpty());
        QVERIFY(id.isEmpty());
        live.busy = true;
        QVERIFY(!CampaignPlanner::checkPreconditions(s, d, live, &id).isEmpty());
        QCOMPARE(id, QStringLiteral("busy"));
        live.busy = false;
        live.online = false;
        CampaignPlanner::checkPreconditions(s, d, live, &id);
        QCOMPARE(id, QStringLiteral("offline"));
        live.reachable = false;
        live.error = QStringLiteral("connection refused");
        QVERIFY(CampaignPlanner::checkPreconditions(s, d, live, &id)
                    .contains(QStringLiteral("connection refused")));
        s.preconditions.online = false;
        s.preconditions.batteryMin.reset();
        s.preconditions.signalMinDbm.reset();
        s.preconditions.notBusy = false;
        QVERIFY(CampaignPlanner::checkPreconditions(s, d, live, &id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CampaignPlanner)
#include "tst_CampaignPlanner.moc"
