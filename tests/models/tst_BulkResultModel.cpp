#include "BulkResultModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class tst_BulkResultModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsTheRun();
    void emptyWithoutRun();
};

namespace {

QVector<BulkRun::Target> targets(int count)
{
    QVector<BulkRun::Target> list;
    for (int i = 0; i < count; ++i) {
        list.append({QUuid::createUuid(),
                     QStringLiteral("pump-%1").arg(i, 4, 10, QLatin1Char('0')),
                     QStringLiteral("ep-%1").arg(i),
                     QStringLiteral("leshan")});
    }
    return list;
}

} // namespace

void tst_BulkResultModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_BulkResultModel::followsTheRun()
{
    // pump-0001 fails with a reason, pump-0002 waits for wake-up then succeeds, others succeed.
    BulkRun run(QStringLiteral("reboot"),
                targets(5),
                [](const BulkRun::Target &target, const BulkRun::Done &done) {
                    QTimer::singleShot(5, [target, done] {
                        if (target.name == QStringLiteral("pump-0001")) {
                            done(BulkRun::Outcome::Failed,
                                 QStringLiteral("the device refused (4.05)"));
                        } else if (target.name == QStringLiteral("pump-0002")) {
                            done(BulkRun::Outcome::WaitingForWakeUp, QString());
                            QTimer::singleShot(
                                20, [done] { done(BulkRun::Outcome::Succeeded, QString()); });
                        } else {
                            done(BulkRun::Outcome::Succeeded, QString());
                        }
                    });
                });
    run.setConcurrency(2);
    BulkResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(&run);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(BulkResultModel::ColumnCount));
    QCOMPARE(model.index(0, BulkResultModel::DeviceColumn).data().toString(),
             QStringLiteral("pump-0000"));
    QCOMPARE(
        model.index(0, BulkResultModel::OutcomeColumn).data(BulkResultModel::OutcomeRole).toInt(),
        int(BulkRun::Outcome::Pending));
    QVERIFY(model.index(0, BulkResultModel::StartedColumn).data().toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&run, &BulkRun::finished);
    run.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(changed.size() >= 10); // running and final, per device
    const QModelIndex failed = model.index(1, BulkResultModel::OutcomeColumn);
    QCOMPARE(failed.data(BulkResultModel::OutcomeRole).toInt(), int(BulkRun::Outcome::Failed));
    QVERIFY2(failed.data().toString().contains(QStringLiteral("the device refused (4.05)")),
             qPrintable(failed.data().toString()));
    QCOMPARE(failed.data(BulkResultModel::ReasonRole).toString(),
             QStringLiteral("the device refused (4.05)"));
    QCOMPARE(
        model.index(2, BulkResultModel::OutcomeColumn).data(BulkResultModel::OutcomeRole).toInt(),
        int(BulkRun::Outcome::Succeeded));
    QVERIFY(!model.index(2, BulkResultModel::StartedColumn).data().toString().isEmpty());
    QVERIFY(!model.index(2, BulkResultModel::FinishedColumn).data().toString().isEmpty());
    QVERIFY(!model.index(2, BulkResultModel::OutcomeColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.headerData(BulkResultModel::OutcomeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Outcome"));
    QCOMPARE(model.index(3, 0).data(BulkResultModel::DeviceIdRole).toUuid(),
             run.results().at(3).target.deviceId);
}

void tst_BulkResultModel::emptyWithoutRun()
{
    BulkResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    {
        BulkRun run(QStringLiteral("disable"),
                    targets(3),
                    [](const BulkRun::Target &, const BulkRun::Done &done) {
                        done(BulkRun::Outcome::Succeeded, QString());
                    });
        model.setRun(&run);
        QCOMPARE(model.rowCount(), 3);
        model.setRun(nullptr);
    }
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_BulkResultModel)
#include "tst_BulkResultModel.moc"
