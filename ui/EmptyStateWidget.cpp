#include "EmptyStateWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("emptyStateWidget"));
    m_iconLabel->setObjectName(QStringLiteral("emptyStateIconLabel"));
    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitleLabel"));
    m_textLabel->setObjectName(QStringLiteral("emptyStateTextLabel"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignHCenter);
    m_titleLabel->setWordWrap(true);
    m_textLabel->setAlignment(Qt::AlignHCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    // Lines of readable length whatever the window width.
    m_textLabel->setMaximumWidth(fontMetrics().averageCharWidth() * 72);
    m_iconLabel->setAlignment(Qt::AlignHCenter);
    m_iconLabel->hide();

    m_buttons->addStretch();
    m_buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_titleLabel);
    layout->addSpacing(fontMetrics().height() / 2);
    // Centred by stretches rather than an alignment flag, which would lose height-for-width and
    // cut wrapped lines off.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_textLabel, 3);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyStateWidget::setIcon(const QIcon &icon)
{
    m_icon = icon;
    const int size = fontMetrics().height() * 3;
    m_iconLabel->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_iconLabel->setVisible(!icon.isNull());
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
    setAccessibleName(title);
}

void EmptyStateWidget::setText(const QString &text)
{
    m_textLabel->setText(text);
    setAccessibleDescription(text);
}

QString EmptyStateWidget::title() const
{
    return m_titleLabel->text();
}

QString EmptyStateWidget::text() const
{
    return m_textLabel->text();
}

QPushButton *EmptyStateWidget::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    if (m_buttons->count() == 2)
        button->setDefault(true);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}
