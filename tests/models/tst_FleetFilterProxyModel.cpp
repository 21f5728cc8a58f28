#include "DeviceTableModel.h"
#include "FleetFilterProxyModel.h"
#include "FleetTreeModel.h"
#include "TestDevices.h"
#include "fleet/FleetGrouping.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

using NodeKind = FleetTreeModel::NodeKind;

QStringList deviceNames(const QAbstractItemModel &model, const QModelIndex &parent = QModelIndex())
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (NodeKind(index.data(FleetTreeModel::NodeKindRole).toInt()) == NodeKind::Device)
            names << index.data().toString();
        else
            names << deviceNames(model, index);
    }
    return names;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = QModelIndex())
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

QStringList bruteForce(const DeviceList &devices, const QString &text)
{
    const FleetQuery query = FleetQuery::parse(text);
    FleetQueryContext context;
    context.now = TestDevices::referenceNow();
    context.duplicateSerials = FleetGrouping::duplicateSerials(devices);
    QStringList names;
    for (const Device &device : devices) {
        if (query.isEmpty() || query.matches(device, context))
            names << device.name;
    }
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

} // namespace

class tst_FleetFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noFilterShowsEverything();
    void filterNarrowsToDevices();
    void filterBySiteAndGroupWords();
    void quotedTermsKeepSpaces();
    void noMatchNamesTheCulprit();
    void filterFollowsModelUpdates();
    void sortsGroupsFirstAndNaturally();
    void sortsNaturallyInTheCLocale();
    void sortsByBattery();
    void sortsFirmwareAsVersions();
    void missingValueGroupSortsLast();
    void invalidQueryKeepsTheFilter();
    void topLevelTerms();
    void filterFollowsLiveChanges();
    void filterFollowsRegrouping();
    void filtersTheTable();
    void tableSortsItself();
    void hundredThousandDevices();

private:
    FleetTreeModel *m_source = nullptr;
    FleetFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_FleetFilterProxyModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_FleetFilterProxyModel::init()
{
    m_source = new FleetTreeModel(this);
    m_source->setClock([] { return TestDevices::referenceNow(); });
    m_source->setDevices(TestDevices::fleet(200));
    m_proxy = new FleetFilterProxyModel(this);
    m_proxy->setSourceModel(m_source);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_FleetFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_source;
}

void tst_FleetFilterProxyModel::noFilterShowsEverything()
{
    QVERIFY(m_proxy->isRecursiveFilteringEnabled());
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(deviceNames(*m_proxy).size(), 200);
    QCOMPARE(m_proxy->matchingDeviceCount(), 200);
    QCOMPARE(m_proxy->rowCount(), 3);
}

void tst_FleetFilterProxyModel::filterNarrowsToDevices()
{
    m_proxy->setFilterText(QStringLiteral("pump-0007"));
    QVERIFY(m_proxy->isFiltering());
    QCOMPARE(deviceNames(*m_proxy), QStringList{QStringLiteral("pump-0007")});
    QCOMPARE(m_proxy->matchingDeviceCount(), 1);
    // Only the ancestors of the match remain: Osaka plant → Line B → Pumps → pump-0007.
    QCOMPARE(childNames(*m_proxy), QStringList{QStringLiteral("Osaka plant")});
    const QModelIndex osaka = m_proxy->index(0, 0);
    QCOMPARE(childNames(*m_proxy, osaka), QStringList{QStringLiteral("Line B")});

    // Case-insensitive; several words must all match.
    m_proxy->setFilterText(QStringLiteral("PUMP-000 offline"));
    // pump-0001 … pump-0009: 3 is offline (7 is unknown).
    QCOMPARE(deviceNames(*m_proxy), QStringList{QStringLiteral("pump-0003")});
    m_proxy->setFilterText(QString());
    QCOMPARE(deviceNames(*m_proxy).size(), 200);
}

