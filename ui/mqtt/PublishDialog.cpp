#include "mqtt/PublishDialog.h"

#include "mqtt/MqttMessageLibrary.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Buttons are named for assistive technology after their text ("Clear Retained…" → "Clear
// Retained").
void nameButtons(QWidget *root)
{
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->accessibleName().isEmpty() || button->text().isEmpty())
            continue;
        QString text = button->text();
        text.remove(QLatin1Char('&'));
        text.remove(QChar(0x2026));
        button->setAccessibleName(text.trimmed());
    }
}

} // namespace

PublishDialog::PublishDialog(MqttMessageLibrary *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish MQTT Message"));
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("publishSplitter"));

    // The library of saved messages.
    auto *libraryPane = new QWidget(splitter);
    auto *libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    auto *libraryTitle = new QLabel(tr("Saved messages"), libraryPane);
    m_libraryList = new QListWidget(libraryPane);
    m_libraryList->setObjectName(QStringLiteral("libraryListWidget"));
    m_libraryList->setAccessibleName(tr("Saved messages"));
    m_libraryList->setToolTip(tr("Pick a saved message to fill the form"));
    libraryTitle->setBuddy(m_libraryList);
    m_saveNameEdit = new QLineEdit(libraryPane);
    m_saveNameEdit->setObjectName(QStringLiteral("saveNameLineEdit"));
    m_saveNameEdit->setAccessibleName(tr("Name of the saved message"));
    m_saveNameEdit->setPlaceholderText(tr("Name, e.g. Reboot pump-0042"));
    m_saveButton = new QPushButton(tr("&Save"), libraryPane);
    m_saveButton->setObjectName(QStringLiteral("saveMessagePushButton"));
    m_saveButton->setToolTip(tr("Keep this message in the library (do not save passwords or keys "
                                "in a payload)"));
    m_deleteButton = new QPushButton(tr("&Delete"), libraryPane);
    m_deleteButton->setObjectName(QStringLiteral("deleteMessagePushButton"));
    auto *libraryButtons = new QHBoxLayout;
    libraryButtons->addWidget(m_saveButton);
    libraryButtons->addWidget(m_deleteButton);
    libraryLayout->addWidget(libraryTitle);
    libraryLayout->addWidget(m_libraryList, 1);
    libraryLayout->addWidget(m_saveNameEdit);
    libraryLayout->addLayout(libraryButtons);

    // The message.
    auto *form = new QWidget(splitter);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_brokerLabel = new QLabel(form);
    m_brokerLabel->setObjectName(QStringLiteral("publishBrokerLabel"));
    m_brokerLabel->setTextFormat(Qt::PlainText);
    formLayout->addWidget(m_brokerLabel);
    auto *fields = new QFormLayout;
    m_topicEdit = new QLineEdit(form);
    m_topicEdit->setObjectName(QStringLiteral("publishTopicLineEdit"));
    m_topicEdit->setPlaceholderText(tr("e.g. fd/v1/pump-0042/cmd/reboot"));
    fields->addRow(tr("&Topic:"), m_topicEdit);
    m_payloadEdit = new QPlainTextEdit(form);
    m_payloadEdit->setObjectName(QStringLiteral("publishPayloadPlainTextEdit"));
    m_payloadEdit->setAccessibleName(tr("Payload"));
    m_payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payloadEdit->setPlaceholderText(tr("Payload (UTF-8 text or JSON; empty is allowed)"));
    m_payloadEdit->setTabChangesFocus(true);
    fields->addRow(tr("&Payload:"), m_payloadEdit);
    auto *options = new QHBoxLayout;
    m_qosCombo = new QComboBox(form);
    m_qosCombo->setObjectName(QStringLiteral("publishQosComboBox"));
    m_qosCombo->setAccessibleName(tr("QoS"));
    m_qosCombo->addItem(tr("0 — at most once"), 0);
    m_qosCombo->addItem(tr("1 — at least once"), 1);
    m_qosCombo->addItem(tr("2 — exactly once"), 2);
    m_retainCheck = new QCheckBox(tr("&Retain"), form);
    m_retainCheck->setObjectName(QStringLiteral("publishRetainCheckBox"));
    m_retainCheck->setToolTip(tr("The broker keeps the message and hands it to every new "
                                 "subscriber of the topic"));
    m_formatButton = new QPushButton(tr("&Format JSON"), form);
    m_formatButton->setObjectName(QStringLiteral("formatJsonPushButton"));
    options->addWidget(m_qosCombo);
    options->addWidget(m_retainCheck);
    options->addStretch(1);
    options->addWidget(m_formatButton);
    auto *qosLabel = new QLabel(tr("&QoS:"), form);
    qosLabel->setBuddy(m_qosCombo);
    fields->addRow(qosLabel, options);
    formLayout->addLayout(fields, 1);

    m_propertiesGroup = new QGroupBox(tr("MQTT 5 properties (sent only over MQTT 5)"), form);
    m_propertiesGroup->setObjectName(QStringLiteral("mqtt5PropertiesGroupBox"));
    auto *props = new QFormLayout(m_propertiesGroup);
    m_contentTypeEdit = new QLineEdit(m_propertiesGroup);
    m_contentTypeEdit->setObjectName(QStringLiteral("contentTypeLineEdit"));
    m_contentTypeEdit->setPlaceholderText(QStringLiteral("application/json"));
    props->addRow(tr("Content &type:"), m_contentTypeEdit);
    m_responseTopicEdit = new QLineEdit(m_propertiesGroup);
    m_responseTopicEdit->setObjectName(QStringLiteral("responseTopicLineEdit"));
    props->addRow(tr("Res&ponse topic:"), m_responseTopicEdit);
    m_correlationEdit = new QLineEdit(m_propertiesGroup);
    m_correlationEdit->setObjectName(QStringLiteral("correlationDataLineEdit"));
    props->addRow(tr("&Correlation data:"), m_correlationEdit);
    m_userPropertiesTable = new QTableWidget(0, 2, m_propertiesGroup);
    m_userPropertiesTable->setObjectName(QStringLiteral("userPropertiesTableWidget"));
    m_userPropertiesTable->setAccessibleName(tr("User properties"));
    m_userPropertiesTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_userPropertiesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_userPropertiesTable->verticalHeader()->hide();
    m_userPropertiesTable->setMinimumHeight(fontMetrics().height() * 5);
    auto *addProperty = new QPushButton(tr("&Add"), m_propertiesGroup);
    addProperty->setObjectName(QStringLiteral("addUserPropertyPushButton"));
    auto *removeProperty = new QPushButton(tr("Re&move"), m_propertiesGroup);
    removeProperty->setObjectName(QStringLiteral("removeUserPropertyPushButton"));
    auto *propertyButtons = new QVBoxLayout;
    propertyButtons->addWidget(addProperty);
    propertyButtons->addWidget(removeProperty);
    propertyButtons->addStretch(1);
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_userPropertiesTable, 1);
    userRow->addLayout(propertyButtons);
    props->addRow(tr("User properties:"), userRow);
    formLayout->addWidget(m_propertiesGroup);

    m_problemLabel = new QLabel(form);
    m_problemLabel->setObjectName(QStringLiteral("publishProblemLabel"));
    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_problemLabel->setWordWrap(true);
    formLayout->addWidget(m_problemLabel);

    splitter->addWidget(libraryPane);
    splitter->addWidget(form);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes(
        {fontMetrics().averageCharWidth() * 26, fontMetrics().averageCharWidth() * 80});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publishButton = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(QStringLiteral("publishPushButton"));
    m_publishButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    nameButtons(this);
    m_topicEdit->setAccessibleName(tr("Topic"));
    m_contentTypeEdit->setAccessibleName(tr("Content type"));
    m_responseTopicEdit->setAccessibleName(tr("Response topic"));
    m_correlationEdit->setAccessibleName(tr("Correlation data"));
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topicEdit, &QLineEdit::textChanged, this, &PublishDialog::updateState);
    connect(m_payloadEdit, &QPlainTextEdit::textChanged, this, &PublishDialog::updateState);
    connect(m_saveNameEdit, &QLineEdit::textChanged, this, &PublishDialog::updateState);
    connect(m_formatButton, &QPushButton::clicked, this, &PublishDialog::formatJson);
    connect(addProperty, &QPushButton::clicked, this, [this] {
        addUserProperty(QString(), QString());
        m_userPropertiesTable->editItem(
            m_userPropertiesTable->item(m_userPropertiesTable->rowCount() - 1, 0));
    });
    connect(removeProperty, &QPushButton::clicked, this, [this] {
        const int row = m_userPropertiesTable->currentRow();
        if (row >= 0)
            m_userPropertiesTable->removeRow(row);
    });
    connect(m_saveButton, &QPushButton::clicked, this, &PublishDialog::saveToLibrary);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (m_library && m_libraryList->currentItem())
            m_library->remove(m_libraryList->currentItem()->text());
    });
    connect(m_libraryList, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        const MqttMessageLibrary::Entry *entry = m_library ? m_library->find(name) : nullptr;
        if (!entry)
            return;
        setMessage(entry->message);
        m_saveNameEdit->setText(entry->name);
    });
    if (m_library) {
        connect(m_library, &MqttMessageLibrary::changed, this, &PublishDialog::updateLibrary);
        if (!m_library->isLoaded())
            m_library->load();
    }
    updateLibrary();
    updateState();
}

