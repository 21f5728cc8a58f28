#include "store/CacheDatabase.h"
#include "store/JournalRepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class tst_JournalRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        QVERIFY(CacheDatabase::open(m_dir.filePath(QStringLiteral("%1.db").arg(
                                        QString::fromLatin1(QTest::currentTestFunction()))),
                                    CacheDatabase::Kind::Fleet,
                                    QStringLiteral("j"))
                    .ok());
    }
    void cleanup() { CacheDatabase::close(QStringLiteral("j")); }

    void auditRoundTripWithoutSecrets()
    {
        JournalRepository repo(QSqlDatabase::database(QStringLiteral("j")));
        const QVector<QUuid> devices{QUuid::createUuid(), QUuid::createUuid()};
        JournalRepository::AuditEntry entry;
        entry.action = QStringLiteral("reboot");
        entry.devices = devices;
        entry.parameters = {{QStringLiteral("path"), QStringLiteral("/3/0/4")},
                            {QStringLiteral("password"), QStringLiteral("hunter2")},
                            {QStringLiteral("nested"),
                             QJsonObject{{QStringLiteral("pskKey"), QStringLiteral("abcd")}}}};
        entry.result = QStringLiteral("1 succeeded, 1 failed");
        QVERIFY(repo.appendAudit(entry));
        const auto audit = repo.audit();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().devices, devices);
        QCOMPARE(audit.first().action, QStringLiteral("reboot"));
        QCOMPARE(audit.first().actor, JournalRepository::currentActor());
        QCOMPARE(audit.first().parameters.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/3/0/4"));
        QVERIFY(audit.first().parameters.value(QStringLiteral("password")).toString()
                != QStringLiteral("hunter2"));
        QVERIFY(!QJsonDocument(audit.first().parameters).toJson().contains("abcd"));
        QCOMPARE(audit.first().result, QStringLiteral("1 succeeded, 1 failed"));
    }

    void journalPerDeviceNewestFirst()
    {
        JournalRepository repo(QSqlDatabase::database(QStringLiteral("j")));
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
        QVERIFY(repo.appendJournal(
            {{0, a, t0, QStringLiteral("registration"), QStringLiteral("registered"), {}},
             {0, b, t0, QStringLiteral("health"), QStringLiteral("offline"), {}},
             {0,
              a,
              t0.addSecs(5),
              QStringLiteral("operation"),
              QStringLiteral("reboot succeeded"),
              {{QStringLiteral("path"), QStringLiteral("/3/0/4")}}}}));
        const auto entries = repo.journal(a);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().kind, QStringLiteral("operation"));
        QCOMPARE(entries.first().data.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/3/0/4"));
        QCOMPARE(entries.last().time, t0);
        QCOMPARE(repo.journal(b).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_JournalRepository)
#include "tst_JournalRepository.moc"
