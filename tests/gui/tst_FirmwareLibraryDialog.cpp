#include "ScreenshotLanguage.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "campaign/FirmwareLibraryDialog.h"
#include "firmware/FirmwareServer.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The firmware library dialog offscreen over a temporary cache: imports through the Import…
// button with a scripted file picker (each runs on a worker thread), refusals shown with their
// reason, replace, signing key, the built-in server, remove. FLEETDESK_SCREENSHOT_DIR=DIR saves a
// grab as DIR/firmware-library-en.png.
class tst_FirmwareLibraryDialog : public QObject
{
    Q_OBJECT

private:
    QDir m_vectors{QStringLiteral(FLEETDESK_TEST_DATA "/firmware")};

    QString vector(const QString &name) const { return m_vectors.filePath(name); }

    static DeviceList fleet()
    {
        DeviceList devices;
        for (const char *version : {"1.2.0", "1.2.0", "1.1.0"}) {
            Device d;
            d.id = QUuid::createUuid();
            d.name = QStringLiteral("pump-%1").arg(devices.size());
            d.model = QStringLiteral("LT-500");
            d.firmwareVersion = QString::fromLatin1(version);
            devices.append(d);
        }
        return devices;
    }

    // Clicks Import… with the next scripted file and waits for the outcome.
    static QList<QVariant> importThroughButton(FirmwareLibraryDialog &dialog,
                                               ScriptedFileDialogs &files,
                                               const QString &path)
    {
        files.answers << path;
        QSignalSpy finished(&dialog, &FirmwareLibraryDialog::operationFinished);
        dialog.importButton()->click();
        if (finished.isEmpty() && !finished.wait(20000))
            return {};
        return finished.first();
    }

    static int row(const FirmwareLibraryDialog &dialog, const QString &version)
    {
        for (int r = 0; r < dialog.table()->rowCount(); ++r) {
            if (dialog.table()->item(r, FirmwareLibraryDialog::VersionColumn)->text() == version)
                return r;
        }
        return -1;
    }

    static QString cell(const FirmwareLibraryDialog &dialog, int row, int column)
    {
        const QTableWidgetItem *item = dialog.table()->item(row, column);
        return item ? item->text() : QString();
    }

private slots:
    void initTestCase() { QVERIFY(ScreenshotLanguage::install()); }
    void importRefuseReplaceServeRemove()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ScriptedFileDialogs files;
        ScriptedMessageBoxes boxes;
        FirmwareLibraryDialog::Dependencies deps;
        deps.fleetDbPath = dir.filePath(QStringLiteral("fleet.db"));
        deps.fleet = fleet();
        deps.fileDialogs = &files;
        deps.messageBoxes = &boxes;
        deps.actor = QStringLiteral("tester");
        FirmwareLibraryDialog dialog(deps);
        QSignalSpy reloaded(&dialog, &FirmwareLibraryDialog::reloaded);
        dialog.show();
        QVERIFY(!reloaded.isEmpty() || reloaded.wait(10000));
        QCOMPARE(dialog.table()->rowCount(), 0);