void tst_FleetFilterProxyModel::filterBySiteAndGroupWords()
{
    m_proxy->setFilterText(QStringLiteral("Kobe"));
    const QStringList kobe = deviceNames(*m_proxy);
    int expected = 0;
    for (const Device &device : m_source->devices())
        expected += device.site == QLatin1String("Kobe depot") ? 1 : 0;
    QCOMPARE(kobe.size(), expected);
    QCOMPARE(m_proxy->matchingDeviceCount(), expected);
    QCOMPARE(childNames(*m_proxy), QStringList{QStringLiteral("Kobe depot")});

    m_proxy->setFilterText(QStringLiteral("kobe pumps"));
    const QModelIndex site = m_proxy->index(0, 0);
    QCOMPARE(childNames(*m_proxy, site), QStringList{QStringLiteral("Line B")});
    for (const QString &name : deviceNames(*m_proxy)) {
        const int n = name.mid(5).toInt();
        QCOMPARE(TestDevices::groupFor(n), QStringLiteral("Line B/Pumps"));
        QCOMPARE(TestDevices::siteFor(n), QStringLiteral("Kobe depot"));
    }
}

void tst_FleetFilterProxyModel::quotedTermsKeepSpaces()
{
    m_proxy->setFilterText(QStringLiteral("\"osaka plant\" 1.9.0"));
    const QStringList names = deviceNames(*m_proxy);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        const int n = name.mid(5).toInt();
        QCOMPARE(TestDevices::siteFor(n), QStringLiteral("Osaka plant"));
        QCOMPARE(n % 5, 0);
    }
}

