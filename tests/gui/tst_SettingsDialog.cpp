#include "SettingsDialog.h"
#include "common/Settings.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsAndStoresTheSettings();
};

void tst_SettingsDialog::showsAndStoresTheSettings()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("fleetdesk.ini")));
    settings.setStaleAfterSeconds(120);
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeComboBox"));
    auto *stale = dialog.findChild<QSpinBox *>(QStringLiteral("staleThresholdSpinBox"));
    QVERIFY(language && theme && stale);
    QCOMPARE(language->currentData().toString(), QString()); // system default
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->itemText(2), QStringLiteral("日本語")); // listed in its own language
    QCOMPARE(Settings::Theme(theme->currentData().toInt()), Settings::Theme::System);
    QCOMPARE(stale->value(), 120);
    for (QWidget *widget : {static_cast<QWidget *>(language),
                            static_cast<QWidget *>(theme),
                            static_cast<QWidget *>(stale)}) {
        QVERIFY(!widget->accessibleName().isEmpty());
    }

    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    theme->setCurrentIndex(theme->findData(int(Settings::Theme::Dark)));
    stale->setValue(600);
    QVERIFY(dialog.apply()); // the theme changed
    QCOMPARE(settings.language(), QStringLiteral("ja"));
    QCOMPARE(settings.theme(), Settings::Theme::Dark);
    QCOMPARE(settings.staleAfterSeconds(), 600);
    QVERIFY(!dialog.apply()); // nothing changed this time

    // The MQTT ingest limits (history per topic, topic cap), with their defaults.
    auto *history = dialog.findChild<QSpinBox *>(QStringLiteral("mqttHistorySpinBox"));
    auto *maxTopics = dialog.findChild<QSpinBox *>(QStringLiteral("mqttMaxTopicsSpinBox"));
    QVERIFY(history && maxTopics);
    QCOMPARE(history->value(), 100);
    QCOMPARE(maxTopics->value(), 200000);
    QVERIFY(!history->accessibleName().isEmpty() && !maxTopics->accessibleName().isEmpty());
    history->setValue(0);
    maxTopics->setValue(50000);
    dialog.apply();
    QCOMPARE(settings.mqttHistoryPerTopic(), 0);
    QCOMPARE(settings.mqttMaxTopics(), 50000);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
