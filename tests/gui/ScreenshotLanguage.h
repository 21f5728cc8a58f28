#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QTranslator>

// Screenshots for the docs in another language (tests/gui/make-screenshots): with
// FLEETDESK_SCREENSHOT_LANG=ja and FLEETDESK_QM_DIR=<build>/translations a GUI test installs the
// application's translation before it builds its widgets. The tests themselves run in English.
namespace ScreenshotLanguage {

inline QString language()
{
    const QString lang = qEnvironmentVariable("FLEETDESK_SCREENSHOT_LANG");
    return lang.isEmpty() ? QStringLiteral("en") : lang;
}

// Checks of English wording only hold in English.
inline bool isEnglish()
{
    return language() == QLatin1String("en");
}

inline bool install()
{
    // English too when the translations are given: its plural forms ("1 device", "3 devices").
    if (qEnvironmentVariableIsEmpty("FLEETDESK_QM_DIR"))
        return language() == QLatin1String("en");
    auto *translator = new QTranslator(QCoreApplication::instance());
    const QString file = QDir(qEnvironmentVariable("FLEETDESK_QM_DIR"))
                             .filePath(QStringLiteral("fleetdesk_%1.qm").arg(language()));
    return translator->load(file) && QCoreApplication::installTranslator(translator);
}

} // namespace ScreenshotLanguage
