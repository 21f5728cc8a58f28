#include "ResourceTreeModel.h"
#include "common/TimeFormat.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using Level = Lwm2mPath::Level;
using Type = Lwm2mNode::Type;

namespace {

// tests/data/lwm2m/objectspecs.json: Leshan 2.0.0-M4's GET /api/objectspecs/{ep} shape, trimmed
// to /0, /3, /3303 and /33000 (the sim's config object plus typed test resources 7..10).
QJsonValue cannedSpecs()
{
    QFile file(QStringLiteral(FLEETDESK_TEST_DATA "/lwm2m/objectspecs.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonValue();
    return QJsonDocument::fromJson(file.readAll()).array();
}

Lwm2mNode node(const char *json)
{
    QString error;
    const Lwm2mNode n = Lwm2mNode::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (!n.isValid())
        qWarning("bad canned node: %s", qPrintable(error));
    return n;
}

QString text(const ResourceTreeModel &model,
             const QString &path,
             int column = ResourceTreeModel::ValueColumn)
{
    return model.indexForPath(path, column).data().toString();
}

} // namespace

class tst_ResourceTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesObjectSpecs();
    void rejectsUnreadableSpecs();
    void buildsTheTreeFromLinks();
    void fillsValuesFromAnM4InstanceRead();
    void addsInstancesFromAnObjectRead();
    void typedM18ResourceRead();
    void rowStates();
    void createsAndDeletesInstances();
    void specCacheIsKeyedByModel();
    void formatsValuesPerType();

private:
    ResourceTreeModel::ObjectSpecList m_specs;
    const QStringList m_links{QStringLiteral("/"),
                              QStringLiteral("/0/0"),
                              QStringLiteral("/1/0"),
                              QStringLiteral("/3/0"),
                              QStringLiteral("/3303/0"),
                              QStringLiteral("/3303/1"),
                              QStringLiteral("/33000")};
};

void tst_ResourceTreeModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    m_specs = ResourceTreeModel::parseObjectSpecs(cannedSpecs(), &error);
    QVERIFY2(!m_specs.isEmpty(), qPrintable(error));
}

void tst_ResourceTreeModel::parsesObjectSpecs()
{
    QCOMPARE(m_specs.size(), 4);
    QCOMPARE(m_specs.at(1).id, 3);
    QCOMPARE(m_specs.at(1).name, QStringLiteral("Device"));
    QVERIFY(!m_specs.at(1).multiple);
    QVERIFY(m_specs.at(2).multiple);
    const ResourceTreeModel::ResourceSpec *battery = m_specs.at(1).resource(9);
    QVERIFY(battery);
    QCOMPARE(battery->name, QStringLiteral("Battery Level"));
    QCOMPARE(battery->type, Type::Integer);
    QCOMPARE(battery->operations, QStringLiteral("R"));
    QCOMPARE(battery->units, QStringLiteral("%"));
    QCOMPARE(battery->range, QStringLiteral("0..100"));
    QCOMPARE(m_specs.at(1).resource(4)->operations, QStringLiteral("E"));
    QCOMPARE(m_specs.at(1).resource(4)->type, Type::Unknown);
    QVERIFY(m_specs.at(1).resource(7)->multiple);
    QCOMPARE(m_specs.at(0).resource(0)->operations, QString()); // "NONE"
    QCOMPARE(m_specs.at(3).resource(10)->type, Type::UnsignedInteger);
}

