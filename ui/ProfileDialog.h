#pragma once

#include "profiles/ConnectionProfile.h"

#include <QByteArray>
#include <QDialog>
#include <QStringList>

class FileDialogs;
class MessageBoxes;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Add or edit one connection profile. The password (or token, or pre-shared key) is typed here but
// never becomes part of the profile: the caller stores secret() in the keychain under
// profile().secretKey(). Problems from ConnectionProfile::validate() are shown inline and OK stays
// disabled while there are any. Turning certificate verification off asks first.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(FileDialogs *fileDialogs, MessageBoxes *messageBoxes, QWidget *parent = nullptr);

    // isNew: a new profile needs its secret typed; an edited one keeps the stored secret unless a
    // new one is typed. existingNames: names already taken by other profiles.
    void setProfile(const ConnectionProfile &profile, bool isNew, const QStringList &existingNames);

    ConnectionProfile profile() const;
    bool isNewProfile() const { return m_isNew; }
    bool hasNewSecret() const; // the user typed a secret
    QByteArray secret() const;
    QStringList problems() const;

private:
    void updateForKindAndAuth();
    void onEdited();
    void validate();
    void browse(QLineEdit *target, const QString &caption, const QString &filter);
    void onVerifyPeerToggled(bool checked);
    QWidget *fileRow(QLineEdit *edit, QPushButton *button);

    FileDialogs *m_fileDialogs = nullptr;
    MessageBoxes *m_messageBoxes = nullptr;
    bool m_isNew = true;
    bool m_touched = false;
    QStringList m_existingNames;

    QFormLayout *m_serverForm = nullptr;
    QFormLayout *m_authForm = nullptr;
    QFormLayout *m_tlsForm = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QComboBox *m_mqttVersionCombo = nullptr;
    QComboBox *m_authCombo = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLabel *m_secretHintLabel = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QPushButton *m_caFileButton = nullptr;
    QCheckBox *m_verifyPeerCheck = nullptr;
    QLabel *m_pinLabel = nullptr;
    QCheckBox *m_connectAtStartCheck = nullptr;
    QString m_pinnedSha256; // kept as loaded: set only by an explicit action (profiles add --pin)
    QLineEdit *m_clientCertEdit = nullptr;
    QPushButton *m_clientCertButton = nullptr;
    QLineEdit *m_clientKeyEdit = nullptr;
    QPushButton *m_clientKeyButton = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
