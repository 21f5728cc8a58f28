#include "MessageBoxes.h"

#include "TypedConfirmDialog.h"

#include <QMessageBox>
#include <QPushButton>

MessageBoxes::~MessageBoxes() = default;

bool MessageBoxes::confirm(QWidget *parent,
                           const QString &title,
                           const QString &text,
                           const QString &informativeText,
                           const QString &confirmText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    box.setInformativeText(informativeText);
    QPushButton *confirmButton = box.addButton(confirmText, QMessageBox::AcceptRole);
    QPushButton *cancelButton = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancelButton);
    box.setEscapeButton(cancelButton);
    box.exec();
    return box.clickedButton() == confirmButton;
}

bool MessageBoxes::confirmTyped(QWidget *parent,
                                const QString &title,
                                const QString &text,
                                const QString &informativeText,
                                const QString &expected,
                                const QString &confirmText)
{
    TypedConfirmDialog dialog(title, text, informativeText, expected, confirmText, parent);
    return dialog.exec() == QDialog::Accepted;
}

int MessageBoxes::choose(QWidget *parent,
                         const QString &title,
                         const QString &text,
                         const QString &informativeText,
                         const QStringList &choices)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("chooseMessageBox"));
    box.setInformativeText(informativeText);
    QList<QPushButton *> buttons;
    for (const QString &choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    QPushButton *cancelButton = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancelButton);
    box.setEscapeButton(cancelButton);
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void MessageBoxes::warning(QWidget *parent,
                           const QString &title,
                           const QString &text,
                           const QString &detailedText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("warningMessageBox"));
    box.setDetailedText(detailedText);
    box.exec();
}

void MessageBoxes::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}