        // A good image.
        QList<QVariant> outcome
            = importThroughButton(dialog, files, vector(QStringLiteral("valid.fdfw")));
        QCOMPARE(outcome.size(), 2);
        QVERIFY2(outcome.at(0).toBool(), qPrintable(outcome.at(1).toString()));
        QCOMPARE(files.asked.size(), 1);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(cell(dialog, 0, FirmwareLibraryDialog::ModelColumn), QStringLiteral("LT-500"));
        QCOMPARE(cell(dialog, 0, FirmwareLibraryDialog::VersionColumn), QStringLiteral("1.2.0"));
        QCOMPARE(cell(dialog, 0, FirmwareLibraryDialog::DevicesColumn), QStringLiteral("2"));
        QCOMPARE(cell(dialog, 0, FirmwareLibraryDialog::SignatureColumn),
                 QStringLiteral("unsigned"));
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("Imported LT-500 1.2.0")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("firmware/LT-500-1.2.0.fdfw"))));

        // A pre-release, sorted before its release.
        outcome = importThroughButton(dialog, files, vector(QStringLiteral("prerelease.fdfw")));
        QVERIFY(outcome.value(0).toBool());
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(row(dialog, QStringLiteral("1.2.0-rc1")), 0);
        QCOMPARE(cell(dialog, 0, FirmwareLibraryDialog::DevicesColumn), QStringLiteral("0"));

        // A refused one: the reason is in the dialog, the list unchanged.
        outcome = importThroughButton(dialog, files, vector(QStringLiteral("wrong-hash.fdfw")));
        QCOMPARE(outcome.size(), 2);
        QVERIFY(!outcome.at(0).toBool());
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("wrong-hash.fdfw")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("SHA-256")));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QVERIFY(dialog.isVisible());

        // The same model and version again: asked, declined, refused.
        boxes.confirmAnswer = false;
        outcome = importThroughButton(dialog, files, vector(QStringLiteral("valid-signed.fdfw")));
        QVERIFY(!outcome.at(0).toBool());
        QCOMPARE(boxes.confirmations.size(), 1);
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("already in the library")));
        // …and accepted: replaced.
        boxes.confirmAnswer = true;
        QSignalSpy finished(&dialog, &FirmwareLibraryDialog::operationFinished);
        files.answers << vector(QStringLiteral("valid-signed.fdfw"));
        dialog.importButton()->click();
        // The first outcome is the refusal that leads to the question, then the replacement.
        QVERIFY(QTest::qWaitFor(
            [&] { return !finished.isEmpty() && finished.last().at(0).toBool(); }, 20000));
        QCOMPARE(boxes.confirmations.size(), 2);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(cell(dialog,
                      row(dialog, QStringLiteral("1.2.0")),
                      FirmwareLibraryDialog::SignatureColumn),
                 QStringLiteral("signed, not verified"));

        // A signing key that requires signatures; a badly signed image is refused.
        finished.clear();
        dialog.setModelKey(
            QStringLiteral("LT-500"), vector(QStringLiteral("test-signing-key.pub.pem")), true);
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(cell(dialog,
                     row(dialog, QStringLiteral("1.2.0")),
                     FirmwareLibraryDialog::SignatureColumn)
                    .contains(QLatin1String("requires")));
        outcome = importThroughButton(dialog, files, vector(QStringLiteral("badly-signed.fdfw")));
        QVERIFY(!outcome.at(0).toBool());
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("signature does not match")));
        // A key that is not Ed25519 is refused with its reason.
        finished.clear();
        dialog.setModelKey(
            QStringLiteral("LT-500"), vector(QStringLiteral("test-signing-key.pem")), true);
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("Ed25519")));

        outcome = importThroughButton(dialog, files, vector(QStringLiteral("valid.fdfw")));
        QVERIFY(!outcome.at(0).toBool()); // unsigned, and LT-500 requires signatures
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("not signed")));

        // The built-in server on 127.0.0.1 at a free port; the table shows its URL.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const int loopback = dialog.interfaceComboBox()->findData(QStringLiteral("127.0.0.1"));
        QVERIFY(loopback >= 0);
        dialog.interfaceComboBox()->setCurrentIndex(loopback);
        dialog.portSpinBox()->setValue(port);
        dialog.startButton()->click();
        QVERIFY(dialog.server()->isListening());
        const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(port);
        QVERIFY2(dialog.serverStatusLabel()->text().contains(base),
                 qPrintable(dialog.serverStatusLabel()->text()));
        QCOMPARE(
            cell(dialog, row(dialog, QStringLiteral("1.2.0")), FirmwareLibraryDialog::UrlColumn),
            base + QStringLiteral("LT-500-1.2.0.fdfw"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(!dialog.portSpinBox()->isEnabled());

        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(
            cell(dialog, row(dialog, QStringLiteral("1.2.0")), FirmwareLibraryDialog::UrlColumn))));
        QSignalSpy downloaded(reply, &QNetworkReply::finished);
        QVERIFY(downloaded.wait(20000));
        QFile original(vector(QStringLiteral("valid-signed.fdfw")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(reply->readAll(), original.readAll());
        reply->deleteLater();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return dialog.lastRequestLabel()->text().contains(
                    QLatin1String("GET /LT-500-1.2.0.fdfw 200"));
            },
            5000));

        const QString shots = qEnvironmentVariable("FLEETDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.table()->selectRow(0);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(
                QStringLiteral("firmware-library-%1.png").arg(ScreenshotLanguage::language()))));
        }

        // An external URL replaces the built-in server's for that image.
        finished.clear();
        dialog.setExternalUrl(QStringLiteral("LT-500"),
                              QStringLiteral("1.2.0"),
                              QStringLiteral("https://mirror.example/lt500-1.2.0.fdfw"));
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QCOMPARE(
            cell(dialog, row(dialog, QStringLiteral("1.2.0")), FirmwareLibraryDialog::UrlColumn),
            QStringLiteral("https://mirror.example/lt500-1.2.0.fdfw"));

        dialog.stopButton()->click();
        QVERIFY(!dialog.server()->isListening());
        QVERIFY(dialog.startButton()->isEnabled());

        // Remove, after a confirmation.
        dialog.table()->selectRow(row(dialog, QStringLiteral("1.2.0")));
        QVERIFY(dialog.removeButton()->isEnabled());
        boxes.confirmAnswer = true;
        finished.clear();
        dialog.removeButton()->click();
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("firmware/LT-500-1.2.0.fdfw"))));
    }

    void cancelledPickerDoesNothing()
    {
        QTemporaryDir dir;
        ScriptedFileDialogs files;
        ScriptedMessageBoxes boxes;
        FirmwareLibraryDialog::Dependencies deps;
        deps.fleetDbPath = dir.filePath(QStringLiteral("fleet.db"));
        deps.fileDialogs = &files;
        deps.messageBoxes = &boxes;
        FirmwareLibraryDialog dialog(deps);
        QSignalSpy reloaded(&dialog, &FirmwareLibraryDialog::reloaded);
        QVERIFY(!reloaded.isEmpty() || reloaded.wait(10000));
        QSignalSpy finished(&dialog, &FirmwareLibraryDialog::operationFinished);
        dialog.importButton()->click(); // no scripted answer: cancelled
        QCOMPARE(files.asked.size(), 1);
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(finished.isEmpty());
        QCOMPARE(dialog.table()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_FirmwareLibraryDialog)
#include "tst_FirmwareLibraryDialog.moc"
