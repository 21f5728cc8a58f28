#include "firmware/FirmwareLibrary.h"
#include "store/CacheDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

// The firmware library (docs/firmware-library.md) on the shared vectors of docs/firmware-image.md.
class tst_FirmwareLibrary : public QObject
{
    Q_OBJECT

private:
    QDir m_vectors{QStringLiteral(FLEETDESK_TEST_DATA "/firmware")};
    int m_connections = 0;

    QString vector(const QString &name) const { return m_vectors.filePath(name); }

    QByteArray read(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QByteArray testKey() const { return read(vector(QStringLiteral("test-signing-key.pub.pem"))); }

    // A fresh fleet cache in dir; returns the connection name (closed by the caller).
    QString openCache(const QTemporaryDir &dir)
    {
        const QString name = QStringLiteral("tst_FirmwareLibrary_%1").arg(++m_connections);
        const CacheDatabase::OpenResult opened = CacheDatabase::open(
            dir.filePath(QStringLiteral("fleet.db")), CacheDatabase::Kind::Fleet, name);
        return opened.ok() ? name : QString();
    }

    static QByteArray sha256(const QByteArray &bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

    static QByteArray ecPublicKeyPem()
    {
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
            EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free);
        if (!key)
            return {};
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        if (PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
            return {};
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, int(size));
    }

private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("gist");
        const QJsonArray images
            = QJsonDocument::fromJson(read(vector(QStringLiteral("vectors.json"))))
                  .object()
                  .value(QStringLiteral("images"))
                  .toArray();
        QVERIFY(images.size() >= 10);
        // What each refusal must say (the gist of FirmwareImage's message).
        const QHash<QString, QString> gists{
            {QStringLiteral("wrong-hash.fdfw"), QStringLiteral("SHA-256")},
            {QStringLiteral("wrong-model.fdfw"), QStringLiteral("for model LT-900, not LT-500")},
            {QStringLiteral("truncated.fdfw"), QStringLiteral("the header announces")},
            {QStringLiteral("truncated-header.fdfw"),
             QStringLiteral("truncated inside its header")},
            {QStringLiteral("bad-magic.fdfw"), QStringLiteral("no FDFW mark")},
            {QStringLiteral("bad-format-version.fdfw"), QStringLiteral("format version 2")},
            {QStringLiteral("badly-signed.fdfw"), QStringLiteral("signature does not match")},
        };
        for (const QJsonValue &v : images) {
            const QJsonObject o = v.toObject();
            const QString file = o.value(QStringLiteral("file")).toString();
            const bool accepted
                = o.value(QStringLiteral("verdict")).toString() == QLatin1String("valid");
            QVERIFY2(accepted || gists.contains(file), qPrintable(file));
            QTest::newRow(qPrintable(file))
                << file << o.value(QStringLiteral("device_model")).toString() << accepted
                << gists.value(file);
        }
    }

    // Every vector with the test key configured for its model (signatures optional).
    void vectors()
    {
        QFETCH(QString, file);
        QFETCH(QString, model);
        QFETCH(bool, accepted);
        QFETCH(QString, gist);
        QTemporaryDir dir;
        const QString connection = openCache(dir);
        QVERIFY(!connection.isEmpty());
        {
            FirmwareLibrary library(QSqlDatabase::database(connection),
                                    dir.filePath(QStringLiteral("firmware")));
            QString error;
            QVERIFY2(library.setModelKey({model, testKey(), false}, &error), qPrintable(error));
            const FirmwareLibrary::ImportResult result
                = library.importFile(vector(file), model, QStringLiteral("tester"));
            QCOMPARE(result.ok, accepted);
            if (accepted) {
                QVERIFY(result.error.isEmpty());
                QCOMPARE(result.record.model, model);
                QVERIFY(QFile::exists(result.record.filePath));
                QCOMPARE(library.list().size(), 1);
            } else {
                QVERIFY2(result.error.contains(gist), qPrintable(result.error));
                QVERIFY(library.list().isEmpty());
                // Nothing half-written is left behind.
                QCOMPARE(QDir(dir.filePath(QStringLiteral("firmware")))
                             .entryList(QDir::Files | QDir::Hidden)
                             .size(),
                         0);
            }
        }
        CacheDatabase::close(connection);
    }

