#include "FleetTreeModel.h"
#include "TestDevices.h"
#include "common/TimeFormat.h"
#include "fleet/FleetGrouping.h"

#include <functional>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QRandomGenerator>
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

// Walks the whole model and compares it with the device list: every device once, under the path
// FleetGrouping gives it; every container's summary equals a brute-force count below it; no
// container is empty; the "missing value" container comes last. Returns "" or the first problem.
QString checkTree(const FleetTreeModel &model, const DeviceList &devices, GroupBy groupBy)
{
    QHash<QUuid, QStringList> expected;
    for (const Device &device : devices)
        expected.insert(device.id, FleetGrouping::path(device, groupBy));
    int seen = 0;
    QString problem;
    std::function<int(const QModelIndex &, QStringList)> walk = [&](const QModelIndex &parent,
                                                                    QStringList path) {
        int below = 0;
        const int rows = model.rowCount(parent);
        for (int row = 0; row < rows && problem.isEmpty(); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.parent() != parent)
                problem = QStringLiteral("wrong parent at %1").arg(path.join(QLatin1Char('/')));
            if (const Device *device = model.device(index)) {
                ++seen;
                ++below;
                if (expected.value(device->id) != path) {
                    problem = QStringLiteral("%1 under %2, expected %3")
                                  .arg(device->name,
                                       path.join(QLatin1Char('/')),
                                       expected.value(device->id).join(QLatin1Char('/')));
                }
                if (model.indexOfDevice(device->id) != index)
                    problem = QStringLiteral("indexOfDevice(%1) is stale").arg(device->name);
                continue;
            }
            const int count = walk(index, path + QStringList{index.data().toString()});
            if (count == 0)
                problem = QStringLiteral("empty container %1").arg(index.data().toString());
            const auto summary = index.data(FleetTreeModel::SummaryRole).value<FleetSummary>();
            if (summary.total != count) {
                problem = QStringLiteral("%1 says %2 devices, has %3")
                              .arg(index.data().toString())
                              .arg(summary.total)
                              .arg(count);
            }
            if (model.indexOfNode(model.nodeKey(index)) != index)
                problem = QStringLiteral("indexOfNode(%1) is stale").arg(model.nodeKey(index));
            if (!parent.isValid() && model.isMissingValueNode(index) && row != rows - 1)
                problem = QStringLiteral("%1 is not last").arg(index.data().toString());
            below += count;
        }
        return below;
    };
    walk(QModelIndex(), {});
    if (problem.isEmpty() && seen != devices.size())
        problem = QStringLiteral("%1 device rows for %2 devices").arg(seen).arg(devices.size());
    if (problem.isEmpty() && model.fleetSummary().total != devices.size())
        problem = QStringLiteral("fleet summary %1").arg(model.fleetSummary().total);
    return problem;
}

