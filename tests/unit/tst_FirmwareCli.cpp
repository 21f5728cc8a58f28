#include "store/CacheDatabase.h"
#include "store/FleetRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// fleetdesk-cli firmware … as a user runs it (docs/cli.md, "Firmware library").
class tst_FirmwareCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_dir;
    QDir m_vectors{QStringLiteral(FLEETDESK_TEST_DATA "/firmware")};

    QString vector(const QString &name) const { return m_vectors.filePath(name); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("fleet.db")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    Run cli(QStringList args)
    {
        args.prepend(dbPath());
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(qEnvironmentVariable("FLEETDESK_CLI"), args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QStringList words(const char *text)
    {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("FLEETDESK_CLI")));
        QVERIFY(m_dir.isValid());
    }

    void importAcceptsAndRefuses()
    {
        const Run ok = cli(words("firmware import") << vector(QStringLiteral("valid.fdfw")));
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains("imported LT-500 1.2.0"), ok.out.constData());
        QVERIFY(ok.out.contains("bytes, unsigned"));
        const QString stored = m_dir.filePath(QStringLiteral("firmware/LT-500-1.2.0.fdfw"));
        QVERIFY(QFile::exists(stored));

        const Run duplicate
            = cli(words("firmware import") << vector(QStringLiteral("valid-signed.fdfw")));
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY2(duplicate.err.contains("already in the library"), duplicate.err.constData());

        const Run wrongHash
            = cli(words("firmware import --json") << vector(QStringLiteral("wrong-hash.fdfw")));
        QCOMPARE(wrongHash.exitCode, 1);
        const QJsonObject error = wrongHash.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("refused"));
        QVERIFY(
            error.value(QStringLiteral("message")).toString().contains(QLatin1String("SHA-256")));

        const Run otherModel = cli(words("firmware import --model LT-500")
                                   << vector(QStringLiteral("wrong-model.fdfw")));
        QCOMPARE(otherModel.exitCode, 1);
        QVERIFY2(otherModel.err.contains("LT-900"), otherModel.err.constData());

        const Run truncated
            = cli(words("firmware import") << vector(QStringLiteral("truncated.fdfw")));
        QCOMPARE(truncated.exitCode, 1);
        QVERIFY(truncated.err.contains("the header announces"));

        const Run replaced = cli(words("firmware import --replace --json")
                                 << vector(QStringLiteral("valid-signed.fdfw")));
        QCOMPARE(replaced.exitCode, 0);
        const QJsonObject record = replaced.json();
        QCOMPARE(record.value(QStringLiteral("model")).toString(), QStringLiteral("LT-500"));
        QCOMPARE(record.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.0"));
        QVERIFY(record.value(QStringLiteral("signed")).toBool());
        QVERIFY(!record.value(QStringLiteral("signature_verified")).toBool());
        QFile source(vector(QStringLiteral("valid-signed.fdfw")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(record.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(source.readAll(), QCryptographicHash::Sha256).toHex());

        QCOMPARE(cli(words("firmware import")).exitCode, 2);
        QCOMPARE(cli(words("firmware frobnicate")).exitCode, 2);
    }

    void signingKeys()
    {
        const QString pub = vector(QStringLiteral("test-signing-key.pub.pem"));
        const Run notEd25519 = cli(words("firmware key LT-500 --public-key")
                                   << vector(QStringLiteral("test-signing-key.pem")));
        QCOMPARE(notEd25519.exitCode, 1);
        QVERIFY2(notEd25519.err.contains("Ed25519"), notEd25519.err.constData());

        const Run set = cli(words("firmware key LT-500 --require-signed --public-key") << pub);
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("required"));
        const Run show = cli(words("firmware key LT-500 --json"));
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.json().value(QStringLiteral("require_signed")).toBool());
        QVERIFY(show.json()
                    .value(QStringLiteral("public_key"))
                    .toString()
                    .contains(QLatin1String("BEGIN PUBLIC KEY")));

        const Run unsignedImage
            = cli(words("firmware import --replace") << vector(QStringLiteral("valid.fdfw")));
        QCOMPARE(unsignedImage.exitCode, 1);
        QVERIFY2(unsignedImage.err.contains("not signed"), unsignedImage.err.constData());
        const Run badly = cli(words("firmware import --replace")
                              << vector(QStringLiteral("badly-signed.fdfw")));
        QCOMPARE(badly.exitCode, 1);
        QVERIFY(badly.err.contains("signature does not match"));
        const Run good = cli(words("firmware import --replace --json")
                             << vector(QStringLiteral("valid-signed.fdfw")));
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.json().value(QStringLiteral("signature_verified")).toBool());

        QCOMPARE(cli(words("firmware key LT-500 --clear")).exitCode, 0);
        QVERIFY(cli(words("firmware key LT-500")).out.contains("no signing key"));
        QCOMPARE(cli(words("firmware key LT-500 --clear --require-signed")).exitCode, 2);
    }

    void listUrlAndRemove()
    {
        // Devices in the cache: two LT-500 on 1.2.0, one on 1.1.0.
        {
            const CacheDatabase::OpenResult opened
                = CacheDatabase::open(dbPath(), CacheDatabase::Kind::Fleet, QStringLiteral("seed"));
            QVERIFY(opened.ok());
            DeviceList devices;
            for (const char *version : {"1.2.0", "1.2.0", "1.1.0"}) {
                Device d;
                d.id = QUuid::createUuid();
                d.name = QStringLiteral("pump-%1").arg(devices.size());
                d.model = QStringLiteral("LT-500");
                d.firmwareVersion = QString::fromLatin1(version);
                devices.append(d);
            }
            QString error;
            QVERIFY2(FleetRepository(QSqlDatabase::database(QStringLiteral("seed")))
                         .upsertDevices(devices, &error),
                     qPrintable(error));
        }
        CacheDatabase::close(QStringLiteral("seed"));
        QVERIFY(cli(words("firmware import") << vector(QStringLiteral("prerelease.fdfw"))).exitCode
                == 0);

        QCOMPARE(cli(words("firmware url LT-500 1.2.0 http://mirror.example/lt500.fdfw")).exitCode,
                 0);
        QCOMPARE(cli(words("firmware url LT-500 1.2.0 ftp:nothing")).exitCode, 1);
        QCOMPARE(cli(words("firmware url LT-500 7.7 http://mirror.example/x")).exitCode, 1);
        QCOMPARE(cli(words("firmware url LT-500 1.2.0")).exitCode, 2);

        const Run list = cli(words("firmware list --json"));
        QCOMPARE(list.exitCode, 0);
        const QJsonArray images = list.json().value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1.2.0-rc1"));
        QCOMPARE(images.at(0).toObject().value(QStringLiteral("devices")).toInt(), 0);
        const QJsonObject release = images.at(1).toObject();
        QCOMPARE(release.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.0"));
        QCOMPARE(release.value(QStringLiteral("devices")).toInt(), 2);
        QCOMPARE(release.value(QStringLiteral("external_url")).toString(),
                 QStringLiteral("http://mirror.example/lt500.fdfw"));
        QVERIFY(release.value(QStringLiteral("signed")).toBool());
        QVERIFY(!release.value(QStringLiteral("imported_at")).toString().isEmpty());

        const Run text = cli(words("firmware list"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("MODEL"));
        QVERIFY(text.out.contains("http://mirror.example/lt500.fdfw"));
        QVERIFY(QString::fromUtf8(text.out).contains(
            QRegularExpression(QStringLiteral("LT-500 +1\\.2\\.0 .* 2 "))));

        QCOMPARE(cli(words("firmware url LT-500 1.2.0 --clear")).exitCode, 0);
        QCOMPARE(cli(words("firmware list --json"))
                     .json()
                     .value(QStringLiteral("images"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("external_url"))
                     .toString(),
                 QString());

        QCOMPARE(cli(words("firmware remove LT-500 1.2.0-rc1")).exitCode, 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("firmware/LT-500-1.2.0-rc1.fdfw"))));
        QCOMPARE(cli(words("firmware remove LT-500 1.2.0-rc1")).exitCode, 1);
    }

    void serveUntilSigterm()
    {
        QCOMPARE(cli(words("firmware serve --cert x.pem")).exitCode, 2);
        QCOMPARE(cli(words("firmware serve --listen nowhere0:80")).exitCode, 2);

        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(qEnvironmentVariable("FLEETDESK_CLI"),
                QStringList{QStringLiteral("--db"), dbPath()}
                    << words("firmware serve --listen 127.0.0.1:0"));
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains('\n') || p.state() == QProcess::NotRunning;
            },
            20000));
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^serving (http://127\\.0\\.0\\.1:(\\d+)/)"))
                  .match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        const QUrl base(match.captured(1));

        QNetworkAccessManager manager;
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("LT-500-1.2.0.fdfw"))));
        request.setRawHeader("Range", "bytes=0-3");
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
        QCOMPARE(reply->readAll(), QByteArray("FDFW"));
        reply->deleteLater();
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains("GET /LT-500-1.2.0.fdfw 206");
            },
            10000));

        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardError().contains("stopped serving"));
    }
};

QTEST_GUILESS_MAIN(tst_FirmwareCli)
#include "tst_FirmwareCli.moc"
