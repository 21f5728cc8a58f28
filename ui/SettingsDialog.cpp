#include "SettingsDialog.h"

#include "common/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languageCombo(new QComboBox(this))
    , m_themeCombo(new QComboBox(this))
    , m_staleSpin(new QSpinBox(this))
{
    Q_ASSERT(settings);
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System default"), QString());
    m_languageCombo->addItem(tr("English"), QStringLiteral("en"));
    // Each language is listed in its own name, so people can find theirs whatever is shown now.
    m_languageCombo->addItem(QLocale(QLocale::Japanese).nativeLanguageName(), QStringLiteral("ja"));
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(settings->language())));

    auto *languageNote
        = new QLabel(tr("The language changes the next time FleetDesk starts."), this);
    languageNote->setObjectName(QStringLiteral("restartNoteLabel"));
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);

    m_themeCombo->setObjectName(QStringLiteral("themeComboBox"));
    m_themeCombo->setAccessibleName(tr("Theme"));
    m_themeCombo->addItem(tr("System"), int(Settings::Theme::System));
    m_themeCombo->addItem(tr("Light"), int(Settings::Theme::Light));
    m_themeCombo->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_themeCombo->setCurrentIndex(qMax(0, m_themeCombo->findData(int(settings->theme()))));

    m_staleSpin->setObjectName(QStringLiteral("staleThresholdSpinBox"));
    m_staleSpin->setAccessibleName(tr("Stale after"));
    m_staleSpin->setRange(5, 24 * 3600);
    m_staleSpin->setSingleStep(30);
    m_staleSpin->setSuffix(tr(" s"));
    m_staleSpin->setValue(settings->staleAfterSeconds());
    auto *staleNote = new QLabel(tr("Values older than this are marked as stale."), this);
    staleNote->setWordWrap(true);
    staleNote->setForegroundRole(QPalette::PlaceholderText);

    m_mqttHistorySpin = new QSpinBox(this);
    m_mqttHistorySpin->setObjectName(QStringLiteral("mqttHistorySpinBox"));
    m_mqttHistorySpin->setAccessibleName(tr("MQTT messages kept per topic"));
    m_mqttHistorySpin->setRange(0, 100000);
    m_mqttHistorySpin->setSingleStep(50);
    m_mqttHistorySpin->setSpecialValueText(tr("none"));
    m_mqttHistorySpin->setValue(settings->mqttHistoryPerTopic());
    m_mqttMaxTopicsSpin = new QSpinBox(this);
    m_mqttMaxTopicsSpin->setObjectName(QStringLiteral("mqttMaxTopicsSpinBox"));
    m_mqttMaxTopicsSpin->setAccessibleName(tr("Most MQTT topics per broker"));
    m_mqttMaxTopicsSpin->setRange(1000, 2000000);
    m_mqttMaxTopicsSpin->setSingleStep(10000);
    m_mqttMaxTopicsSpin->setGroupSeparatorShown(true);
    m_mqttMaxTopicsSpin->setValue(settings->mqttMaxTopics());
    auto *mqttNote = new QLabel(tr("The history lives in the telemetry database beside the fleet "
                                   "cache. Past the topic limit, messages on further topics are "
                                   "counted but not kept, and a warning says so. Both apply to "
                                   "brokers connected from now on."),
                                this);
    mqttNote->setWordWrap(true);
    mqttNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Theme:"), m_themeCombo);
    form->addRow(tr("&Stale after:"), m_staleSpin);
    form->addRow(QString(), staleNote);
    form->addRow(tr("MQTT &history per topic:"), m_mqttHistorySpin);
    form->addRow(tr("Most MQTT to&pics per broker:"), m_mqttMaxTopicsSpin);
    form->addRow(QString(), mqttNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

bool SettingsDialog::apply()
{
    const auto theme = Settings::Theme(m_themeCombo->currentData().toInt());
    const bool themeChanged = theme != m_settings->theme();
    m_settings->setLanguage(m_languageCombo->currentData().toString());
    m_settings->setTheme(theme);
    m_settings->setStaleAfterSeconds(m_staleSpin->value());
    m_settings->setMqttHistoryPerTopic(m_mqttHistorySpin->value());
    m_settings->setMqttMaxTopics(m_mqttMaxTopicsSpin->value());
    return themeChanged;
}