void tst_ResourceTreeModel::rejectsUnreadableSpecs()
{
    QString error;
    QVERIFY(ResourceTreeModel::parseObjectSpecs(QJsonObject(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_ResourceTreeModel::buildsTheTreeFromLinks()
{
    ResourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.reset(m_specs, m_links);

    // "/" and the Security object are left out; /1 has no model and still shows.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, QStringLiteral("/1"), 0), QStringLiteral("Object 1 (1)"));
    QCOMPARE(text(model, QStringLiteral("/3"), 0), QStringLiteral("Device (3)"));
    QCOMPARE(text(model, QStringLiteral("/3303"), 0), QStringLiteral("Temperature (3303)"));
    QCOMPARE(text(model, QStringLiteral("/33000"), 0), QStringLiteral("FleetDesk Config (33000)"));
    QVERIFY(!model.indexForPath(QStringLiteral("/0")).isValid());
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("/3303"))), 2);
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("/33000"))), 0);

    // Resources come from the model, unread.
    const QModelIndex device0 = model.indexForPath(QStringLiteral("/3/0"));
    QCOMPARE(device0.data().toString(), QStringLiteral("Instance 0"));
    QCOMPARE(model.rowCount(device0), 9);
    const QModelIndex battery = model.indexForPath(QStringLiteral("/3/0/9"));
    QCOMPARE(battery.data().toString(), QStringLiteral("Battery Level (9)"));
    QCOMPARE(text(model, QStringLiteral("/3/0/9")), QStringLiteral("—"));
    QCOMPARE(text(model, QStringLiteral("/3/0/9"), ResourceTreeModel::TypeColumn),
             QStringLiteral("Integer"));
    QCOMPARE(text(model, QStringLiteral("/3/0/9"), ResourceTreeModel::OperationsColumn),
             QStringLiteral("R"));
    QCOMPARE(text(model, QStringLiteral("/3/0/9"), ResourceTreeModel::PathColumn),
             QStringLiteral("/3/0/9"));
    QCOMPARE(battery.data(ResourceTreeModel::PathRole).toString(), QStringLiteral("/3/0/9"));
    QCOMPARE(battery.data(ResourceTreeModel::LevelRole).toInt(), int(Level::Resource));
    QCOMPARE(battery.data(ResourceTreeModel::TypeRole).toInt(), int(Type::Integer));
    QCOMPARE(battery.data(ResourceTreeModel::OperationsRole).toString(), QStringLiteral("R"));
    QCOMPARE(battery.data(ResourceTreeModel::UnitRole).toString(), QStringLiteral("%"));
    QVERIFY(battery.data(ResourceTreeModel::NumericRole).toBool());
    QVERIFY(!battery.data(ResourceTreeModel::ReadRole).toBool());
    QVERIFY(!battery.data(ResourceTreeModel::ValueRole).isValid());
    QVERIFY(!model.indexForPath(QStringLiteral("/3/0/0"))
                 .data(ResourceTreeModel::NumericRole)
                 .toBool());
    QVERIFY(!battery.data(Qt::ToolTipRole).toString().isEmpty()); // the model's description
    QCOMPARE(model.pathOf(battery), QStringLiteral("/3/0/9"));
    QVERIFY(
        model.indexForPath(QStringLiteral("/3303")).data(ResourceTreeModel::MultipleRole).toBool());
    QCOMPARE(model.headerData(ResourceTreeModel::ValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Value"));
}

void tst_ResourceTreeModel::fillsValuesFromAnM4InstanceRead()
{
    ResourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset(m_specs, m_links);
    // M4: no kind, no type, numbers as JSON numbers, time as ISO text.
    QVERIFY(model.applyNode(QStringLiteral("/3/0"), node(R"j({"id":0,"resources":[
        {"id":0,"value":"FleetDesk Sim"},{"id":1,"value":"LT-500"},{"id":9,"value":87},
        {"id":7,"values":{"0":3800,"1":5000}},{"id":13,"value":"2026-11-26T10:00:37Z"},
        {"id":42,"value":"extra"}]})j")));
    QCOMPARE(text(model, QStringLiteral("/3/0/0")), QStringLiteral("FleetDesk Sim"));
    QCOMPARE(text(model, QStringLiteral("/3/0/9")), QStringLiteral("87 %"));
    QCOMPARE(model.indexForPath(QStringLiteral("/3/0/9")).data(ResourceTreeModel::ValueRole),
             QVariant(qint64(87)));
    const QDateTime time(QDate(2026, 11, 26), QTime(10, 0, 37), Qt::UTC);
    QCOMPARE(text(model, QStringLiteral("/3/0/13")), TimeFormat::local(time));
    QCOMPARE(model.indexForPath(QStringLiteral("/3/0/13"))
                 .data(ResourceTreeModel::ValueRole)
                 .toDateTime(),
             time);
    // A multiple resource: one child per resource instance ("(s)": no translation loaded).
    QCOMPARE(text(model, QStringLiteral("/3/0/7")), QStringLiteral("2 value(s)"));
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("/3/0/7"))), 2);
    QCOMPARE(text(model, QStringLiteral("/3/0/7/1")), QStringLiteral("5,000 mV"));
    QCOMPARE(text(model, QStringLiteral("/3/0/7/1"), 0), QStringLiteral("[1]"));
    // A resource the model does not know still shows.
    QCOMPARE(text(model, QStringLiteral("/3/0/42"), 0), QStringLiteral("Resource 42 (42)"));
    QCOMPARE(text(model, QStringLiteral("/3/0/42")), QStringLiteral("extra"));
    // Executable resources have no value; unreported ones say so on hover.
    QCOMPARE(text(model, QStringLiteral("/3/0/4")), QString());
    QVERIFY(!model.indexForPath(QStringLiteral("/3/0/14"), ResourceTreeModel::ValueColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QVERIFY(model.indexForPath(QStringLiteral("/3/0")).data(ResourceTreeModel::ReadRole).toBool());

    // The set of resource instances changes.
    QVERIFY(model.applyNode(QStringLiteral("/3/0/7"), node(R"j({"id":7,"values":{"0":3700}})j")));
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("/3/0/7"))), 1);
    QCOMPARE(text(model, QStringLiteral("/3/0/7")), QStringLiteral("1 value(s)"));
    // A notification of one resource instance.
    QVERIFY(model.applyNode(QStringLiteral("/3/0/7/0"), node(R"j({"id":0,"value":3650})j")));
    QCOMPARE(text(model, QStringLiteral("/3/0/7/0")), QStringLiteral("3,650 mV"));
    QVERIFY(!model.applyNode(QStringLiteral("/0/0"), node(R"j({"id":0,"resources":[]})j")));
    QVERIFY(!model.applyNode(QStringLiteral("not a path"), node(R"j({"id":9,"value":1})j")));
}

