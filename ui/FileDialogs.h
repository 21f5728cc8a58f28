#pragma once

#include <QString>

class QWidget;

// The seam for file pickers (STYLE rule 4): the application uses this class as is (QFileDialog);
// GUI tests derive from it and answer without a native dialog.
class FileDialogs
{
public:
    virtual ~FileDialogs();

    // Returns the chosen file, or an empty string when the user cancelled.
    virtual QString openFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &directory,
                                 const QString &filter);
    virtual QString saveFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &suggestedPath,
                                 const QString &filter);
};
