#include "report/CampaignPdfReport.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The campaign PDF (issue CAMPAIGN item 5, docs/campaign-report.md): ~300 devices across pages, in
// English and with Japanese names, and a PNG preview of page 1 painted by the same code.
// FLEETDESK_SCREENSHOT_DIR, when set, receives campaign-report-en.png (docs/screenshots).

namespace {

const QDateTime T0(QDate(2026, 11, 26), QTime(1, 0), Qt::UTC);

CampaignReportData sampleReport(int deviceCount, bool japanese)
{
    CampaignRecord c;
    c.id = 12;
    c.name = japanese ? QStringLiteral("大阪工場 LT-500 を 1.1.0 へ")
                      : QStringLiteral("LT-500 to 1.1.0, Osaka first");
    c.spec.name = c.name;
    c.spec.firmwareModel = QStringLiteral("LT-500");
    c.spec.firmwareVersion = QStringLiteral("1.1.0");
    c.spec.targetQuery = QStringLiteral("model:LT-500 fw:<1.1.0");
    c.spec.waves
        = {CampaignAmount::count(5), CampaignAmount::percent(25), CampaignAmount::percent(100)};
    c.spec.concurrency = 20;
    c.spec.deviceTimeoutS = 1200;
    c.spec.retries = 2;
    c.spec.successThreshold = CampaignAmount::percent(95);
    c.spec.errorThreshold = CampaignAmount::percent(10);
    c.spec.approvalAfterWave = true;
    c.spec.window
        = CampaignWindow{{1, 2, 3, 4, 5}, QTime(22, 0), QTime(5, 0), QStringLiteral("Asia/Tokyo")};
    c.spec.order
        = {{QStringLiteral("gateway")}, {QStringLiteral("sensor"), QStringLiteral("meter")}};
    c.spec.preconditions.batteryMin = 30;
    c.spec.preconditions.signalMinDbm = -110;
    c.state = CampaignState::Paused;
    c.reason = QStringLiteral("wave 2: 9 devices failed, more than the error threshold of 10 %");
    c.packageUrl = QStringLiteral("http://192.168.10.4:8080/firmware/LT-500/1.1.0");
    c.createdAt = T0.addSecs(-3600);
    c.createdBy = QStringLiteral("operator");
    c.startedAt = T0;

    const QStringList reasons = {QStringLiteral("no answer within 1200 s"),
                                 QStringLiteral("device reported 1.0.3 after its reboot"),
                                 {}};
    QVector<CampaignDeviceRecord> devices;
    QVector<CampaignEvent> events;
    qint64 eventId = 0;
    auto event = [&](const QUuid &id, const QDateTime &at, const QString &state) {
        CampaignEvent e;
        e.id = ++eventId;
        e.campaignId = c.id;
        e.deviceId = id;
        e.at = at;
        e.state = state;
        events.append(e);
    };
    event({}, T0, QStringLiteral("running"));
    for (int i = 0; i < deviceCount; ++i) {
        CampaignDeviceRecord d;
        d.deviceId = QUuid::createUuid();
        d.position = i;
        d.wave = i < 5 ? 0 : (i < 80 ? 1 : 2);
        d.name = japanese ? QStringLiteral("メーター %1 号機").arg(i)
                          : QStringLiteral("meter-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (i == 3)
            d.name = QStringLiteral("pump, \"north\"");
        d.model = QStringLiteral("LT-500");
        d.protocol = i % 3 ? QStringLiteral("lwm2m") : QStringLiteral("mqtt");
        d.fromVersion = QStringLiteral("1.0.3");
        const QDateTime start = T0.addSecs(20 + i * 30);
        if (d.wave == 2 && i > 160) {
            d.state = i % 17 == 0 ? CampaignDeviceState::Skipped : CampaignDeviceState::Pending;
            if (d.state == CampaignDeviceState::Skipped)
                d.reason = japanese ? QStringLiteral("電池 12 % が 30 % 未満")
                                    : QStringLiteral("battery 12 % below 30 %");
        } else if (i % 11 == 7) {
            d.state = CampaignDeviceState::Failed;
            d.attempt = 3;
            d.reason = reasons[i % 3];
            d.resultCode = i % 2 ? 8 : 4;
            d.reportedVersion = QStringLiteral("1.0.3");
        } else if (i >= 155 && i <= 160) {
            d.state = CampaignDeviceState::Updating;
            d.attempt = 1;
        } else {
            d.state = CampaignDeviceState::Succeeded;
            d.attempt = 1;
            d.reportedVersion = QStringLiteral("1.1.0");
            d.resultCode = 1;
        }
        if (d.state != CampaignDeviceState::Pending && d.state != CampaignDeviceState::Skipped) {
            d.startedAt = start;
            event(d.deviceId, start, QStringLiteral("downloading"));
            event(d.deviceId, start.addSecs(200), QStringLiteral("updating"));
            if (d.isTerminal()) {
                d.finishedAt = start.addSecs(320);
                event(d.deviceId, d.finishedAt, CampaignText::deviceStateId(d.state));
            }
        }
        devices.append(d);
    }
    std::sort(events.begin(), events.end(), [](const CampaignEvent &a, const CampaignEvent &b) {
        return a.at < b.at;
    });
    event({}, T0.addSecs(20 + 161 * 30 + 400), QStringLiteral("paused"));
    return CampaignReportData(c, devices, events, T0.addSecs(6 * 3600));
}

int countPages(const QByteArray &pdf)
{
    // Page objects, not the /Pages tree node.
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/")
               + pdf.count("/Type /Page>"));
}

bool hasInk(const QImage &image, const QRect &rect)
{
    for (int y = rect.top(); y <= rect.bottom(); y += 2) {
        for (int x = rect.left(); x <= rect.right(); x += 2) {
            if (qGray(image.pixel(x, y)) < 128)
                return true;
        }
    }
    return false;
}

} // namespace

