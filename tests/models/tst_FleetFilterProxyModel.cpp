#include "FleetFilterProxyModel.h"
#include "FleetTreeModel.h"
#include "TestDevices.h"

#include <QAbstractItemModelTester>
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

QTEST_MAIN(tst_FleetFilterProxyModel)
#include "tst_FleetFilterProxyModel.moc"