// One random live change of a fleet: values, a move to another site or group, a new device, a
// device gone.
void mutate(DeviceList *devices, QRandomGenerator *random, int *nextNumber)
{
    const int kind = int(random->bounded(5));
    if (devices->isEmpty() || kind == 0) {
        devices->insert(int(random->bounded(devices->size() + 1)),
                        TestDevices::device((*nextNumber)++));
        return;
    }
    const int at = int(random->bounded(devices->size()));
    Device &device = (*devices)[at];
    switch (kind) {
    case 1:
        devices->removeAt(at);
        break;
    case 2: // move between sites and groups, sometimes to new ones
        device.site = TestDevices::siteFor(int(random->bounded(60)));
        if (random->bounded(4) == 0)
            device.site = QStringLiteral("Site %1").arg(random->bounded(8));
        device.groupPath = TestDevices::groupFor(int(random->bounded(3)));
        break;
    case 3:
        device.health = Health(random->bounded(4));
        device.firmwareVersion = random->bounded(2) ? QStringLiteral("2.1.0") : QString();
        break;
    default:
        device.batteryPercent = int(random->bounded(101));
        device.name += QLatin1Char('x');
        break;
    }
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
    void groupings_data();
    void groupings();
    void regroupKeepsDeviceKeys();
    void liveChangesAreFineGrained();
    void randomLiveChanges_data();
    void randomLiveChanges();
    void bigChangesReset();
    void staleDevices();
    void duplicateSerials();
    void hundredThousandDevices();

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
    // (Despite the historical name: a changed shape no longer resets — rows move and appear.)
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(300);
    model.setDevices(devices);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // A device moves to another site and a new site appears: keys stay stable.
    const QString lineAKey = childNamed(model, model.index(0, 0), QStringLiteral("Line A"))
                                 .data(FleetTreeModel::NodeKeyRole)
                                 .toString();
    const QPersistentModelIndex first = model.indexOfDevice(devices[0].id);
    devices[0].site = QStringLiteral("Sakai warehouse");
    devices.append(TestDevices::device(301));
    model.setDevices(devices);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QVERIFY(inserted.count() >= 2); // the site, the device
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Unassigned"));
    QCOMPARE(siteOf(model.indexOfDevice(devices[0].id)).data().toString(),
             QStringLiteral("Sakai warehouse"));
    QVERIFY(first.isValid()); // the moved row kept its identity
    QCOMPARE(QModelIndex(first), model.indexOfDevice(devices[0].id));
    QCOMPARE(model.indexOfNode(lineAKey).data().toString(), QStringLiteral("Line A"));
    QCOMPARE(countDevices(model, QModelIndex()), 301);
    QCOMPARE(checkTree(model, devices, GroupBy::SiteGroup), QString());

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

void tst_FleetTreeModel::groupings_data()
{
    QTest::addColumn<int>("groupBy");
    for (GroupBy groupBy : FleetGrouping::all())
        QTest::newRow(qPrintable(FleetGrouping::id(groupBy))) << int(groupBy);
}

void tst_FleetTreeModel::groupings()
{
    QFETCH(int, groupBy);
    const auto mode = GroupBy(groupBy);
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(400);
    for (int i = 0; i < devices.size(); i += 13) {
        devices[i].model.clear();
        devices[i].binding = {};
    }
    devices[5].firmwareVersion.clear();
    model.setDevices(devices);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setGroupBy(mode);
    QCOMPARE(model.groupBy(), mode);
    QCOMPARE(reset.count(), mode == GroupBy::SiteGroup ? 0 : 1);
    QCOMPARE(checkTree(model, devices, mode), QString());

    // Per-group counts equal a brute-force count.
    QHash<QString, int> expected;
    for (const Device &device : devices)
        ++expected[FleetGrouping::path(device, mode).constFirst()];
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex node = model.index(row, 0);
        QCOMPARE(node.data(FleetTreeModel::SummaryRole).value<FleetSummary>().total,
                 expected.value(node.data().toString()));
        QVERIFY(!model.device(node));
        QVERIFY(model.index(row, FleetTreeModel::HealthColumn)
                    .data()
                    .toString()
                    .startsWith(QLocale().toString(expected.value(node.data().toString()))));
    }
    // The node of a missing value comes last.
    if (mode == GroupBy::Model || mode == GroupBy::Protocol || mode == GroupBy::Server
        || mode == GroupBy::Firmware) {
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        QVERIFY(model.isMissingValueNode(last));
        QCOMPARE(last.data().toString(), FleetGrouping::missingValueText(mode));
    }

    // Live changes within the grouping stay fine-grained.
    devices[1].firmwareVersion = QStringLiteral("3.0.0");
    devices[2].health = Health::Offline;
    devices[3].binding.profile = QStringLiteral("other-server");
    devices[4].model = QStringLiteral("LT-900");
    model.setDevices(devices);
    QCOMPARE(reset.count(), mode == GroupBy::SiteGroup ? 0 : 1);
    QCOMPARE(checkTree(model, devices, mode), QString());
}

void tst_FleetTreeModel::regroupKeepsDeviceKeys()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(TestDevices::fleet(100));
    const QString key
        = model.indexOfDevice(TestDevices::idFor(42)).data(FleetTreeModel::NodeKeyRole).toString();
    QSet<QString> keysBefore;
    for (int row = 0; row < model.rowCount(); ++row)
        keysBefore << model.nodeKey(model.index(row, 0));
    for (GroupBy groupBy : FleetGrouping::all()) {
        model.setGroupBy(groupBy);
        const QModelIndex device = model.indexOfNode(key);
        QVERIFY(device.isValid());
        QCOMPARE(device.data(FleetTreeModel::DeviceIdRole).toUuid(), TestDevices::idFor(42));
        QCOMPARE(device.data(FleetTreeModel::NodeKeyRole).toString(), key);
        // Container keys differ between groupings (no accidental match restores a wrong node).
        if (groupBy != GroupBy::SiteGroup) {
            for (int row = 0; row < model.rowCount(); ++row)
                QVERIFY(!keysBefore.contains(model.nodeKey(model.index(row, 0))));
        }
    }
    model.setGroupBy(GroupBy::Firmware);
    QCOMPARE(model.indexOfNode(QStringLiteral("firmware:2.0.3")).data().toString(),
             QStringLiteral("2.0.3"));
}

