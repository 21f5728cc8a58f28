#include "ProfileDialog.h"
#include "ScriptedFileDialogs.h"
#include "ScriptedMessageBoxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class tst_ProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void newProfileStartsInvalid();
    void validProfileEnablesSave();
    void passwordRequiredForNewPasswordProfile();
    void duplicateNameRefused();
    void turningVerificationOffAsksFirst();
    void filePickersGoThroughTheSeam();
    void fieldsFollowKindAndAuth();
    void editingKeepsStoredSecret();
    void editingKeepsThePinAndShowsIt();
    void connectAtStartRoundTrips();

private:
    template<typename T>
    static T *child(const ProfileDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    static QPushButton *saveButton(const ProfileDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    ScriptedFileDialogs m_fileDialogs;
    ScriptedMessageBoxes m_messageBoxes;
};

void tst_ProfileDialog::newProfileStartsInvalid()
{
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(!dialog.problems().isEmpty());
    // An untouched form is not scolded; the problems show once the user starts typing.
    auto *problems = child<QLabel>(dialog, "problemsLabel");
    QVERIFY(!problems->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("broker"));
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("URL")));
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(child<QCheckBox>(dialog, "verifyPeerCheckBox")->isChecked()); // on by default
}

void tst_ProfileDialog::validProfileEnablesSave()
{
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("sandbox-leshan"));
    auto *kind = child<QComboBox>(dialog, "kindComboBox");
    kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::Lwm2mServer)));
    QTest::keyClicks(child<QLineEdit>(dialog, "urlLineEdit"),
                     QStringLiteral("http://localhost:8080"));
    QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(!child<QLabel>(dialog, "problemsLabel")->isVisible());
    const ConnectionProfile profile = dialog.profile();
    QCOMPARE(profile.name, QStringLiteral("sandbox-leshan"));
    QCOMPARE(profile.kind, ConnectionProfile::Kind::Lwm2mServer);
    QCOMPARE(profile.url, QUrl(QStringLiteral("http://localhost:8080")));
    QCOMPARE(profile.auth, ConnectionProfile::Auth::None);
    QVERIFY(!dialog.hasNewSecret());
}

void tst_ProfileDialog::passwordRequiredForNewPasswordProfile()
{
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("broker"));
    QTest::keyClicks(child<QLineEdit>(dialog, "urlLineEdit"),
                     QStringLiteral("mqtts://broker.example.com:8883"));
    auto *auth = child<QComboBox>(dialog, "authComboBox");
    auth->setCurrentIndex(auth->findData(int(ConnectionProfile::Auth::Password)));
    QTest::keyClicks(child<QLineEdit>(dialog, "usernameLineEdit"), QStringLiteral("operator"));
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(child<QLabel>(dialog, "problemsLabel")->text().contains(QStringLiteral("password")));
    QTest::keyClicks(child<QLineEdit>(dialog, "secretLineEdit"), QStringLiteral("pw"));
    QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(dialog.hasNewSecret());
    QCOMPARE(dialog.secret(), QByteArray("pw"));
    // The secret is never part of the profile.
    QVERIFY(!QJsonDocument(dialog.profile().toJson()).toJson().contains("\"pw\""));
}

void tst_ProfileDialog::duplicateNameRefused()
{
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    ConnectionProfile profile;
    profile.url = QUrl(QStringLiteral("mqtt://localhost:1883"));
    dialog.setProfile(profile, true, {QStringLiteral("taken")});
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("taken"));
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(child<QLabel>(dialog, "problemsLabel")->text().contains(QStringLiteral("taken")));
}

void tst_ProfileDialog::turningVerificationOffAsksFirst()
{
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.show();
    auto *verify = child<QCheckBox>(dialog, "verifyPeerCheckBox");
    m_messageBoxes.confirmAnswer = false;
    m_messageBoxes.confirmations.clear();
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(m_messageBoxes.confirmations.size(), 1);
    QVERIFY(verify->isChecked());
    QVERIFY(dialog.profile().verifyPeer);

    m_messageBoxes.confirmAnswer = true;
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(m_messageBoxes.confirmations.size(), 2);
    QVERIFY(!verify->isChecked());
    QVERIFY(!dialog.profile().verifyPeer);

    // Turning it back on needs no confirmation.
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(m_messageBoxes.confirmations.size(), 2);
    QVERIFY(verify->isChecked());
}

