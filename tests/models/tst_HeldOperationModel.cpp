#include "HeldOperationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

HeldOperation
op(qint64 id, const QString &name, HeldOperation::State state = HeldOperation::State::Held)
{
    HeldOperation o;
    o.id = id;
    o.deviceId = QUuid::createUuid();
    o.operation = QStringLiteral("reboot");
    o.createdAt = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
    o.updatedAt = o.createdAt;
    o.state = state;
    o.preconditions
        = {{QStringLiteral("name"), name}, {QStringLiteral("profile"), QStringLiteral("leshan")}};
    return o;
}

} // namespace

class tst_HeldOperationModel : public QObject
{
    Q_OBJECT

private slots:
    void showsOperationsAndKeepsRows()
    {
        HeldOperationModel model;
        model.setClock(
            [] { return QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC).addSecs(600); });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        model.setOperations({op(2, QStringLiteral("pump-2")), op(1, QStringLiteral("pump-1"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(HeldOperationModel::ColumnCount));
        QCOMPARE(model.index(0, HeldOperationModel::DeviceColumn).data().toString(),
                 QStringLiteral("pump-2"));
        QCOMPARE(model.index(0, HeldOperationModel::OperationColumn).data().toString(),
                 QStringLiteral("Reboot"));
        QCOMPARE(model.index(0, HeldOperationModel::StateColumn).data().toString(),
                 HeldOperationRepository::stateName(HeldOperation::State::Held));
        QVERIFY(model.index(0, HeldOperationModel::HeldSinceColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("10")));
        QCOMPARE(model.index(1, 0).data(HeldOperationModel::IdRole).toLongLong(), 1);
        QCOMPARE(model.openCount(), 2);

        // The same operations with a new state: rows change in place (no reset).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        HeldOperation asked
            = op(2, QStringLiteral("pump-2"), HeldOperation::State::NeedsConfirmation);
        asked.result = QStringLiteral("the firmware changed from 1.2.0 to 1.3.0 meanwhile");
        model.setOperations(
            {asked, op(1, QStringLiteral("pump-1"), HeldOperation::State::Succeeded)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, HeldOperationModel::ReasonColumn).data().toString(), asked.result);
        QCOMPARE(model.index(0, 0).data(HeldOperationModel::StateRole).toInt(),
                 int(HeldOperation::State::NeedsConfirmation));
        QCOMPARE(model.openCount(), 1);

        // Other operations: a reset.
        model.setOperations({op(3, QStringLiteral("pump-3"))});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.operation(model.index(0, 0)));
        QVERIFY(!model.operation(QModelIndex()));
        model.setOperations({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_HeldOperationModel)
#include "tst_HeldOperationModel.moc"