void tst_ResourceTreeModel::addsInstancesFromAnObjectRead()
{
    ResourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset(m_specs, m_links);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.applyNode(QStringLiteral("/33000"), node(R"j({"id":33000,"instances":[
        {"id":0,"resources":[{"id":0,"value":300},{"id":1,"value":30},{"id":2,"value":true},
        {"id":3,"value":"eco"},{"id":8,"value":"0a1bff"},
        {"id":9,"value":{"objectId":3,"objectInstanceId":0}},{"id":10,"value":7}]}]})j")));
    QCOMPARE(inserted.size(), 1); // the instance, with its resources
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("/33000"))), 1);
    QCOMPARE(text(model, QStringLiteral("/33000/0/0")), QStringLiteral("300 s"));
    // M4 sends 30.0 as 30: shown and kept as the model's float.
    QCOMPARE(text(model, QStringLiteral("/33000/0/1")), QStringLiteral("30 °C"));
    QCOMPARE(model.indexForPath(QStringLiteral("/33000/0/1"))
                 .data(ResourceTreeModel::ValueRole)
                 .typeId(),
             int(QMetaType::Double));
    QCOMPARE(text(model, QStringLiteral("/33000/0/2")), QStringLiteral("true"));
    QCOMPARE(text(model, QStringLiteral("/33000/0/3")), QStringLiteral("eco"));
    QCOMPARE(text(model, QStringLiteral("/33000/0/8")), QStringLiteral("0a 1b ff (3 byte(s))"));
    QCOMPARE(text(model, QStringLiteral("/33000/0/9")), QStringLiteral("3:0"));
    QCOMPARE(model.indexForPath(QStringLiteral("/33000/0/10"))
                 .data(ResourceTreeModel::ValueRole)
                 .typeId(),
             int(QMetaType::ULongLong));
    QCOMPARE(text(model, QStringLiteral("/33000/0/4")), QStringLiteral("—"));
}

void tst_ResourceTreeModel::typedM18ResourceRead()
{
    ResourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset(m_specs, m_links);
    QVERIFY(model.applyNode(
        QStringLiteral("/3303/1/5700"),
        node(R"j({"kind":"singleResource","id":5700,"type":"FLOAT","value":"21.5"})j")));
    QCOMPARE(text(model, QStringLiteral("/3303/1/5700")), QStringLiteral("21.5 °C"));
    QCOMPARE(model.indexForPath(QStringLiteral("/3303/1/5700"))
                 .data(ResourceTreeModel::UnitRole)
                 .toString(),
             QStringLiteral("Cel"));
    // An instance the links did not name.
    QVERIFY(
        model.applyNode(QStringLiteral("/3303/5/5700"), node(R"j({"id":5700,"value":-3.25})j")));
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("/3303"))), 3);
    QCOMPARE(text(model, QStringLiteral("/3303/5/5700")), QStringLiteral("-3.25 °C"));
}

