#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Confirms a destructive action by having the operator type what it acts on (UX.md "name the
// blast radius": abort campaign, factory reset): the confirming button is enabled only when the
// typed text equals `expected` (a name or a count; surrounding spaces ignored).
class TypedConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    TypedConfirmDialog(const QString &title,
                       const QString &text,
                       const QString &informativeText,
                       const QString &expected,
                       const QString &confirmText,
                       QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QString m_expected;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_confirm = nullptr;
};
