#include "DeviceTableModel.h"
#include "TestDevices.h"
#include "common/TimeFormat.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

// Every device once, each row's device consistent with indexOfDevice, rows in the sort order.
QString checkTable(const DeviceTableModel &model, const DeviceList &devices)
{
    if (model.rowCount() != devices.size())
        return QStringLiteral("%1 rows for %2 devices").arg(model.rowCount()).arg(devices.size());
    QSet<QUuid> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Device *device = model.device(model.index(row, 0));
        if (!device)
            return QStringLiteral("row %1 has no device").arg(row);
        if (seen.contains(device->id))
            return QStringLiteral("%1 twice").arg(device->name);
        seen.insert(device->id);
        if (model.indexOfDevice(device->id).row() != row)
            return QStringLiteral("indexOfDevice(%1) is stale").arg(device->name);
        if (row > 0 && model.sortColumn() >= 0) {
            const Device *previous = model.device(model.index(row - 1, 0));
            const int order = DeviceFields::compare(
                *previous, *device, DeviceFields::Field(model.sortColumn()));
            if (model.sortOrder() == Qt::AscendingOrder ? order > 0 : order < 0)
                return QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row);
        }
    }
    for (const Device &device : devices) {
        if (!seen.contains(device.id))
            return QStringLiteral("%1 missing").arg(device.name);
    }
    return QString();
}

} // namespace

class tst_DeviceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnsAndValues();
    void sortsEveryColumn_data();
    void sortsEveryColumn();
    void naturalAndVersionOrder();
    void liveChangesKeepRows();
    void randomLiveChanges();
    void staleAndDuplicateFlags();
    void hundredThousandDevices();
};

void tst_DeviceTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_DeviceTableModel::columnsAndValues()
{
    DeviceTableModel model;
    model.setClock([] { return TestDevices::referenceNow(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(DeviceFields::FieldCount));
    QCOMPARE(model.columnCount(), 15);
    const QStringList headers{QStringLiteral("Name"),
                              QStringLiteral("Site"),
                              QStringLiteral("Group"),
                              QStringLiteral("Model"),
                              QStringLiteral("Serial"),
                              QStringLiteral("Firmware"),
                              QStringLiteral("Health"),
                              QStringLiteral("Battery"),
                              QStringLiteral("Signal"),
                              QStringLiteral("Last seen"),
                              QStringLiteral("Protocol"),
                              QStringLiteral("Server"),
                              QStringLiteral("Endpoint"),
                              QStringLiteral("Tags"),
                              QStringLiteral("Lifecycle")};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));

    model.setDevices(TestDevices::fleet(30));
    QCOMPARE(model.rowCount(), 30);
    const QModelIndex row = model.indexOfDevice(TestDevices::idFor(3));
    QVERIFY(row.isValid());
    const auto at = [&](DeviceFields::Field field) {
        return row.siblingAtColumn(field).data().toString();
    };
    QCOMPARE(at(DeviceFields::Name), QStringLiteral("pump-0003"));
    QCOMPARE(at(DeviceFields::Site), QStringLiteral("Osaka plant"));
    QCOMPARE(at(DeviceFields::Group), QStringLiteral("Line A"));
    QCOMPARE(at(DeviceFields::Model), QStringLiteral("LT-500"));
    QCOMPARE(at(DeviceFields::Serial), QStringLiteral("SN000003"));
    QCOMPARE(at(DeviceFields::Firmware), QStringLiteral("2.0.3"));
    QCOMPARE(at(DeviceFields::Health), DeviceText::healthName(Health::Offline));
    QCOMPARE(at(DeviceFields::Battery), QStringLiteral("21 %"));
    QCOMPARE(at(DeviceFields::Signal), QStringLiteral("−63 dBm"));
    QCOMPARE(at(DeviceFields::LastSeen),
             TimeFormat::relative(TestDevices::device(3).lastSeen, TestDevices::referenceNow()));
    QCOMPARE(at(DeviceFields::Protocol), DeviceText::protocolName(Protocol::Lwm2m));
    QCOMPARE(at(DeviceFields::Server), QStringLiteral("sandbox-leshan"));
    QCOMPARE(at(DeviceFields::Endpoint), QStringLiteral("ep-3"));
    QCOMPARE(at(DeviceFields::Tags), QStringLiteral("pump"));
    QCOMPARE(at(DeviceFields::Lifecycle), DeviceText::lifecycleName(Lifecycle::Active));
    QCOMPARE(row.data(DeviceTableModel::DeviceIdRole).toUuid(), TestDevices::idFor(3));
    QCOMPARE(row.data(DeviceTableModel::DeviceRole).value<Device>(), TestDevices::device(3));
    QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.device(row)->name, QStringLiteral("pump-0003"));
    QVERIFY(model.flags(row).testFlag(Qt::ItemNeverHasChildren));
    const QModelIndex noBattery = model.indexOfDevice(TestDevices::idFor(10));
    QCOMPARE(noBattery.siblingAtColumn(DeviceFields::Battery).data().toString(),
             QStringLiteral("—"));
}

