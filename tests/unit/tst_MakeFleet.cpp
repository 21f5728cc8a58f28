// tests/sandbox/make-fleet (docs/sandbox.md "A generated fleet"): the generated devices load as
// valid FleetDesk devices, with the promised mix, and the same seed writes the same fleet.
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Count = 3000;
const QString Now = QStringLiteral("2026-11-26T12:00:00Z");

QString makeFleet(const QString &db, int seed)
{
    QProcess make;
    make.start(QStringLiteral(FLEETDESK_MAKE_FLEET),
               {QStringLiteral("--db"),
                db,
                QStringLiteral("--count"),
                QString::number(Count),
                QStringLiteral("--seed"),
                QString::number(seed),
                QStringLiteral("--now"),
                Now,
                QStringLiteral("--cli"),
                qEnvironmentVariable("FLEETDESK_CLI")});
    if (!make.waitForFinished(60000))
        return QStringLiteral("make-fleet did not finish");
    if (make.exitStatus() != QProcess::NormalExit || make.exitCode() != 0)
        return QString::fromUtf8(make.readAllStandardError());
    return {};
}

DeviceList load(const QString &db, const QString &connection)
{
    if (!CacheDatabase::open(db, CacheDatabase::Kind::Fleet, connection).ok())
        return {};
    DeviceList devices = FleetRepository(QSqlDatabase::database(connection)).loadDevices();
    CacheDatabase::close(connection);
    return devices;
}

} // namespace

class tst_MakeFleet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void generatedFleetIsValidAndVaried()
    {
        const QString db = m_dir.filePath(QStringLiteral("a/fleet.db"));
        const QString failure = makeFleet(db, 7);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const DeviceList fleet = load(db, QStringLiteral("a"));
        QCOMPARE(fleet.size(), Count);

        QSet<QString> sites, models, firmware, profiles, names;
        QHash<QString, int> serials;
        QSet<QString> bindings;
        int offline = 0, lowBattery = 0, noBattery = 0, never = 0, unbound = 0;
        for (const Device &d : fleet) {
            QVERIFY2(d.validate().isEmpty(), qPrintable(d.validate().join(QStringLiteral("; "))));
            sites.insert(d.site);
            models.insert(d.model);
            firmware.insert(d.firmwareVersion);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+(\\.\\d+)+$"))
                         .match(d.firmwareVersion)
                         .hasMatch(),
                     qPrintable(d.firmwareVersion));
            QVERIFY(!d.tags.isEmpty());
            ++serials[d.serial];
            names.insert(d.name);
            if (d.binding.isBound()) {
                profiles.insert(d.binding.profile);
                const QString binding = DeviceText::protocolId(d.binding.protocol) + u'/'
                                        + d.binding.profile + u'/' + d.binding.key;
                QVERIFY2(!bindings.contains(binding), qPrintable(binding));
                bindings.insert(binding);
            } else {
                ++unbound;
            }
            offline += d.health == Health::Offline;
            lowBattery += d.batteryPercent && *d.batteryPercent < 20;
            noBattery += !d.batteryPercent;
            never += !d.lastSeen.isValid();
        }
        QVERIFY(sites.size() >= 15);
        QVERIFY(sites.contains(QStringLiteral("Osaka plant")));
        QVERIFY(sites.contains(QStringLiteral("Berlin depot")));
        QVERIFY(models.contains(QStringLiteral("LT-500")));
        QVERIFY(firmware.size() >= 15);
        QCOMPARE(profiles.size(), 6);
        QVERIFY(offline > Count / 50 && offline < Count / 4);
        QVERIFY(lowBattery > Count / 100 && lowBattery < Count / 5);
        QVERIFY(noBattery > 0); // gateways
        QVERIFY(never > 0);     // provisioned, never seen
        QVERIFY(unbound > 0);
        // A handful of serials on two bindings (2 + N/10,000), every other serial once.
        int duplicated = 0;
        for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
            QVERIFY(it.value() <= 2);
            duplicated += it.value() == 2;
        }
        QCOMPARE(duplicated, 2);
    }

    void sameSeedSameFleetAndRerunReplaces()
    {
        const QString b = m_dir.filePath(QStringLiteral("b/fleet.db"));
        const QString c = m_dir.filePath(QStringLiteral("c/fleet.db"));
        QString failure = makeFleet(b, 3);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = makeFleet(c, 3);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const DeviceList first = load(b, QStringLiteral("b"));
        QCOMPARE(first.size(), Count);
        QCOMPARE(load(c, QStringLiteral("c")), first);

        // Again into the same cache: the same devices, replaced, not added.
        failure = makeFleet(b, 3);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(load(b, QStringLiteral("b")), first);

        // Another seed: another fleet.
        const QString d = m_dir.filePath(QStringLiteral("d/fleet.db"));
        failure = makeFleet(d, 4);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(load(d, QStringLiteral("d")) != first);
    }
};

QTEST_GUILESS_MAIN(tst_MakeFleet)
#include "tst_MakeFleet.moc"
