#include "ImportPlanModel.h"
#include "TestDevices.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>

class tst_ImportPlanModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryRow();
};

void tst_ImportPlanModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ImportPlanModel::showsEveryRow()
{
    const Device existing = TestDevices::device(1);
    const QByteArray csv
        = "id,name,site,group,model,serial,firmware,tags,protocol,profile,endpoint,"
          "lifecycle\n"
          + existing.id.toString(QUuid::WithoutBraces).toUtf8()
          + ",pump-0001,Osaka plant,Line A,LT-500,SN1,2.0.4,pump,lwm2m,"
            "sandbox-leshan,ep-1,active\n"
            ",pump-0900,Kobe depot,Line B/Pumps,LT-700,SN900,2.0.3,pump,mqtt,"
            "plant-broker,dev-900,active\n"
            ",,Kobe depot,,LT-700,SN901,2.0.3,,lwm2m,sandbox-leshan,ep-901,"
            "no-such-lifecycle\n";
    const CsvImport::Plan plan = CsvImport::plan(csv, {existing});
    QCOMPARE(plan.rows.size(), 3);

    ImportPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImportPlanModel::ColumnCount));

    for (int row = 0; row < 3; ++row) {
        const CsvImport::RowResult &result = plan.rows.at(row);
        const QModelIndex action = model.index(row, ImportPlanModel::ActionColumn);
        QCOMPARE(action.data().toString(), ImportPlanModel::actionName(result.action));
        QCOMPARE(CsvImport::Action(action.data(ImportPlanModel::ActionRole).toInt()),
                 result.action);
        QCOMPARE(model.index(row, ImportPlanModel::LineColumn).data().toString(),
                 QString::number(result.line));
        QCOMPARE(model.index(row, ImportPlanModel::ProblemsColumn).data().toString().isEmpty(),
                 result.errors.isEmpty());
        QCOMPARE(action.data(Qt::DecorationRole).value<QIcon>().isNull(),
                 result.action != CsvImport::Action::Reject);
    }
    QCOMPARE(CsvImport::Action(model.index(0, 1).data(ImportPlanModel::ActionRole).toInt()),
             CsvImport::Action::Update);
    QCOMPARE(CsvImport::Action(model.index(1, 1).data(ImportPlanModel::ActionRole).toInt()),
             CsvImport::Action::Create);
    QCOMPARE(CsvImport::Action(model.index(2, 1).data(ImportPlanModel::ActionRole).toInt()),
             CsvImport::Action::Reject);
    QCOMPARE(model.index(1, ImportPlanModel::SiteColumn).data().toString(),
             QStringLiteral("Kobe depot / Line B / Pumps"));

    model.setPlan({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ImportPlanModel)
#include "tst_ImportPlanModel.moc"
