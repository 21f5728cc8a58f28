#include "BannerWidget.h"

#include "AppIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace {

QColor accentColour(BannerWidget::Kind kind)
{
    switch (kind) {
    case BannerWidget::Kind::Information:
        return QColor(0x00, 0x72, 0xB2);
    case BannerWidget::Kind::Warning:
        return QColor(0xE6, 0x9F, 0x00);
    case BannerWidget::Kind::Error:
        return QColor(0xC0, 0x39, 0x2B);
    }
    return QColor(0x00, 0x72, 0xB2);
}

QColor blend(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() * (1 - amount) + b.redF() * amount,
                            a.greenF() * (1 - amount) + b.greenF() * amount,
                            a.blueF() * (1 - amount) + b.blueF() * amount);
}

} // namespace

BannerWidget::BannerWidget(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("bannerWidget"));
    m_iconLabel->setObjectName(QStringLiteral("bannerIconLabel"));
    m_textLabel->setObjectName(QStringLiteral("bannerTextLabel"));
    m_actionButton->setObjectName(QStringLiteral("bannerActionPushButton"));

    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, &BannerWidget::actionTriggered);

    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(spacing * 2, spacing, spacing, spacing);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    updateIcon();
}

void BannerWidget::setMessage(Kind kind, const QString &text, const QString &toolTip)
{
    m_kind = kind;
    m_textLabel->setText(text);
    setToolTip(toolTip);
    setAccessibleName(text);
    updateIcon();
    update();
}

void BannerWidget::setActionText(const QString &text)
{
    m_actionButton->setText(text);
    m_actionButton->setAccessibleName(text);
    m_actionButton->setVisible(!text.isEmpty());
}

QString BannerWidget::text() const
{
    return m_textLabel->text();
}

void BannerWidget::updateIcon()
{
    QIcon icon;
    switch (m_kind) {
    case Kind::Information:
        icon = AppIcons::information();
        break;
    case Kind::Warning:
        icon = AppIcons::warning();
        break;
    case Kind::Error:
        icon = AppIcons::error();
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

void BannerWidget::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = accentColour(m_kind);
    const QColor fill = blend(palette().color(QPalette::Window), accent, 0.16);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(blend(palette().color(QPalette::Window), accent, 0.45));
    painter.setBrush(fill);
    painter.drawRoundedRect(area, 4, 4);
    const int bar = qMax(3, fontMetrics().height() / 5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(area.left(), area.top(), bar, area.height()), 2, 2);
}

void BannerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    QWidget::changeEvent(event);
}
