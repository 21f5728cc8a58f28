#include "CsvImportDialog.h"

#include "ImportPlanModel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(const QString &fileName,
                                 const CsvImport::Plan &plan,
                                 QWidget *parent)
    : QDialog(parent)
    , m_model(new ImportPlanModel(this))
    , m_table(new QTableView(this))
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import devices from %1").arg(QFileInfo(fileName).fileName()));
    m_model->setPlan(plan);

    const QLocale locale;
    const int created = plan.count(CsvImport::Action::Create);
    const int updated = plan.count(CsvImport::Action::Update);
    const int rejected = plan.count(CsvImport::Action::Reject);
    const int accepted = created + updated;

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    QStringList summary{tr("%1 new").arg(locale.toString(created)),
                        tr("%1 to update").arg(locale.toString(updated)),
                        tr("%1 rejected").arg(locale.toString(rejected))};
    QString text = tr("Dry run — nothing has been written yet. %1.")
                       .arg(summary.join(QStringLiteral(" · ")));
    if (rejected > 0)
        text += QLatin1Char('\n')
                + tr("Rejected rows are skipped; fix them in the file and import "
                     "it again.");
    m_summaryLabel->setText(text);

    auto *fileErrors = new QLabel(this);
    fileErrors->setObjectName(QStringLiteral("fileErrorsLabel"));
    fileErrors->setWordWrap(true);
    fileErrors->setTextFormat(Qt::PlainText);
    fileErrors->setText(
        plan.fileErrors.isEmpty()
            ? QString()
            : tr("Problems with the file:\n%1").arg(plan.fileErrors.join(QLatin1Char('\n'))));
    fileErrors->setVisible(!plan.fileErrors.isEmpty());

    m_table->setObjectName(QStringLiteral("importPlanTableView"));
    m_table->setAccessibleName(tr("Rows of the file and what would happen to them"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ImportPlanModel::LineColumn, character * 7);
    m_table->setColumnWidth(ImportPlanModel::ActionColumn, character * 14);
    m_table->setColumnWidth(ImportPlanModel::NameColumn, character * 22);
    m_table->setColumnWidth(ImportPlanModel::SiteColumn, character * 26);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_importButton = buttons->addButton(tr("Import %n device(s)", nullptr, accepted),
                                        QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_importButton->setAccessibleName(m_importButton->text());
    m_importButton->setEnabled(accepted > 0);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true); // importing is the deliberate choice, never the Enter-key default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(fileErrors);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(character * 120, fontMetrics().height() * 30);
}

DeviceList CsvImportDialog::acceptedDevices() const
{
    return m_model->plan().acceptedDevices();
}
