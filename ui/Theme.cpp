#include "Theme.h"

#include "common/Logging.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace {

struct Original
{
    QString styleName;
    QPalette palette;
};

// What the platform gave us before the first apply(), to return to for "System" on a light desktop.
const Original &original()
{
    static const Original value{QApplication::style() ? QApplication::style()->name() : QString(),
                                QApplication::palette()};
    return value;
}

bool s_dark = false;

void useFusion()
{
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

} // namespace

bool Theme::systemPrefersDark()
{
    const QPalette &palette = original().palette;
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

bool Theme::isDark()
{
    return s_dark;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x30);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor alternateBase(0x26, 0x28, 0x2B);
    const QColor button(0x35, 0x37, 0x3B);
    const QColor text(0xE4, 0xE6, 0xEB);
    const QColor disabledText(0x80, 0x84, 0x8B);
    const QColor highlight(0x2F, 0x65, 0xCA);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternateBase);
    palette.setColor(QPalette::ToolTipBase, window.lighter(120));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    palette.setColor(QPalette::Light, button.lighter(150));
    palette.setColor(QPalette::Midlight, button.lighter(125));
    palette.setColor(QPalette::Mid, button.darker(120));
    palette.setColor(QPalette::Dark, button.darker(160));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xEE));
    palette.setColor(QPalette::LinkVisited, QColor(0xB4, 0x8E, 0xE6));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}

void Theme::apply(Settings::Theme theme)
{
    const Original &startup = original();
    const bool dark = theme == Settings::Theme::Dark
                      || (theme == Settings::Theme::System && systemPrefersDark());
    if (dark) {
        useFusion();
        QApplication::setPalette(darkPalette());
    } else if (theme == Settings::Theme::Light && systemPrefersDark()) {
        useFusion();
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        if (!startup.styleName.isEmpty()
            && QApplication::style()->name().compare(startup.styleName, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(startup.styleName));
        QApplication::setPalette(startup.palette);
    }
    s_dark = dark;
    qCDebug(lcUi) << "theme" << Settings::themeToString(theme) << (dark ? "dark" : "light");
}
