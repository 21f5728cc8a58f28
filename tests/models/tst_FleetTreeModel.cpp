#include "FleetTreeModel.h"
#include "TestDevices.h"
#include "common/TimeFormat.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

namespace {

using NodeKind = FleetTreeModel::NodeKind;

QModelIndex
childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return QModelIndex();
}

QModelIndex siteOf(QModelIndex index)
{
    while (index.parent().isValid())
        index = index.parent();
    return index;
}

int countDevices(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (NodeKind(index.data(FleetTreeModel::NodeKindRole).toInt()) == NodeKind::Device)
            ++count;
        else
            count += countDevices(model, index);
    }
    return count;
}

} // namespace

class tst_FleetTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyModel();
    void structure();
    void rollUps();
    void summaryText();
    void deviceRoles();
    void containerRoles();
    void unassignedComesLast();
    void deepGroupPaths();
    void updateInPlaceKeepsRows();
    void changedShapeResets();
    void lookups();

private:
    void makeModel(FleetTreeModel *model) const;
};

void tst_FleetTreeModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_FleetTreeModel::makeModel(FleetTreeModel *model) const
{
    model->setClock([] { return TestDevices::referenceNow(); });
}

void tst_FleetTreeModel::emptyModel()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FleetTreeModel::ColumnCount));
    QCOMPARE(model.fleetSummary().total, 0);
    QCOMPARE(model.headerData(FleetTreeModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(model.headerData(FleetTreeModel::HealthColumn, Qt::Horizontal).toString(),
             QStringLiteral("Health"));
}

void tst_FleetTreeModel::structure()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DeviceList devices = TestDevices::fleet(300);
    model.setDevices(devices);

    // Sites in order of first appearance, "Unassigned" last.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Osaka plant"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Kobe depot"));
    QCOMPARE(model.index(2, 0).data().toString(), FleetTreeModel::unassignedSiteName());
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Unassigned"));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(NodeKind(model.index(row, 0).data(FleetTreeModel::NodeKindRole).toInt()),
                 NodeKind::Site);

    // Osaka plant: group "Line B" with a nested group "Pumps", group "Line A", devices without
    // group.
    const QModelIndex osaka = model.index(0, 0);
    const QModelIndex lineA = childNamed(model, osaka, QStringLiteral("Line A"));
    const QModelIndex lineB = childNamed(model, osaka, QStringLiteral("Line B"));
    QVERIFY(lineA.isValid());
    QVERIFY(lineB.isValid());
    QCOMPARE(NodeKind(lineB.data(FleetTreeModel::NodeKindRole).toInt()), NodeKind::Group);
    QCOMPARE(model.rowCount(lineB), 1);
    const QModelIndex pumps = model.index(0, 0, lineB);
    QCOMPARE(pumps.data().toString(), QStringLiteral("Pumps"));
    QCOMPARE(NodeKind(pumps.data(FleetTreeModel::NodeKindRole).toInt()), NodeKind::Group);
    QCOMPARE(pumps.parent(), lineB);
    QCOMPARE(lineB.parent(), osaka);

    // Every device sits under the site and group its record names.
    int checked = 0;
    for (const Device &device : devices) {
        const QModelIndex index = model.indexOfDevice(device.id);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), device.name);
        QStringList path;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            path.prepend(parent.data().toString());
        const QString site = device.site.isEmpty() ? QStringLiteral("Unassigned") : device.site;
        QCOMPARE(path.value(0), site);
        QCOMPARE(path.mid(1), device.groupSegments());
        QCOMPARE(model.rowCount(index), 0);
        QVERIFY(model.flags(index).testFlag(Qt::ItemNeverHasChildren));
        ++checked;
    }
    QCOMPARE(checked, 300);
    QCOMPARE(countDevices(model, QModelIndex()), 300);
    // 12 devices (every 25th) have no site.
    QCOMPARE(countDevices(model, model.index(2, 0)), 12);
}

