#include "CampaignDeviceModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_CampaignDeviceModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndTexts();
    void stateChangesUpdateRowsOnly();
    void otherDevicesReset();
    void durationOfDevicesInFlight();
    void iconsPerState();
};

namespace {

const QDateTime T0(QDate(2026, 11, 26), QTime(10, 0, 0), Qt::UTC);

CampaignDeviceRecord record(int n, CampaignDeviceState state, int wave = 0)
{
    CampaignDeviceRecord r;
    r.deviceId = QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    r.position = n;
    r.wave = wave;
    r.state = state;
    r.name = QStringLiteral("pump-%1").arg(n, 4, 10, QLatin1Char('0'));
    r.model = QStringLiteral("LT-500");
    r.protocol = n % 2 ? QStringLiteral("lwm2m") : QStringLiteral("mqtt");
    r.fromVersion = QStringLiteral("2.0.3");
    return r;
}

QVector<CampaignDeviceRecord> fleet(int count)
{
    QVector<CampaignDeviceRecord> list;
    for (int n = 1; n <= count; ++n)
        list << record(n, CampaignDeviceState::Pending, n <= 2 ? 0 : 1 + n % 3);
    return list;
}

} // namespace

void tst_CampaignDeviceModel::columnsAndTexts()
{
    CampaignDeviceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<CampaignDeviceRecord> devices = fleet(5);
    devices[0].state = CampaignDeviceState::Succeeded;
    devices[0].attempt = 1;
    devices[0].reportedVersion = QStringLiteral("2.1.0");
    devices[0].startedAt = T0;
    devices[0].finishedAt = T0.addSecs(125);
    devices[1].state = CampaignDeviceState::Failed;
    devices[1].resultCode = 8;
    devices[1].reason = QStringLiteral("the device reported a failed update");
    model.setRecords(devices);

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(CampaignDeviceModel::ColumnCount));
    auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, CampaignDeviceModel::NameColumn), QStringLiteral("pump-0001"));
    QCOMPARE(text(0, CampaignDeviceModel::ProtocolColumn), QStringLiteral("LwM2M"));
    QCOMPARE(text(1, CampaignDeviceModel::ProtocolColumn), QStringLiteral("MQTT"));
    QCOMPARE(text(0, CampaignDeviceModel::WaveColumn), QStringLiteral("Canary"));
    QCOMPARE(text(4, CampaignDeviceModel::WaveColumn), QStringLiteral("Wave 4")); // wave 3
    QCOMPARE(text(0, CampaignDeviceModel::StateColumn),
             CampaignText::deviceStateName(CampaignDeviceState::Succeeded));
    QCOMPARE(text(0, CampaignDeviceModel::VersionColumn), QStringLiteral("2.0.3 → 2.1.0"));
    QCOMPARE(text(2, CampaignDeviceModel::VersionColumn), QStringLiteral("2.0.3"));
    QCOMPARE(text(1, CampaignDeviceModel::ResultColumn), CampaignText::updateResultName(8));
    QVERIFY(!text(1, CampaignDeviceModel::ResultColumn).isEmpty());
    QCOMPARE(text(1, CampaignDeviceModel::ReasonColumn),
             QStringLiteral("the device reported a failed update"));
    QCOMPARE(text(0, CampaignDeviceModel::DurationColumn), QStringLiteral("2 min 5 s"));
    QCOMPARE(model.index(0, CampaignDeviceModel::DurationColumn)
                 .data(CampaignDeviceModel::SortRole)
                 .toLongLong(),
             125);
    QCOMPARE(model.index(1, 0).data(CampaignDeviceModel::StateIdRole).toString(),
             QStringLiteral("failed"));
    QCOMPARE(model.index(3, 0).data(CampaignDeviceModel::DeviceIdRole).toUuid(),
             devices[3].deviceId);
    QCOMPARE(model.rowOf(devices[3].deviceId), 3);
    QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
    QCOMPARE(model.headerData(CampaignDeviceModel::StateColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             QStringLiteral("State"));
}

void tst_CampaignDeviceModel::stateChangesUpdateRowsOnly()
{
    CampaignDeviceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<CampaignDeviceRecord> devices = fleet(10);
    model.setRecords(devices);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // The same records: nothing at all.
    model.setRecords(devices);
    QCOMPARE(changed.size(), 0);

    // Rows 3, 4 and 8 move on: two runs of rows, no reset.
    devices[3].state = CampaignDeviceState::Downloading;
    devices[4].state = CampaignDeviceState::Downloading;
    devices[8].state = CampaignDeviceState::Skipped;
    devices[8].reason = QStringLiteral("battery below 20 %");
    model.setRecords(devices);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), CampaignDeviceModel::ColumnCount - 1);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 8);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 8);
    QCOMPARE(model.index(8, CampaignDeviceModel::ReasonColumn).data().toString(),
             QStringLiteral("battery below 20 %"));
    QCOMPARE(model.index(3, 0).data(CampaignDeviceModel::StateIdRole).toString(),
             QStringLiteral("downloading"));
}

void tst_CampaignDeviceModel::otherDevicesReset()
{
    CampaignDeviceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(fleet(4));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRecords(fleet(6));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowOf(fleet(6).at(5).deviceId), 5);
    model.setRecords({});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void tst_CampaignDeviceModel::durationOfDevicesInFlight()
{
    CampaignDeviceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<CampaignDeviceRecord> devices = fleet(2);
    devices[0].state = CampaignDeviceState::Updating;
    devices[0].startedAt = T0;
    model.setNow(T0.addSecs(42));
    model.setRecords(devices);
    QCOMPARE(model.index(0, CampaignDeviceModel::DurationColumn).data().toString(),
             QStringLiteral("42 s"));
    QCOMPARE(model.index(1, CampaignDeviceModel::DurationColumn).data().toString(), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(T0.addSecs(3 * 3600 + 60));
    QCOMPARE(changed.size(), 1); // only the device in flight
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, CampaignDeviceModel::DurationColumn).data().toString(),
             QStringLiteral("3 h 1 min"));
}

void tst_CampaignDeviceModel::iconsPerState()
{
    CampaignDeviceModel model;
    QVector<CampaignDeviceRecord> devices = fleet(2);
    devices[1].state = CampaignDeviceState::Failed;
    model.setRecords(devices);
    const QIcon pending
        = model.index(0, CampaignDeviceModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    const QIcon failed
        = model.index(1, CampaignDeviceModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!pending.isNull());
    QVERIFY(!failed.isNull());
    // Different shapes, not only colours: the images differ in their alpha.
    const QImage a = pending.pixmap(16, 16).toImage().convertToFormat(QImage::Format_Alpha8);
    const QImage b = failed.pixmap(16, 16).toImage().convertToFormat(QImage::Format_Alpha8);
    QVERIFY(a != b);
    QVERIFY(!model.index(0, CampaignDeviceModel::NameColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(CampaignDeviceModel::stateColour(CampaignDeviceState::Succeeded)
            != CampaignDeviceModel::stateColour(CampaignDeviceState::Failed));
}

QTEST_MAIN(tst_CampaignDeviceModel)
#include "tst_CampaignDeviceModel.moc"
