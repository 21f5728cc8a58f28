#include "HealthIcons.h"

#include "PaintedIconEngine.h"

#include <QFont>
#include <QPainter>
#include <QPen>

namespace {

QIcon makeIcon(Health health)
{
    return QIcon(new PaintedIconEngine([health](QPainter *painter, const QRectF &rect) {
        HealthIcons::paint(painter, rect, health);
    }));
}

} // namespace

QIcon HealthIcons::icon(Health health)
{
    static const QIcon online = makeIcon(Health::Online);
    static const QIcon sleeping = makeIcon(Health::Sleeping);
    static const QIcon offline = makeIcon(Health::Offline);
    static const QIcon unknown = makeIcon(Health::Unknown);
    switch (health) {
    case Health::Online:
        return online;
    case Health::Sleeping:
        return sleeping;
    case Health::Offline:
        return offline;
    case Health::Unknown:
        break;
    }
    return unknown;
}

QColor HealthIcons::colour(Health health)
{
    switch (health) {
    case Health::Online:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Health::Sleeping:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Health::Offline:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    case Health::Unknown:
        break;
    }
    return QColor(0x8A, 0x8F, 0x98); // neutral grey, readable on light and dark palettes
}

void HealthIcons::paint(QPainter *painter, const QRectF &rect, Health health)
{
    const qreal side = qMin(rect.width(), rect.height());
    const qreal stroke = qMax(1.0, side * 0.12);
    const QRectF circle = rect.adjusted(side * 0.14, side * 0.14, -side * 0.14, -side * 0.14);
    const QColor colour = HealthIcons::colour(health);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (health) {
    case Health::Online:
        painter->setPen(QPen(colour.darker(115), stroke * 0.6));
        painter->setBrush(colour);
        painter->drawEllipse(circle);
        break;
    case Health::Sleeping:
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPie(circle, 90 * 16, 180 * 16); // left half filled
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, stroke));
        painter->drawEllipse(circle.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        break;
    case Health::Offline:
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, stroke * 1.25));
        painter->drawEllipse(circle.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        break;
    case Health::Unknown: {
        QPen pen(colour, stroke * 0.8);
        pen.setStyle(Qt::DotLine);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(pen);
        painter->drawEllipse(circle.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(side * 0.58)));
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(rect, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    painter->restore();
}
