#include "ExportDevicesDialog.h"

#include "fleet/DeviceExport.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDevicesDialog::ExportDevicesDialog(const Counts &counts,
                                         const QStringList &viewFields,
                                         QWidget *parent)
    : QDialog(parent)
    , m_viewFieldIds(viewFields)
{
    setWindowTitle(tr("Export Devices"));
    const QLocale locale;

    auto *devicesBox = new QGroupBox(tr("Devices"), this);
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    m_selected = new QRadioButton(
        tr("The selected devices (%1)").arg(locale.toString(counts.selected)), devicesBox);
    m_shown = new QRadioButton(
        tr("The devices the filter shows (%1)").arg(locale.toString(counts.shown)), devicesBox);
    m_all = new QRadioButton(tr("All devices (%1)").arg(locale.toString(counts.all)), devicesBox);
    for (QRadioButton *b : {m_selected, m_shown, m_all})
        devicesLayout->addWidget(b);
    m_selected->setEnabled(counts.selected > 0);
    (counts.selected > 0 ? m_selected : m_shown)->setChecked(true);

    auto *fieldsBox = new QGroupBox(tr("Fields"), this);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    QStringList titles;
    for (const QString &field : viewFields)
        titles.append(DeviceExport::fieldTitle(field));
    m_viewFields
        = new QRadioButton(tr("The view's columns: %1").arg(titles.join(tr(", "))), fieldsBox);
    m_allFields = new QRadioButton(tr("All fields (a CSV of all fields imports again)"), fieldsBox);
    fieldsLayout->addWidget(m_viewFields);
    fieldsLayout->addWidget(m_allFields);
    m_viewFields->setEnabled(!viewFields.isEmpty());
    (viewFields.isEmpty() ? m_allFields : m_viewFields)->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(devicesBox);
    layout->addWidget(fieldsBox);
    layout->addWidget(buttons);
}

ExportDevicesDialog::Scope ExportDevicesDialog::scope() const
{
    if (m_selected->isChecked())
        return Scope::Selected;
    if (m_all->isChecked())
        return Scope::All;
    return Scope::Shown;
}

bool ExportDevicesDialog::allFields() const
{
    return m_allFields->isChecked();
}

QStringList ExportDevicesDialog::fields() const
{
    return allFields() ? DeviceExport::allFields() : m_viewFieldIds;
}

QRadioButton *ExportDevicesDialog::scopeButton(Scope scope) const
{
    switch (scope) {
    case Scope::Selected:
        return m_selected;
    case Scope::Shown:
        return m_shown;
    case Scope::All:
        return m_all;
    }
    return nullptr;
}