void tst_DeviceTableModel::sortsEveryColumn_data()
{
    QTest::addColumn<int>("column");
    for (int column = 0; column < DeviceFields::FieldCount; ++column)
        QTest::newRow(qPrintable(DeviceFields::header(DeviceFields::Field(column)))) << column;
}

void tst_DeviceTableModel::sortsEveryColumn()
{
    QFETCH(int, column);
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(300);
    devices[4].binding = {};
    devices[8].tags = {QStringLiteral("valve"), QStringLiteral("north")};
    devices[9].lifecycle = Lifecycle::Retired;
    model.setDevices(devices);
    const QPersistentModelIndex watched = model.indexOfDevice(TestDevices::idFor(123), column);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(column, order);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.sortOrder(), order);
        QCOMPARE(checkTable(model, devices), QString());
        // Persistent indexes (selection) follow their device.
        QCOMPARE(watched.data(DeviceTableModel::DeviceIdRole).toUuid(), TestDevices::idFor(123));
        QCOMPARE(watched.column(), column);
    }
    QCOMPARE(layout.count(), 2);
}

void tst_DeviceTableModel::naturalAndVersionOrder()
{
    DeviceTableModel model;
    DeviceList devices;
    const QStringList names{QStringLiteral("pump-10"),
                            QStringLiteral("Pump-2"),
                            QStringLiteral("pump-1"),
                            QStringLiteral("meter-954"),
                            QStringLiteral("meter-1014")};
    const QStringList versions{QStringLiteral("2.10.0"),
                               QStringLiteral("2.9"),
                               QStringLiteral("2.1.0-rc1"),
                               QStringLiteral("2.1.0"),
                               QString()};
    for (int i = 0; i < names.size(); ++i) {
        Device device = TestDevices::device(i + 1);
        device.name = names.at(i);
        device.firmwareVersion = versions.at(i);
        devices << device;
    }
    model.setDevices(devices);
    model.sort(DeviceFields::Name);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, DeviceFields::Name).data().toString();
    QCOMPARE(order,
             (QStringList{QStringLiteral("meter-954"),
                          QStringLiteral("meter-1014"),
                          QStringLiteral("pump-1"),
                          QStringLiteral("Pump-2"),
                          QStringLiteral("pump-10")}));
    model.sort(DeviceFields::Firmware);
    order.clear();
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, DeviceFields::Firmware).data().toString();
    QCOMPARE(order,
             (QStringList{QStringLiteral("—"),
                          QStringLiteral("2.1.0-rc1"),
                          QStringLiteral("2.1.0"),
                          QStringLiteral("2.9"),
                          QStringLiteral("2.10.0")}));
    QVERIFY(DeviceFields::naturalCompare(QStringLiteral("a2"), QStringLiteral("a10")) < 0);
    QVERIFY(DeviceFields::naturalCompare(QStringLiteral("A"), QStringLiteral("a")) != 0);
    QCOMPARE(DeviceFields::naturalCompare(QStringLiteral("x"), QStringLiteral("x")), 0);
    QVERIFY(DeviceFields::naturalCompare(QStringLiteral("x"), QStringLiteral("x1")) < 0);
}

