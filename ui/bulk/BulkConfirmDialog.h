#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

// "Name the blast radius" (UX.md): before an operation on several devices, says what will happen
// to how many devices and lists them (a virtual list: fine for thousands). For a destructive
// operation (factory reset) the confirm button stays disabled until the count is typed.
class BulkConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    struct Operation
    {
        QString name;        // "Reboot", as in the menu, without "…"
        QString description; // what it does to a device, in a sentence
        bool destructive = false;
    };

    BulkConfirmDialog(const Operation &operation,
                      const QStringList &deviceNames,
                      QWidget *parent = nullptr);

    int count() const { return int(m_deviceNames.size()); }
    bool needsTypedCount() const { return m_operation.destructive; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    QLineEdit *countLineEdit() const { return m_countEdit; } // nullptr unless destructive

private:
    void updateConfirm();

    Operation m_operation;
    QStringList m_deviceNames;
    QLineEdit *m_countEdit = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
