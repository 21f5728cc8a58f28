#include "TestFleet.h"
#include "fleet/FleetQuery.h"
#include "fleet/FleetSummary.h"

#include <QTest>

class tst_Device : public QObject
{
    Q_OBJECT

private slots:
    void validDeviceHasNoProblems()
    {
        QVERIFY(
            TestFleet::device(1, QStringLiteral("S"), QStringLiteral("G")).validate().isEmpty());
    }

    void problemsAreReported_data()
    {
        QTest::addColumn<int>("defect");
        QTest::newRow("no id") << 0;
        QTest::newRow("no name") << 1;
        QTest::newRow("binding without endpoint") << 2;
        QTest::newRow("binding without profile") << 3;
        QTest::newRow("battery out of range") << 4;
        QTest::newRow("bad tag") << 5;
    }

    void problemsAreReported()
    {
        QFETCH(int, defect);
        Device d = TestFleet::device(1, QStringLiteral("S"), QStringLiteral("G"));
        switch (defect) {
        case 0:
            d.id = QUuid();
            break;
        case 1:
            d.name = QStringLiteral("  ");
            break;
        case 2:
            d.binding.key.clear();
            break;
        case 3:
            d.binding.profile.clear();
            break;
        case 4:
            d.batteryPercent = 140;
            break;
        case 5:
            d.tags = {QStringLiteral("a;b")};
            break;
        }
        QCOMPARE(d.validate().size(), 1);
    }

    void groupSegmentsSplitOnSlash()
    {
        Device d;
        d.groupPath = QStringLiteral(" Line A / Pumps//North ");
        QCOMPARE(d.groupSegments(),
                 QStringList(
                     {QStringLiteral("Line A"), QStringLiteral("Pumps"), QStringLiteral("North")}));
    }

    void identifiersRoundTrip()
    {
        for (Health h : {Health::Unknown, Health::Online, Health::Sleeping, Health::Offline})
            QCOMPARE(DeviceText::healthFromId(DeviceText::healthId(h)), h);
        for (Lifecycle l :
             {Lifecycle::Provisioned, Lifecycle::Active, Lifecycle::Disabled, Lifecycle::Retired})
            QCOMPARE(DeviceText::lifecycleFromId(DeviceText::lifecycleId(l)), l);
        for (Protocol p : {Protocol::None, Protocol::Lwm2m, Protocol::Mqtt})
            QCOMPARE(DeviceText::protocolFromId(DeviceText::protocolId(p)), p);
        QVERIFY(!DeviceText::healthFromId(QStringLiteral("bogus")));
        QVERIFY(!DeviceText::protocolFromId(QStringLiteral("coap")));
    }

    void freeTextMatchesEveryTermInAnyField()
    {
        const Device d
            = TestFleet::device(5, QStringLiteral("Osaka plant"), QStringLiteral("Line A"));
        const FleetQueryContext context;
        auto matches = [&](const QString &text) {
            return FleetQuery::parse(text).matches(d, context);
        };
        QVERIFY(matches(QString()));
        QVERIFY(matches(QStringLiteral("osaka")));
        QVERIFY(matches(QStringLiteral("OSAKA lt-500")));
        QVERIFY(matches(QStringLiteral("\"osaka plant\" pump-0005")));
        QVERIFY(!matches(QStringLiteral("osaka kobe")));
        QVERIFY(!matches(QStringLiteral("\"plant osaka\"")));
    }

    void summaryCountsHealthAndLowBattery()
    {
        FleetSummary s;
        const DeviceList fleet = TestFleet::fleet(40);
        int expectedOffline = 0;
        int expectedLow = 0;
        for (const Device &d : fleet) {
            s.add(d);
            expectedOffline += d.health == Health::Offline;
            expectedLow += *d.batteryPercent < FleetSummary::LowBatteryPercent;
        }
        QCOMPARE(s.total, 40);
        QCOMPARE(s.offline, expectedOffline);
        QCOMPARE(s.online, 40 - expectedOffline);
        QCOMPARE(s.lowBattery, expectedLow);
        FleetSummary twice = s;
        twice.add(s);
        QCOMPARE(twice.total, 80);
        QCOMPARE(twice.needsAttention(), 2 * (expectedOffline + expectedLow));
    }
};

QTEST_GUILESS_MAIN(tst_Device)
#include "tst_Device.moc"
