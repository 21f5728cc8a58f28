#include "DeviceDetailsWidget.h"
#include "TestDevices.h"
#include "common/TimeFormat.h"

#include <QLabel>
#include <QTest>

class tst_DeviceDetailsWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyStateFirst();
    void showsADevice();
    void unknownValuesReadDash();
    void showsASummary();

private:
    static QString text(const QWidget &widget, const char *name)
    {
        const auto *label = widget.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    }
};

void tst_DeviceDetailsWidget::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_DeviceDetailsWidget::emptyStateFirst()
{
    DeviceDetailsWidget widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("deviceNameLabel"))->isVisible());
    QVERIFY(!widget.shownDevice());
    QVERIFY(!widget.accessibleName().isEmpty());
}

void tst_DeviceDetailsWidget::showsADevice()
{
    DeviceDetailsWidget widget;
    widget.setClock([] { return TestDevices::referenceNow(); });
    widget.show();
    const Device device = TestDevices::device(8); // Kobe depot, no group, battery 56 %
    widget.showDevice(device);
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("deviceNameLabel"))->isVisible());
    QCOMPARE(text(widget, "deviceNameLabel"), QStringLiteral("pump-0008"));
    QCOMPARE(text(widget, "modelValueLabel"), QStringLiteral("LT-700"));
    QCOMPARE(text(widget, "serialValueLabel"), QStringLiteral("SN000008"));
    QCOMPARE(text(widget, "protocolValueLabel"), DeviceText::protocolName(Protocol::Lwm2m));
    QCOMPARE(text(widget, "profileValueLabel"), QStringLiteral("sandbox-leshan"));
    QCOMPARE(text(widget, "bindingKeyValueLabel"), QStringLiteral("ep-8"));
    QCOMPARE(text(widget, "siteValueLabel"), QStringLiteral("Kobe depot"));
    QCOMPARE(text(widget, "groupValueLabel"), QStringLiteral("—"));
    QCOMPARE(text(widget, "tagsValueLabel"), QStringLiteral("pump"));
    QCOMPARE(text(widget, "batteryValueLabel"), QStringLiteral("56 %"));
    QCOMPARE(text(widget, "signalValueLabel"), QStringLiteral("-68 dBm"));
    QCOMPARE(text(widget, "lastSeenLabel"),
             QStringLiteral("seen %1").arg(
                 TimeFormat::relative(device.lastSeen, TestDevices::referenceNow())));
    const QString tip = widget.findChild<QLabel *>(QStringLiteral("lastSeenLabel"))->toolTip();
    QVERIFY(tip.contains(TimeFormat::local(device.lastSeen)));
    QVERIFY(tip.contains(TimeFormat::utcTooltip(device.lastSeen)));
    QCOMPARE(widget.shownDevice()->id, device.id);

    widget.setCacheNote(QStringLiteral("Cached"));
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("cacheNoteLabel"))->isVisible());
    widget.setCacheNote(QString());
    QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("cacheNoteLabel"))->isVisible());
}

void tst_DeviceDetailsWidget::unknownValuesReadDash()
{
    DeviceDetailsWidget widget;
    widget.show();
    Device device;
    device.id = QUuid::createUuid();
    device.name = QStringLiteral("mystery");
    widget.showDevice(device);
    for (const char *name : {"modelValueLabel",
                             "serialValueLabel",
                             "firmwareValueLabel",
                             "profileValueLabel",
                             "bindingKeyValueLabel",
                             "groupValueLabel",
                             "tagsValueLabel",
                             "batteryValueLabel",
                             "signalValueLabel"}) {
        QCOMPARE(text(widget, name), QStringLiteral("—"));
    }
    QCOMPARE(text(widget, "siteValueLabel"), QStringLiteral("Unassigned"));
    QCOMPARE(text(widget, "lastSeenLabel"), QStringLiteral("never seen"));
}

void tst_DeviceDetailsWidget::showsASummary()
{
    DeviceDetailsWidget widget;
    widget.show();
    FleetSummary summary;
    summary.total = 1240;
    summary.online = 1100;
    summary.sleeping = 31;
    summary.offline = 12;
    summary.unknown = 97;
    summary.lowBattery = 31;
    widget.showContainer(FleetTreeModel::NodeKind::Site, QStringLiteral("Osaka plant"), summary);
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("containerNameLabel"))->isVisible());
    QCOMPARE(text(widget, "containerNameLabel"), QStringLiteral("Osaka plant"));
    QCOMPARE(text(widget, "containerKindLabel"), QStringLiteral("Site"));
    QCOMPARE(text(widget, "totalCountLabel"), QStringLiteral("1,240"));
    QCOMPARE(text(widget, "offlineCountLabel"), QStringLiteral("12"));
    QCOMPARE(text(widget, "lowBatteryCountLabel"), QStringLiteral("31"));
    QVERIFY(!widget.shownDevice());
}

QTEST_MAIN(tst_DeviceDetailsWidget)
#include "tst_DeviceDetailsWidget.moc"
