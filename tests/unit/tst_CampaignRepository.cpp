// The campaign tables (docs/campaign-engine.md): creation, journal-before-send transitions,
// requests with and without a live runner, the lease (one runner; a dead process's lease is taken
// over), devices in other campaigns.
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"
#include "store/FleetRepository.h"
#include "store/JournalRepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Device makeDevice(int n)
{
    Device d;
    d.id = QUuid::createUuid();
    d.name = QStringLiteral("dev-%1").arg(n);
    d.model = QStringLiteral("LT-500");
    d.binding = {Protocol::Lwm2m, QStringLiteral("leshan"), d.name};
    d.firmwareVersion = QStringLiteral("1.0.0");
    d.lifecycle = Lifecycle::Active;
    d.health = Health::Online;
    return d;
}

CampaignSpec spec()
{
    CampaignSpec s;
    s.name = QStringLiteral("to 1.1.0");
    s.firmwareModel = QStringLiteral("LT-500");
    s.firmwareVersion = QStringLiteral("1.1.0");
    s.targetQuery = QStringLiteral("model:LT-500");
    return s;
}

} // namespace

class tst_CampaignRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeviceList m_devices;
    QSqlDatabase db() const { return QSqlDatabase::database(QStringLiteral("campaigns")); }

    qint64 create(CampaignRepository &repo)
    {
        QVector<CampaignDeviceRecord> rows;
        for (int i = 0; i < m_devices.size(); ++i) {
            CampaignDeviceRecord r;
            r.deviceId = m_devices.at(i).id;
            r.position = i;
            r.wave = i < 1 ? 0 : 1;
            r.state = i == 3 ? CampaignDeviceState::Skipped : CampaignDeviceState::Pending;
            r.reason = i == 3 ? QStringLiteral("battery 12 % below 30 %") : QString();
            r.fromVersion = QStringLiteral("1.0.0");
            rows.append(r);
        }
        QString error;
        const qint64 id = repo.create(spec(),
                                      QStringLiteral("http://127.0.0.1:1/x.fdfw"),
                                      QString(),
                                      rows,
                                      QStringLiteral("alice"),
                                      &error);
        if (!error.isEmpty())
            qWarning() << error;
        return id;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(
            QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(CacheDatabase::open(path, CacheDatabase::Kind::Fleet, QStringLiteral("campaigns"))
                    .ok());
        m_devices.clear();
        for (int n = 0; n < 4; ++n)
            m_devices.append(makeDevice(n));
        QVERIFY(FleetRepository(db()).upsertDevices(m_devices));
    }
    void cleanup() { CacheDatabase::close(QStringLiteral("campaigns")); }

    void createAndRead()
    {
        CampaignRepository repo(db());
        const qint64 id = create(repo);
        QVERIFY(id > 0);
        const auto c = repo.find(id);
        QVERIFY(c);
        QCOMPARE(c->name, QStringLiteral("to 1.1.0"));
        QCOMPARE(c->state, CampaignState::Ready);
        QCOMPARE(c->spec, spec());
        QCOMPARE(c->createdBy, QStringLiteral("alice"));
        const auto devices = repo.devices(id);
        QCOMPARE(devices.size(), 4);
        QCOMPARE(devices.at(0).name, QStringLiteral("dev-0")); // joined from the fleet
        QCOMPARE(devices.at(3).state, CampaignDeviceState::Skipped);
        QCOMPARE(devices.at(3).reason, QStringLiteral("battery 12 % below 30 %"));
        const CampaignProgress p = repo.progress(id);
        QCOMPARE(p.total, 4);
        QCOMPARE(p.count(CampaignDeviceState::Pending), 3);
        QCOMPARE(p.terminal(), 1);
        QCOMPARE(p.percentDone(), 25);
        QCOMPARE(repo.list().size(), 1);
        QVERIFY(!repo.find(id + 1));
    }

    void transitionWritesRowAndJournal()
    {
        CampaignRepository repo(db());
        const qint64 id = create(repo);
        CampaignDeviceRecord r = repo.devices(id).at(0);
        r.state = CampaignDeviceState::Downloading;
        r.attempt = 1;
        r.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(repo.transition(id, r, QStringLiteral("sending")));
        r.state = CampaignDeviceState::Failed;
        r.resultCode = 5;
        r.reason = QStringLiteral("integrity");
        QVERIFY(repo.transition(id, r, QStringLiteral("failed")));
        const auto stored = repo.device(id, r.deviceId);
        QVERIFY(stored);
        QCOMPARE(stored->state, CampaignDeviceState::Failed);
        QCOMPARE(stored->resultCode, std::optional<int>(5));
        QCOMPARE(stored->attempt, 1);
        const auto events = repo.events(id);
        QCOMPARE(events.size(), 3); // created, downloading, failed
        QCOMPARE(events.at(1).state, QStringLiteral("downloading"));
        QCOMPARE(events.at(2).deviceId, r.deviceId);
        QCOMPARE(repo.events(id, events.at(1).id).size(), 1);
        // An unknown device is refused, not silently ignored.
        CampaignDeviceRecord ghost = r;
        ghost.deviceId = QUuid::createUuid();
        QString error;
        QVERIFY(!repo.transition(id, ghost, QString(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(repo.events(id).size(), 3);
    }

    void requestsWithoutRunnerApplyAtOnce()
    {
        CampaignRepository repo(db());
        const qint64 id = create(repo);
        QVERIFY(repo.setState(id, CampaignState::Running));
        QVERIFY(repo.request(id, QStringLiteral("pause"), QStringLiteral("bob")));
        QCOMPARE(repo.find(id)->state, CampaignState::Paused);
        QVERIFY(repo.request(id, QStringLiteral("resume"), QStringLiteral("bob")));
        QCOMPARE(repo.find(id)->state, CampaignState::Running);
        QString error;
        QVERIFY(!repo.request(id, QStringLiteral("resume"), QStringLiteral("bob"), &error));
        QVERIFY(error.contains(QStringLiteral("already running")));
        QVERIFY(!repo.request(id, QStringLiteral("explode"), QStringLiteral("bob"), &error));
        QVERIFY(repo.request(id, QStringLiteral("abort"), QStringLiteral("bob")));
        QCOMPARE(repo.find(id)->state, CampaignState::Aborted);
        QCOMPARE(repo.progress(id).count(CampaignDeviceState::Cancelled), 3);
        QVERIFY(!repo.request(id, QStringLiteral("resume"), QStringLiteral("bob"), &error));
        // Audited.
        const auto audit = JournalRepository(db()).audit();
        QStringList actions;
        for (const auto &a : audit)
            actions.append(a.action);
        QVERIFY(actions.contains(QStringLiteral("campaign.pause")));
        QVERIFY(actions.contains(QStringLiteral("campaign.abort")));
    }

    void requestsWithLiveRunnerBecomeRequests()
    {
        CampaignRepository repo(db());
        const qint64 id = create(repo);
        QVERIFY(repo.setState(id, CampaignState::Running));
        QVERIFY(repo.acquireLease(id, QStringLiteral("cli:1"), 10));
        QVERIFY(repo.hasLiveRunner(id));
        QVERIFY(repo.request(id, QStringLiteral("pause"), QStringLiteral("bob")));
        QCOMPARE(repo.find(id)->state, CampaignState::Running); // the runner decides
        QCOMPARE(repo.takeRequest(id), QStringLiteral("pause"));
        QCOMPARE(repo.takeRequest(id), QString()); // taken once
    }

    void oneRunner()
    {
        CampaignRepository repo(db());
        const qint64 id = create(repo);
        QVERIFY(repo.acquireLease(id, QStringLiteral("cli:a"), 10));
        CampaignRepository::Lease holder;
        QString error;
        QVERIFY(!repo.acquireLease(id, QStringLiteral("gui:b"), 10, &holder, &error));
        QCOMPARE(holder.owner, QStringLiteral("cli:a"));
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
        QVERIFY(error.contains(QString::number(holder.pid)));
        QVERIFY(repo.heartbeat(id, QStringLiteral("cli:a")));
        QVERIFY(!repo.heartbeat(id, QStringLiteral("gui:b")));
        // A stale heartbeat is taken over.
        QSqlQuery(db()).exec(
            QStringLiteral("UPDATE campaign_leases SET heartbeat = heartbeat - 60000"));
        QVERIFY(repo.acquireLease(id, QStringLiteral("gui:b"), 10));
        QVERIFY(!repo.heartbeat(id, QStringLiteral("cli:a"))); // the old runner learns it lost it
        repo.releaseLease(id, QStringLiteral("gui:b"));
        QVERIFY(!repo.lease(id));
    }

    void deadProcessLeaseIsTakenOver()
    {
        CampaignRepository repo(db());
        const qint64 id = create(repo);
        // The runner was killed (kill -9): its PID is in the lease with a fresh heartbeat.
        QProcess p;
        p.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")});
        QVERIFY(p.waitForStarted(10000));
        const qint64 deadPid = p.processId();
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(repo.acquireLease(id, QStringLiteral("cli:a"), 10));
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE campaign_leases SET pid = ?"));
        q.addBindValue(deadPid);
        QVERIFY(q.exec());
        QVERIFY(!repo.hasLiveRunner(id));
        QVERIFY(repo.acquireLease(id, QStringLiteral("cli:b"), 10));
        QCOMPARE(repo.lease(id)->owner, QStringLiteral("cli:b"));
    }

    void devicesInOtherCampaigns()
    {
        CampaignRepository repo(db());
        const qint64 a = create(repo);
        const QSet<QUuid> busy = repo.devicesInOtherCampaigns();
        QCOMPARE(busy.size(), 3); // the skipped one is free
        QVERIFY(repo.devicesInOtherCampaigns(a).isEmpty());
        QVERIFY(repo.abort(a, QStringLiteral("done")));
        QVERIFY(repo.devicesInOtherCampaigns().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CampaignRepository)
#include "tst_CampaignRepository.moc"