void tst_FleetTreeModel::liveChangesAreFineGrained()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(2000);
    model.setDevices(devices);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy replaced(&model, &FleetTreeModel::devicesReplaced);

    const QPersistentModelIndex kept = model.indexOfDevice(TestDevices::idFor(500));
    const QPersistentModelIndex lineB
        = model.indexOfDevice(TestDevices::idFor(1)).parent().parent();
    QCOMPARE(lineB.data().toString(), QStringLiteral("Line B"));

    // Remove a run of devices and a scattered few; the rest keep their rows' identity.
    DeviceList next;
    for (const Device &device : devices) {
        const int n = device.serial.mid(2).toInt();
        if ((n >= 100 && n < 140) || n % 97 == 0)
            continue;
        next << device;
    }
    model.setDevices(next);
    QCOMPARE(reset.count(), 0);
    QVERIFY(removed.count() > 0);
    QCOMPARE(replaced.count(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(FleetTreeModel::DeviceIdRole).toUuid(), TestDevices::idFor(500));
    QVERIFY(lineB.isValid());
    QCOMPARE(checkTree(model, next, GroupBy::SiteGroup), QString());

    // Every device of a group leaves it: the group goes, its site stays.
    for (Device &device : next) {
        if (device.site == QLatin1String("Kobe depot")
            && device.groupPath == QLatin1String("Line A"))
            device.groupPath = QStringLiteral("Line C");
    }
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.setDevices(next);
    QCOMPARE(reset.count(), 0);
    QVERIFY(moved.count() > 100);
    QCOMPARE(checkTree(model, next, GroupBy::SiteGroup), QString());
    const QModelIndex kobe = childNamed(model, QModelIndex(), QStringLiteral("Kobe depot"));
    QVERIFY(!childNamed(model, kobe, QStringLiteral("Line A")).isValid());
    QVERIFY(childNamed(model, kobe, QStringLiteral("Line C")).isValid());
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(FleetTreeModel::DeviceIdRole).toUuid(), TestDevices::idFor(500));
}

void tst_FleetTreeModel::randomLiveChanges_data()
{
    QTest::addColumn<int>("groupBy");
    for (GroupBy groupBy : FleetGrouping::all())
        QTest::newRow(qPrintable(FleetGrouping::id(groupBy))) << int(groupBy);
}

void tst_FleetTreeModel::randomLiveChanges()
{
    QFETCH(int, groupBy);
    FleetTreeModel model;
    makeModel(&model);
    model.setGroupBy(GroupBy(groupBy));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(20261126u + quint32(groupBy));
    DeviceList devices = TestDevices::fleet(600);
    int nextNumber = 601;
    model.setDevices(devices);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int round = 0; round < 40; ++round) {
        const int changes = 1 + int(random.bounded(12));
        for (int c = 0; c < changes; ++c)
            mutate(&devices, &random, &nextNumber);
        // A device that stays keeps its row through every round.
        const QUuid watched = devices.at(int(random.bounded(devices.size()))).id;
        const QPersistentModelIndex before = model.indexOfDevice(watched);
        model.setDevices(devices);
        const QString problem = checkTree(model, devices, GroupBy(groupBy));
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        if (before.isValid()) {
            QVERIFY(QModelIndex(before) == model.indexOfDevice(watched));
        }
    }
    QCOMPARE(reset.count(), 0);
}

void tst_FleetTreeModel::bigChangesReset()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDevices(TestDevices::fleet(100));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    DeviceList many = TestDevices::fleet(100 + FleetTreeModel::MaxFineGrainedChanges + 1);
    model.setDevices(many);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(checkTree(model, many, GroupBy::SiteGroup), QString());
}

void tst_FleetTreeModel::staleDevices()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(20);
    devices[1].binding.profile = QStringLiteral("sandbox-mosquitto");
    devices[1].binding.protocol = Protocol::Mqtt;
    model.setDevices(devices);
    const QModelIndex lwm2m = model.indexOfDevice(devices[0].id);
    const QModelIndex mqtt = model.indexOfDevice(devices[1].id);
    QVERIFY(!lwm2m.data(FleetTreeModel::StaleRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy replaced(&model, &FleetTreeModel::devicesReplaced);
    model.setUnreachableProfiles({QStringLiteral("sandbox-leshan")});
    QVERIFY(changed.count() > 0);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(model.unreachableProfiles(), QSet<QString>{QStringLiteral("sandbox-leshan")});
    QVERIFY(lwm2m.data(FleetTreeModel::StaleRole).toBool());
    QVERIFY(!mqtt.data(FleetTreeModel::StaleRole).toBool());
    QVERIFY(lwm2m.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(lwm2m.data(Qt::ForegroundRole).isValid());
    QVERIFY(!mqtt.data(Qt::FontRole).isValid());
    // Its last known state, with its age: device 1 was seen 7 s before the reference time.
    const QString tip
        = lwm2m.siblingAtColumn(FleetTreeModel::LastSeenColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Last known state, ")
                          + TimeFormat::relative(devices[0].lastSeen, TestDevices::referenceNow())
                          + QStringLiteral(" — server unreachable")),
             qPrintable(tip));
    QVERIFY(lwm2m.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("unreachable")));
    // A site is never stale itself.
    QVERIFY(!model.index(0, 0).data(FleetTreeModel::StaleRole).toBool());

    changed.clear();
    model.setUnreachableProfiles({QStringLiteral("sandbox-leshan")}); // no change: no signal
    QCOMPARE(changed.count(), 0);
    model.setUnreachableProfiles({});
    QVERIFY(!lwm2m.data(FleetTreeModel::StaleRole).toBool());
}