    void recordAndStoredCopy()
    {
        QTemporaryDir dir;
        const QString connection = openCache(dir);
        QVERIFY(!connection.isEmpty());
        {
            FirmwareLibrary library(
                QSqlDatabase::database(connection),
                FirmwareLibrary::defaultDirectory(dir.filePath(QStringLiteral("fleet.db"))));
            QCOMPARE(library.directory(), dir.filePath(QStringLiteral("firmware")));
            // No model given: the header's model decides (and LT-900 is not refused).
            const auto other = library.importFile(
                vector(QStringLiteral("wrong-model.fdfw")), QString(), QStringLiteral("tester"));
            QVERIFY2(other.ok, qPrintable(other.error));
            QCOMPARE(other.record.model, QStringLiteral("LT-900"));

            const QString source = vector(QStringLiteral("valid-signed.fdfw"));
            const auto result = library.importFile(source, QString(), QStringLiteral("tester"));
            QVERIFY2(result.ok, qPrintable(result.error));
            const FirmwareImageRecord &r = result.record;
            QCOMPARE(r.model, QStringLiteral("LT-500"));
            QCOMPARE(r.version, QStringLiteral("1.2.0"));
            QVERIFY(r.isSigned);
            QVERIFY(!r.signatureVerified); // no key configured
            QCOMPARE(r.fileName, QStringLiteral("LT-500-1.2.0.fdfw"));
            QCOMPARE(r.importedBy, QStringLiteral("tester"));
            const QByteArray original = read(source);
            QCOMPARE(r.fileSize, qint64(original.size()));
            QCOMPARE(r.fileSha256.toLatin1(), sha256(original));
            QCOMPARE(sha256(read(r.filePath)), sha256(original));

            const auto found = library.find(QStringLiteral("LT-500"), QStringLiteral("1.2.0"));
            QVERIFY(found.has_value());
            QCOMPARE(found->fileSha256, r.fileSha256);
            QCOMPARE(found->filePath, r.filePath);
            QCOMPARE(found->importedAt, r.importedAt);
            QCOMPARE(found->payloadSha256.size(), 64);

            // Ordered by model, then version order (1.2.0-rc1 before 1.2.0).
            const auto pre = library.importFile(
                vector(QStringLiteral("prerelease.fdfw")), QStringLiteral("LT-500"), QString());
            QVERIFY2(pre.ok, qPrintable(pre.error));
            const QVector<FirmwareImageRecord> all = library.list();
            QCOMPARE(all.size(), 3);
            QCOMPARE(all.at(0).version, QStringLiteral("1.2.0-rc1"));
            QCOMPARE(all.at(1).version, QStringLiteral("1.2.0"));
            QCOMPARE(all.at(2).model, QStringLiteral("LT-900"));

            // External URL: set, checked, cleared.
            QString error;
            QVERIFY(library.setExternalUrl(QStringLiteral("LT-500"),
                                           QStringLiteral("1.2.0"),
                                           QStringLiteral("https://mirror.example/fw.fdfw"),
                                           &error));
            QCOMPARE(library.find(QStringLiteral("LT-500"), QStringLiteral("1.2.0"))->externalUrl,
                     QStringLiteral("https://mirror.example/fw.fdfw"));
            QVERIFY(!library.setExternalUrl(QStringLiteral("LT-500"),
                                            QStringLiteral("1.2.0"),
                                            QStringLiteral("not a url"),
                                            &error));
            QVERIFY(!library.setExternalUrl(QStringLiteral("LT-500"),
                                            QStringLiteral("9.9"),
                                            QStringLiteral("http://x.example/a"),
                                            &error));
            QVERIFY(error.contains(QLatin1String("not in the library")));

            // Remove: row and file.
            QVERIFY(library.remove(QStringLiteral("LT-500"), QStringLiteral("1.2.0"), &error));
            QVERIFY(!QFile::exists(r.filePath));
            QVERIFY(!library.find(QStringLiteral("LT-500"), QStringLiteral("1.2.0")));
            QVERIFY(!library.remove(QStringLiteral("LT-500"), QStringLiteral("1.2.0"), &error));
        }
        CacheDatabase::close(connection);
    }

