#include "ConnectionManagerDialog.h"
#include "InMemorySecretStore.h"
#include "ProfileDialog.h"
#include "ProfileListModel.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"
#include "mqtt/DynSecDialog.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_ConnectionManagerDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addProfileKeepsThePasswordOutOfTheFile();
    void editWithoutNewPasswordKeepsTheSecret();
    void renameMovesTheSecret();
    void removeAsksFirst();
    void invalidProfilesAreListedWithTheirReason();
    void keychainFailureIsShown();
    void brokerAccountsOpenWithTheProfilesSecret();

private:
    void createDialog();
    ProfileDialog *openAddDialog();
    void fillBroker(ProfileDialog *dialog, const QString &name, const QString &password);
    static void clickSave(ProfileDialog *dialog);
    QByteArray fileContents() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    ScriptedFileDialogs m_fileDialogs;
    ScriptedMessageBoxes m_messageBoxes;
    std::unique_ptr<ConnectionManagerDialog> m_dialog;
};

void tst_ConnectionManagerDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_messageBoxes.confirmAnswer = false;
    m_messageBoxes.confirmations.clear();
}

void tst_ConnectionManagerDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_ConnectionManagerDialog::createDialog()
{
    ConnectionManagerDialog::Dependencies deps;
    deps.profiles = m_store.get();
    deps.secrets = m_secrets.get();
    deps.fileDialogs = &m_fileDialogs;
    deps.messageBoxes = &m_messageBoxes;
    m_dialog = std::make_unique<ConnectionManagerDialog>(deps);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

ProfileDialog *tst_ConnectionManagerDialog::openAddDialog()
{
    auto *add = m_dialog->findChild<QPushButton *>(QStringLiteral("addPushButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    ProfileDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_dialog->findChild<ProfileDialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void tst_ConnectionManagerDialog::fillBroker(ProfileDialog *dialog,
                                             const QString &name,
                                             const QString &password)
{
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("mqtts://broker.example.com:8883"));
    auto *auth = dialog->findChild<QComboBox *>(QStringLiteral("authComboBox"));
    auth->setCurrentIndex(auth->findData(int(ConnectionProfile::Auth::Password)));
    auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"));
    username->clear();
    QTest::keyClicks(username, QStringLiteral("operator"));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, password);
}

void tst_ConnectionManagerDialog::clickSave(ProfileDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *save = buttons->button(QDialogButtonBox::Ok);
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char('\n'))));
    QTest::mouseClick(save, Qt::LeftButton);
}

QByteArray tst_ConnectionManagerDialog::fileContents() const
{
    QFile file(m_store->path());
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void tst_ConnectionManagerDialog::addProfileKeepsThePasswordOutOfTheFile()
{
    createDialog();
    QSignalSpy saved(m_dialog.get(), &ConnectionManagerDialog::profilesSaved);
    QSignalSpy secretStored(m_dialog.get(), &ConnectionManagerDialog::secretStored);

    ProfileDialog *dialog = openAddDialog();
    QVERIFY(dialog);
    fillBroker(dialog, QStringLiteral("plant-broker"), QStringLiteral("s3cret-Pa55"));
    clickSave(dialog);

    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(saved.first().at(0).toBool());
    QTRY_COMPARE(secretStored.count(), 1);
    QVERIFY(secretStored.first().at(1).toBool());

    const QByteArray file = fileContents();
    QVERIFY(file.contains("plant-broker"));
    QVERIFY(file.contains("operator"));
    QVERIFY2(!file.contains("s3cret-Pa55"), file.constData());

    const ProfileStore::Entry *entry = m_store->find(QStringLiteral("plant-broker"));
    QVERIFY(entry);
    QCOMPARE(m_secrets->secrets.value(entry->profile.secretKey()), QByteArray("s3cret-Pa55"));
    QCOMPARE(m_dialog->model()->rowCount(), 1);

    // What is on disk loads back as a valid profile.
    ProfileStore reloaded(m_store->path());
    QString error;
    QVERIFY2(reloaded.load(&error), qPrintable(error));
    QCOMPARE(reloaded.entries().size(), 1);
    QVERIFY(reloaded.entries().first().isValid());
    QVERIFY(reloaded.entries().first().profile.verifyPeer);
}

void tst_ConnectionManagerDialog::editWithoutNewPasswordKeepsTheSecret()
{
    createDialog();
    QSignalSpy saved(m_dialog.get(), &ConnectionManagerDialog::profilesSaved);
    ProfileDialog *add = openAddDialog();
    QVERIFY(add);
    fillBroker(add, QStringLiteral("plant-broker"), QStringLiteral("first"));
    clickSave(add);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_COMPARE(m_secrets->writeCount, 1);

    auto *table = m_dialog->findChild<QTableView *>(QStringLiteral("profileTableView"));
    table->selectRow(0);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("editPushButton")),
                      Qt::LeftButton);
    ProfileDialog *edit = nullptr;
    QTRY_VERIFY((edit = m_dialog->findChild<ProfileDialog *>()) != nullptr && edit->isVisible());
    QVERIFY(!edit->isNewProfile());
    auto *username = edit->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"));
    QCOMPARE(username->text(), QStringLiteral("operator"));
    username->setText(QStringLiteral("supervisor"));
    // No new password typed: saving is allowed and the keychain is left alone.
    clickSave(edit);
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(m_store->find(QStringLiteral("plant-broker"))->profile.username,
             QStringLiteral("supervisor"));
    QCOMPARE(m_secrets->writeCount, 1);
    QCOMPARE(m_secrets->secrets.size(), 1);
}

