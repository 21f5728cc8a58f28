// Broker accounts (DynSecDialog) over an in-memory dynamic-security broker (FakeDynSecBroker, no
// network): the tables fill, a device account is created with a generated password shown once,
// disabled, enabled and deleted (confirmed), refusals show in the status line, buttons follow the
// selection and the work in flight, and every change reaches the audit callback without a password.
// With FLEETDESK_DYNSEC_SCREENSHOT=FILE.png it also saves a screenshot of the dialog.
#undef QT_NO_CAST_FROM_ASCII // FakeDynSecBroker writes its JSON with plain literals

#include "DynSecListModel.h"
#include "FakeDynSecBroker.h"
#include "ScriptedMessageBoxes.h"
#include "mqtt/DynSecDialog.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class tst_DynSecDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheAccounts();
    void createsDisablesEnablesAndDeletesADeviceAccount();
    void showsRefusalsAndAuditsThem();
    void deleteNeedsConfirmation();

private:
    void waitForRefresh();
    QPushButton *button(const char *name) const
    {
        return m_dialog->findChild<QPushButton *>(QLatin1String(name));
    }

    FakeDynSecBroker *m_broker = nullptr;
    ScriptedMessageBoxes m_boxes;
    QVector<JournalRepository::AuditEntry> m_audit;
    DynSecDialog *m_dialog = nullptr;
    QSignalSpy *m_refreshed = nullptr;
    int m_seenRefreshes = 0;
};

void tst_DynSecDialog::init()
{
    m_audit.clear();
    m_seenRefreshes = 0;
    m_boxes = ScriptedMessageBoxes();
    m_broker = new FakeDynSecBroker;
    DynSecDialog::Dependencies deps;
    deps.messageBoxes = &m_boxes;
    deps.audit = [this](const JournalRepository::AuditEntry &entry) {
        m_audit.append(entry);
    };
    deps.brokerName = QStringLiteral("sandbox-mqtt");
    m_dialog = new DynSecDialog(m_broker, deps);
    m_refreshed = new QSignalSpy(m_dialog, &DynSecDialog::refreshed);
    m_dialog->show();
    waitForRefresh();
}

void tst_DynSecDialog::cleanup()
{
    delete m_refreshed;
    delete m_dialog; // owns the broker
}

void tst_DynSecDialog::waitForRefresh()
{
    QTRY_VERIFY(m_refreshed->count() > m_seenRefreshes);
    m_seenRefreshes = int(m_refreshed->count());
    QTRY_VERIFY(!m_dialog->isBusy());
}

void tst_DynSecDialog::listsTheAccounts()
{
    QCOMPARE(m_refreshed->count(), 1);
    QCOMPARE(m_refreshed->first().first().toBool(), true);
    QCOMPARE(m_dialog->clientsModel()->rowCount(), 1);
    QCOMPARE(m_dialog->clientsModel()->nameAt(0), QStringLiteral("fleetdesk-admin"));
    QCOMPARE(m_dialog->rolesModel()->rowCount(), 1);
    QCOMPARE(m_dialog->groupsModel()->rowCount(), 0);
    QVERIFY(m_dialog->windowTitle().contains("sandbox-mqtt"));
    // Nothing selected: no client actions.
    QVERIFY(button("newDeviceAccountPushButton")->isEnabled());
    QVERIFY(!button("disablePushButton")->isEnabled());
    QVERIFY(!button("deletePushButton")->isEnabled());
    m_dialog->selectClient("fleetdesk-admin");
    QVERIFY(button("disablePushButton")->isEnabled());
    QVERIFY(!button("enablePushButton")->isEnabled());
    // Other tabs: no client actions.
    m_dialog->findChild<QTabWidget *>("accountsTabWidget")->setCurrentIndex(1);
    QVERIFY(!button("disablePushButton")->isEnabled());
}