class tst_CampaignPdfReport : public QObject
{
    Q_OBJECT

private slots:
    void writesAMultiPagePdf();
    void japaneseNamesRender();
    void previewOfPageOne();
    void emptyCampaignIsOnePage();
    void unwritablePathIsAnError();
};

void tst_CampaignPdfReport::writesAMultiPagePdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const CampaignReportData data = sampleReport(300, false);
    const CampaignPdfReport report(data);
    // Page 1 (title, summary, settings, chart, waves) and ~60 device rows a page after it.
    QVERIFY2(report.pageCount() >= 5 && report.pageCount() <= 9,
             qPrintable(QString::number(report.pageCount())));
    QString error;
    QVERIFY2(CampaignPdfReport::write(data, path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(countPages(pdf), report.pageCount());
    QVERIFY2(pdf.size() > 20 * 1024 && pdf.size() < 8 * 1024 * 1024,
             qPrintable(QString::number(pdf.size())));
    qInfo("%d devices: %d pages, %lld bytes",
          int(data.devices().size()),
          report.pageCount(),
          qint64(pdf.size()));
}

void tst_CampaignPdfReport::japaneseNamesRender()
{
    const CampaignReportData data = sampleReport(120, true);
    const CampaignPdfReport report(data);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report-ja.pdf"));
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(countPages(pdf), report.pageCount());
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK JP")))
        QVERIFY2(pdf.contains("NotoSansCJK"), "the CJK font is not used in the PDF");

    // The title line (the Japanese campaign name) has ink on the preview.
    const QImage page = report.renderPage(0, 96);
    QVERIFY(!page.isNull());
    QVERIFY(hasInk(page, QRect(48, 60, 300, 22)));
}

void tst_CampaignPdfReport::previewOfPageOne()
{
    const CampaignReportData data = sampleReport(300, false);
    const CampaignPdfReport report(data);
    const QImage image = report.renderPage(0, 110);
    QCOMPARE(image.size(), (CampaignPdfReport::pageSize() * (110 / 72.0)).toSize());
    // The margins stay white, the title and the chart have ink.
    QVERIFY(!hasInk(image, QRect(0, 0, image.width(), 20)));
    QVERIFY(hasInk(image, QRect(50, 70, 400, 40)));
    QVERIFY(!image.isNull());

    // The same painting code at another resolution gives the same picture, scaled.
    const QImage twice = report.renderPage(0, 220);
    QCOMPARE(twice.size(), (CampaignPdfReport::pageSize() * (220 / 72.0)).toSize());
    const QImage down = twice.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 difference = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            difference += qAbs(qGray(image.pixel(x, y)) - qGray(down.pixel(x, y)));
    }
    const double mean = double(difference) / ((image.width() / 3) * (image.height() / 3));
    QVERIFY2(mean < 12, qPrintable(QString::number(mean)));

    const QString dirName = qEnvironmentVariable("FLEETDESK_SCREENSHOT_DIR");
    if (!dirName.isEmpty()) {
        QVERIFY(report.renderPage(0, 110).save(
            QDir(dirName).filePath(QStringLiteral("campaign-report-en.png"))));
    }
}

void tst_CampaignPdfReport::emptyCampaignIsOnePage()
{
    CampaignRecord c;
    c.id = 1;
    c.name = QStringLiteral("nothing yet");
    const CampaignReportData data(c, {}, {}, T0);
    const CampaignPdfReport report(data);
    QCOMPARE(report.pageCount(), 1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(report.writePdf(dir.filePath(QStringLiteral("empty.pdf")), &error), qPrintable(error));
}

void tst_CampaignPdfReport::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
    QString error;
    QVERIFY(!CampaignPdfReport::write(sampleReport(10, false), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_CampaignPdfReport)
#include "tst_CampaignPdfReport.moc"