    void duplicateRefusedReplaceWorks()
    {
        QTemporaryDir dir;
        const QString connection = openCache(dir);
        QVERIFY(!connection.isEmpty());
        {
            FirmwareLibrary library(QSqlDatabase::database(connection),
                                    dir.filePath(QStringLiteral("firmware")));
            const QString model = QStringLiteral("LT-500");
            const auto first = library.importFile(
                vector(QStringLiteral("valid.fdfw")), model, QStringLiteral("a"));
            QVERIFY2(first.ok, qPrintable(first.error));
            QVERIFY(!first.record.isSigned);
            QString error;
            QVERIFY(library.setExternalUrl(model,
                                           QStringLiteral("1.2.0"),
                                           QStringLiteral("http://mirror.example/a.fdfw"),
                                           &error));
            // valid-signed.fdfw is LT-500 1.2.0 as well.
            const auto again = library.importFile(
                vector(QStringLiteral("valid-signed.fdfw")), model, QStringLiteral("b"));
            QVERIFY(!again.ok);
            QVERIFY(again.alreadyInLibrary);
            QVERIFY2(again.error.contains(QLatin1String("already in the library")),
                     qPrintable(again.error));
            QCOMPARE(sha256(read(first.record.filePath)),
                     sha256(read(vector(QStringLiteral("valid.fdfw")))));

            const auto replaced = library.importFile(
                vector(QStringLiteral("valid-signed.fdfw")), model, QStringLiteral("b"), true);
            QVERIFY2(replaced.ok, qPrintable(replaced.error));
            QVERIFY(replaced.record.isSigned);
            QCOMPARE(library.list().size(), 1);
            const auto stored = library.find(model, QStringLiteral("1.2.0"));
            QVERIFY(stored.has_value());
            QCOMPARE(stored->importedBy, QStringLiteral("b"));
            QCOMPARE(stored->externalUrl, QStringLiteral("http://mirror.example/a.fdfw"));
            QCOMPARE(sha256(read(stored->filePath)),
                     sha256(read(vector(QStringLiteral("valid-signed.fdfw")))));
            QCOMPARE(stored->fileSha256.toLatin1(),
                     sha256(read(vector(QStringLiteral("valid-signed.fdfw")))));
        }
        CacheDatabase::close(connection);
    }

    void modelRequiringSignatures()
    {
        QTemporaryDir dir;
        const QString connection = openCache(dir);
        QVERIFY(!connection.isEmpty());
        {
            FirmwareLibrary library(QSqlDatabase::database(connection),
                                    dir.filePath(QStringLiteral("firmware")));
            const QString model = QStringLiteral("LT-500");
            QString error;
            QVERIFY2(library.setModelKey({model, testKey(), true}, &error), qPrintable(error));
            const auto key = library.modelKey(model);
            QVERIFY(key.has_value());
            QVERIFY(key->requireSigned);
            QCOMPARE(key->publicKeyPem, testKey());
            QCOMPARE(library.modelKeys().size(), 1);

            const auto unsignedImage
                = library.importFile(vector(QStringLiteral("valid.fdfw")), QString(), QString());
            QVERIFY(!unsignedImage.ok);
            QVERIFY2(unsignedImage.error.contains(QLatin1String("not signed")),
                     qPrintable(unsignedImage.error));
            const auto badly
                = library.importFile(vector(QStringLiteral("badly-signed.fdfw")), model, QString());
            QVERIFY(!badly.ok);
            QVERIFY2(badly.error.contains(QLatin1String("signature does not match")),
                     qPrintable(badly.error));
            const auto good
                = library.importFile(vector(QStringLiteral("valid-signed.fdfw")), model, QString());
            QVERIFY2(good.ok, qPrintable(good.error));
            QVERIFY(good.record.isSigned);
            QVERIFY(good.record.signatureVerified);
            QCOMPARE(library.list().size(), 1);
            QVERIFY(library.list().first().signatureVerified);

            // Another model is not affected by LT-500's key.
            const auto other = library.importFile(
                vector(QStringLiteral("wrong-model.fdfw")), QString(), QString());
            QVERIFY2(other.ok, qPrintable(other.error));

            // Clearing the key lifts the requirement.
            QVERIFY(library.setModelKey({model, {}, false}, &error));
            QVERIFY(!library.modelKey(model).has_value());
            QVERIFY(
                library.importFile(vector(QStringLiteral("prerelease.fdfw")), model, QString()).ok);
        }
        CacheDatabase::close(connection);
    }