void tst_ConnectionManagerDialog::renameMovesTheSecret()
{
    createDialog();
    QSignalSpy saved(m_dialog.get(), &ConnectionManagerDialog::profilesSaved);
    ProfileDialog *add = openAddDialog();
    QVERIFY(add);
    fillBroker(add, QStringLiteral("old-name"), QStringLiteral("pw"));
    clickSave(add);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_COMPARE(m_secrets->secrets.size(), 1);
    const QString oldKey = m_store->find(QStringLiteral("old-name"))->profile.secretKey();

    auto *table = m_dialog->findChild<QTableView *>(QStringLiteral("profileTableView"));
    table->selectRow(0);
    m_dialog->editSelectedProfile();
    ProfileDialog *edit = nullptr;
    QTRY_VERIFY((edit = m_dialog->findChild<ProfileDialog *>()) != nullptr && edit->isVisible());
    auto *name = edit->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    name->setText(QStringLiteral("new-name"));
    clickSave(edit);
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(!m_store->find(QStringLiteral("old-name")));
    const QString newKey = m_store->find(QStringLiteral("new-name"))->profile.secretKey();
    QTRY_VERIFY(m_secrets->secrets.contains(newKey));
    QTRY_VERIFY(!m_secrets->secrets.contains(oldKey));
    QCOMPARE(m_secrets->secrets.value(newKey), QByteArray("pw"));
}

void tst_ConnectionManagerDialog::removeAsksFirst()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("plant-broker");
    profile.url = QUrl(QStringLiteral("mqtts://broker.example.com:8883"));
    profile.auth = ConnectionProfile::Auth::Password;
    profile.username = QStringLiteral("operator");
    QString error;
    QVERIFY2(m_store->put(profile, &error), qPrintable(error));
    m_secrets->secrets.insert(profile.secretKey(), "pw");
    createDialog();
    QSignalSpy saved(m_dialog.get(), &ConnectionManagerDialog::profilesSaved);
    QCOMPARE(m_dialog->model()->rowCount(), 1);

    auto *remove = m_dialog->findChild<QPushButton *>(QStringLiteral("removePushButton"));
    QVERIFY(remove->isEnabled()); // the first row is selected on open
    m_messageBoxes.confirmAnswer = false;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_messageBoxes.confirmations.size(), 1);
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    QCOMPARE(saved.count(), 0);

    m_messageBoxes.confirmAnswer = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!fileContents().contains("plant-broker"));
    QTRY_VERIFY(m_secrets->secrets.isEmpty());
}

void tst_ConnectionManagerDialog::invalidProfilesAreListedWithTheirReason()
{
    QFile file(m_store->path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "profiles": [
        {"name": "broken", "kind": "lwm2m", "url": "nonsense", "auth": "none", "tls": {}}]})");
    file.close();
    QString error;
    QVERIFY2(m_store->load(&error), qPrintable(error));
    createDialog();

    auto *table = m_dialog->findChild<QTableView *>(QStringLiteral("profileTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    const QModelIndex status = table->model()->index(0, ProfileListModel::StatusColumn);
    QVERIFY(status.data().toString().startsWith(QStringLiteral("Invalid")));
    QVERIFY(!status.data(Qt::ToolTipRole).toString().isEmpty());
    table->selectRow(0);
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("testPushButton"))->isEnabled());
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("editPushButton"))->isEnabled());
}

void tst_ConnectionManagerDialog::keychainFailureIsShown()
{
    m_secrets->failWrites = true;
    createDialog();
    QSignalSpy secretStored(m_dialog.get(), &ConnectionManagerDialog::secretStored);
    ProfileDialog *add = openAddDialog();
    QVERIFY(add);
    fillBroker(add, QStringLiteral("plant-broker"), QStringLiteral("pw"));
    clickSave(add);
    QTRY_COMPARE(secretStored.count(), 1);
    QVERIFY(!secretStored.first().at(1).toBool());
    auto *result = m_dialog->findChild<QLabel *>(QStringLiteral("testResultLabel"));
    QVERIFY2(result->text().contains(QStringLiteral("keychain")), qPrintable(result->text()));
    QVERIFY(!fileContents().contains("\"pw\""));
}

void tst_ConnectionManagerDialog::brokerAccountsOpenWithTheProfilesSecret()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("closed-broker");
    profile.url = QUrl(QStringLiteral("mqtt://127.0.0.1:1")); // nothing listens: refused at once
    profile.auth = ConnectionProfile::Auth::Password;
    profile.username = QStringLiteral("admin");
    QString error;
    QVERIFY2(m_store->put(profile, &error), qPrintable(error));
    m_secrets->secrets.insert(profile.secretKey(), "pw");
    createDialog();
    QSignalSpy opened(m_dialog.get(), &ConnectionManagerDialog::brokerAccountsOpened);
    auto *accounts = m_dialog->findChild<QPushButton *>(QStringLiteral("brokerAccountsPushButton"));
    QVERIFY(accounts->isEnabled()); // a valid broker profile is selected
    QTest::mouseClick(accounts, Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 1); // after the (asynchronous) keychain read
    auto *dialog = qobject_cast<DynSecDialog *>(opened.first().first().value<QDialog *>());
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("closed-broker")));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not be listed")), 10000);
    delete dialog;
}

QTEST_MAIN(tst_ConnectionManagerDialog)
#include "tst_ConnectionManagerDialog.moc"
