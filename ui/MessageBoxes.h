#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The seam for message boxes (STYLE rule 4): the application uses this class as is (QMessageBox);
// GUI tests derive from it to answer confirmations and record what would have been shown.
class MessageBoxes
{
public:
    virtual ~MessageBoxes();

    // Asks before something risky or destructive. The safe answer (Cancel) is the default button.
    // Returns true only when the user chose confirmText.
    virtual bool confirm(QWidget *parent,
                         const QString &title,
                         const QString &text,
                         const QString &informativeText,
                         const QString &confirmText);
    // Asks to choose between several ways forward; a Cancel button (the default) follows them.
    // Returns the index of the chosen one, -1 for Cancel.
    // A destructive action: enabled only once `expected` (a name or a count) is typed
    // (TypedConfirmDialog).
    virtual bool confirmTyped(QWidget *parent,
                              const QString &title,
                              const QString &text,
                              const QString &informativeText,
                              const QString &expected,
                              const QString &confirmText);
    virtual int choose(QWidget *parent,
                       const QString &title,
                       const QString &text,
                       const QString &informativeText,
                       const QStringList &choices);
    // Something failed: the message in words for a technician, the detail one click away.
    virtual void warning(QWidget *parent,
                         const QString &title,
                         const QString &text,
                         const QString &detailedText = QString());
    virtual void about(QWidget *parent, const QString &title, const QString &text);
};
