#include "TypedConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

TypedConfirmDialog::TypedConfirmDialog(const QString &title,
                                       const QString &text,
                                       const QString &informativeText,
                                       const QString &expected,
                                       const QString &confirmText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_expected(expected)
{
    setObjectName(QStringLiteral("typedConfirmDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(text, this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto *info = new QLabel(informativeText, this);
    info->setWordWrap(true);
    layout->addWidget(info);
    auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()), this);
    prompt->setTextFormat(Qt::RichText);
    layout->addWidget(prompt);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("typedConfirmLineEdit"));
    m_edit->setAccessibleName(tr("Type %1 to confirm").arg(expected));
    prompt->setBuddy(m_edit);
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::DestructiveRole);
    m_confirm->setObjectName(QStringLiteral("typedConfirmPushButton"));
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &typed) {
        m_confirm->setEnabled(typed.trimmed() == m_expected.trimmed());
    });
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
