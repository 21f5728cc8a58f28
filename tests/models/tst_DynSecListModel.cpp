// DynSecListModel: the broker-accounts tables (clients, roles, groups), checked with
// QAbstractItemModelTester through resets.
#include "DynSecListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

class tst_DynSecListModel : public QObject
{
    Q_OBJECT

private slots:
    void clients();
    void roles();
    void groups();
};

void tst_DynSecListModel::clients()
{
    DynSecListModel model(DynSecListModel::Kind::Clients);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(DynSecListModel::ClientColumnCount));
    DynSecProtocol::Client admin;
    admin.username = QStringLiteral("fleetdesk-admin");
    admin.roles = {QStringLiteral("admin")};
    admin.textName = QStringLiteral("FleetDesk");
    DynSecProtocol::Client device;
    device.username = QStringLiteral("pump-7");
    device.disabled = true;
    device.clientId = QStringLiteral("pump-7");
    device.roles = {QStringLiteral("fd-device-pump-7"), QStringLiteral("extra")};
    model.setClients({admin, device});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(DynSecListModel::UsernameColumn, Qt::Horizontal).toString(),
             QStringLiteral("User name"));
    QCOMPARE(model.index(0, DynSecListModel::StateColumn).data().toString(),
             QStringLiteral("Enabled"));
    QCOMPARE(model.index(1, DynSecListModel::StateColumn).data().toString(),
             QStringLiteral("Disabled"));
    QCOMPARE(model.index(1, DynSecListModel::ClientRolesColumn).data().toString(),
             QStringLiteral("fd-device-pump-7, extra"));
    QCOMPARE(model.index(0, DynSecListModel::ClientTextNameColumn).data().toString(),
             QStringLiteral("FleetDesk"));
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(1, 3).data(DynSecListModel::NameRole).toString(),
             QStringLiteral("pump-7"));
    QVERIFY(model.index(1, 0).data(DynSecListModel::DisabledRole).toBool());
    QCOMPARE(model.rowOf(QStringLiteral("pump-7")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
    QVERIFY(model.nameAt(5).isEmpty());
    model.setClients({device});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DynSecListModel::roles()
{
    DynSecListModel model(DynSecListModel::Kind::Roles);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DynSecProtocol::Role role;
    role.name = QStringLiteral("fd-device-pump-7");
    role.acls = DynSecProtocol::deviceAccountAcls(QStringLiteral("pump-7"));
    DynSecProtocol::Role empty;
    empty.name = QStringLiteral("empty");
    model.setRoles({role, empty});
    QCOMPARE(model.columnCount(), int(DynSecListModel::RoleColumnCount));
    const QString acls = model.index(0, DynSecListModel::AclsColumn).data().toString();
    QVERIFY2(acls.startsWith(QStringLiteral("publishClientSend fd/v1/pump-7/# (allow); ")),
             qPrintable(acls));
    QCOMPARE(model.index(0, DynSecListModel::AclsColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .count(QLatin1Char('\n')),
             2);
    QCOMPARE(model.index(1, DynSecListModel::AclsColumn).data().toString(),
             QStringLiteral("no ACLs"));
    QCOMPARE(model.nameAt(1), QStringLiteral("empty"));
    QVERIFY(!model.isDisabled(0));
}

void tst_DynSecListModel::groups()
{
    DynSecListModel model(DynSecListModel::Kind::Groups);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DynSecProtocol::Group group;
    group.name = QStringLiteral("site-a");
    group.roles = {QStringLiteral("r")};
    group.clients = {QStringLiteral("a"), QStringLiteral("b")};
    model.setGroups({group});
    QCOMPARE(model.columnCount(), int(DynSecListModel::GroupColumnCount));
    QCOMPARE(model.index(0, DynSecListModel::GroupClientsColumn).data().toString(),
             QStringLiteral("a, b"));
    QCOMPARE(model.headerData(DynSecListModel::GroupNameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Group"));
    QVERIFY(!model.headerData(9, Qt::Horizontal).isValid());
}

QTEST_MAIN(tst_DynSecListModel)
#include "tst_DynSecListModel.moc"
