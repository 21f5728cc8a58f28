#include "fleet/DeviceExport.h"
#include "provisioning/CsvImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

DeviceList sampleFleet()
{
    Device a;
    a.id = QUuid::createUuid();
    a.name = QStringLiteral("pump, \"north\"");
    a.site = QStringLiteral("Osaka plant");
    a.groupPath = QStringLiteral("Line A/Pumps");
    a.model = QStringLiteral("LT-500");
    a.serial = QStringLiteral("LT500-1");
    a.firmwareVersion = QStringLiteral("2.0.3");
    a.tags = {QStringLiteral("pump"), QStringLiteral("critical")};
    a.binding = {Protocol::Lwm2m, QStringLiteral("leshan"), QStringLiteral("ep-1")};
    a.lifecycle = Lifecycle::Active;
    a.health = Health::Offline;
    a.lastSeen = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    a.batteryPercent = 12;
    a.signalDbm = -97;
    Device b;
    b.id = QUuid::createUuid();
    b.name = QStringLiteral("メーター\n2");
    return {a, b};
}

} // namespace

class tst_DeviceExport : public QObject
{
    Q_OBJECT

private slots:
    void csvOfAllFieldsImportsAgain();
    void csvOfChosenColumnsKeepsTheirOrder();
    void jsonHasTypedValues();
    void unknownFieldAndUnwritablePathAreErrors();
};

void tst_DeviceExport::csvOfAllFieldsImportsAgain()
{
    const DeviceList fleet = sampleFleet();
    const QByteArray csv = DeviceExport::toCsv(fleet, DeviceExport::allFields());
    const CsvImport::Plan plan = CsvImport::plan(csv, {});
    QVERIFY2(plan.fileErrors.isEmpty(), qPrintable(plan.fileErrors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.rows.size(), 2);
    const DeviceList back = plan.acceptedDevices();
    QCOMPARE(back.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(back[i].id, fleet[i].id);
        QCOMPARE(back[i].name, fleet[i].name);
        QCOMPARE(back[i].site, fleet[i].site);
        QCOMPARE(back[i].groupPath, fleet[i].groupPath);
        QCOMPARE(back[i].tags, fleet[i].tags);
        QCOMPARE(back[i].binding, fleet[i].binding);
        QCOMPARE(back[i].lifecycle, fleet[i].lifecycle);
    }
}

void tst_DeviceExport::csvOfChosenColumnsKeepsTheirOrder()
{
    const QByteArray csv = DeviceExport::toCsv(
        sampleFleet(),
        {QStringLiteral("battery"), QStringLiteral("name"), QStringLiteral("health")});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines[0], QByteArray("battery,name,health"));
    QCOMPARE(lines[1], QByteArray("12,\"pump, \"\"north\"\"\",offline"));
    QVERIFY(lines[2].startsWith(",\"メーター") || lines[2].startsWith(",\"\xe3"));
}

void tst_DeviceExport::jsonHasTypedValues()
{
    const QByteArray json = DeviceExport::toJson(sampleFleet(), DeviceExport::allFields());
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    QCOMPARE(doc.value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray devices = doc.value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 2);
    const QJsonObject a = devices[0].toObject();
    QCOMPARE(a.value(QStringLiteral("battery")).toInt(), 12);
    QCOMPARE(a.value(QStringLiteral("signal_dbm")).toInt(), -97);
    QCOMPARE(a.value(QStringLiteral("tags")).toArray().size(), 2);
    QCOMPARE(a.value(QStringLiteral("last_seen")).toString(),
             QStringLiteral("2026-11-26T10:00:00.000Z"));
    const QJsonObject b = devices[1].toObject();
    QVERIFY(b.value(QStringLiteral("battery")).isNull());
    QVERIFY(b.value(QStringLiteral("last_seen")).isNull());
    QCOMPARE(b.value(QStringLiteral("name")).toString(), QStringLiteral("メーター\n2"));
}

void tst_DeviceExport::unknownFieldAndUnwritablePathAreErrors()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!DeviceExport::write(dir.filePath(QStringLiteral("x.csv")),
                                 sampleFleet(),
                                 {QStringLiteral("name"), QStringLiteral("colour")},
                                 &error));
    QVERIFY2(error.contains(QStringLiteral("colour")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    error.clear();
    QVERIFY(!DeviceExport::write(dir.filePath(QStringLiteral("missing/dir/x.json")),
                                 sampleFleet(),
                                 DeviceExport::allFields(),
                                 &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(DeviceExport::write(
        dir.filePath(QStringLiteral("ok.json")), sampleFleet(), DeviceExport::allFields(), &error));
    QFile f(dir.filePath(QStringLiteral("ok.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("count")).toInt(),
             2);
}

QTEST_GUILESS_MAIN(tst_DeviceExport)
#include "tst_DeviceExport.moc"
