#include "common/ZipWriter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_ZipWriter : public QObject
{
    Q_OBJECT

private slots:
    void unzipAcceptsWhatWeWrite()
    {
        QTemporaryDir dir;
        ZipWriter zip;
        QByteArray big(200000, 'x');
        for (int i = 0; i < big.size(); i += 7)
            big[i] = char(i % 251);
        zip.addFile(QStringLiteral("versions.txt"), "FleetDesk 0.1.0\n");
        zip.addFile(QStringLiteral("logs/fleetdesk.log"), big);
        zip.addFile(QStringLiteral("日本語.txt"), "こんにちは");
        const QString path = dir.filePath(QStringLiteral("d.zip"));
        QString error;
        QVERIFY2(zip.writeTo(path, &error), qPrintable(error));

        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
        QVERIFY(unzip.waitForFinished(20000));
        const QString out = QString::fromUtf8(unzip.readAllStandardOutput());
        QCOMPARE(unzip.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("No errors detected")), qPrintable(out));

        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), path, QStringLiteral("logs/fleetdesk.log")});
        QVERIFY(unzip.waitForFinished(20000));
        QCOMPARE(unzip.readAllStandardOutput(), big);
    }
};

QTEST_GUILESS_MAIN(tst_ZipWriter)
#include "tst_ZipWriter.moc"
