// HeldOperationRunner with injected per-device actions (the real LwM2M and MQTT actions run in
// tests/integration/test_offline_queue.py).
#include "bulk/HeldOperationRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

Device makeDevice(const QString &name, const QString &firmware)
{
    Device d;
    d.id = QUuid::createUuid();
    d.name = name;
    d.binding = {Protocol::Lwm2m, QStringLiteral("leshan"), name};
    d.firmwareVersion = firmware;
    d.lifecycle = Lifecycle::Active;
    return d;
}

HeldOperation
holdFor(const Device &d, qint64 id, const QString &operation = QStringLiteral("reboot"))
{
    HeldOperation op;
    op.id = id;
    op.deviceId = d.id;
    op.operation = operation;
    op.createdAt = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
    op.preconditions = HeldOperationRepository::preconditionsOf(d);
    return op;
}

} // namespace

class tst_HeldOperationRunner : public QObject
{
    Q_OBJECT

private slots:
    void recheckNamesWhatChanged()
    {
        const Device d = makeDevice(QStringLiteral("pump"), QStringLiteral("1.2.0"));
        const HeldOperation op = holdFor(d, 1);
        QVERIFY(HeldOperationRunner::recheck(op, d).isEmpty());

        Device newer = d;
        newer.firmwareVersion = QStringLiteral("1.3.0");
        const QString firmware = HeldOperationRunner::recheck(op, newer);
        QVERIFY2(firmware.contains(QStringLiteral("1.2.0"))
                     && firmware.contains(QStringLiteral("1.3.0")),
                 qPrintable(firmware));

        Device retired = d;
        retired.lifecycle = Lifecycle::Retired;
        QVERIFY(HeldOperationRunner::recheck(op, retired).contains(QStringLiteral("retired")));

        Device moved = d;
        moved.binding.profile = QStringLiteral("other");
        QVERIFY(HeldOperationRunner::recheck(op, moved).contains(QStringLiteral("other")));

        Device disabled = d;
        disabled.lifecycle = Lifecycle::Disabled;
        QVERIFY(!HeldOperationRunner::recheck(op, disabled).isEmpty());

        QVERIFY(!HeldOperationRunner::recheck(op, std::nullopt).isEmpty());
    }

    void runsChecksAndRecords()
    {
        const Device ok = makeDevice(QStringLiteral("ok"), QStringLiteral("1.0"));
        const Device failing = makeDevice(QStringLiteral("failing"), QStringLiteral("1.0"));
        Device changed = makeDevice(QStringLiteral("changed"), QStringLiteral("1.2.0"));
        const Device gone = makeDevice(QStringLiteral("gone"), QStringLiteral("1.0"));
        const HeldOperationList ops{
            holdFor(ok, 1), holdFor(failing, 2), holdFor(changed, 3), holdFor(gone, 4)};
        changed.firmwareVersion = QStringLiteral("1.3.0");
        QHash<QUuid, Device> devices{{ok.id, ok}, {failing.id, failing}, {changed.id, changed}};

        QStringList ran;
        QStringList operations;
        HeldOperationRunner runner([&](const QString &operation, const QJsonObject &) {
            operations.append(operation);
            return [&](const BulkRun::Target &target, const BulkRun::Done &done) {
                ran.append(target.name);
                // Answer later, as a real server does.
                QTimer::singleShot(1, [done, name = target.name] {
                    if (name == QLatin1String("failing"))
                        done(BulkRun::Outcome::Failed, QStringLiteral("404 not found"));
                    else
                        done(BulkRun::Outcome::Succeeded, {});
                });
            };
        });
        QSignalSpy finished(&runner, &HeldOperationRunner::finished);
        QSignalSpy each(&runner, &HeldOperationRunner::operationFinished);
        runner.start(ops, devices);
        QVERIFY(!finished.isEmpty() || finished.wait());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(each.size(), 4);
        QCOMPARE(operations, QStringList{QStringLiteral("reboot")});
        ran.sort();
        QCOMPARE(ran, (QStringList{QStringLiteral("failing"), QStringLiteral("ok")}));

        QHash<qint64, HeldOperationRunner::Outcome> byId;
        for (const auto &o : runner.outcomes())
            byId.insert(o.id, o);
        QCOMPARE(byId.value(1).state, HeldOperation::State::Succeeded);
        QCOMPARE(byId.value(2).state, HeldOperation::State::Failed);
        QCOMPARE(byId.value(2).result, QStringLiteral("404 not found"));
        QCOMPARE(byId.value(3).state, HeldOperation::State::NeedsConfirmation);
        QVERIFY(byId.value(3).result.contains(QStringLiteral("1.3.0")));
        QCOMPARE(byId.value(4).state, HeldOperation::State::Failed);

        // One audit entry for the run, naming both devices; journal: both results and the
        // question.
        QCOMPARE(runner.auditEntries().size(), 1);
        const auto audit = runner.auditEntries().first();
        QCOMPARE(audit.action, QStringLiteral("reboot"));
        QCOMPARE(audit.devices.size(), 2);
        QVERIFY(audit.parameters.value(QStringLiteral("held_offline")).toBool());
        QCOMPARE(runner.journalEntries().size(), 3);
        bool sawOk = false;
        for (const auto &e : runner.journalEntries()) {
            if (e.deviceId == ok.id) {
                sawOk = true;
                QCOMPARE(e.kind, QStringLiteral("operation"));
                QCOMPARE(e.data.value(QStringLiteral("outcome")).toString(),
                         QStringLiteral("succeeded"));
                QCOMPARE(e.data.value(QStringLiteral("held_operation")).toInt(), 1);
            }
        }
        QVERIFY(sawOk);
    }

