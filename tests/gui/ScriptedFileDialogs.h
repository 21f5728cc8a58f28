#pragma once

#include "FileDialogs.h"

#include <QStringList>

// A test double for FileDialogs: answers with the next scripted path (empty = cancelled) and
// records what was asked.
class ScriptedFileDialogs : public FileDialogs
{
public:
    QString
    openFileName(QWidget *, const QString &caption, const QString &, const QString &) override
    {
        asked << caption;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
    QString
    saveFileName(QWidget *, const QString &caption, const QString &, const QString &) override
    {
        asked << caption;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }

    QStringList answers;
    QStringList asked;
};