void tst_FleetTreeModel::rollUps()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DeviceList devices = TestDevices::fleet(300);
    model.setDevices(devices);

    FleetSummary expectedOsaka;
    FleetSummary expectedAll;
    for (const Device &device : devices) {
        expectedAll.add(device);
        if (device.site == QLatin1String("Osaka plant"))
            expectedOsaka.add(device);
    }
    const FleetSummary all = model.fleetSummary();
    QCOMPARE(all.total, 300);
    QCOMPARE(all.offline, expectedAll.offline);
    QCOMPARE(all.lowBattery, expectedAll.lowBattery);

    const QModelIndex osaka = model.index(0, 0);
    const auto summary = osaka.data(FleetTreeModel::SummaryRole).value<FleetSummary>();
    QCOMPARE(summary.total, expectedOsaka.total);
    QCOMPARE(summary.online, expectedOsaka.online);
    QCOMPARE(summary.sleeping, expectedOsaka.sleeping);
    QCOMPARE(summary.offline, expectedOsaka.offline);
    QCOMPARE(summary.unknown, expectedOsaka.unknown);
    QCOMPARE(summary.lowBattery, expectedOsaka.lowBattery);
    QCOMPARE(countDevices(model, osaka), expectedOsaka.total);

    // The health column of a site or group is its roll-up.
    QCOMPARE(model.index(0, FleetTreeModel::HealthColumn).data().toString(),
             FleetTreeModel::summaryText(expectedOsaka));
    QVERIFY(model.index(0, FleetTreeModel::HealthColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("144 · ")));

    // A group's summary counts only what is below it.
    const QModelIndex lineB = childNamed(model, osaka, QStringLiteral("Line B"));
    const QModelIndex pumps = model.index(0, 0, lineB);
    QCOMPARE(lineB.data(FleetTreeModel::SummaryRole).value<FleetSummary>().total,
             pumps.data(FleetTreeModel::SummaryRole).value<FleetSummary>().total);
    QCOMPARE(pumps.data(FleetTreeModel::SummaryRole).value<FleetSummary>().total,
             countDevices(model, pumps));
}

void tst_FleetTreeModel::summaryText()
{
    FleetSummary summary;
    summary.total = 1240;
    summary.offline = 12;
    summary.lowBattery = 31;
    QCOMPARE(FleetTreeModel::summaryText(summary),
             QStringLiteral("1,240 · 12 offline · 31 battery < 20 %"));
    summary.offline = 0;
    QCOMPARE(FleetTreeModel::summaryText(summary), QStringLiteral("1,240 · 31 battery < 20 %"));
    summary.lowBattery = 0;
    QCOMPARE(FleetTreeModel::summaryText(summary), QStringLiteral("1,240"));

    QCOMPARE(FleetTreeModel::batteryText(87), QStringLiteral("87 %"));
    QCOMPARE(FleetTreeModel::batteryText(std::nullopt), QStringLiteral("—"));
}

