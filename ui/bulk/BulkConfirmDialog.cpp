#include "bulk/BulkConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>

BulkConfirmDialog::BulkConfirmDialog(const Operation &operation,
                                     const QStringList &deviceNames,
                                     QWidget *parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_deviceNames(deviceNames)
{
    setObjectName(QStringLiteral("bulkConfirmDialog"));
    const QLocale locale;
    const int n = count();
    setWindowTitle(tr("%1 %Ln device(s)?", nullptr, n).arg(operation.name));

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("bulkTitleLabel"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    title->setText(tr("%1 %Ln device(s)", nullptr, n).arg(operation.name));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("bulkDescriptionLabel"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setText(operation.description);

    auto *listLabel = new QLabel(tr("These devices:"), this);
    listLabel->setObjectName(QStringLiteral("bulkDevicesLabel"));
    auto *list = new QListView(this);
    list->setObjectName(QStringLiteral("bulkDevicesListView"));
    list->setAccessibleName(tr("Devices the operation acts on"));
    list->setUniformItemSizes(true); // thousands of rows, laid out lazily
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setModel(new QStringListModel(deviceNames, list));
    listLabel->setBuddy(list);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(listLabel);
    layout->addWidget(list, 1);

    if (operation.destructive) {
        auto *warning = new QLabel(this);
        warning->setObjectName(QStringLiteral("bulkWarningLabel"));
        warning->setTextFormat(Qt::PlainText);
        warning->setWordWrap(true);
        warning->setText(tr("This cannot be undone. Type the number of devices, %1, to confirm.")
                             .arg(locale.toString(n)));
        m_countEdit = new QLineEdit(this);
        m_countEdit->setObjectName(QStringLiteral("typedCountLineEdit"));
        m_countEdit->setAccessibleName(tr("Number of devices, typed to confirm"));
        m_countEdit->setPlaceholderText(locale.toString(n));
        connect(m_countEdit, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateConfirm);
        layout->addWidget(warning);
        layout->addWidget(m_countEdit);
    }

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("bulkConfirmDialogButtonBox"));
    m_confirmButton = buttons->addButton(tr("%1 %Ln Device(s)", nullptr, n).arg(operation.name),
                                         QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmPushButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    // The safe answer is the default.
    m_confirmButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const int line = fontMetrics().height();
    resize(qMax(sizeHint().width(), line * 28), line * 26);
    updateConfirm();
    if (m_countEdit)
        m_countEdit->setFocus();
}

void BulkConfirmDialog::updateConfirm()
{
    if (!m_countEdit) {
        m_confirmButton->setEnabled(count() > 0);
        return;
    }
    // "1240" and "1,240" (the locale's grouping) both count.
    QString typed = m_countEdit->text().trimmed();
    typed.remove(QLocale().groupSeparator());
    bool ok = false;
    const int value = typed.toInt(&ok);
    m_confirmButton->setEnabled(count() > 0 && ok && value == count());
}
