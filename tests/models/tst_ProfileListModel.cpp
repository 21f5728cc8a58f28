#include "ProfileListModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QTemporaryDir>
#include <QTest>

class tst_ProfileListModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyStore();
    void listsValidAndInvalidProfiles();
    void refreshFollowsTheStore();

private:
    static ConnectionProfile broker(const QString &name);
};

ConnectionProfile tst_ProfileListModel::broker(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.kind = ConnectionProfile::Kind::MqttBroker;
    profile.url = QUrl(QStringLiteral("mqtts://broker.example.com:8883"));
    profile.auth = ConnectionProfile::Auth::Password;
    profile.username = QStringLiteral("operator");
    return profile;
}

void tst_ProfileListModel::emptyStore()
{
    ProfileListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.entry(0), nullptr);
    ProfileStore store(QStringLiteral("/nonexistent/profiles.json"));
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ProfileListModel::ColumnCount));
}

void tst_ProfileListModel::listsValidAndInvalidProfiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "profiles": [
        {"name": "plant-broker", "kind": "mqtt", "url": "mqtts://broker.example.com:8883",
         "auth": "none", "tls": {"verify_peer": true}, "mqtt_version": "5"},
        {"name": "broken", "kind": "lwm2m", "url": "not a url", "auth": "none", "tls": {}}
    ]})");
    file.close();

    ProfileStore store(path);
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));
    QCOMPARE(store.entries().size(), 2);

    ProfileListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 2);

    const int valid = model.rowOf(QStringLiteral("plant-broker"));
    const int invalid = model.rowOf(QStringLiteral("broken"));
    QVERIFY(valid >= 0 && invalid >= 0);
    QCOMPARE(model.index(valid, ProfileListModel::NameColumn).data().toString(),
             QStringLiteral("plant-broker"));
    QCOMPARE(model.index(valid, ProfileListModel::KindColumn).data().toString(),
             ProfileText::kindName(ConnectionProfile::Kind::MqttBroker));
    QCOMPARE(model.index(valid, ProfileListModel::UrlColumn).data().toString(),
             QStringLiteral("mqtts://broker.example.com:8883"));
    QCOMPARE(model.index(valid, ProfileListModel::StatusColumn).data().toString(),
             QStringLiteral("Valid"));
    QVERIFY(model.index(valid, 0).data(ProfileListModel::ValidRole).toBool());
    QVERIFY(model.index(valid, 0).data(Qt::DecorationRole).isNull());

    const QModelIndex broken = model.index(invalid, ProfileListModel::NameColumn);
    QVERIFY(!broken.data(ProfileListModel::ValidRole).toBool());
    const QStringList problems = broken.data(ProfileListModel::ProblemsRole).toStringList();
    QVERIFY(!problems.isEmpty());
    QVERIFY(!broken.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(problems.first()));
    QVERIFY(model.index(invalid, ProfileListModel::StatusColumn)
                .data()
                .toString()
                .contains(problems.first()));
    QVERIFY(broken.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("invalid")));
}

void tst_ProfileListModel::refreshFollowsTheStore()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    ProfileListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);

    QString error;
    QVERIFY2(store.put(broker(QStringLiteral("a")), &error), qPrintable(error));
    QVERIFY2(store.put(broker(QStringLiteral("b")), &error), qPrintable(error));
    // Until refresh() the model keeps its own copy: never out of range.
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entry(1)->profile.name, QStringLiteral("b"));

    QVERIFY(store.remove(QStringLiteral("a")));
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
}

QTEST_MAIN(tst_ProfileListModel)
#include "tst_ProfileListModel.moc"
