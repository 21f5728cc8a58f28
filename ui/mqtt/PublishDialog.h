#pragma once

#include "mqtt/MqttMessage.h"

#include <QDialog>

class MqttMessageLibrary;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Composes one MQTT message: topic, payload (UTF-8 text; JSON can be checked and formatted), QoS,
// retain and the MQTT 5 properties (content type, response topic, correlation data, user
// properties; the connection sends them only with MQTT 5). On the left, the library of saved
// messages (MqttMessageLibrary): pick one to fill the form, save the form under a name, delete.
// "Publish" accepts the dialog; the caller publishes message().
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(MqttMessageLibrary *library, QWidget *parent = nullptr);

    void setBrokerName(const QString &name);
    void setMessage(const MqttMessage &message);
    MqttMessage message() const;
    // Why the message cannot be published ("" = it can).
    QString problem() const;

    QLineEdit *topicLineEdit() const { return m_topicEdit; }
    QPlainTextEdit *payloadEdit() const { return m_payloadEdit; }
    QComboBox *qosComboBox() const { return m_qosCombo; }
    QCheckBox *retainCheckBox() const { return m_retainCheck; }
    QLineEdit *contentTypeLineEdit() const { return m_contentTypeEdit; }
    QLineEdit *responseTopicLineEdit() const { return m_responseTopicEdit; }
    QLineEdit *correlationDataLineEdit() const { return m_correlationEdit; }
    QTableWidget *userPropertiesTable() const { return m_userPropertiesTable; }
    QListWidget *libraryList() const { return m_libraryList; }
    QLineEdit *saveNameLineEdit() const { return m_saveNameEdit; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *publishButton() const { return m_publishButton; }

    void addUserProperty(const QString &key, const QString &value);
    void saveToLibrary();

private:
    void updateLibrary();
    void updateState();
    void formatJson();

    MqttMessageLibrary *m_library = nullptr;
    QLabel *m_brokerLabel = nullptr;
    QLineEdit *m_topicEdit = nullptr;
    QPlainTextEdit *m_payloadEdit = nullptr;
    QComboBox *m_qosCombo = nullptr;
    QCheckBox *m_retainCheck = nullptr;
    QGroupBox *m_propertiesGroup = nullptr;
    QLineEdit *m_contentTypeEdit = nullptr;
    QLineEdit *m_responseTopicEdit = nullptr;
    QLineEdit *m_correlationEdit = nullptr;
    QTableWidget *m_userPropertiesTable = nullptr;
    QListWidget *m_libraryList = nullptr;
    QLineEdit *m_saveNameEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_formatButton = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publishButton = nullptr;
};
