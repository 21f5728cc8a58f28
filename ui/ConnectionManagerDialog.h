#pragma once

#include "store/JournalRepository.h"

#include <QDialog>
#include <QPointer>
#include <QThreadPool>
#include <functional>

class FileDialogs;
class MessageBoxes;
class ProfileDialog;
class ProfileListModel;
class ProfileProbe;
class ProfileStore;
class QLabel;
class QPushButton;
class QTableView;
class SecretStore;
struct ConnectionProfile;

// Tools → Connections: the connection profiles, with Add, Edit, Remove (confirmed), Test (an
// asynchronous ProfileProbe whose result shows inline) and import of the sandbox's profiles.
// Invalid profiles are listed with their reason. Secrets go to the SecretStore (the keychain),
// never into the profile file; the file is saved on a background thread after each change.
class ConnectionManagerDialog : public QDialog
{
    Q_OBJECT

public:
    struct Dependencies
    {
        ProfileStore *profiles = nullptr; // edited in place; outlives the dialog
        SecretStore *secrets = nullptr;
        FileDialogs *fileDialogs = nullptr;
        MessageBoxes *messageBoxes = nullptr;
        // Broker accounts… (DynSecDialog) writes its changes here (the window: FleetStore::record).
        std::function<void(const JournalRepository::AuditEntry &)> audit;
    };

    explicit ConnectionManagerDialog(const Dependencies &dependencies, QWidget *parent = nullptr);
    ~ConnectionManagerDialog() override;

    ProfileListModel *model() const { return m_model; }

    void addProfile();
    void editSelectedProfile();
    void removeSelectedProfile();
    void testSelectedProfile();
    void importSandbox();
    // Broker accounts (dynamic security) of the selected MQTT profile, in a DynSecDialog.
    void openBrokerAccounts();

signals:
    void profilesChanged();                            // the store changed in memory
    void profilesSaved(bool ok, const QString &error); // the file was written (or not)
    void secretStored(const QString &profileName, bool ok, const QString &error);
    void testFinished(const QString &profileName, bool ok, const QString &message);
    void brokerAccountsOpened(QDialog *dialog);

private:
    void openProfileDialog(const ConnectionProfile &profile, bool isNew);
    void applyProfileDialog(ProfileDialog *dialog, const QString &originalName);
    void writeSecret(const ConnectionProfile &profile, const QByteArray &secret);
    void moveSecret(const QString &fromKey, const ConnectionProfile &to);
    void removeSecret(const QString &key);
    void save();
    void selectProfile(const QString &name);
    int selectedRow() const;
    void updateButtons();
    void showStatus(bool ok, const QString &text);

    Dependencies m_deps;
    ProfileListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_sandboxButton = nullptr;
    QPushButton *m_accountsButton = nullptr;
    QLabel *m_statusIconLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPointer<ProfileProbe> m_probe;
    QThreadPool m_savePool; // one thread: saves land in the order they were made
};
