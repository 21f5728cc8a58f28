#include "campaign/CampaignReportData.h"
#include "provisioning/CsvReader.h"
#include "store/CacheDatabase.h"
#include "store/CampaignRepository.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime T0(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

CampaignRecord sampleCampaign()
{
    CampaignRecord c;
    c.id = 7;
    c.name = QStringLiteral("LT-500 to 1.1.0");
    c.spec.name = c.name;
    c.spec.firmwareModel = QStringLiteral("LT-500");
    c.spec.firmwareVersion = QStringLiteral("1.1.0");
    c.spec.targetQuery = QStringLiteral("model:LT-500");
    c.spec.waves = {CampaignAmount::count(2), CampaignAmount::percent(50)};
    c.spec.concurrency = 20;
    c.spec.retries = 2;
    c.state = CampaignState::Paused;
    c.reason = QStringLiteral("error threshold exceeded in wave 1");
    c.packageUrl = QStringLiteral("http://10.0.0.5:8080/fw/LT-500-1.1.0.fdfw");
    c.createdAt = T0.addSecs(-600);
    c.startedAt = T0;
    return c;
}

CampaignDeviceRecord device(int position,
                            int wave,
                            CampaignDeviceState state,
                            const QString &reason = {},
                            std::optional<int> resultCode = std::nullopt)
{
    CampaignDeviceRecord d;
    d.deviceId = QUuid::createUuid();
    d.position = position;
    d.wave = wave;
    d.state = state;
    d.attempt = state == CampaignDeviceState::Pending ? 0 : 1;
    d.reason = reason;
    d.resultCode = resultCode;
    d.name = QStringLiteral("dev-%1").arg(position);
    d.model = QStringLiteral("LT-500");
    d.protocol = position % 2 ? QStringLiteral("mqtt") : QStringLiteral("lwm2m");
    d.fromVersion = QStringLiteral("1.0.0");
    return d;
}

// Canary: 2 succeeded. Wave 1: 2 succeeded, 3 failed (two "timeout", one by result code 8
// only), 1 skipped, 1 updating. Wave 2: 3 pending, 1 failed "timeout"… see the expectations.
QVector<CampaignDeviceRecord> sampleDevices()
{
    using S = CampaignDeviceState;
    const QString timeout = QStringLiteral("no answer within 900 s");
    return {
        device(0, 0, S::Succeeded),
        device(1, 0, S::Succeeded),
        device(2, 1, S::Succeeded),
        device(3, 1, S::Failed, timeout),
        device(4, 1, S::Failed, {}, 8),
        device(5, 1, S::Failed, timeout),
        device(6, 1, S::Skipped, QStringLiteral("battery 12 % below 30 %")),
        device(7, 1, S::Updating),
        device(8, 1, S::Succeeded),
        device(9, 2, S::Pending),
        device(10, 2, S::Pending),
        device(11, 2, S::Failed, QStringLiteral("device reported 1.0.0 after its reboot"), 1),
        device(12, 2, S::Cancelled),
    };
}

// A journal for sampleDevices(): every started device goes Downloading → Updating → its state,
// one second apart, interleaved; a pause in between; two devices finish at the same instant.
QVector<CampaignEvent> sampleEvents(const QVector<CampaignDeviceRecord> &devices)
{
    QVector<CampaignEvent> events;
    qint64 id = 0;
    auto add = [&](const QUuid &device, int second, const QString &state) {
        CampaignEvent e;
        e.id = ++id;
        e.campaignId = 7;
        e.deviceId = device;
        e.at = T0.addSecs(second);
        e.state = state;
        events.append(e);
    };
    add({}, 0, QStringLiteral("running"));
    int second = 1;
    for (const CampaignDeviceRecord &d : devices) {
        if (d.state == CampaignDeviceState::Pending || d.state == CampaignDeviceState::Skipped
            || d.state == CampaignDeviceState::Cancelled)
            continue;
        add(d.deviceId, second, QStringLiteral("downloading"));
        add(d.deviceId, second + 1, QStringLiteral("updating"));
        if (!d.isInFlight())
            add(d.deviceId, second + 2, CampaignText::deviceStateId(d.state));
        second += 2; // the next device's Downloading shares this device's last instant
    }
    add({}, second + 5, QStringLiteral("paused"));
    return events;
}

} // namespace

class tst_CampaignReportData : public QObject
{
    Q_OBJECT

private slots:
    void waveRowsCountEachState();
    void failuresAreGroupedByReasonAndSorted();
    void progressSeriesIsCumulativeAndMonotone();
    void settingsDescribeTheSpec();
    void csvHasHeaderAndQuotes();
    void loadsFromTheRepository();
    void unknownCampaignIsAnError();
};

