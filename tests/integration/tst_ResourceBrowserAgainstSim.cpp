// The Resources tab against the real sandbox (Leshan 2.0.0-M4 + simulator), offscreen: the LwM2M
// issue's matrix test. For every writable type of /33000 (integer, float, boolean, string) Write…
// through the real WriteValueDialog, then Read, and the tree shows what was written; Execute the
// harmless /33000/0/6 Restore Defaults and Read the factory values back; Observe /3303/0/5700 and
// the row follows the notifications. Runs its own sandbox: it changes device settings.
#include "DeviceDetailsWidget.h"
#include "lwm2m/Lwm2mService.h"
#include "lwm2m/ResourceBrowserWidget.h"
#include "lwm2m/WriteValueDialog.h"
#include "profiles/ConnectionProfile.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {
const QString Endpoint = QStringLiteral("sim-lwm2m-0001");
const QString Profile = QStringLiteral("leshan");
const QString Temperature = QStringLiteral("/3303/0/5700");
const QString RestoreDefaults = QStringLiteral("/33000/0/6");
// The writable resources of /33000 (resources/lwm2m-models/33000.xml); 4 and 5 are read-only.
const QStringList Writable = {QStringLiteral("/33000/0/0"),
                              QStringLiteral("/33000/0/1"),
                              QStringLiteral("/33000/0/2"),
                              QStringLiteral("/33000/0/3")};
constexpr int Deadline = 30000;
} // namespace

class tst_ResourceBrowserAgainstSim : public QObject
{
    Q_OBJECT

private:
    QString m_sandboxDir;
    QJsonObject m_sandbox;
    std::unique_ptr<Lwm2mService> m_service;
    std::unique_ptr<DeviceDetailsWidget> m_details;
    ResourceBrowserWidget *m_browser = nullptr;
    ResourceTreeModel *m_model = nullptr;
    Device m_device;
    QHash<QString, QString> m_factory; // path -> the value text read before any write

