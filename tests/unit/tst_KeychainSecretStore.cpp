#include "security/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

// Runs against the real Secret Service: the throwaway gnome-keyring that tests/with-keyring starts.
class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store;

    SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &start)
    {
        bool done = false;
        SecretStore::Result result;
        start([&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error = QStringLiteral("no answer from the keychain within 20 s");
        return result;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through tests/run (it starts a throwaway "
                  "keyring)");
    }

    void insecureFallbackStaysOff()
    {
        QKeychain::ReadPasswordJob job(QStringLiteral("probe"));
        job.setInsecureFallback(true);
        KeychainSecretStore::configure(&job);
        QCOMPARE(job.insecureFallback(), false);
        QVERIFY(job.autoDelete());
    }

    void roundTrip()
    {
        const QString key = QStringLiteral("test/roundtrip/%1").arg(QUuid::createUuid().toString());
        const QByteArray secret("pa55\x00word with bytes \xff", 23);
        const auto written = wait([&](auto done) { m_store.write(key, secret, done); });
        QVERIFY2(written.ok, qPrintable(written.error));
        const auto read = wait([&](auto done) { m_store.read(key, done); });
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.secret, secret);

        const auto removed = wait([&](auto done) { m_store.remove(key, done); });
        QVERIFY2(removed.ok, qPrintable(removed.error));
        const auto gone = wait([&](auto done) { m_store.read(key, done); });
        QVERIFY(!gone.ok);
        QVERIFY(gone.secret.isEmpty());
        // Removing what is not there is not an error.
        QVERIFY(wait([&](auto done) { m_store.remove(key, done); }).ok);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_KeychainSecretStore.moc"