void tst_CampaignReportData::waveRowsCountEachState()
{
    const auto devices = sampleDevices();
    const CampaignReportData data(sampleCampaign(), devices, sampleEvents(devices), T0);
    QCOMPARE(data.waves().size(), 3);
    const auto &canary = data.waves()[0];
    QCOMPARE(canary.wave, 0);
    QCOMPARE(canary.size, 2);
    QCOMPARE(canary.succeeded, 2);
    const auto &w1 = data.waves()[1];
    QCOMPARE(w1.wave, 1);
    QCOMPARE(w1.size, 7);
    QCOMPARE(w1.succeeded, 2);
    QCOMPARE(w1.failed, 3);
    QCOMPARE(w1.skipped, 1);
    QCOMPARE(w1.inFlight, 1);
    QCOMPARE(w1.pending, 0);
    const auto &w2 = data.waves()[2];
    QCOMPARE(w2.size, 4);
    QCOMPARE(w2.pending, 2);
    QCOMPARE(w2.failed, 1);
    QCOMPARE(w2.cancelled, 1);

    QCOMPARE(data.totals().total, 13);
    QCOMPARE(data.totals().count(CampaignDeviceState::Succeeded), 4);
    QCOMPARE(data.totals().count(CampaignDeviceState::Failed), 4);
    QCOMPARE(data.devices().size(), 13);
    QCOMPARE(data.devices()[4].resultText, CampaignText::updateResultName(8));
    QVERIFY(data.devices()[0].resultText.isEmpty());
    QCOMPARE(CampaignReportData::waveName(0), QStringLiteral("Canary"));
    QCOMPARE(CampaignReportData::waveName(1), QStringLiteral("Wave 2")); // the canary is wave 1
    QCOMPARE(CampaignReportData::waveName(2), QStringLiteral("Wave 3"));
}

