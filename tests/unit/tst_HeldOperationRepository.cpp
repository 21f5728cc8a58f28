// Operations held offline (docs/offline.md): the queue in the cache, profile reachability and the
// health transitions the repository writes into the device journal.
#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"
#include "store/HeldOperationRepository.h"
#include "store/JournalRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Device makeDevice(const QString &name, const QString &firmware)
{
    Device d;
    d.id = QUuid::createUuid();
    d.name = name;
    d.binding = {Protocol::Lwm2m, QStringLiteral("leshan"), name};
    d.firmwareVersion = firmware;
    d.lifecycle = Lifecycle::Active;
    d.health = Health::Offline;
    return d;
}

} // namespace

class tst_HeldOperationRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase db() const { return QSqlDatabase::database(QStringLiteral("held")); }

private slots:
    void init()
    {
        m_path = m_dir.filePath(
            QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(
            CacheDatabase::open(m_path, CacheDatabase::Kind::Fleet, QStringLiteral("held")).ok());
    }
    void cleanup() { CacheDatabase::close(QStringLiteral("held")); }

    void holdListAndSnapshot()
    {
        HeldOperationRepository queue(db());
        const Device a = makeDevice(QStringLiteral("pump-1"), QStringLiteral("1.2.0"));
        const Device b = makeDevice(QStringLiteral("pump-2"), QStringLiteral("2.0.0"));
        QString error;
        const QVector<qint64> ids = queue.hold({a, b},
                                               QStringLiteral("reboot"),
                                               {{QStringLiteral("path"), QStringLiteral("/3/0/4")}},
                                               QStringLiteral("alice"),
                                               &error);
        QCOMPARE(ids.size(), 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ids.at(0) != ids.at(1));
        QCOMPARE(queue.openCount(), 2);

        const auto op = queue.find(ids.at(0));
        QVERIFY(op);
        QCOMPARE(op->deviceId, a.id);
        QCOMPARE(op->operation, QStringLiteral("reboot"));
        QCOMPARE(op->actor, QStringLiteral("alice"));
        QCOMPARE(op->state, HeldOperation::State::Held);
        QCOMPARE(op->deviceName(), QStringLiteral("pump-1"));
        QCOMPARE(op->profile(), QStringLiteral("leshan"));
        QCOMPARE(op->preconditions.value(QStringLiteral("firmware")).toString(),
                 QStringLiteral("1.2.0"));
        QCOMPARE(op->preconditions.value(QStringLiteral("lifecycle")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(op->preconditions.value(QStringLiteral("key")).toString(),
                 QStringLiteral("pump-1"));
        QCOMPARE(op->parameters.value(QStringLiteral("path")).toString(), QStringLiteral("/3/0/4"));
        QVERIFY(op->createdAt.isValid());

        const HeldOperationList open = queue.list();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.first().id, ids.at(1)); // newest first
    }

    void statesAndDiscard()
    {
        HeldOperationRepository queue(db());
        const QVector<qint64> ids = queue.hold({makeDevice(QStringLiteral("a"), {}),
                                                makeDevice(QStringLiteral("b"), {}),
                                                makeDevice(QStringLiteral("c"), {})},
                                               QStringLiteral("reboot"),
                                               {},
                                               QStringLiteral("bob"));
        QCOMPARE(ids.size(), 3);
        QVERIFY(queue.setState(ids.at(0), HeldOperation::State::Succeeded));
        QVERIFY(queue.setState(ids.at(1),
                               HeldOperation::State::NeedsConfirmation,
                               QStringLiteral("the firmware changed")));
        QString error;
        QVERIFY(!queue.setState(999, HeldOperation::State::Failed, {}, &error));
        QVERIFY(!error.isEmpty());

        QCOMPARE(queue.list(false).size(), 2); // succeeded is closed
        QCOMPARE(queue.list(true).size(), 3);
        QCOMPARE(queue.find(ids.at(1))->result, QStringLiteral("the firmware changed"));
        QVERIFY(queue.find(ids.at(1))->isOpen());

        // A finished one cannot be discarded; open ones can.
        QCOMPARE(queue.discard({ids.at(0), ids.at(1)}), 1);
        QCOMPARE(queue.find(ids.at(0))->state, HeldOperation::State::Succeeded);
        QCOMPARE(queue.find(ids.at(1))->state, HeldOperation::State::Discarded);
        QCOMPARE(queue.discardAllOpen(), 1);
        QCOMPARE(queue.openCount(), 0);
    }

    void survivesReopen()
    {
        qint64 id = 0;
        {
            HeldOperationRepository queue(db());
            id = queue
                     .hold({makeDevice(QStringLiteral("a"), QStringLiteral("1.0"))},
                           QStringLiteral("disable"),
                           {},
                           QStringLiteral("bob"))
                     .value(0);
        }
        QVERIFY(id > 0);
        CacheDatabase::close(QStringLiteral("held"));
        QVERIFY(
            CacheDatabase::open(m_path, CacheDatabase::Kind::Fleet, QStringLiteral("held")).ok());
        const auto op = HeldOperationRepository(db()).find(id);
        QVERIFY(op);
        QCOMPARE(op->operation, QStringLiteral("disable"));
        QCOMPARE(op->state, HeldOperation::State::Held);
    }

    void stateIdsRoundTrip()
    {
        for (auto state : {HeldOperation::State::Held,
                           HeldOperation::State::Running,
                           HeldOperation::State::Succeeded,
                           HeldOperation::State::Failed,
                           HeldOperation::State::NeedsConfirmation,
                           HeldOperation::State::Discarded}) {
            QCOMPARE(HeldOperationRepository::stateFromId(HeldOperationRepository::stateId(state)),
                     state);
            QVERIFY(!HeldOperationRepository::stateName(state).isEmpty());
        }
        QVERIFY(!HeldOperationRepository::stateFromId(QStringLiteral("waiting")));
        QCOMPARE(HeldOperationRepository::stateId(HeldOperation::State::NeedsConfirmation),
                 QStringLiteral("needs_confirmation"));
    }

    void profileReachability()
    {
        FleetRepository fleet(db());
        QVERIFY(fleet.unreachableProfiles().isEmpty());
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
        QVERIFY(fleet.setProfileReachable(QStringLiteral("leshan"), false, t0));
        QVERIFY(fleet.setProfileReachable(QStringLiteral("mosquitto"), true, t0));
        QCOMPARE(fleet.unreachableProfiles(), QSet<QString>{QStringLiteral("leshan")});

        // Still unreachable later: since stays, checked_at moves.
        QVERIFY(fleet.setProfileReachable(QStringLiteral("leshan"), false, t0.addSecs(60)));
        auto state = fleet.profileState(QStringLiteral("leshan"));
        QVERIFY(state);
        QCOMPARE(state->since, t0);
        QCOMPARE(state->checkedAt, t0.addSecs(60));
        QVERIFY(!state->reachable);

        // Back: since moves.
        QVERIFY(fleet.setProfileReachable(QStringLiteral("leshan"), true, t0.addSecs(120)));
        state = fleet.profileState(QStringLiteral("leshan"));
        QCOMPARE(state->since, t0.addSecs(120));
        QVERIFY(fleet.unreachableProfiles().isEmpty());
        const auto states = fleet.profileStates();
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).profile, QStringLiteral("leshan"));
        QCOMPARE(states.at(1).profile, QStringLiteral("mosquitto"));
        QVERIFY(!fleet.setProfileReachable(QString(), false, t0));
        // Other meta keys are not profile states.
        QVERIFY(fleet.setLastSync(t0));
        QCOMPARE(fleet.profileStates().size(), 2);
    }

    void healthTransitionsGoToTheJournal()
    {
        FleetRepository fleet(db());
        JournalRepository journal(db());
        auto update = [](const QString &ep, Health health) {
            Lwm2mDeviceUpdate u;
            u.endpoint = ep;
            u.health = health;
            return u;
        };
        QHash<QString, QUuid> ids;
        QVERIFY(fleet.applyLwm2mUpdates(QStringLiteral("leshan"),
                                        {update(QStringLiteral("ep1"), Health::Online)},
                                        false,
                                        &ids));
        const QUuid id = ids.value(QStringLiteral("ep1"));
        QCOMPARE(journal.journal(id).size(), 1); // unknown → online
        // No transition, no entry.
        QVERIFY(fleet.applyLwm2mUpdates(
            QStringLiteral("leshan"), {update(QStringLiteral("ep1"), Health::Online)}, false));
        QCOMPARE(journal.journal(id).size(), 1);
        // The full snapshot without ep1: it went offline.
        QVERIFY(fleet.applyLwm2mUpdates(QStringLiteral("leshan"), {}, true));
        const auto entries = journal.journal(id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().kind, QStringLiteral("health"));
        QCOMPARE(entries.first().data.value(QStringLiteral("from")).toString(),
                 QStringLiteral("online"));
        QCOMPARE(entries.first().data.value(QStringLiteral("to")).toString(),
                 QStringLiteral("offline"));
        QVERIFY(entries.first().message.contains(QStringLiteral("offline")));

        // MQTT too.
        MqttDeviceUpdate m;
        m.deviceId = QStringLiteral("dev-1");
        m.health = Health::Online;
        QHash<QString, QUuid> mqttIds;
        QVERIFY(fleet.applyMqttUpdates(QStringLiteral("broker"), {m}, &mqttIds));
        m.health = Health::Sleeping;
        QVERIFY(fleet.applyMqttUpdates(QStringLiteral("broker"), {m}));
        QVERIFY(fleet.applyMqttUpdates(QStringLiteral("broker"), {m}));
        const auto mqttEntries = journal.journal(mqttIds.value(QStringLiteral("dev-1")));
        QCOMPARE(mqttEntries.size(), 2);
        QCOMPARE(mqttEntries.first().data.value(QStringLiteral("to")).toString(),
                 QStringLiteral("sleeping"));
    }

    void registrationStormStaysFast()
    {
        // 1,000 registrations, then the same 1,000 again (no transitions): both in one transaction
        // each; the second writes no journal entry.
        FleetRepository fleet(db());
        Lwm2mDeviceUpdateList updates;
        for (int i = 0; i < 1000; ++i) {
            Lwm2mDeviceUpdate u;
            u.endpoint = QStringLiteral("ep-%1").arg(i);
            u.health = Health::Online;
            updates.append(u);
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(fleet.applyLwm2mUpdates(QStringLiteral("leshan"), updates, false));
        QVERIFY(fleet.applyLwm2mUpdates(QStringLiteral("leshan"), updates, false));
        const qint64 ms = timer.elapsed();
        QSqlQuery count(db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'health'")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1000);
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }
};

QTEST_GUILESS_MAIN(tst_HeldOperationRepository)
#include "tst_HeldOperationRepository.moc"