void tst_FleetFilterProxyModel::noMatchNamesTheCulprit()
{
    m_proxy->setFilterText(QStringLiteral("osaka zz-nothing"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->matchingDeviceCount(), 0);
    QCOMPARE(m_proxy->termsWithoutMatches(), QStringList{QStringLiteral("zz-nothing")});

    // Each word matches something, but no device matches both: nobody to blame.
    m_proxy->setFilterText(QStringLiteral("osaka kobe"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(m_proxy->termsWithoutMatches().isEmpty());
}

void tst_FleetFilterProxyModel::filterFollowsModelUpdates()
{
    m_proxy->setFilterText(QStringLiteral("offline"));
    const int before = deviceNames(*m_proxy).size();
    DeviceList devices = m_source->devices();
    devices[0].health = Health::Offline; // device 1 was online
    m_source->setDevices(devices);
    QCOMPARE(deviceNames(*m_proxy).size(), before + 1);
    QVERIFY(deviceNames(*m_proxy).contains(QStringLiteral("pump-0001")));
}

void tst_FleetFilterProxyModel::sortsGroupsFirstAndNaturally()
{
    DeviceList devices;
    for (const int n : {10, 2, 1, 33, 4}) {
        Device device = TestDevices::device(n);
        device.site = QStringLiteral("Osaka plant");
        device.groupPath.clear();
        device.name = QStringLiteral("pump-%1").arg(n);
        devices << device;
    }
    Device grouped = TestDevices::device(50);
    grouped.site = QStringLiteral("Osaka plant");
    grouped.groupPath = QStringLiteral("Zeta line");
    devices << grouped;
    Device orphan = TestDevices::device(75);
    devices.prepend(orphan); // no site: "Unassigned" must still sort last
    Device kobe = TestDevices::device(6);
    kobe.site = QStringLiteral("Kobe depot");
    devices << kobe;
    m_source->setDevices(devices);

    m_proxy->sort(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(childNames(*m_proxy),
             (QStringList{QStringLiteral("Kobe depot"),
                          QStringLiteral("Osaka plant"),
                          QStringLiteral("Unassigned")}));
    const QModelIndex osaka = m_proxy->index(1, 0);
    QCOMPARE(childNames(*m_proxy, osaka),
             (QStringList{QStringLiteral("Zeta line"),
                          QStringLiteral("pump-1"),
                          QStringLiteral("pump-2"),
                          QStringLiteral("pump-4"),
                          QStringLiteral("pump-10"),
                          QStringLiteral("pump-33")}));

    m_proxy->sort(FleetTreeModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(childNames(*m_proxy),
             (QStringList{QStringLiteral("Osaka plant"),
                          QStringLiteral("Kobe depot"),
                          QStringLiteral("Unassigned")}));
    QCOMPARE(childNames(*m_proxy, m_proxy->index(0, 0)),
             (QStringList{QStringLiteral("Zeta line"),
                          QStringLiteral("pump-33"),
                          QStringLiteral("pump-10"),
                          QStringLiteral("pump-4"),
                          QStringLiteral("pump-2"),
                          QStringLiteral("pump-1")}));
}

void tst_FleetFilterProxyModel::sortsNaturallyInTheCLocale()
{
    // A bare container runs with LANG unset: the "C" locale must not break natural order.
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    FleetFilterProxyModel proxy;
    QLocale::setDefault(previous);
    DeviceList devices;
    for (const int n : {1014, 10134, 954}) {
        Device device = TestDevices::device(1);
        device.id = TestDevices::idFor(n);
        device.groupPath.clear();
        device.name = QStringLiteral("meter-%1").arg(n);
        devices << device;
    }
    m_source->setDevices(devices);
    proxy.setSourceModel(m_source);
    proxy.sort(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(childNames(proxy, proxy.index(0, 0)),
             (QStringList{QStringLiteral("meter-954"),
                          QStringLiteral("meter-1014"),
                          QStringLiteral("meter-10134")}));
}

void tst_FleetFilterProxyModel::sortsByBattery()
{
    DeviceList devices;
    for (const int n : {1, 3, 5, 9, 11}) { // batteries 7, 21, 35, 63, 77
        Device device = TestDevices::device(n);
        device.groupPath.clear();
        devices << device;
    }
    devices[2].batteryPercent.reset();
    m_source->setDevices(devices);
    m_proxy->sort(FleetTreeModel::BatteryColumn, Qt::AscendingOrder);
    const QModelIndex site = m_proxy->index(0, 0);
    QCOMPARE(childNames(*m_proxy, site),
             (QStringList{QStringLiteral("pump-0005"), // unknown battery first
                          QStringLiteral("pump-0001"),
                          QStringLiteral("pump-0003"),
                          QStringLiteral("pump-0009"),
                          QStringLiteral("pump-0011")}));
}

void tst_FleetFilterProxyModel::sortsFirmwareAsVersions()
{
    DeviceList devices;
    const QStringList versions{QStringLiteral("2.10.0"),
                               QStringLiteral("2.9.1"),
                               QStringLiteral("2.1"),
                               QString(),
                               QStringLiteral("10.0.0")};
    for (int i = 0; i < versions.size(); ++i) {
        Device device = TestDevices::device(2 * i + 1);
        device.groupPath.clear();
        device.firmwareVersion = versions.at(i);
        devices << device;
    }
    m_source->setDevices(devices);
    m_proxy->sort(FleetTreeModel::FirmwareColumn, Qt::AscendingOrder);
    const QModelIndex site = m_proxy->index(0, 0);
    QStringList order;
    for (int row = 0; row < m_proxy->rowCount(site); ++row)
        order << m_proxy->index(row, FleetTreeModel::FirmwareColumn, site).data().toString();
    QCOMPARE(order,
             (QStringList{QStringLiteral("—"),
                          QStringLiteral("2.1"),
                          QStringLiteral("2.9.1"),
                          QStringLiteral("2.10.0"),
                          QStringLiteral("10.0.0")}));

    // Grouped by firmware, the version nodes sort as versions too, "Unknown version" last.
    m_source->setGroupBy(GroupBy::Firmware);
    m_proxy->sort(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(childNames(*m_proxy),
             (QStringList{QStringLiteral("2.1"),
                          QStringLiteral("2.9.1"),
                          QStringLiteral("2.10.0"),
                          QStringLiteral("10.0.0"),
                          FleetGrouping::missingValueText(GroupBy::Firmware)}));
}

void tst_FleetFilterProxyModel::missingValueGroupSortsLast()
{
    DeviceList devices = TestDevices::fleet(30);
    devices[3].model.clear();
    m_source->setDevices(devices);
    m_source->setGroupBy(GroupBy::Model);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(FleetTreeModel::NameColumn, order);
        const QStringList names = childNames(*m_proxy);
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.last(), FleetGrouping::missingValueText(GroupBy::Model));
    }
}

void tst_FleetFilterProxyModel::invalidQueryKeepsTheFilter()
{
    m_proxy->setFilterText(QStringLiteral("pump-001"));
    QCOMPARE(m_proxy->matchingDeviceCount(), 10);
    QVERIFY(m_proxy->isValid());
    QVERIFY(m_proxy->errorMessage().isEmpty());
    const QString bad = QStringLiteral("pump-001 (");
    if (FleetQuery::parse(bad).isValid())
        QSKIP("FleetQuery is still the free-text stand-in: nothing is invalid");
    QSignalSpy validity(m_proxy, &FleetFilterProxyModel::queryValidityChanged);
    m_proxy->setFilterText(bad);
    QCOMPARE(m_proxy->filterText(), bad);
    QVERIFY(!m_proxy->isValid());
    QVERIFY(!m_proxy->errorMessage().isEmpty());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.first().at(0).toBool(), false);
    // The previous, valid filter stays applied.
    QCOMPARE(m_proxy->appliedQueryText(), QStringLiteral("pump-001"));
    QCOMPARE(m_proxy->matchingDeviceCount(), 10);
    QCOMPARE(deviceNames(*m_proxy).size(), 10);
    m_proxy->setFilterText(QStringLiteral("pump-0012"));
    QVERIFY(m_proxy->isValid());
    QCOMPARE(deviceNames(*m_proxy), QStringList{QStringLiteral("pump-0012")});
}

void tst_FleetFilterProxyModel::topLevelTerms()
{
    QCOMPARE(FleetFilterProxyModel::topLevelTerms(
                 QStringLiteral("fw:<2.1  site:\"Osaka plant\" (a OR b) -x")),
             (QStringList{QStringLiteral("fw:<2.1"),
                          QStringLiteral("site:\"Osaka plant\""),
                          QStringLiteral("(a OR b)"),
                          QStringLiteral("-x")}));
    QVERIFY(FleetFilterProxyModel::topLevelTerms(QStringLiteral("   ")).isEmpty());
}

void tst_FleetFilterProxyModel::filterFollowsLiveChanges()
{
    // The tester watches the proxy while the source changes under a filter: inserts, removals,
    // moves between groups, values that start or stop matching.
    DeviceList devices = TestDevices::fleet(2000);
    m_source->setDevices(devices);
    m_proxy->sort(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    m_proxy->setFilterText(QStringLiteral("kobe"));
    QCOMPARE(sorted(deviceNames(*m_proxy)), sorted(bruteForce(devices, QStringLiteral("kobe"))));
    QRandomGenerator random(6u);
    int next = 2001;
    for (int round = 0; round < 30; ++round) {
        for (int c = 0; c < 5; ++c) {
            const int at = int(random.bounded(devices.size()));
            switch (random.bounded(4)) {
            case 0:
                devices.insert(at, TestDevices::device(next++));
                break;
            case 1:
                devices.removeAt(at);
                break;
            case 2:
                devices[at].site = random.bounded(2) ? QStringLiteral("Kobe depot")
                                                     : QStringLiteral("Osaka plant");
                devices[at].groupPath = TestDevices::groupFor(int(random.bounded(3)));
                break;
            default:
                devices[at].name = QStringLiteral("kobe-spare-%1").arg(round);
                break;
            }
        }
        m_source->setDevices(devices);
        const QStringList expected = bruteForce(devices, m_proxy->filterText());
        QCOMPARE(sorted(deviceNames(*m_proxy)), sorted(expected));
        QCOMPARE(m_proxy->matchingDeviceCount(), int(expected.size()));
        if (round % 10 == 9) { // filter changes along the way
            m_proxy->setFilterText(round % 20 == 9 ? QStringLiteral("offline")
                                                   : QStringLiteral("kobe"));
        }
    }
}

void tst_FleetFilterProxyModel::filterFollowsRegrouping()
{
    m_proxy->setFilterText(QStringLiteral("offline"));
    const QStringList before = sorted(deviceNames(*m_proxy));
    for (GroupBy groupBy : FleetGrouping::all()) {
        m_source->setGroupBy(groupBy);
        QCOMPARE(sorted(deviceNames(*m_proxy)), before);
    }
    m_source->setGroupBy(GroupBy::Health);
    QCOMPARE(childNames(*m_proxy), QStringList{DeviceText::healthName(Health::Offline)});
}

void tst_FleetFilterProxyModel::filtersTheTable()
{
    DeviceTableModel table;
    table.setClock([] { return TestDevices::referenceNow(); });
    DeviceList devices = TestDevices::fleet(500);
    table.setDevices(devices);
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!proxy.isRecursiveFilteringEnabled());
    QCOMPARE(proxy.rowCount(), 500);
    proxy.setFilterText(QStringLiteral("osaka 1.9.0"));
    const QStringList expected = bruteForce(devices, QStringLiteral("osaka 1.9.0"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(proxy.rowCount(), int(expected.size()));
    QCOMPARE(proxy.matchingDeviceCount(), int(expected.size()));

    // Sorting goes to the table model; the filtered rows follow its order.
    proxy.sort(DeviceFields::Name, Qt::DescendingOrder);
    QCOMPARE(table.sortColumn(), int(DeviceFields::Name));
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, DeviceFields::Name).data().toString();
    QStringList descending = sorted(expected);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(shown, descending);

    // Live changes under the filter.
    devices.removeAt(4);
    devices[0].site = QStringLiteral("Osaka plant");
    devices[0].firmwareVersion = QStringLiteral("1.9.0");
    devices << TestDevices::device(505);
    table.setDevices(devices);
    QCOMPARE(proxy.rowCount(), int(bruteForce(devices, QStringLiteral("osaka 1.9.0")).size()));
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), int(devices.size()));
}

void tst_FleetFilterProxyModel::tableSortsItself()
{
    DeviceTableModel table;
    DeviceList devices = TestDevices::fleet(50);
    devices[7].firmwareVersion = QStringLiteral("2.10.1");
    table.setDevices(devices);
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.sort(DeviceFields::Firmware, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, DeviceFields::Firmware).data().toString(), QStringLiteral("2.10.1"));
    QCOMPARE(proxy.index(1, DeviceFields::Firmware).data().toString(), QStringLiteral("2.0.3"));
    QCOMPARE(proxy.sortColumn(), -1); // the proxy itself does not sort
}

void tst_FleetFilterProxyModel::hundredThousandDevices()
{
    // No tester: correctness against brute force, and the time of a keystroke.
    FleetTreeModel tree;
    tree.setClock([] { return TestDevices::referenceNow(); });
    const DeviceList devices = TestDevices::fleet(100000);
    tree.setDevices(devices);
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&tree);
    proxy.sort(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    QElapsedTimer timer;
    for (const QString &text : {QStringLiteral("pump-7"),
                                QStringLiteral("pump-77"),
                                QStringLiteral("pump-777"),
                                QStringLiteral("pump-7777"),
                                QStringLiteral("kobe offline")}) {
        timer.start();
        proxy.setFilterText(text);
        const int count = proxy.matchingDeviceCount();
        const qint64 ms = timer.elapsed();
        QCOMPARE(count, int(bruteForce(devices, text).size()));
        qInfo("filter %s on 100,000 devices: %d matches in %lld ms", qPrintable(text), count, ms);
    }
    // The one match is reachable through the proxy.
    proxy.setFilterText(QStringLiteral("pump-77777"));
    QCOMPARE(proxy.matchingDeviceCount(), 1);
    const QModelIndex found = proxy.mapFromSource(tree.indexOfDevice(TestDevices::idFor(77777)));
    QVERIFY(found.isValid());
    QCOMPARE(found.data().toString(), QStringLiteral("pump-77777"));
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_MAIN(tst_FleetFilterProxyModel)
#include "tst_FleetFilterProxyModel.moc"