void PublishDialog::setBrokerName(const QString &name)
{
    m_brokerLabel->setText(tr("Broker: %1").arg(name));
}

void PublishDialog::setMessage(const MqttMessage &message)
{
    m_topicEdit->setText(message.topic);
    m_payloadEdit->setPlainText(QString::fromUtf8(message.payload));
    m_qosCombo->setCurrentIndex(qBound(0, message.qos, 2));
    m_retainCheck->setChecked(message.retain);
    m_contentTypeEdit->setText(message.properties.contentType);
    m_responseTopicEdit->setText(message.properties.responseTopic);
    m_correlationEdit->setText(QString::fromUtf8(message.properties.correlationData));
    m_userPropertiesTable->setRowCount(0);
    for (const auto &p : message.properties.userProperties)
        addUserProperty(p.first, p.second);
    updateState();
}

MqttMessage PublishDialog::message() const
{
    MqttMessage m;
    m.topic = m_topicEdit->text();
    m.payload = m_payloadEdit->toPlainText().toUtf8();
    m.qos = m_qosCombo->currentData().toInt();
    m.retain = m_retainCheck->isChecked();
    m.properties.contentType = m_contentTypeEdit->text().trimmed();
    m.properties.responseTopic = m_responseTopicEdit->text().trimmed();
    m.properties.correlationData = m_correlationEdit->text().toUtf8();
    for (int row = 0; row < m_userPropertiesTable->rowCount(); ++row) {
        const QTableWidgetItem *key = m_userPropertiesTable->item(row, 0);
        const QTableWidgetItem *value = m_userPropertiesTable->item(row, 1);
        if (key && !key->text().isEmpty())
            m.properties.userProperties.append({key->text(), value ? value->text() : QString()});
    }
    return m;
}

