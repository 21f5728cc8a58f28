#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QSpinBox;
class Settings;

// Tools → Settings: language (after a restart), theme (at once) and when cached data counts as
// stale.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);

    // Writes the choices into Settings; returns true when the theme changed.
    bool apply();

private:
    Settings *m_settings = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QSpinBox *m_staleSpin = nullptr;
    QSpinBox *m_mqttHistorySpin = nullptr;
    QSpinBox *m_mqttMaxTopicsSpin = nullptr;
};