void tst_ResourceTreeModel::rowStates()
{
    ResourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset(m_specs, m_links);
    const QString path = QStringLiteral("/3/0/9");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRowState(path, ResourceTreeModel::RowState::Busy, QStringLiteral("reading…"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(text(model, path), QStringLiteral("reading…"));
    QVERIFY(model.indexForPath(path, 1).data(Qt::FontRole).value<QFont>().italic());
    model.setRowState(
        path, ResourceTreeModel::RowState::WaitingForWakeUp, QStringLiteral("waiting for wake-up"));
    QCOMPARE(text(model, path), QStringLiteral("waiting for wake-up"));
    model.setRowState(path, ResourceTreeModel::RowState::Failed, QStringLiteral("Device asleep"));
    QCOMPARE(text(model, path), QStringLiteral("—"));
    const QModelIndex value = model.indexForPath(path, ResourceTreeModel::ValueColumn);
    QCOMPARE(value.data(Qt::ToolTipRole).toString(), QStringLiteral("Device asleep"));
    QCOMPARE(value.data(ResourceTreeModel::MessageRole).toString(),
             QStringLiteral("Device asleep"));
    QVERIFY(!value.data(Qt::DecorationRole).value<QIcon>().isNull());
    model.setRowState(path, ResourceTreeModel::RowState::Idle);
    QVERIFY(value.data(ResourceTreeModel::MessageRole).toString().isEmpty());

    model.setObserved(path, true);
    QVERIFY(value.data(ResourceTreeModel::ObservedRole).toBool());
    QCOMPARE(model.observedPaths(), QStringList{path});
    model.setObserved(path, false);
    QVERIFY(model.observedPaths().isEmpty());
    // Unknown paths are ignored.
    model.setRowState(QStringLiteral("/9/9/9"), ResourceTreeModel::RowState::Busy);
}

void tst_ResourceTreeModel::createsAndDeletesInstances()
{
    ResourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset(m_specs, m_links);
    model.addInstance(QStringLiteral("/33000/1"));
    model.addInstance(QStringLiteral("/33000/0"));
    const QModelIndex object = model.indexForPath(QStringLiteral("/33000"));
    QCOMPARE(model.rowCount(object), 2);
    QCOMPARE(model.index(0, 0, object).data().toString(), QStringLiteral("Instance 0"));
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("/33000/1"))), 10);
    model.removeInstance(QStringLiteral("/33000/0"));
    QCOMPARE(model.rowCount(object), 1);
    QVERIFY(!model.indexForPath(QStringLiteral("/33000/0")).isValid());
    model.removeInstance(QStringLiteral("/33000/7")); // not there: nothing happens
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_ResourceTreeModel::specCacheIsKeyedByModel()
{
    ResourceTreeModel::clearObjectSpecCache();
    const QString a = ResourceTreeModel::objectSpecCacheKey(
        QStringLiteral("leshan"), QStringLiteral("LT-500"), QStringLiteral("ep-1"));
    const QString b = ResourceTreeModel::objectSpecCacheKey(
        QStringLiteral("leshan"), QStringLiteral("LT-500"), QStringLiteral("ep-2"));
    const QString c = ResourceTreeModel::objectSpecCacheKey(
        QStringLiteral("leshan"), QString(), QStringLiteral("ep-3"));
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QVERIFY(!ResourceTreeModel::cachedObjectSpecs(a));
    ResourceTreeModel::cacheObjectSpecs(a, m_specs);
    QCOMPARE(ResourceTreeModel::cachedObjectSpecs(b)->size(), 4);
    QVERIFY(!ResourceTreeModel::cachedObjectSpecs(c));
    ResourceTreeModel::clearObjectSpecCache();
    QVERIFY(!ResourceTreeModel::cachedObjectSpecs(a));
}

void tst_ResourceTreeModel::formatsValuesPerType()
{
    using M = ResourceTreeModel;
    QCOMPARE(M::formatValue(QVariant(), Type::Integer, QString()), QStringLiteral("—"));
    QCOMPARE(M::formatValue(qint64(-93), Type::Integer, QStringLiteral("dBm")),
             QStringLiteral("-93 dBm"));
    QCOMPARE(M::formatValue(1234.5, Type::Float, QString()), QStringLiteral("1,234.5"));
    QCOMPARE(M::formatValue(false, Type::Boolean, QString()), QStringLiteral("false"));
    QCOMPARE(M::formatValue(QByteArray(), Type::Opaque, QString()), QStringLiteral("(empty)"));
    QCOMPARE(M::formatValue(QByteArray(20, 'x'), Type::Opaque, QString()),
             QStringLiteral("78 78 78 78 78 78 78 78 78 78 78 78 78 78 78 78 … (20 byte(s))"));
    QCOMPARE(M::formatValue(QStringLiteral("a\nb"), Type::String, QStringLiteral("s")),
             QStringLiteral("a b"));
    QCOMPARE(M::coerce(qint64(1), Type::Boolean), QVariant(true));
    QCOMPARE(M::coerce(qint64(1733650000), Type::Time).toDateTime(),
             QDateTime::fromSecsSinceEpoch(1733650000, Qt::UTC));
    QCOMPARE(M::coerce(QStringLiteral("zz"), Type::Integer), QVariant(QStringLiteral("zz")));
    QCOMPARE(M::displayUnit(QStringLiteral("Cel")), QStringLiteral("°C"));
    QCOMPARE(M::typeName(Type::Objlnk), QStringLiteral("Object link"));
}

QTEST_MAIN(tst_ResourceTreeModel)
#include "tst_ResourceTreeModel.moc"