void tst_DeviceTableModel::liveChangesKeepRows()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(1000);
    model.setDevices(devices);
    model.sort(DeviceFields::Battery, Qt::AscendingOrder);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy replaced(&model, &DeviceTableModel::devicesReplaced);
    const QPersistentModelIndex watched = model.indexOfDevice(TestDevices::idFor(500));

    devices.remove(10, 20);
    devices[600].batteryPercent = 100;
    devices[601].batteryPercent = 0;
    devices << TestDevices::device(1001) << TestDevices::device(1002);
    model.setDevices(devices);
    QCOMPARE(reset.count(), 0);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(checkTable(model, devices), QString());
    QVERIFY(watched.isValid());
    QCOMPARE(watched.data(DeviceTableModel::DeviceIdRole).toUuid(), TestDevices::idFor(500));
    QCOMPARE(model.index(0, DeviceFields::Battery).data().toString(), QStringLiteral("—"));

    // Nothing changed: nothing announced.
    changed.clear();
    removed.clear();
    model.setDevices(devices);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void tst_DeviceTableModel::randomLiveChanges()
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(42u);
    DeviceList devices = TestDevices::fleet(800);
    model.setDevices(devices);
    int next = 801;
    for (int round = 0; round < 40; ++round) {
        if (round % 10 == 0)
            model.sort(int(random.bounded(DeviceFields::FieldCount)),
                       random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        for (int c = 0; c < 8; ++c) {
            const int at = int(random.bounded(devices.size()));
            switch (random.bounded(4)) {
            case 0:
                devices.insert(at, TestDevices::device(next++));
                break;
            case 1:
                devices.removeAt(at);
                break;
            case 2:
                devices[at].health = Health(random.bounded(4));
                devices[at].firmwareVersion = QStringLiteral("2.%1").arg(random.bounded(12));
                break;
            default:
                devices[at].name = QStringLiteral("spare-%1").arg(random.bounded(1000));
                break;
            }
        }
        const QUuid id = devices.at(int(random.bounded(devices.size()))).id;
        const QPersistentModelIndex before = model.indexOfDevice(id);
        model.setDevices(devices);
        const QString problem = checkTable(model, devices);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        if (before.isValid())
            QCOMPARE(before.data(DeviceTableModel::DeviceIdRole).toUuid(), id);
    }
}

void tst_DeviceTableModel::staleAndDuplicateFlags()
{
    DeviceTableModel model;
    model.setClock([] { return TestDevices::referenceNow(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceList devices = TestDevices::fleet(10);
    devices[5].serial = devices[1].serial;
    devices[5].binding
        = {Protocol::Mqtt, QStringLiteral("sandbox-mosquitto"), QStringLiteral("d6")};
    model.setDevices(devices);
    const QModelIndex two = model.indexOfDevice(devices[1].id);
    const QModelIndex six = model.indexOfDevice(devices[5].id);
    QVERIFY(two.data(DeviceTableModel::DuplicateSerialRole).toBool());
    QVERIFY(six.data(DeviceTableModel::DuplicateSerialRole).toBool());
    QVERIFY(!model.index(0, 0).data(DeviceTableModel::DuplicateSerialRole).toBool()
            || model.index(0, 0) == two || model.index(0, 0) == six);
    QCOMPARE(
        two.siblingAtColumn(DeviceFields::Serial).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Serial SN000002 is also on device pump-0006 (server sandbox-mosquitto)."));
    QVERIFY(!two.siblingAtColumn(DeviceFields::Serial)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QCOMPARE(model.duplicateSerials().size(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUnreachableProfiles({QStringLiteral("sandbox-mosquitto")});
    QVERIFY(changed.count() > 0);
    QVERIFY(six.data(DeviceTableModel::StaleRole).toBool());
    QVERIFY(!two.data(DeviceTableModel::StaleRole).toBool());
    QVERIFY(six.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY2(
        six.siblingAtColumn(DeviceFields::LastSeen)
            .data(Qt::ToolTipRole)
            .toString()
            .contains(QStringLiteral("— server unreachable")),
        qPrintable(six.siblingAtColumn(DeviceFields::LastSeen).data(Qt::ToolTipRole).toString()));
}

void tst_DeviceTableModel::hundredThousandDevices()
{
    DeviceTableModel model;
    DeviceList devices = TestDevices::fleet(100000);
    QElapsedTimer timer;
    timer.start();
    model.setDevices(devices);
    const qint64 loadMs = timer.elapsed();
    timer.restart();
    model.sort(DeviceFields::Name, Qt::AscendingOrder);
    const qint64 sortNameMs = timer.elapsed();
    timer.restart();
    model.sort(DeviceFields::Firmware, Qt::DescendingOrder);
    const qint64 sortFirmwareMs = timer.elapsed();
    QCOMPARE(checkTable(model, devices), QString());
    const QModelIndex found = model.indexOfDevice(TestDevices::idFor(99999));
    QCOMPARE(found.data().toString(), QStringLiteral("pump-99999"));
    devices[3].batteryPercent = 1;
    devices.removeAt(5);
    timer.restart();
    model.setDevices(devices);
    const qint64 updateMs = timer.elapsed();
    QCOMPARE(checkTable(model, devices), QString());
    qInfo("100,000 rows: load %lld ms, sort by name %lld ms, by firmware %lld ms, live update %lld "
          "ms",
          loadMs,
          sortNameMs,
          sortFirmwareMs,
          updateMs);
}

QTEST_MAIN(tst_DeviceTableModel)
#include "tst_DeviceTableModel.moc"