void tst_ProfileDialog::filePickersGoThroughTheSeam()
{
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.show();
    m_fileDialogs.answers = {QStringLiteral("/etc/ssl/plant-ca.pem"), QString()};
    QTest::mouseClick(child<QPushButton>(dialog, "caFileBrowsePushButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, "caFileLineEdit")->text(),
             QStringLiteral("/etc/ssl/plant-ca.pem"));
    // Cancelling the picker leaves the field as it was.
    QTest::mouseClick(child<QPushButton>(dialog, "caFileBrowsePushButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, "caFileLineEdit")->text(),
             QStringLiteral("/etc/ssl/plant-ca.pem"));
    QCOMPARE(dialog.profile().caFile, QStringLiteral("/etc/ssl/plant-ca.pem"));
}

void tst_ProfileDialog::fieldsFollowKindAndAuth()
{
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.show();
    auto *kind = child<QComboBox>(dialog, "kindComboBox");
    auto *auth = child<QComboBox>(dialog, "authComboBox");
    auto *mqttVersion = child<QComboBox>(dialog, "mqttVersionComboBox");
    kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::MqttBroker)));
    QVERIFY(mqttVersion->isVisible());
    mqttVersion->setCurrentIndex(mqttVersion->findData(QStringLiteral("5")));
    QCOMPARE(dialog.profile().mqttVersion, QStringLiteral("5"));
    kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::Lwm2mServer)));
    QVERIFY(!mqttVersion->isVisible());

    auth->setCurrentIndex(auth->findData(int(ConnectionProfile::Auth::None)));
    QVERIFY(!child<QLineEdit>(dialog, "secretLineEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "clientCertLineEdit")->isVisible());
    auth->setCurrentIndex(auth->findData(int(ConnectionProfile::Auth::ClientCertificate)));
    QVERIFY(child<QLineEdit>(dialog, "clientCertLineEdit")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "clientKeyLineEdit")->isVisible());
    auth->setCurrentIndex(auth->findData(int(ConnectionProfile::Auth::Psk)));
    QVERIFY(child<QLineEdit>(dialog, "secretLineEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "secretLineEdit")->accessibleName(),
             QStringLiteral("Pre-shared key"));
}

void tst_ProfileDialog::editingKeepsStoredSecret()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("broker");
    profile.url = QUrl(QStringLiteral("mqtts://broker.example.com:8883"));
    profile.auth = ConnectionProfile::Auth::Password;
    profile.username = QStringLiteral("operator");
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.setProfile(profile, false, {});
    dialog.show();
    QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(!dialog.hasNewSecret());
    QVERIFY(!child<QLineEdit>(dialog, "secretLineEdit")->placeholderText().isEmpty());
    QCOMPARE(dialog.profile().username, QStringLiteral("operator"));
}

void tst_ProfileDialog::editingKeepsThePinAndShowsIt()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("pinned");
    profile.url = QUrl(QStringLiteral("mqtts://broker.example.com:8883"));
    profile.pinnedSha256 = QString(64, QLatin1Char('a'));
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.setProfile(profile, false, {});
    QVERIFY(child<QLabel>(dialog, "pinLabel")->text().contains(profile.pinnedSha256));
    child<QLineEdit>(dialog, "urlLineEdit")->setText(QStringLiteral("mqtts://other.example.com"));
    QCOMPARE(dialog.profile().pinnedSha256, profile.pinnedSha256);
}

void tst_ProfileDialog::connectAtStartRoundTrips()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("second-route");
    profile.url = QUrl(QStringLiteral("mqtt://broker.example.com:1883"));
    profile.connectAtStart = false;
    ProfileDialog dialog(&m_fileDialogs, &m_messageBoxes);
    dialog.setProfile(profile, false, {});
    auto *check = child<QCheckBox>(dialog, "connectAtStartCheckBox");
    QVERIFY(!check->isChecked());
    QVERIFY(!dialog.profile().connectAtStart);
    check->setChecked(true);
    QVERIFY(dialog.profile().connectAtStart);
}

QTEST_MAIN(tst_ProfileDialog)
#include "tst_ProfileDialog.moc"