void tst_DynSecDialog::createsDisablesEnablesAndDeletesADeviceAccount()
{
    QSignalSpy changed(m_dialog, &DynSecDialog::changeFinished);
    m_dialog->createDeviceAccount("pump-7", QByteArray(), "Pump 7");
    QVERIFY(m_dialog->isBusy()); // the GUI thread did not wait: the answer comes later
    QVERIFY(!button("newClientPushButton")->isEnabled());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toBool(), true);
    const QString status = m_dialog->statusText();
    QVERIFY2(status.contains("shown only now"), qPrintable(status));
    const QString password = status.section(": ", -1);
    QCOMPARE(password.size(), 32);
    waitForRefresh();
    QCOMPARE(m_broker->roles.value("fd-device-pump-7"),
             DynSecProtocol::deviceAccountAcls("pump-7"));
    QCOMPARE(m_dialog->clientsModel()->rowCount(), 2);
    QCOMPARE(m_dialog->rolesModel()->rowCount(), 2);
    QCOMPARE(m_audit.size(), 1);
    QCOMPARE(m_audit[0].action, QStringLiteral("mqtt_dynsec_create_device_account"));
    QCOMPARE(m_audit[0].result, QStringLiteral("succeeded"));
    QCOMPARE(m_audit[0].parameters.value("broker").toString(), QStringLiteral("sandbox-mqtt"));
    QVERIFY(!QJsonDocument(m_audit[0].parameters).toJson().contains(password.toUtf8()));

    if (const QByteArray file = qgetenv("FLEETDESK_DYNSEC_SCREENSHOT"); !file.isEmpty()) {
        m_dialog->selectClient("pump-7");
        QVERIFY(m_dialog->grab().save(QString::fromLocal8Bit(file)));
    }

    m_dialog->selectClient("pump-7");
    QVERIFY(button("disablePushButton")->isEnabled());
    QTest::mouseClick(button("disablePushButton"), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 2);
    waitForRefresh();
    QVERIFY(m_broker->clients["pump-7"].disabled);
    QVERIFY(m_dialog->clientsModel()->isDisabled(m_dialog->clientsModel()->rowOf("pump-7")));
    QVERIFY(button("enablePushButton")->isEnabled()); // the selection survived the refresh
    QVERIFY(!button("disablePushButton")->isEnabled());
    QTest::mouseClick(button("enablePushButton"), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 3);
    waitForRefresh();
    QVERIFY(!m_broker->clients["pump-7"].disabled);

    m_boxes.confirmAnswer = true;
    QTest::mouseClick(button("deletePushButton"), Qt::LeftButton);
    QCOMPARE(m_boxes.confirmations, QStringList{"Delete account"});
    QTRY_COMPARE(changed.count(), 4);
    waitForRefresh();
    QVERIFY(!m_broker->clients.contains("pump-7"));
    QVERIFY(!m_broker->roles.contains("fd-device-pump-7")); // a device account goes as a whole
    QCOMPARE(m_dialog->clientsModel()->rowCount(), 1);
    QStringList actions;
    for (const auto &e : std::as_const(m_audit))
        actions << e.action;
    QCOMPARE(actions,
             (QStringList{"mqtt_dynsec_create_device_account",
                          "mqtt_dynsec_disable_client",
                          "mqtt_dynsec_enable_client",
                          "mqtt_dynsec_delete_device_account"}));
}

void tst_DynSecDialog::showsRefusalsAndAuditsThem()
{
    QSignalSpy changed(m_dialog, &DynSecDialog::changeFinished);
    m_dialog->createClient("fleetdesk-admin", "pw", QString());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toBool(), false);
    QCOMPARE(m_dialog->statusText(),
             QStringLiteral("The broker refused createClient: Client already exists"));
    QCOMPARE(m_audit.size(), 1);
    QVERIFY(m_audit[0].result.startsWith("failed: "));
    // A given password is never shown.
    m_dialog->createClient("tool", "given-secret", "Tool");
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(!m_dialog->statusText().contains("given-secret"));
    waitForRefresh();
    QCOMPARE(m_dialog->clientsModel()->rowCount(), 2);
}

void tst_DynSecDialog::deleteNeedsConfirmation()
{
    m_dialog->selectClient("fleetdesk-admin");
    const int before = m_broker->commandCount;
    m_boxes.confirmAnswer = false;
    QTest::mouseClick(button("deletePushButton"), Qt::LeftButton);
    QCOMPARE(m_boxes.confirmations.size(), 1);
    QCOMPARE(m_broker->commandCount, before);
    QVERIFY(m_broker->clients.contains("fleetdesk-admin"));
}

QTEST_MAIN(tst_DynSecDialog)
#include "tst_DynSecDialog.moc"
