#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for the notification attributes of a path: pmin, pmax (seconds), gt, lt, st (values).
// Empty fields are left out of the request; OK needs at least one valid field.
class WriteAttributesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WriteAttributesDialog(const QString &path, QWidget *parent = nullptr);

    // In the order pmin, pmax, gt, lt, st; only the filled ones, numbers in the C locale.
    QList<QPair<QString, QString>> attributes() const;
    QString errorText() const { return m_error; }

private:
    void validate();

    QLineEdit *m_pmin = nullptr;
    QLineEdit *m_pmax = nullptr;
    QLineEdit *m_gt = nullptr;
    QLineEdit *m_lt = nullptr;
    QLineEdit *m_st = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QPair<QString, QString>> m_attributes;
    QString m_error;
};