QString PublishDialog::problem() const
{
    const QString topic = m_topicEdit->text();
    if (topic.isEmpty())
        return tr("Enter the topic to publish to.");
    if (topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
        return tr("A topic to publish to cannot contain the wildcards + or #.");
    if (topic.contains(QChar(0)))
        return tr("A topic cannot contain a NUL character.");
    if (topic.toUtf8().size() > 65535)
        return tr("The topic is longer than MQTT allows (65,535 bytes).");
    const QString responseTopic = m_responseTopicEdit->text();
    if (responseTopic.contains(QLatin1Char('+')) || responseTopic.contains(QLatin1Char('#')))
        return tr("A response topic cannot contain the wildcards + or #.");
    return {};
}

void PublishDialog::addUserProperty(const QString &key, const QString &value)
{
    const int row = m_userPropertiesTable->rowCount();
    m_userPropertiesTable->insertRow(row);
    m_userPropertiesTable->setItem(row, 0, new QTableWidgetItem(key));
    m_userPropertiesTable->setItem(row, 1, new QTableWidgetItem(value));
}

void PublishDialog::saveToLibrary()
{
    const QString name = m_saveNameEdit->text().trimmed();
    if (!m_library || name.isEmpty())
        return;
    m_library->save({name, message()});
    const QList<QListWidgetItem *> items = m_libraryList->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty()) {
        const QSignalBlocker blocker(m_libraryList);
        m_libraryList->setCurrentItem(items.first());
    }
}

void PublishDialog::updateLibrary()
{
    const QString current
        = m_libraryList->currentItem() ? m_libraryList->currentItem()->text() : QString();
    const QSignalBlocker blocker(m_libraryList);
    m_libraryList->clear();
    if (m_library) {
        for (const MqttMessageLibrary::Entry &e : m_library->entries()) {
            auto *item = new QListWidgetItem(e.name, m_libraryList);
            item->setToolTip(e.message.topic);
            if (e.name == current)
                m_libraryList->setCurrentItem(item);
        }
    }
    updateState();
}

void PublishDialog::updateState()
{
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_publishButton->setEnabled(why.isEmpty());
    m_saveButton->setEnabled(m_library && !m_saveNameEdit->text().trimmed().isEmpty());
    m_deleteButton->setEnabled(m_library && m_libraryList->currentItem());
    const QByteArray payload = m_payloadEdit->toPlainText().toUtf8().trimmed();
    m_formatButton->setEnabled(payload.startsWith('{') || payload.startsWith('['));
}

void PublishDialog::formatJson()
{
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(m_payloadEdit->toPlainText().toUtf8(), &error);
    if (doc.isNull()) {
        m_problemLabel->setText(tr("Not valid JSON (byte %1): %2 — it can still be published as "
                                   "text.")
                                    .arg(error.offset)
                                    .arg(error.errorString()));
        m_problemLabel->setVisible(true);
        return;
    }
    m_payloadEdit->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}