void tst_FleetTreeModel::deviceRoles()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(TestDevices::fleet(40));

    const Device expected = TestDevices::device(3); // Osaka, offline, battery 21 %
    const QModelIndex name = model.indexOfDevice(expected.id);
    QVERIFY(name.isValid());
    const auto at = [&](int column) {
        return name.siblingAtColumn(column);
    };

    QCOMPARE(name.data().toString(), QStringLiteral("pump-0003"));
    QCOMPARE(at(FleetTreeModel::FirmwareColumn).data().toString(), QStringLiteral("2.0.3"));
    QCOMPARE(at(FleetTreeModel::BatteryColumn).data().toString(), QStringLiteral("21 %"));
    QCOMPARE(at(FleetTreeModel::LastSeenColumn).data().toString(),
             TimeFormat::relative(expected.lastSeen, TestDevices::referenceNow()));
    QVERIFY(at(FleetTreeModel::LastSeenColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(TimeFormat::utcTooltip(expected.lastSeen)));
    QCOMPARE(at(FleetTreeModel::HealthColumn).data().toString(),
             DeviceText::healthName(Health::Offline));

    QCOMPARE(name.data(FleetTreeModel::DeviceIdRole).toUuid(), expected.id);
    QCOMPARE(NodeKind(name.data(FleetTreeModel::NodeKindRole).toInt()), NodeKind::Device);
    QCOMPARE(Health(name.data(FleetTreeModel::HealthRole).toInt()), Health::Offline);
    QCOMPARE(name.data(FleetTreeModel::DeviceRole).value<Device>(), expected);
    QCOMPARE(name.data(FleetTreeModel::SummaryRole).value<FleetSummary>().offline, 1);
    QCOMPARE(model.device(name)->name, expected.name);
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());

    const QString accessible = name.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.contains(QStringLiteral("pump-0003")), qPrintable(accessible));
    QVERIFY2(accessible.contains(DeviceText::healthName(Health::Offline)), qPrintable(accessible));
    QVERIFY2(accessible.contains(QStringLiteral("21 %")), qPrintable(accessible));

    QCOMPARE(at(FleetTreeModel::BatteryColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));

    // Unknown values read "—"; a low battery carries a warning icon.
    const QModelIndex noBattery = model.indexOfDevice(TestDevices::idFor(10));
    QCOMPARE(noBattery.siblingAtColumn(FleetTreeModel::BatteryColumn).data().toString(),
             QStringLiteral("—"));
    const QModelIndex lowBattery = model.indexOfDevice(TestDevices::idFor(15)); // 105 % 101 = 4
    QCOMPARE(lowBattery.siblingAtColumn(FleetTreeModel::BatteryColumn).data().toString(),
             QStringLiteral("4 %"));
    QVERIFY(!lowBattery.siblingAtColumn(FleetTreeModel::BatteryColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    // Sort values: numbers and times, not their display text.
    QCOMPARE(at(FleetTreeModel::BatteryColumn).data(FleetTreeModel::SortRole).toInt(), 21);
    QCOMPARE(at(FleetTreeModel::LastSeenColumn).data(FleetTreeModel::SortRole).toLongLong(),
             expected.lastSeen.toMSecsSinceEpoch());
}

void tst_FleetTreeModel::containerRoles()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(TestDevices::fleet(40));

    const QModelIndex osaka = model.index(0, 0);
    QVERIFY(!osaka.data(FleetTreeModel::DeviceIdRole).isValid());
    QVERIFY(!osaka.data(FleetTreeModel::HealthRole).isValid());
    QCOMPARE(model.device(osaka), nullptr);
    QVERIFY(!osaka.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!osaka.siblingAtColumn(FleetTreeModel::FirmwareColumn).data().isValid());
    const QString accessible = osaka.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.startsWith(QStringLiteral("Osaka plant")), qPrintable(accessible));
    QVERIFY(!osaka.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.flags(osaka).testFlag(Qt::ItemNeverHasChildren));
}

void tst_FleetTreeModel::unassignedComesLast()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Device orphan = TestDevices::device(25);
    QVERIFY(orphan.site.isEmpty());
    model.setDevices({orphan, TestDevices::device(1), TestDevices::device(2)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Unassigned"));
    QCOMPARE(model.index(2, 0).data(FleetTreeModel::NodeKeyRole).toString(),
             FleetTreeModel::unassignedNodeKey());
    QCOMPARE(siteOf(model.indexOfDevice(orphan.id)), model.index(2, 0));

    // A site really called "Unassigned" is not confused with devices without a site.
    Device named = TestDevices::device(4);
    named.site = QStringLiteral("Unassigned");
    model.setDevices({orphan, named});
    QCOMPARE(model.rowCount(), 2);
}

void tst_FleetTreeModel::deepGroupPaths()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Device a = TestDevices::device(1);
    a.groupPath = QStringLiteral("Hall 1/Line A/Cell 3");
    Device b = TestDevices::device(3);
    b.groupPath = QStringLiteral("Hall 1/Line A");
    Device c = TestDevices::device(5);
    c.groupPath = QStringLiteral("Hall 2");
    model.setDevices({a, b, c});

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex site = model.index(0, 0);
    QCOMPARE(model.rowCount(site), 2); // Hall 1, Hall 2
    const QModelIndex hall1 = childNamed(model, site, QStringLiteral("Hall 1"));
    const QModelIndex lineA = childNamed(model, hall1, QStringLiteral("Line A"));
    const QModelIndex cell3 = childNamed(model, lineA, QStringLiteral("Cell 3"));
    QVERIFY(cell3.isValid());
    QCOMPARE(model.rowCount(lineA), 2); // Cell 3 and device b
    QCOMPARE(model.indexOfDevice(a.id).parent(), cell3);
    QCOMPARE(model.indexOfDevice(b.id).parent(), lineA);
    QCOMPARE(hall1.data(FleetTreeModel::SummaryRole).value<FleetSummary>().total, 2);
}