    static int sandbox(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral(FLEETDESK_SANDBOX), args);
        p.waitForFinished(300000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QModelIndex valueIndex(const QString &path) const { return m_model->indexForPath(path, 1); }
    QString shown(const QString &path) const { return valueIndex(path).data().toString(); }
    // What the tree shows for value on that row (its type and units from the object model).
    QString expectedText(const QString &path, const QVariant &value) const
    {
        const QModelIndex row = m_model->indexForPath(path);
        return ResourceTreeModel::formatValue(
            value,
            Lwm2mNode::Type(row.data(ResourceTreeModel::TypeRole).toInt()),
            row.data(ResourceTreeModel::UnitRole).toString());
    }

    // Read on the row through the Read action: "" when the read succeeded, else why not.
    QString readRow(const QString &path)
    {
        QSignalSpy finished(m_browser, &ResourceBrowserWidget::operationFinished);
        m_browser->setCurrentPath(path);
        if (m_browser->currentPath() != path)
            return QStringLiteral("%1: no such row").arg(path);
        if (!m_browser->readAction()->isEnabled())
            return QStringLiteral("%1: Read is disabled").arg(path);
        m_browser->readAction()->trigger();
        QString outcome = QStringLiteral("%1: no answer within %2 ms").arg(path).arg(Deadline);
        (void)QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(finished)) {
                    if (args.at(1).toString() == QLatin1String("read")
                        && args.at(2).toString() == path) {
                        outcome = args.at(3).toBool()
                                      ? QString()
                                      : path + QLatin1String(": ") + args.at(4).toString();
                        return true;
                    }
                }
                return false;
            },
            Deadline);
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_sandboxDir = qEnvironmentVariable("FLEETDESK_SANDBOX_MATRIX_DIR");
        QVERIFY2(!m_sandboxDir.isEmpty(), "FLEETDESK_SANDBOX_MATRIX_DIR must name a directory");
        sandbox({QStringLiteral("down"), QStringLiteral("--dir"), m_sandboxDir});
        QDir(m_sandboxDir).removeRecursively();
        QCOMPARE(sandbox({QStringLiteral("up"),
                          QStringLiteral("--dir"),
                          m_sandboxDir,
                          QStringLiteral("--lwm2m-devices"),
                          QStringLiteral("2")}),
                 0);
        QFile description(QDir(m_sandboxDir).filePath(QStringLiteral("sandbox.json")));
        QVERIFY(description.open(QIODevice::ReadOnly));
        m_sandbox = QJsonDocument::fromJson(description.readAll()).object();

        ConnectionProfile profile;
        profile.name = Profile;
        profile.kind = ConnectionProfile::Kind::Lwm2mServer;
        profile.url = QUrl(m_sandbox.value(QStringLiteral("leshan"))
                               .toObject()
                               .value(QStringLiteral("rest"))
                               .toString());
        QVERIFY(profile.url.isValid());
        m_service = std::make_unique<Lwm2mService>(nullptr);
        QSignalSpy synchronised(m_service.get(), &Lwm2mService::synchronised);
        m_service->startConnection(profile);
        // The connection listed the sandbox's two devices (`sandbox up` waits for their
        // registration).
        QTRY_VERIFY_WITH_TIMEOUT(!synchronised.isEmpty(), 60000);
        QCOMPARE(synchronised.first().at(0).toString(), Profile);
        QCOMPARE(synchronised.first().at(1).toInt(), 2);

        m_device.id = QUuid::createUuid();
        m_device.name = Endpoint;
        m_device.binding = {Protocol::Lwm2m, Profile, Endpoint};
        m_device.health = Health::Online;
        m_device.lastSeen = QDateTime::currentDateTimeUtc();

        m_details = std::make_unique<DeviceDetailsWidget>();
        m_details->resize(920, 640);
        m_browser = m_details->resourceBrowser();
        m_model = m_browser->model();
        m_details->setLwm2mService(m_service.get());
        m_details->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_details.get()));
        m_details->showDevice(m_device);
        m_details->tabWidget()->setCurrentWidget(m_browser);
        // The tree comes from the real registration and Leshan's object models (-m with 33000.xml).
        QTRY_VERIFY_WITH_TIMEOUT(m_model->indexForPath(QStringLiteral("/33000/0/0")).isValid(),
                                 Deadline);
        QVERIFY(m_model->indexForPath(Temperature).isValid());
        QVERIFY(m_model->indexForPath(RestoreDefaults).isValid());

        // The factory values, read through the tree before anything is written.
        for (const QString &path : Writable) {
            const QString error = readRow(path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(valueIndex(path).data(ResourceTreeModel::ReadRole).toBool());
            m_factory.insert(path, shown(path));
        }
    }

    void cleanupTestCase()
    {
        m_details.reset();
        if (m_service)
            m_service->stopAll();
        m_service.reset();
        if (!m_sandboxDir.isEmpty())
            sandbox({QStringLiteral("down"), QStringLiteral("--dir"), m_sandboxDir});
    }

    void writeThenReadRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QVariant>("expected");
        // Values other than the factory ones (300 s, 30 °C, true, normal), within the model's
        // range.
        QTest::newRow("integer") << "/33000/0/0" << int(Lwm2mNode::Type::Integer) << "120"
                                 << QVariant(qint64(120));
        QTest::newRow("float") << "/33000/0/1" << int(Lwm2mNode::Type::Float) << "-12.75"
                               << QVariant(-12.75);
        QTest::newRow("boolean") << "/33000/0/2" << int(Lwm2mNode::Type::Boolean) << "false"
                                 << QVariant(false);
        QTest::newRow("string") << "/33000/0/3" << int(Lwm2mNode::Type::String) << "eco"
                                << QVariant(QStringLiteral("eco"));
    }

    void writeThenReadRoundTrips()
    {
        QFETCH(QString, path);
        QFETCH(int, type);
        QFETCH(QString, input);
        QFETCH(QVariant, expected);
        const QString expectedShown = expectedText(path, expected);
        QVERIFY2(m_factory.value(path) != expectedShown, "pick a value the device does not have");
        QCOMPARE(m_model->indexForPath(path).data(ResourceTreeModel::TypeRole).toInt(), type);

        QSignalSpy finished(m_browser, &ResourceBrowserWidget::operationFinished);
        m_browser->setCurrentPath(path);
        QCOMPARE(m_browser->currentPath(), path);
        QVERIFY(m_browser->writeAction()->isEnabled());
        m_browser->writeAction()->trigger();
        auto *dialog = m_browser->findChild<WriteValueDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(int(dialog->type()), type);
        if (auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("booleanComboBox"));
            combo && combo->isVisible()) {
            combo->setCurrentIndex(combo->findData(input == QLatin1String("true")));
        } else {
            auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("valueLineEdit"));
            QVERIFY(line);
            QVERIFY(line->isVisible());
            line->clear();
            QTest::keyClicks(line, input);
        }
        QPushButton *okButton
            = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(okButton->isEnabled(), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isReplace());
        QPointer<WriteValueDialog> guard(dialog);
        okButton->click();
        QTRY_VERIFY(!guard);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Deadline);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("write"));
        QCOMPARE(finished.first().at(2).toString(), path);
        QVERIFY2(finished.first().at(3).toBool(), qPrintable(finished.first().at(4).toString()));

        // Read it back from the device: the tree shows what was written.
        const QString error = readRow(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(shown(path), expectedShown);
        QCOMPARE(valueIndex(path).data(ResourceTreeModel::StateRole).toInt(),
                 int(ResourceTreeModel::RowState::Idle));

        // And the device holds it, asked past the widget.
        bool answered = false;
        Lwm2mResponse response;
        m_service->read(Profile, Endpoint, path, this, [&](const Lwm2mResponse &r) {
            response = r;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, Deadline);
        QVERIFY2(response.ok(), qPrintable(response.message));
        QCOMPARE(expectedText(path, response.content.value), expectedShown);
    }

    void executeRestoreDefaults()
    {
        QSignalSpy finished(m_browser, &ResourceBrowserWidget::operationFinished);
        m_browser->setCurrentPath(RestoreDefaults);
        QCOMPARE(m_browser->currentPath(), RestoreDefaults);
        QVERIFY(m_browser->executeAction()->isEnabled());
        QVERIFY(!m_browser->writeAction()->isEnabled());
        QVERIFY(!m_browser->readAction()->isEnabled());
        m_browser->executeAction()->trigger();
        auto *dialog
            = m_browser->findChild<QInputDialog *>(QStringLiteral("executeArgumentsDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QString());
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Deadline);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("execute"));
        QVERIFY2(finished.first().at(3).toBool(), qPrintable(finished.first().at(4).toString()));
        QCOMPARE(m_browser->messageText(), QStringLiteral("Executed %1").arg(RestoreDefaults));

        // The written values are gone: Read shows the factory values again.
        for (const QString &path : Writable) {
            const QString error = readRow(path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(shown(path), m_factory.value(path));
        }
    }

    void observeUpdatesTheRow()
    {
        QSignalSpy notifications(m_service.get(), &Lwm2mService::notification);
        QSignalSpy finished(m_browser, &ResourceBrowserWidget::operationFinished);
        m_browser->setCurrentPath(Temperature);
        QCOMPARE(m_browser->currentPath(), Temperature);
        QVERIFY(m_browser->observeAction()->isEnabled());
        QVERIFY(!m_browser->observeAction()->isChecked());
        m_browser->observeAction()->trigger();
        const QModelIndex value = valueIndex(Temperature);
        QTRY_VERIFY_WITH_TIMEOUT(value.data(ResourceTreeModel::ObservedRole).toBool(), Deadline);
        QVERIFY(m_browser->observeAction()->isChecked());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("observe"));
        QVERIFY2(finished.first().at(3).toBool(), qPrintable(finished.first().at(4).toString()));

        // Notifications arrive (the simulated temperature changes every second) and the row
        // shows the latest one.
        const auto ours = [&] {
            QList<Lwm2mSample> samples;
            for (const QList<QVariant> &args : std::as_const(notifications)) {
                const auto sample = args.at(0).value<Lwm2mSample>();
                if (sample.endpoint == Endpoint && sample.path == Temperature)
                    samples.append(sample);
            }
            return samples;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ours().size() >= 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(Temperature), expectedText(Temperature, ours().last().node.value), Deadline);
        QCOMPARE(value.data(ResourceTreeModel::StateRole).toInt(),
                 int(ResourceTreeModel::RowState::Idle));

        // Observe toggles off.
        m_browser->observeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!value.data(ResourceTreeModel::ObservedRole).toBool(), Deadline);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, Deadline);
        QCOMPARE(finished.last().at(1).toString(), QStringLiteral("cancel-observation"));
        QVERIFY2(finished.last().at(3).toBool(), qPrintable(finished.last().at(4).toString()));
    }
};

QTEST_MAIN(tst_ResourceBrowserAgainstSim)
#include "tst_ResourceBrowserAgainstSim.moc"
