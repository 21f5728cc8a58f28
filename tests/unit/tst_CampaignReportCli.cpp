#include "campaign/CampaignReportData.h"
#include "provisioning/CsvReader.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `fleetdesk-cli campaign report ID (--csv|--pdf) FILE` as a user runs it
// (docs/campaign-report.md): a real process on a real cache. The PDF is rendered with no display
// and no QT_QPA_PLATFORM in the environment: the CLI must pick the offscreen platform itself.

class tst_CampaignReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvReport();
    void pdfReportWithoutADisplay();
    void unknownCampaignIsNotFound();
    void usageErrors();
    void unwritableFileIsAnIoError();
    void otherCommandsStayGuiless();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments, const QString &platform = {}) const;

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_id = 0;
};

void tst_CampaignReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(qEnvironmentVariable("FLEETDESK_CLI")), "FLEETDESK_CLI not set");
    m_db = m_dir.filePath(QStringLiteral("fleet.sqlite"));
    const QString connection = QStringLiteral("tst_CampaignReportCli");
    const auto opened = CacheDatabase::open(m_db, CacheDatabase::Kind::Fleet, connection);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    {
        CampaignRepository repository(QSqlDatabase::database(connection));
        CampaignSpec spec;
        spec.name = QStringLiteral("report from the CLI");
        spec.firmwareModel = QStringLiteral("LT-500");
        spec.firmwareVersion = QStringLiteral("1.1.0");
        spec.targetQuery = QStringLiteral("model:LT-500");
        QVector<CampaignDeviceRecord> devices;
        for (int i = 0; i < 3; ++i) {
            CampaignDeviceRecord d;
            d.deviceId = QUuid::createUuid();
            d.position = i;
            d.wave = i == 0 ? 0 : 1;
            d.reason = i == 2 ? QStringLiteral("battery 9 %, below 30 %") : QString();
            d.state = i == 2 ? CampaignDeviceState::Skipped : CampaignDeviceState::Pending;
            d.fromVersion = QStringLiteral("1.0.0");
            devices.append(d);
        }
        QString error;
        m_id = repository.create(spec,
                                 QStringLiteral("http://127.0.0.1:8080/fw"),
                                 QStringLiteral("127.0.0.1:8080"),
                                 devices,
                                 QStringLiteral("tester"),
                                 &error);
        QVERIFY2(m_id > 0, qPrintable(error));
        CampaignDeviceRecord done = devices[0];
        done.state = CampaignDeviceState::Downloading;
        QVERIFY2(repository.transition(m_id, done, {}, &error), qPrintable(error));
        done.state = CampaignDeviceState::Succeeded;
        done.reportedVersion = QStringLiteral("1.1.0");
        QVERIFY2(repository.transition(m_id, done, {}, &error), qPrintable(error));
    }
    CacheDatabase::close(connection);
}

tst_CampaignReportCli::Result tst_CampaignReportCli::cli(const QStringList &arguments,
                                                         const QString &platform) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("FLEETDESK_CLI"),
                  QStringList{QStringLiteral("--db"), m_db} + arguments);
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_CampaignReportCli::csvReport()
{
    const QString file = m_dir.filePath(QStringLiteral("report.csv"));
    const Result r = cli({QStringLiteral("--json"),
                          QStringLiteral("campaign"),
                          QStringLiteral("report"),
                          QString::number(m_id),
                          QStringLiteral("--csv"),
                          file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(json.value(QStringLiteral("devices")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("file")).toString(), file);

    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVector<CsvReader::Row> rows;
    QString error;
    QVERIFY2(CsvReader::parse(csv.readAll(), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].fields, CampaignReportData::csvColumns());
    const int state = int(CampaignReportData::csvColumns().indexOf(QStringLiteral("state")));
    QCOMPARE(rows[1].fields.value(state), QStringLiteral("succeeded"));
    QCOMPARE(rows[3].fields.value(state), QStringLiteral("skipped"));
}

void tst_CampaignReportCli::pdfReportWithoutADisplay()
{
    const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
    const Result r = cli({QStringLiteral("campaign"),
                          QStringLiteral("report"),
                          QString::number(m_id),
                          QStringLiteral("--pdf"),
                          file,
                          QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray data = pdf.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    QVERIFY(data.size() > 5000);
    // The pages it announces are the page objects in the file.
    const int pages = json.value(QStringLiteral("pages")).toInt();
    QVERIFY(pages >= 1);
    QCOMPARE(int(data.count("/Type /Page\n") + data.count("/Type /Page ")
                 + data.count("/Type /Page>") + data.count("/Type /Page/")),
             pages);

    // Text output names the file.
    const Result text = cli({QStringLiteral("campaign"),
                             QStringLiteral("report"),
                             QString::number(m_id),
                             QStringLiteral("--pdf"),
                             file});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains(file.toUtf8()), text.out.constData());
}

void tst_CampaignReportCli::unknownCampaignIsNotFound()
{
    const Result r = cli({QStringLiteral("--json"),
                          QStringLiteral("campaign"),
                          QStringLiteral("report"),
                          QStringLiteral("987654"),
                          QStringLiteral("--csv"),
                          m_dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.csv"))));
}

void tst_CampaignReportCli::usageErrors()
{
    const QString id = QString::number(m_id);
    const QString file = m_dir.filePath(QStringLiteral("x.csv"));
    // Neither --csv nor --pdf; both; no file.
    QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("report"), id, file}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("campaign"),
                  QStringLiteral("report"),
                  id,
                  QStringLiteral("--csv"),
                  QStringLiteral("--pdf"),
                  file})
                 .exitCode,
             2);
    QCOMPARE(
        cli({QStringLiteral("campaign"), QStringLiteral("report"), id, QStringLiteral("--csv")})
            .exitCode,
        2);
    QVERIFY(!QFile::exists(file));
}

void tst_CampaignReportCli::unwritableFileIsAnIoError()
{
    const QString file = m_dir.filePath(QStringLiteral("missing/dir/report.pdf"));
    const Result r = cli({QStringLiteral("--json"),
                          QStringLiteral("campaign"),
                          QStringLiteral("report"),
                          QString::number(m_id),
                          QStringLiteral("--pdf"),
                          file});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("io"));
}

void tst_CampaignReportCli::otherCommandsStayGuiless()
{
    // With the xcb platform and no display a QGuiApplication aborts: the CSV report and other
    // commands must not create one.
    const Result csv = cli({QStringLiteral("campaign"),
                            QStringLiteral("report"),
                            QString::number(m_id),
                            QStringLiteral("--csv"),
                            m_dir.filePath(QStringLiteral("xcb.csv"))},
                           QStringLiteral("xcb"));
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const Result version = cli({QStringLiteral("--version")}, QStringLiteral("xcb"));
    QVERIFY2(version.exitCode == 0, version.err.constData());
    // …whereas the PDF does (and fails there): proof that the check above means something.
    const Result pdf = cli({QStringLiteral("campaign"),
                            QStringLiteral("report"),
                            QString::number(m_id),
                            QStringLiteral("--pdf"),
                            m_dir.filePath(QStringLiteral("xcb.pdf"))},
                           QStringLiteral("xcb"));
    QVERIFY(pdf.exitCode != 0);
}

QTEST_GUILESS_MAIN(tst_CampaignReportCli)
#include "tst_CampaignReportCli.moc"