void tst_CampaignReportData::failuresAreGroupedByReasonAndSorted()
{
    const auto devices = sampleDevices();
    const CampaignReportData data(sampleCampaign(), devices, {}, T0);
    const auto &failures = data.failuresByReason();
    QCOMPARE(failures.size(), 3);
    QCOMPARE(failures[0].reason, QStringLiteral("no answer within 900 s"));
    QCOMPARE(failures[0].count, 2);
    // Ties (1 each) by reason text; a failure without a reason is grouped by its result code.
    QStringList rest = {failures[1].reason, failures[2].reason};
    QStringList expected = {QStringLiteral("device reported 1.0.0 after its reboot"),
                            CampaignText::updateResultName(8)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(rest, expected);
    QCOMPARE(failures[1].count, 1);
    int sum = 0;
    for (const auto &f : failures)
        sum += f.count;
    QCOMPARE(sum, data.totals().count(CampaignDeviceState::Failed));

    QCOMPARE(data.skippedByReason().size(), 1);
    QCOMPARE(data.skippedByReason()[0].reason, QStringLiteral("battery 12 % below 30 %"));
}

void tst_CampaignReportData::progressSeriesIsCumulativeAndMonotone()
{
    const auto devices = sampleDevices();
    const auto events = sampleEvents(devices);
    const CampaignReportData data(sampleCampaign(), devices, events, T0);
    const auto &series = data.progressSeries();
    QVERIFY(series.size() > 5);
    QCOMPARE(series.first().succeeded, 0);
    QCOMPARE(series.first().failed, 0);
    QCOMPARE(series.first().at, T0); // the campaign's start
    for (int i = 1; i < series.size(); ++i) {
        QVERIFY2(series[i].at > series[i - 1].at, qPrintable(QString::number(i)));
        QVERIFY(series[i].succeeded >= series[i - 1].succeeded);
        QVERIFY(series[i].failed >= series[i - 1].failed);
    }
    QCOMPARE(series.last().succeeded, 4);
    QCOMPARE(series.last().failed, 4);
    // The first success comes with the canary's first device, 2 s after it started downloading.
    int firstSuccess = -1;
    for (int i = 0; i < series.size() && firstSuccess < 0; ++i) {
        if (series[i].succeeded > 0)
            firstSuccess = i;
    }
    QVERIFY(firstSuccess > 0);
    QCOMPARE(series[firstSuccess].at, T0.addSecs(3));
    QCOMPARE(series[firstSuccess].succeeded, 1);

    QCOMPARE(data.campaignMarks().size(), 2);
    QCOMPARE(data.campaignMarks().last().state, QStringLiteral("paused"));

    // No journal: no series.
    QVERIFY(CampaignReportData(sampleCampaign(), devices, {}, T0).progressSeries().isEmpty());
}

void tst_CampaignReportData::settingsDescribeTheSpec()
{
    const CampaignReportData data(sampleCampaign(), sampleDevices(), {}, T0);
    QHash<QString, QString> settings;
    for (const auto &s : data.settings())
        settings.insert(s.label, s.value);
    QCOMPARE(settings.value(QStringLiteral("Concurrency")), QStringLiteral("20"));
    QCOMPARE(settings.value(QStringLiteral("Retries")), QStringLiteral("2"));
    QVERIFY2(settings.value(QStringLiteral("Waves")).contains(QStringLiteral("2, 7, 4")),
             qPrintable(settings.value(QStringLiteral("Waves"))));
    QCOMPARE(settings.value(QStringLiteral("Maintenance window")), QStringLiteral("always open"));
    QCOMPARE(settings.value(QStringLiteral("On error")), QStringLiteral("pause"));
    QVERIFY(settings.value(QStringLiteral("Targets")).contains(QStringLiteral("model:LT-500")));
}

void tst_CampaignReportData::csvHasHeaderAndQuotes()
{
    auto devices = sampleDevices();
    devices[3].name = QStringLiteral("pump, \"north\"");
    devices[3].startedAt = T0.addSecs(5);
    const CampaignReportData data(sampleCampaign(), devices, {}, T0);
    const QByteArray csv = data.toCsv();

    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), devices.size() + 2); // header, rows, "" after the last CRLF
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < lines.size() - 1; ++i)
        QVERIFY2(lines[i].endsWith('\r'), qPrintable(QString::number(i)));
    QCOMPARE(
        lines[0],
        QByteArray("position,device_id,name,model,protocol,wave,state,attempts,from_version,"
                   "reported_version,result_code,result,reason,mark,started_at,finished_at\r"));
    QVERIFY2(lines[4].contains(",\"pump, \"\"north\"\"\",LT-500,mqtt,1,failed,1,1.0.0,"),
             lines[4].constData());
    QVERIFY2(lines[4].contains(",2026-11-26T09:00:05Z,"), lines[4].constData());
    QVERIFY2(lines[5].contains(",8," + CampaignText::updateResultName(8).toUtf8()),
             lines[5].constData());

    // It reads back with the project's RFC 4180 reader, field for field.
    QVector<CsvReader::Row> rows;
    QString error;
    QVERIFY2(CsvReader::parse(csv, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), devices.size() + 1);
    QCOMPARE(rows[0].fields, CampaignReportData::csvColumns());
    QCOMPARE(rows[4].fields.value(2), devices[3].name);
    QCOMPARE(rows[4].fields.value(1), devices[3].deviceId.toString(QUuid::WithoutBraces));
    QCOMPARE(rows[4].fields.value(12), devices[3].reason);
    for (const auto &row : rows)
        QCOMPARE(row.fields.size(), CampaignReportData::csvColumns().size());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(data.writeCsv(dir.filePath(QStringLiteral("r.csv")), &error));
    QFile written(dir.filePath(QStringLiteral("r.csv")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), csv);
    QVERIFY(!data.writeCsv(dir.filePath(QStringLiteral("missing/r.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("missing/r.csv")));
}

void tst_CampaignReportData::loadsFromTheRepository()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString connection = QStringLiteral("tst_CampaignReportData");
    const auto opened = CacheDatabase::open(
        dir.filePath(QStringLiteral("fleet.sqlite")), CacheDatabase::Kind::Fleet, connection);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    {
        CampaignRepository repository(QSqlDatabase::database(connection));
        QVector<CampaignDeviceRecord> devices;
        for (int i = 0; i < 3; ++i)
            devices.append(device(i, i == 0 ? 0 : 1, CampaignDeviceState::Pending));
        QString error;
        const qint64 id = repository.create(sampleCampaign().spec,
                                            QStringLiteral("http://127.0.0.1:8080/fw"),
                                            QStringLiteral("127.0.0.1:8080"),
                                            devices,
                                            QStringLiteral("tester"),
                                            &error);
        QVERIFY2(id > 0, qPrintable(error));
        CampaignDeviceRecord done = devices[0];
        done.state = CampaignDeviceState::Downloading;
        QVERIFY2(repository.transition(id, done, {}, &error), qPrintable(error));
        done.state = CampaignDeviceState::Succeeded;
        done.reportedVersion = QStringLiteral("1.1.0");
        QVERIFY2(repository.transition(id, done, {}, &error), qPrintable(error));

        const auto data = CampaignReportData::load(repository, id, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->campaign().id, id);
        QCOMPARE(data->campaign().name, sampleCampaign().spec.name);
        QCOMPARE(data->totals().total, 3);
        QCOMPARE(data->totals().count(CampaignDeviceState::Succeeded), 1);
        QCOMPARE(data->waves().size(), 2);
        QCOMPARE(data->devices()[0].reportedVersion, QStringLiteral("1.1.0"));
        QVERIFY(!data->progressSeries().isEmpty());
        QCOMPARE(data->progressSeries().last().succeeded, 1);
    }
    CacheDatabase::close(connection);
}

void tst_CampaignReportData::unknownCampaignIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString connection = QStringLiteral("tst_CampaignReportData_unknown");
    const auto opened = CacheDatabase::open(
        dir.filePath(QStringLiteral("fleet.sqlite")), CacheDatabase::Kind::Fleet, connection);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    {
        CampaignRepository repository(QSqlDatabase::database(connection));
        QString error;
        QVERIFY(!CampaignReportData::load(repository, 4242, &error));
        QVERIFY2(error.contains(QStringLiteral("4242")), qPrintable(error));
    }
    CacheDatabase::close(connection);
}

QTEST_GUILESS_MAIN(tst_CampaignReportData)
#include "tst_CampaignReportData.moc"
