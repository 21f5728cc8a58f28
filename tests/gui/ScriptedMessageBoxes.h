#pragma once

#include "MessageBoxes.h"

#include <QStringList>

// A test double for MessageBoxes: confirmations get the scripted answer; everything shown is
// recorded instead of blocking on a modal box.
class ScriptedMessageBoxes : public MessageBoxes
{
public:
    bool confirm(QWidget *,
                 const QString &title,
                 const QString &text,
                 const QString &informativeText,
                 const QString &confirmText) override
    {
        confirmations << title;
        confirmTexts << text + QLatin1Char('\n') + informativeText;
        confirmButtons << confirmText;
        return confirmAnswer;
    }
    bool confirmTyped(QWidget *,
                      const QString &title,
                      const QString &text,
                      const QString &informativeText,
                      const QString &expected,
                      const QString &confirmText) override
    {
        typedExpectations << expected;
        return confirm(nullptr, title, text, informativeText, confirmText);
    }
    int choose(QWidget *,
               const QString &title,
               const QString &text,
               const QString &informativeText,
               const QStringList &choices) override
    {
        choiceTitles << title;
        choiceTexts << text + QLatin1Char('\n') + informativeText;
        choiceButtons << choices;
        return chooseAnswer;
    }
    void warning(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        warnings << title + QStringLiteral(": ") + text;
    }
    void about(QWidget *, const QString &title, const QString &) override { abouts << title; }

    bool confirmAnswer = false;
    int chooseAnswer = -1; // -1: Cancel
    QStringList choiceTitles;
    QStringList choiceTexts;
    QList<QStringList> choiceButtons;
    QStringList confirmations;
    QStringList typedExpectations; // what confirmTyped asked to be typed
    QStringList confirmTexts;      // text and informative text of each confirmation
    QStringList confirmButtons;    // the confirming button's text
    QStringList warnings;
    QStringList abouts;
};