void tst_FleetTreeModel::duplicateSerials()
{
    FleetTreeModel model;
    makeModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(20);
    devices[4].serial = devices[2].serial; // pump-0005 carries pump-0003's serial
    devices[4].binding
        = {Protocol::Mqtt, QStringLiteral("sandbox-mosquitto"), QStringLiteral("p5")};
    model.setDevices(devices);
    QCOMPARE(model.duplicateSerials(), QSet<QString>{devices[2].serial});
    const QModelIndex a = model.indexOfDevice(devices[2].id);
    const QModelIndex b = model.indexOfDevice(devices[4].id);
    QVERIFY(a.data(FleetTreeModel::DuplicateSerialRole).toBool());
    QVERIFY(b.data(FleetTreeModel::DuplicateSerialRole).toBool());
    QVERIFY(!model.indexOfDevice(devices[0].id).data(FleetTreeModel::DuplicateSerialRole).toBool());
    QCOMPARE(
        a.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 1),
        QStringLiteral("Serial SN000003 is also on device pump-0005 (server sandbox-mosquitto)."));
    QVERIFY(b.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("also on device pump-0003 (server sandbox-leshan)")));
    QVERIFY(!b.siblingAtColumn(FleetTreeModel::HealthColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    // The duplicate goes away with a live change: the flag follows, announced.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    devices[4].serial = QStringLiteral("SN-NEW");
    model.setDevices(devices);
    QVERIFY(changed.count() > 0);
    QVERIFY(!a.data(FleetTreeModel::DuplicateSerialRole).toBool());
    QVERIFY(model.duplicateSerials().isEmpty());
}

void tst_FleetTreeModel::hundredThousandDevices()
{
    // No tester here: it walks the whole model on every change. Correctness by brute force.
    FleetTreeModel model;
    makeModel(&model);
    DeviceList devices = TestDevices::fleet(100000);
    QElapsedTimer timer;
    timer.start();
    model.setDevices(devices);
    const qint64 buildMs = timer.elapsed();
    QCOMPARE(model.fleetSummary().total, 100000);

    for (GroupBy groupBy : {GroupBy::SiteGroup, GroupBy::Firmware, GroupBy::Health}) {
        model.setGroupBy(groupBy);
        QHash<QString, int> expected;
        for (const Device &device : std::as_const(devices))
            ++expected[FleetGrouping::path(device, groupBy).constFirst()];
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex node = model.index(row, 0);
            QCOMPARE(node.data(FleetTreeModel::SummaryRole).value<FleetSummary>().total,
                     expected.value(node.data().toString()));
        }
    }
    model.setGroupBy(GroupBy::SiteGroup);

    // A device is found, under its site and group.
    const QModelIndex found = model.indexOfDevice(TestDevices::idFor(77777));
    QVERIFY(found.isValid());
    QCOMPARE(found.data().toString(), QStringLiteral("pump-77777"));
    QCOMPARE(siteOf(found).data().toString(), QStringLiteral("Osaka plant"));
    QCOMPARE(found.parent(), siteOf(found)); // 77777 % 3 == 2: no group

    // A live update of a few devices among 100,000: fine-grained and quick.
    devices[10].health = Health::Offline;
    devices[20].site = QStringLiteral("Sakai warehouse");
    devices.removeAt(30);
    devices.append(TestDevices::device(100001));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex kept = model.indexOfDevice(TestDevices::idFor(50000));
    timer.restart();
    model.setDevices(devices);
    const qint64 updateMs = timer.elapsed();
    QCOMPARE(reset.count(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(FleetTreeModel::DeviceIdRole).toUuid(), TestDevices::idFor(50000));
    QCOMPARE(checkTree(model, devices, GroupBy::SiteGroup), QString());
    qInfo("100,000 devices: built in %lld ms, a live update of 4 in %lld ms", buildMs, updateMs);
}

QTEST_MAIN(tst_FleetTreeModel)
#include "tst_FleetTreeModel.moc"
