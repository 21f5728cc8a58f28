#include "GroupListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_GroupListModel : public QObject
{
    Q_OBJECT

private:
    static QSet<QUuid> members(int n)
    {
        QSet<QUuid> out;
        for (int i = 0; i < n; ++i)
            out.insert(QUuid::createUuid());
        return out;
    }

private slots:
    void sectionsAndRows()
    {
        GroupListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.sectionIndex(GroupListModel::SmartSection)), 0);

        model.setGroups({{QStringLiteral("Spare"), members(3)}, {QStringLiteral("Alpha"), {}}},
                        {{QStringLiteral("Osaka offline"), QStringLiteral("site:Osaka")}});
        const QModelIndex smart = model.sectionIndex(GroupListModel::SmartSection);
        const QModelIndex fixed = model.sectionIndex(GroupListModel::StaticSection);
        QCOMPARE(model.rowCount(smart), 1);
        QCOMPARE(model.rowCount(fixed), 2);
        QCOMPARE(model.staticGroupNames(),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("Spare")}));
        const QModelIndex spare
            = model.groupIndex(GroupListModel::Kind::StaticGroup, QStringLiteral("Spare"));
        QCOMPARE(spare.row(), 1);
        QCOMPARE(spare.data(GroupListModel::CountRole).toInt(), 3);
        QCOMPARE(spare.siblingAtColumn(GroupListModel::CountColumn).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(spare.data(GroupListModel::FilterTextRole).toString(),
                 QStringLiteral("in:\"Spare\""));
        const QModelIndex osaka
            = model.groupIndex(GroupListModel::Kind::SmartGroup, QStringLiteral("Osaka offline"));
        QCOMPARE(osaka.data(GroupListModel::FilterTextRole).toString(),
                 QStringLiteral("saved:\"Osaka offline\""));
        QCOMPARE(osaka.data(GroupListModel::QueryRole).toString(), QStringLiteral("site:Osaka"));
        QCOMPARE(GroupListModel::kindOf(osaka), GroupListModel::Kind::SmartGroup);
        QCOMPARE(GroupListModel::kindOf(smart), GroupListModel::Kind::Section);
        // Not counted yet.
        QCOMPARE(osaka.data(GroupListModel::CountRole).toInt(), -1);
        QCOMPARE(osaka.siblingAtColumn(GroupListModel::CountColumn).data().toString(),
                 QStringLiteral("…"));
        model.setCounts({{QStringLiteral("Osaka offline"), 1240}}, {{QStringLiteral("Spare"), 2}});
        QCOMPARE(osaka.data(GroupListModel::CountRole).toInt(), 1240);
        QCOMPARE(spare.data(GroupListModel::CountRole).toInt(), 2);
    }

    void snapshotsInsertAndRemoveRowByRow()
    {
        GroupListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups({{QStringLiteral("B"), {}}, {QStringLiteral("D"), {}}}, {});
        const QPersistentModelIndex d
            = model.groupIndex(GroupListModel::Kind::StaticGroup, QStringLiteral("D"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setGroups(
            {{QStringLiteral("A"), {}}, {QStringLiteral("C"), {}}, {QStringLiteral("D"), {}}},
            {{QStringLiteral("f"), QStringLiteral("x")}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);  // B
        QCOMPARE(inserted.count(), 3); // A, C, f
        QCOMPARE(model.staticGroupNames(),
                 (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
        QVERIFY(d.isValid());
        QCOMPARE(d.data().toString(), QStringLiteral("D")); // kept through the change
        QCOMPARE(d.row(), 2);

        model.setGroups({}, {});
        QCOMPARE(model.rowCount(model.sectionIndex(GroupListModel::StaticSection)), 0);
        QCOMPARE(model.rowCount(model.sectionIndex(GroupListModel::SmartSection)), 0);
        QVERIFY(!d.isValid());
    }

    void manyGroups()
    {
        GroupListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QHash<QString, QSet<QUuid>> groups;
        QHash<QString, QString> filters;
        for (int i = 0; i < 200; ++i) {
            groups.insert(QStringLiteral("group %1").arg(i), {});
            filters.insert(QStringLiteral("filter %1").arg(i), QStringLiteral("q%1").arg(i));
        }
        model.setGroups(groups, filters);
        QCOMPARE(model.rowCount(model.sectionIndex(GroupListModel::StaticSection)), 200);
        for (int i = 0; i < 200; i += 2) {
            groups.remove(QStringLiteral("group %1").arg(i));
            filters.insert(QStringLiteral("more %1").arg(i), QStringLiteral("x"));
        }
        model.setGroups(groups, filters);
        QCOMPARE(model.rowCount(model.sectionIndex(GroupListModel::StaticSection)), 100);
        QCOMPARE(model.rowCount(model.sectionIndex(GroupListModel::SmartSection)), 300);
        QStringList sorted = model.smartGroupNames();
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
        QCOMPARE(model.smartGroupNames(), sorted);
    }
};

QTEST_GUILESS_MAIN(tst_GroupListModel)
#include "tst_GroupListModel.moc"
