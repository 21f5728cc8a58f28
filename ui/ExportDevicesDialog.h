#pragma once

#include <QDialog>
#include <QStringList>

class QRadioButton;
class QPushButton;

// File ▸ Export devices: which devices (the selection, those the filter shows, or all) and which
// fields (the view's columns or all fields, DeviceExport). The window then asks for the file and
// writes it in the background.
class ExportDevicesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { Selected, Shown, All };

    struct Counts
    {
        int selected = 0;
        int shown = 0;
        int all = 0;
    };

    ExportDevicesDialog(const Counts &counts,
                        const QStringList &viewFields,
                        QWidget *parent = nullptr);

    Scope scope() const;
    bool allFields() const;
    // The field ids to write: the view's columns or DeviceExport::allFields().
    QStringList fields() const;

    QRadioButton *scopeButton(Scope scope) const;
    QRadioButton *viewFieldsButton() const { return m_viewFields; }
    QRadioButton *allFieldsButton() const { return m_allFields; }
    QPushButton *exportButton() const { return m_exportButton; }

private:
    QStringList m_viewFieldIds;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_shown = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_viewFields = nullptr;
    QRadioButton *m_allFields = nullptr;
    QPushButton *m_exportButton = nullptr;
};