    void confirmationRunsOnlyWhatWasAsked()
    {
        Device a = makeDevice(QStringLiteral("a"), QStringLiteral("1.2.0"));
        Device b = makeDevice(QStringLiteral("b"), QStringLiteral("1.2.0"));
        HeldOperation asked = holdFor(a, 1);
        asked.state = HeldOperation::State::NeedsConfirmation;
        const HeldOperation held = holdFor(b, 2);
        a.firmwareVersion = QStringLiteral("1.3.0");
        b.firmwareVersion = QStringLiteral("1.3.0");
        int calls = 0;
        HeldOperationRunner runner([&](const QString &, const QJsonObject &) {
            return [&](const BulkRun::Target &, const BulkRun::Done &done) {
                ++calls;
                done(BulkRun::Outcome::Succeeded, {});
            };
        });
        runner.setConfirmed(true);
        QSignalSpy finished(&runner, &HeldOperationRunner::finished);
        runner.start({asked, held}, {{a.id, a}, {b.id, b}});
        QVERIFY(!finished.isEmpty() || finished.wait());
        QCOMPARE(calls, 1);
        QCOMPARE(runner.count(HeldOperation::State::Succeeded), 1);
        QCOMPARE(runner.count(HeldOperation::State::NeedsConfirmation), 1);
    }

    void unknownOperationFailsInWords()
    {
        const Device d = makeDevice(QStringLiteral("a"), {});
        HeldOperationRunner runner(
            [](const QString &, const QJsonObject &) { return BulkRun::Action(); });
        QSignalSpy finished(&runner, &HeldOperationRunner::finished);
        runner.start({holdFor(d, 7, QStringLiteral("teleport"))}, {{d.id, d}});
        QVERIFY(!finished.isEmpty() || finished.wait());
        QCOMPARE(runner.outcomes().size(), 1);
        QCOMPARE(runner.outcomes().first().state, HeldOperation::State::Failed);
        QVERIFY(runner.outcomes().first().result.contains(QStringLiteral("teleport")));
    }

    void nothingToRunStillFinishes()
    {
        HeldOperationRunner runner({});
        QSignalSpy finished(&runner, &HeldOperationRunner::finished);
        runner.start({}, {});
        QVERIFY(finished.isEmpty()); // after the caller had a chance to connect
        QVERIFY(finished.wait());
        QVERIFY(runner.isFinished());
    }
};

QTEST_GUILESS_MAIN(tst_HeldOperationRunner)
#include "tst_HeldOperationRunner.moc"