    void keysThatAreNotEd25519AreRefused()
    {
        QTemporaryDir dir;
        const QString connection = openCache(dir);
        QVERIFY(!connection.isEmpty());
        {
            FirmwareLibrary library(QSqlDatabase::database(connection),
                                    dir.filePath(QStringLiteral("firmware")));
            const QString model = QStringLiteral("LT-500");
            QString error;
            const QByteArray ec = ecPublicKeyPem();
            QVERIFY(ec.startsWith("-----BEGIN PUBLIC KEY-----"));
            QVERIFY(!library.setModelKey({model, ec, false}, &error));
            QVERIFY2(error.contains(QLatin1String("Ed25519")), qPrintable(error));
            error.clear();
            // The private key of the pair is not a public key.
            QVERIFY(!library.setModelKey(
                {model, read(vector(QStringLiteral("test-signing-key.pem"))), false}, &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(!library.setModelKey({model, QByteArrayLiteral("garbage"), false}, &error));
            // Requiring signatures without a key makes no sense.
            QVERIFY(!library.setModelKey({model, {}, true}, &error));
            QVERIFY(!library.modelKey(model).has_value());
        }
        CacheDatabase::close(connection);
    }

    void unreadableFileIsRefused()
    {
        QTemporaryDir dir;
        const QString connection = openCache(dir);
        QVERIFY(!connection.isEmpty());
        {
            FirmwareLibrary library(QSqlDatabase::database(connection),
                                    dir.filePath(QStringLiteral("firmware")));
            const auto result = library.importFile(
                dir.filePath(QStringLiteral("missing.fdfw")), QString(), QString());
            QVERIFY(!result.ok);
            QVERIFY(result.error.contains(QLatin1String("cannot read")));
        }
        CacheDatabase::close(connection);
    }

    void sanitisedFileNames()
    {
        QTemporaryDir dir;
        const QString connection = openCache(dir);
        QVERIFY(!connection.isEmpty());
        {
            FirmwareLibrary library(QSqlDatabase::database(connection),
                                    dir.filePath(QStringLiteral("firmware")));
            // A row whose file name the next import would sanitise to: the new one gets "-2".
            QSqlQuery insert(QSqlDatabase::database(connection));
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO firmware_images (model, version, file_name, file_size, file_sha256, "
                "payload_sha256, imported_at) VALUES ('LT 500', '1.2.0', 'LT-500-1.2.0.fdfw', 1, "
                "'', '', 0)")));
            const auto result
                = library.importFile(vector(QStringLiteral("valid.fdfw")), QString(), QString());
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.record.fileName, QStringLiteral("LT-500-1.2.0-2.fdfw"));
        }
        CacheDatabase::close(connection);
    }

    void devicesPerVersion()
    {
        DeviceList fleet;
        auto add = [&fleet](const QString &model, const QString &version, Lifecycle lifecycle) {
            Device d;
            d.id = QUuid::createUuid();
            d.name = QStringLiteral("d%1").arg(fleet.size());
            d.model = model;
            d.firmwareVersion = version;
            d.lifecycle = lifecycle;
            fleet.append(d);
        };
        add(QStringLiteral("LT-500"), QStringLiteral("1.1.0"), Lifecycle::Active);
        add(QStringLiteral("LT-500"), QStringLiteral("1.1.0"), Lifecycle::Provisioned);
        add(QStringLiteral("LT-500"), QStringLiteral("1.2.0"), Lifecycle::Active);
        add(QStringLiteral("LT-500"), QStringLiteral("1.2.0"), Lifecycle::Retired);
        add(QStringLiteral("LT-500"), QString(), Lifecycle::Active);
        add(QStringLiteral("LT-900"), QStringLiteral("1.1.0"), Lifecycle::Active);
        const QHash<QString, int> counts
            = FirmwareLibrary::devicesPerVersion(fleet, QStringLiteral("LT-500"));
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.value(QStringLiteral("1.1.0")), 2);
        QCOMPARE(counts.value(QStringLiteral("1.2.0")), 1);
        QVERIFY(FirmwareLibrary::devicesPerVersion(fleet, QStringLiteral("X")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FirmwareLibrary)
#include "tst_FirmwareLibrary.moc"
