#include "ProfileDialog.h"

#include "FileDialogs.h"
#include "MessageBoxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

const ConnectionProfile::Kind Kinds[] = {ConnectionProfile::Kind::MqttBroker,
                                         ConnectionProfile::Kind::Lwm2mServer,
                                         ConnectionProfile::Kind::Lwm2mBootstrap};
const ConnectionProfile::Auth Auths[] = {ConnectionProfile::Auth::None,
                                         ConnectionProfile::Auth::Password,
                                         ConnectionProfile::Auth::Bearer,
                                         ConnectionProfile::Auth::Psk,
                                         ConnectionProfile::Auth::ClientCertificate};

} // namespace

ProfileDialog::ProfileDialog(FileDialogs *fileDialogs, MessageBoxes *messageBoxes, QWidget *parent)
    : QDialog(parent)
    , m_fileDialogs(fileDialogs)
    , m_messageBoxes(messageBoxes)
{
    Q_ASSERT(fileDialogs && messageBoxes);
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Connection profile"));

    // Server
    auto *serverBox = new QGroupBox(tr("Server"), this);
    serverBox->setObjectName(QStringLiteral("serverGroupBox"));
    m_serverForm = new QFormLayout(serverBox);
    m_nameEdit = new QLineEdit(serverBox);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Osaka plant broker"));
    m_kindCombo = new QComboBox(serverBox);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_kindCombo->setAccessibleName(tr("Kind of server"));
    for (const auto kind : Kinds)
        m_kindCombo->addItem(ProfileText::kindName(kind), int(kind));
    m_urlEdit = new QLineEdit(serverBox);
    m_urlEdit->setObjectName(QStringLiteral("urlLineEdit"));
    m_urlEdit->setAccessibleName(tr("Server URL"));
    m_mqttVersionCombo = new QComboBox(serverBox);
    m_mqttVersionCombo->setObjectName(QStringLiteral("mqttVersionComboBox"));
    m_mqttVersionCombo->setAccessibleName(tr("MQTT version"));
    m_mqttVersionCombo->addItem(tr("3.1.1"), QStringLiteral("3.1.1"));
    m_mqttVersionCombo->addItem(tr("5"), QStringLiteral("5"));
    m_serverForm->addRow(tr("&Name:"), m_nameEdit);
    m_serverForm->addRow(tr("&Kind:"), m_kindCombo);
    m_serverForm->addRow(tr("&URL:"), m_urlEdit);
    m_serverForm->addRow(tr("MQTT &version:"), m_mqttVersionCombo);
    m_connectAtStartCheck = new QCheckBox(tr("C&onnect when FleetDesk starts"), serverBox);
    m_connectAtStartCheck->setObjectName(QStringLiteral("connectAtStartCheckBox"));
    m_connectAtStartCheck->setAccessibleName(tr("Connect when FleetDesk starts"));
    m_connectAtStartCheck->setChecked(true);
    m_connectAtStartCheck->setToolTip(
        tr("Turn off for a profile kept for occasional use, e.g. a second route to a broker that "
           "is already connected."));
    m_serverForm->addRow(QString(), m_connectAtStartCheck);

    // Authentication
    auto *authBox = new QGroupBox(tr("Authentication"), this);
    authBox->setObjectName(QStringLiteral("authenticationGroupBox"));
    m_authForm = new QFormLayout(authBox);
    m_authCombo = new QComboBox(authBox);
    m_authCombo->setObjectName(QStringLiteral("authComboBox"));
    m_authCombo->setAccessibleName(tr("Authentication method"));
    for (const auto auth : Auths)
        m_authCombo->addItem(ProfileText::authName(auth), int(auth));
    m_usernameEdit = new QLineEdit(authBox);
    m_usernameEdit->setObjectName(QStringLiteral("usernameLineEdit"));
    m_usernameEdit->setAccessibleName(tr("Username"));
    m_secretEdit = new QLineEdit(authBox);
    m_secretEdit->setObjectName(QStringLiteral("secretLineEdit"));
    m_secretEdit->setAccessibleName(tr("Password"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretHintLabel
        = new QLabel(tr("Kept in the system keychain, never in the profile file."), authBox);
    m_secretHintLabel->setObjectName(QStringLiteral("secretHintLabel"));
    m_secretHintLabel->setWordWrap(true);
    m_secretHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_authForm->addRow(tr("&Method:"), m_authCombo);
    m_authForm->addRow(tr("User&name:"), m_usernameEdit);
    m_authForm->addRow(tr("&Password:"), m_secretEdit);
    m_authForm->addRow(QString(), m_secretHintLabel);

    // TLS
    auto *tlsBox = new QGroupBox(tr("TLS"), this);
    tlsBox->setObjectName(QStringLiteral("tlsGroupBox"));
    m_tlsForm = new QFormLayout(tlsBox);
    m_caFileEdit = new QLineEdit(tlsBox);
    m_caFileEdit->setObjectName(QStringLiteral("caFileLineEdit"));
    m_caFileEdit->setAccessibleName(tr("CA certificate file"));
    m_caFileEdit->setPlaceholderText(tr("System trust store"));
    m_caFileButton = new QPushButton(tr("Browse…"), tlsBox);
    m_caFileButton->setObjectName(QStringLiteral("caFileBrowsePushButton"));
    m_caFileButton->setAccessibleName(tr("Choose CA certificate file"));
    m_verifyPeerCheck = new QCheckBox(tr("&Verify the server certificate"), tlsBox);
    m_verifyPeerCheck->setObjectName(QStringLiteral("verifyPeerCheckBox"));
    m_verifyPeerCheck->setAccessibleName(tr("Verify the server certificate"));
    m_verifyPeerCheck->setChecked(true);
    m_clientCertEdit = new QLineEdit(tlsBox);
    m_clientCertEdit->setObjectName(QStringLiteral("clientCertLineEdit"));
    m_clientCertEdit->setAccessibleName(tr("Client certificate file"));
    m_clientCertButton = new QPushButton(tr("Browse…"), tlsBox);
    m_clientCertButton->setObjectName(QStringLiteral("clientCertBrowsePushButton"));
    m_clientCertButton->setAccessibleName(tr("Choose client certificate file"));
    m_clientKeyEdit = new QLineEdit(tlsBox);
    m_clientKeyEdit->setObjectName(QStringLiteral("clientKeyLineEdit"));
    m_clientKeyEdit->setAccessibleName(tr("Client key file"));
    m_clientKeyButton = new QPushButton(tr("Browse…"), tlsBox);
    m_clientKeyButton->setObjectName(QStringLiteral("clientKeyBrowsePushButton"));
    m_clientKeyButton->setAccessibleName(tr("Choose client key file"));
    m_tlsForm->addRow(tr("&CA certificate:"), fileRow(m_caFileEdit, m_caFileButton));
    m_tlsForm->addRow(QString(), m_verifyPeerCheck);
    m_pinLabel = new QLabel(tlsBox);
    m_pinLabel->setObjectName(QStringLiteral("pinLabel"));
    m_pinLabel->setWordWrap(true);
    m_pinLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tlsForm->addRow(tr("Pinned certificate:"), m_pinLabel);
    m_tlsForm->addRow(tr("Client &certificate:"), fileRow(m_clientCertEdit, m_clientCertButton));
    m_tlsForm->addRow(tr("Client &key:"), fileRow(m_clientKeyEdit, m_clientKeyButton));

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setAccessibleName(tr("Problems with this profile"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addWidget(authBox);
    layout->addWidget(tlsBox);
    layout->addWidget(m_problemsLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    for (QLineEdit *edit : {m_nameEdit,
                            m_urlEdit,
                            m_usernameEdit,
                            m_secretEdit,
                            m_caFileEdit,
                            m_clientCertEdit,
                            m_clientKeyEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::onEdited);
    }
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateForKindAndAuth();
        onEdited();
    });
    connect(m_authCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateForKindAndAuth();
        onEdited();
    });
    connect(m_mqttVersionCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::onEdited);
    connect(m_verifyPeerCheck, &QCheckBox::toggled, this, &ProfileDialog::onVerifyPeerToggled);
    connect(m_caFileButton, &QPushButton::clicked, this, [this] {
        browse(m_caFileEdit,
               tr("Choose the CA certificate"),
               tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    connect(m_clientCertButton, &QPushButton::clicked, this, [this] {
        browse(m_clientCertEdit,
               tr("Choose the client certificate"),
               tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    connect(m_clientKeyButton, &QPushButton::clicked, this, [this] {
        browse(m_clientKeyEdit,
               tr("Choose the client key"),
               tr("Private keys (*.pem *.key);;All files (*)"));
    });

    setProfile(ConnectionProfile(), true, {});
}

QWidget *ProfileDialog::fileRow(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget(edit->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

void ProfileDialog::setProfile(const ConnectionProfile &profile,
                               bool isNew,
                               const QStringList &existingNames)
{
    m_isNew = isNew;
    m_existingNames = existingNames;
    m_touched = !isNew; // an existing profile shows what is wrong with it at once
    const QSignalBlocker blockName(m_nameEdit);
    const QSignalBlocker blockUrl(m_urlEdit);
    const QSignalBlocker blockUsername(m_usernameEdit);
    const QSignalBlocker blockSecret(m_secretEdit);
    const QSignalBlocker blockCa(m_caFileEdit);
    const QSignalBlocker blockCert(m_clientCertEdit);
    const QSignalBlocker blockKey(m_clientKeyEdit);
    const QSignalBlocker blockKind(m_kindCombo);
    const QSignalBlocker blockAuth(m_authCombo);
    const QSignalBlocker blockVersion(m_mqttVersionCombo);
    setWindowTitle(isNew ? tr("Add connection") : tr("Edit connection “%1”").arg(profile.name));

    const QSignalBlocker blockVerify(m_verifyPeerCheck);
    m_nameEdit->setText(profile.name);
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(int(profile.kind))));
    m_urlEdit->setText(profile.url.toString());
    m_mqttVersionCombo->setCurrentIndex(qMax(0, m_mqttVersionCombo->findData(profile.mqttVersion)));
    m_authCombo->setCurrentIndex(qMax(0, m_authCombo->findData(int(profile.auth))));
    m_usernameEdit->setText(profile.username);
    m_secretEdit->clear();
    m_secretEdit->setPlaceholderText(isNew ? QString()
                                           : tr("Unchanged — stored in the system keychain"));
    m_caFileEdit->setText(profile.caFile);
    m_verifyPeerCheck->setChecked(profile.verifyPeer);
    m_clientCertEdit->setText(profile.clientCertFile);
    m_clientKeyEdit->setText(profile.clientKeyFile);
    m_pinnedSha256 = profile.pinnedSha256;
    m_pinLabel->setText(
        m_pinnedSha256.isEmpty()
            ? tr("none")
            : tr("SHA-256 %1 (set with fleetdesk-cli profiles add --pin)").arg(m_pinnedSha256));
    m_connectAtStartCheck->setChecked(profile.connectAtStart);
    updateForKindAndAuth();
    validate();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_nameEdit->text().trimmed();
    profile.kind = ConnectionProfile::Kind(m_kindCombo->currentData().toInt());
    profile.url = QUrl(m_urlEdit->text().trimmed(), QUrl::StrictMode);
    profile.auth = ConnectionProfile::Auth(m_authCombo->currentData().toInt());
    const bool usesUsername = profile.auth == ConnectionProfile::Auth::Password
                              || profile.auth == ConnectionProfile::Auth::Psk;
    profile.username = usesUsername ? m_usernameEdit->text().trimmed() : QString();
    profile.caFile = m_caFileEdit->text().trimmed();
    profile.verifyPeer = m_verifyPeerCheck->isChecked();
    if (profile.auth == ConnectionProfile::Auth::ClientCertificate) {
        profile.clientCertFile = m_clientCertEdit->text().trimmed();
        profile.clientKeyFile = m_clientKeyEdit->text().trimmed();
    }
    if (profile.kind == ConnectionProfile::Kind::MqttBroker)
        profile.mqttVersion = m_mqttVersionCombo->currentData().toString();
    profile.pinnedSha256 = m_pinnedSha256; // never dropped by an edit
    profile.connectAtStart = m_connectAtStartCheck->isChecked();
    return profile;
}

bool ProfileDialog::hasNewSecret() const
{
    return profile().needsSecret() && !m_secretEdit->text().isEmpty();
}

QByteArray ProfileDialog::secret() const
{
    return m_secretEdit->text().toUtf8();
}

QStringList ProfileDialog::problems() const
{
    const ConnectionProfile current = profile();
    QStringList result = current.validate();
    if (!current.name.isEmpty() && m_existingNames.contains(current.name))
        result << tr("another profile is already called “%1”").arg(current.name);
    if (m_isNew && current.needsSecret() && m_secretEdit->text().isEmpty()) {
        switch (current.auth) {
        case ConnectionProfile::Auth::Bearer:
            result << tr("the token is missing");
            break;
        case ConnectionProfile::Auth::Psk:
            result << tr("the pre-shared key is missing");
            break;
        default:
            result << tr("the password is missing");
            break;
        }
    }
    return result;
}

void ProfileDialog::updateForKindAndAuth()
{
    const auto kind = ConnectionProfile::Kind(m_kindCombo->currentData().toInt());
    const auto auth = ConnectionProfile::Auth(m_authCombo->currentData().toInt());
    const bool mqtt = kind == ConnectionProfile::Kind::MqttBroker;

    m_serverForm->setRowVisible(m_mqttVersionCombo, mqtt);
    m_urlEdit->setPlaceholderText(mqtt ? tr("mqtts://broker.example.com:8883")
                                       : tr("https://lwm2m.example.com:8080"));

    const bool usesUsername
        = auth == ConnectionProfile::Auth::Password || auth == ConnectionProfile::Auth::Psk;
    const bool usesSecret = usesUsername || auth == ConnectionProfile::Auth::Bearer;
    m_authForm->setRowVisible(m_usernameEdit, usesUsername);
    m_authForm->setRowVisible(m_secretEdit, usesSecret);
    m_authForm->setRowVisible(m_secretHintLabel, usesSecret);
    auto *usernameLabel = qobject_cast<QLabel *>(m_authForm->labelForField(m_usernameEdit));
    auto *secretLabel = qobject_cast<QLabel *>(m_authForm->labelForField(m_secretEdit));
    if (auth == ConnectionProfile::Auth::Psk) {
        usernameLabel->setText(tr("PSK &identity:"));
        secretLabel->setText(tr("Pre-shared &key:"));
        m_secretEdit->setAccessibleName(tr("Pre-shared key"));
    } else if (auth == ConnectionProfile::Auth::Bearer) {
        secretLabel->setText(tr("&Token:"));
        m_secretEdit->setAccessibleName(tr("Token"));
    } else {
        usernameLabel->setText(tr("User&name:"));
        secretLabel->setText(tr("&Password:"));
        m_secretEdit->setAccessibleName(tr("Password"));
    }
    const bool clientCert = auth == ConnectionProfile::Auth::ClientCertificate;
    m_tlsForm->setRowVisible(m_clientCertEdit->parentWidget(), clientCert);
    m_tlsForm->setRowVisible(m_clientKeyEdit->parentWidget(), clientCert);
}

void ProfileDialog::onEdited()
{
    // A fresh form is not scolded: its problems show once the user has started to fill it in.
    m_touched = true;
    validate();
}

void ProfileDialog::validate()
{
    const QStringList found = problems();
    QStringList lines;
    for (const QString &problem : found)
        lines << QStringLiteral("⚠ ") + problem;
    m_problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(m_touched && !found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void ProfileDialog::browse(QLineEdit *target, const QString &caption, const QString &filter)
{
    const QString chosen = m_fileDialogs->openFileName(this, caption, target->text(), filter);
    if (!chosen.isEmpty())
        target->setText(chosen);
}

void ProfileDialog::onVerifyPeerToggled(bool checked)
{
    if (!checked) {
        const bool confirmed = m_messageBoxes->confirm(
            this,
            tr("Turn off certificate verification?"),
            tr("Without certificate verification FleetDesk cannot tell the real server from an "
               "impostor: anyone on the network path can read and change what FleetDesk sends, "
               "including passwords and commands to devices."),
            tr("Turn it off only for a test server you control, never for a production fleet."),
            tr("Turn off verification"));
        if (!confirmed) {
            const QSignalBlocker blocker(m_verifyPeerCheck);
            m_verifyPeerCheck->setChecked(true);
        }
    }
    validate();
}
