#include "firmware/FirmwareImage.h"
#include "firmware/FirmwareVersion.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The shared test vectors of docs/firmware-image.md: the simulator's Java tests read the same
// files.
class tst_FirmwareImage : public QObject
{
    Q_OBJECT

private:
    QDir m_vectors{QStringLiteral(FLEETDESK_TEST_DATA "/firmware")};

    QByteArray read(const QString &name)
    {
        QFile f(m_vectors.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QJsonObject manifest()
    {
        return QJsonDocument::fromJson(read(QStringLiteral("vectors.json"))).object();
    }

private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("updateResult");
        const QJsonArray images = manifest().value(QStringLiteral("images")).toArray();
        QVERIFY(images.size() >= 7);
        for (const QJsonValue &v : images) {
            const QJsonObject o = v.toObject();
            const QString file = o.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file))
                << file << o.value(QStringLiteral("device_model")).toString()
                << o.value(QStringLiteral("public_key")).toString()
                << o.value(QStringLiteral("verdict")).toString()
                << o.value(QStringLiteral("lwm2m_update_result")).toInt(-1);
        }
    }

    void vectors()
    {
        QFETCH(QString, file);
        QFETCH(QString, model);
        QFETCH(QString, key);
        QFETCH(QString, verdict);
        QFETCH(int, updateResult);
        const QByteArray image = read(file);
        QVERIFY2(!image.isEmpty(), qPrintable(file));
        const auto check
            = FirmwareImage::inspect(image, model, key.isEmpty() ? QByteArray() : read(key));
        const QString got = check.verdict == FirmwareImage::Verdict::Valid ? QStringLiteral("valid")
                            : check.verdict == FirmwareImage::Verdict::IntegrityFailure
                                ? QStringLiteral("integrity_failure")
                                : QStringLiteral("unsupported_package");
        QVERIFY2(
            got == verdict,
            qPrintable(file + QStringLiteral(": ") + got + QStringLiteral(" / ") + check.message));
        QCOMPARE(check.lwm2mUpdateResult(), updateResult);
        if (check.verdict != FirmwareImage::Verdict::Valid)
            QVERIFY(!check.message.isEmpty());
    }

    void signedImageVerifiesAndPolicyRefusesUnsigned()
    {
        const QByteArray key = read(QStringLiteral("test-signing-key.pub.pem"));
        const auto signedCheck = FirmwareImage::inspect(
            read(QStringLiteral("valid-signed.fdfw")), QStringLiteral("LT-500"), key, true);
        QCOMPARE(signedCheck.verdict, FirmwareImage::Verdict::Valid);
        QVERIFY(signedCheck.signatureVerified);
        const auto unsignedCheck = FirmwareImage::inspect(
            read(QStringLiteral("valid.fdfw")), QStringLiteral("LT-500"), key, true);
        QCOMPARE(unsignedCheck.verdict, FirmwareImage::Verdict::IntegrityFailure);
        // A tampered signed image: flip one payload byte.
        QByteArray tampered = read(QStringLiteral("valid-signed.fdfw"));
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 0x01);
        QCOMPARE(FirmwareImage::inspect(tampered, QStringLiteral("LT-500"), key).verdict,
                 FirmwareImage::Verdict::IntegrityFailure);
        QCOMPARE(FirmwareImage::inspect(QByteArray(), QString()).verdict,
                 FirmwareImage::Verdict::UnsupportedPackage);
    }

    void versionOrder()
    {
        const QJsonArray order = manifest().value(QStringLiteral("version_order")).toArray();
        QVERIFY(order.size() >= 5);
        for (const QJsonValue &v : order) {
            const QJsonArray row = v.toArray();
            const QString a = row.at(0).toString();
            const QString b = row.at(1).toString();
            const int expected = row.at(2).toInt();
            QVERIFY2(FirmwareVersion::compare(a, b) == expected,
                     qPrintable(a + QStringLiteral(" vs ") + b));
            QVERIFY2(FirmwareVersion::compare(b, a) == -expected,
                     qPrintable(b + QStringLiteral(" vs ") + a));
        }
    }
};

QTEST_GUILESS_MAIN(tst_FirmwareImage)
#include "tst_FirmwareImage.moc"
