#include "CampaignPlanModel.h"
#include "TestDevices.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

CampaignPlan plan()
{
    CampaignPlan p;
    for (int n = 1; n <= 6; ++n) {
        CampaignPlanEntry e;
        e.device = TestDevices::device(n);
        e.eligible = n <= 3;
        e.wave = e.eligible ? n - 1 : -1;
        if (!e.eligible) {
            e.reasonId = QStringLiteral("battery_low");
            e.reason = QStringLiteral("battery %1 % below 30 %").arg(n);
        }
        p.entries.append(e);
    }
    p.entries[5].device.batteryPercent.reset();
    p.eligible = 3;
    p.countsByReason.insert(QStringLiteral("battery_low"), 3);
    return p;
}

} // namespace

class tst_CampaignPlanModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryEntry();
    void sortsThroughAProxy();
};

void tst_CampaignPlanModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_CampaignPlanModel::showsEveryEntry()
{
    CampaignPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const CampaignPlan p = plan();
    model.setPlan(p);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(CampaignPlanModel::ColumnCount));
    QCOMPARE(model.headerData(CampaignPlanModel::ReasonColumn, Qt::Horizontal).toString(),
             QStringLiteral("Reason"));
    for (int row = 0; row < 6; ++row) {
        const CampaignPlanEntry &e = p.entries.at(row);
        QCOMPARE(model.index(row, CampaignPlanModel::DeviceColumn).data().toString(),
                 e.device.name);
        QCOMPARE(model.index(row, CampaignPlanModel::ModelColumn).data().toString(),
                 e.device.model);
        QCOMPARE(model.index(row, CampaignPlanModel::FirmwareColumn).data().toString(),
                 e.device.firmwareVersion);
        QCOMPARE(model.index(row, 0).data(CampaignPlanModel::EligibleRole).toBool(), e.eligible);
        QCOMPARE(model.index(row, 0).data(CampaignPlanModel::DeviceIdRole).toUuid(), e.device.id);
        QCOMPARE(model.index(row, CampaignPlanModel::ReasonColumn).data().toString(),
                 e.eligible ? QString() : e.reason);
        QCOMPARE(model.index(row, 0).data(CampaignPlanModel::ReasonIdRole).toString(), e.reasonId);
    }
    QCOMPARE(model.index(0, CampaignPlanModel::StatusColumn).data().toString(),
             QStringLiteral("Eligible — wave 1 (canary)"));
    QCOMPARE(model.index(2, CampaignPlanModel::StatusColumn).data().toString(),
             QStringLiteral("Eligible — wave 3"));
    QCOMPARE(model.index(4, CampaignPlanModel::StatusColumn).data().toString(),
             QStringLiteral("Skipped"));
    QCOMPARE(model.index(0, CampaignPlanModel::BatteryColumn).data().toString(),
             QStringLiteral("%1 %").arg(*p.entries[0].device.batteryPercent));
    QCOMPARE(model.index(5, CampaignPlanModel::BatteryColumn).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(model.index(0, CampaignPlanModel::SignalColumn).data().toString(),
             QStringLiteral("%1 dBm").arg(*p.entries[0].device.signalDbm));
    QVERIFY(!model.index(0, 1).flags().testFlag(Qt::ItemIsEditable));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_CampaignPlanModel::sortsThroughAProxy()
{
    CampaignPlanModel model;
    model.setPlan(plan());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CampaignPlanModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(CampaignPlanModel::BatteryColumn, Qt::AscendingOrder);
    // The device without a battery reading comes first, then numbers in numeric order.
    QCOMPARE(proxy.index(0, CampaignPlanModel::BatteryColumn).data().toString(),
             QStringLiteral("—"));
    int previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int value = proxy.index(row, CampaignPlanModel::BatteryColumn)
                              .data(CampaignPlanModel::SortRole)
                              .toInt();
        QVERIFY(value >= previous);
        previous = value;
    }

    proxy.sort(CampaignPlanModel::StatusColumn, Qt::DescendingOrder);
    QVERIFY(!proxy.index(0, 0).data(CampaignPlanModel::EligibleRole).toBool());
    QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(CampaignPlanModel::WaveRole).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_CampaignPlanModel)
#include "tst_CampaignPlanModel.moc"