void tst_FleetTreeModel::updateInPlaceKeepsRows()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(300);
    model.setDevices(devices);

    const QPersistentModelIndex device5 = model.indexOfDevice(TestDevices::idFor(5));
    const QPersistentModelIndex osaka = model.index(0, 0);
    const int offlineBefore = osaka.data(FleetTreeModel::SummaryRole).value<FleetSummary>().offline;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Same devices in the same places, some values new: rows stay, data changes.
    devices[4].health = Health::Offline; // device 5, Osaka, was online
    devices[4].name = QStringLiteral("pump-0005-renamed");
    devices[4].batteryPercent = 99;
    model.setDevices(devices);

    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);
    QVERIFY(device5.isValid());
    QCOMPARE(device5.data().toString(), QStringLiteral("pump-0005-renamed"));
    QCOMPARE(Health(device5.data(FleetTreeModel::HealthRole).toInt()), Health::Offline);
    QCOMPARE(QModelIndex(device5).siblingAtColumn(FleetTreeModel::BatteryColumn).data().toString(),
             QStringLiteral("99 %"));
    QCOMPARE(osaka.data(FleetTreeModel::SummaryRole).value<FleetSummary>().offline,
             offlineBefore + 1);

    // Nothing changed: nothing announced.
    changed.clear();
    model.setDevices(devices);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void tst_FleetTreeModel::changedShapeResets()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(300);
    model.setDevices(devices);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // A device moves to another site and a new site appears: the model resets, keys stay stable.
    const QString lineAKey = childNamed(model, model.index(0, 0), QStringLiteral("Line A"))
                                 .data(FleetTreeModel::NodeKeyRole)
                                 .toString();
    devices[0].site = QStringLiteral("Sakai warehouse");
    devices.append(TestDevices::device(301));
    model.setDevices(devices);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Unassigned"));
    QCOMPARE(siteOf(model.indexOfDevice(devices[0].id)).data().toString(),
             QStringLiteral("Sakai warehouse"));
    QCOMPARE(model.indexOfNode(lineAKey).data().toString(), QStringLiteral("Line A"));
    QCOMPARE(countDevices(model, QModelIndex()), 301);

    model.setDevices({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.fleetSummary().total, 0);
    QVERIFY(!model.indexOfDevice(devices[0].id).isValid());
}

void tst_FleetTreeModel::lookups()
{
    FleetTreeModel model;
    model.setDevices(TestDevices::fleet(60));
    const QModelIndex device
        = model.indexOfDevice(TestDevices::idFor(8), FleetTreeModel::HealthColumn);
    QCOMPARE(device.column(), int(FleetTreeModel::HealthColumn));
    const QString key = model.nodeKey(device);
    QCOMPARE(model.indexOfNode(key), device.siblingAtColumn(0));
    QCOMPARE(model.nodeKind(device), NodeKind::Device);
    QVERIFY(!model.indexOfDevice(QUuid::createUuid()).isValid());
    QVERIFY(!model.indexOfNode(QStringLiteral("no such node")).isValid());
}

QTEST_MAIN(tst_FleetTreeModel)
#include "tst_FleetTreeModel.moc"
