#pragma once

#include "store/JournalRepository.h"

#include <QDialog>
#include <functional>

class DynSecClient;
class DynSecListModel;
class DynSecReply;
class MessageBoxes;
class MqttConnection;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// Broker accounts (Connections → Broker accounts… on an MQTT profile): the dynamic-security
// plugin's clients, roles and groups, with New client…, New device account…, Enable, Disable and
// Delete… (confirmed). Talks to the broker through its own MqttConnection (a worker thread) and a
// DynSecClient, so the GUI thread never waits; every change is written to the audit log. A
// generated password is shown once, in the status line, and kept nowhere.
class DynSecDialog : public QDialog
{
    Q_OBJECT

public:
    struct Dependencies
    {
        MessageBoxes *messageBoxes = nullptr; // required
        // Writes an audit entry (the window: FleetStore::record). Optional.
        std::function<void(const JournalRepository::AuditEntry &)> audit;
        QString brokerName; // the profile's name, for the title and the audit log
    };

    // Takes ownership of connection (not yet connected) and connects it.
    DynSecDialog(MqttConnection *connection,
                 const Dependencies &dependencies,
                 QWidget *parent = nullptr);
    ~DynSecDialog() override;

    DynSecListModel *clientsModel() const { return m_clientsModel; }
    DynSecListModel *rolesModel() const { return m_rolesModel; }
    DynSecListModel *groupsModel() const { return m_groupsModel; }
    QString statusText() const;
    bool isBusy() const { return m_busy > 0; }

    // The actions (the buttons call them; tests too). An empty password is generated.
    void refresh();
    void createClient(const QString &username, const QByteArray &password, const QString &textName);
    void createDeviceAccount(const QString &deviceId,
                             const QByteArray &password,
                             const QString &textName);
    void setSelectedClientEnabled(bool enabled);
    void deleteSelectedClient();
    void selectClient(const QString &username);

signals:
    void refreshed(bool ok);
    void changeFinished(bool ok, const QString &message);

private:
    void askNewAccount(bool deviceAccount);
    void runChange(DynSecReply *reply,
                   const QString &action,
                   const QJsonObject &parameters,
                   const QString &doneText);
    QString selectedClient() const;
    void updateButtons();
    void showStatus(bool ok, const QString &text);

    Dependencies m_deps;
    MqttConnection *m_connection = nullptr;
    DynSecClient *m_client = nullptr;
    DynSecListModel *m_clientsModel = nullptr;
    DynSecListModel *m_rolesModel = nullptr;
    DynSecListModel *m_groupsModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_clientsView = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_statusIconLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_newClientButton = nullptr;
    QPushButton *m_newDeviceButton = nullptr;
    QPushButton *m_enableButton = nullptr;
    QPushButton *m_disableButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    int m_busy = 0;
    bool m_connectRequested = false;
};
