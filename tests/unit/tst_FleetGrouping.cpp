// FleetGrouping::duplicateSerials and duplicateSerialHolders: serials that more than one device
// carries, with the devices that carry them, against a plain count over the same list.
#include "TestFleet.h"
#include "fleet/FleetGrouping.h"

#include <QHash>
#include <QTest>

#include <map>

class tst_FleetGrouping : public QObject
{
    Q_OBJECT

private slots:
    void noDuplicatesInAFleetOfUniqueSerials()
    {
        const DeviceList fleet = TestFleet::fleet(50);
        QVERIFY(FleetGrouping::duplicateSerials(fleet).isEmpty());
        QVERIFY(FleetGrouping::duplicateSerialHolders(fleet).isEmpty());
        QVERIFY(FleetGrouping::duplicateSerials({}).isEmpty());
    }

    void holdersAreEveryDeviceWithTheSerialInOrder()
    {
        DeviceList fleet = TestFleet::fleet(30);
        fleet[9].serial = fleet[2].serial;
        fleet[20].serial = fleet[2].serial;
        fleet[5].serial = fleet[4].serial;
        // Empty serials are not duplicates of each other.
        fleet[11].serial.clear();
        fleet[12].serial.clear();
        // Case matters: "sn5" is another serial than "SN5".
        fleet[13].serial = fleet[4].serial.toLower();

        const QHash<QString, QVector<int>> holders = FleetGrouping::duplicateSerialHolders(fleet);
        QCOMPARE(holders.size(), 2);
        QCOMPARE(holders.value(fleet[2].serial), (QVector<int>{2, 9, 20}));
        QCOMPARE(holders.value(fleet[4].serial), (QVector<int>{4, 5}));
        QCOMPARE(FleetGrouping::duplicateSerials(fleet),
                 (QSet<QString>{fleet[2].serial, fleet[4].serial}));
    }

    void largeFleetMatchesAPlainCount()
    {
        // Enough serials for the table's probing to run into collisions, duplicates spread over
        // it, some serials that differ only in their last character or in length.
        DeviceList fleet = TestFleet::fleet(20000);
        for (int i = 0; i < fleet.size(); ++i) {
            if (i % 997 == 0)
                fleet[i].serial = fleet[i / 2].serial;
            else if (i % 1499 == 0)
                fleet[i].serial = fleet[i - 1].serial + QLatin1Char('0');
        }
        std::map<QString, QVector<int>> expected;
        for (int i = 0; i < fleet.size(); ++i)
            expected[fleet[i].serial].append(i);
        QHash<QString, QVector<int>> duplicates;
        for (const auto &[serial, indices] : expected) {
            if (!serial.isEmpty() && indices.size() > 1)
                duplicates.insert(serial, indices);
        }
        QVERIFY(duplicates.size() > 10);
        QCOMPARE(FleetGrouping::duplicateSerialHolders(fleet), duplicates);
    }
};

QTEST_GUILESS_MAIN(tst_FleetGrouping)
#include "tst_FleetGrouping.moc"
