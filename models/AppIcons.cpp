#include "AppIcons.h"

#include "PaintedIconEngine.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QtMath>

namespace {

const QColor NeutralColour(0x7A, 0x85, 0x94);     // readable on light and dark palettes
const QColor InformationColour(0x00, 0x72, 0xB2); // Okabe–Ito blue
const QColor WarningColour(0xE6, 0x9F, 0x00);     // Okabe–Ito orange
const QColor ErrorColour(0xC0, 0x39, 0x2B);

QIcon painted(PaintedIconEngine::PaintFunction paint)
{
    return QIcon(new PaintedIconEngine(std::move(paint)));
}

void drawGlyph(QPainter *painter, const QRectF &rect, const QString &glyph, const QColor &colour)
{
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(rect.height() * 0.62)));
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(rect, Qt::AlignCenter, glyph);
}

} // namespace

QIcon AppIcons::site()
{
    static const QIcon icon = painted([](QPainter *painter, const QRectF &rect) {
        // A map pin: a circle head over a point.
        const qreal s = rect.width();
        QPainterPath pin;
        const QPointF tip(rect.center().x(), rect.top() + s * 0.92);
        const QRectF head(rect.left() + s * 0.2, rect.top() + s * 0.06, s * 0.6, s * 0.6);
        pin.moveTo(tip);
        pin.arcTo(head, 225, -270);
        pin.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(NeutralColour);
        painter->drawPath(pin);
        painter->setBrush(Qt::white);
        const qreal hole = s * 0.22;
        painter->drawEllipse(
            QRectF(head.center().x() - hole / 2, head.center().y() - hole / 2, hole, hole));
    });
    return icon;
}

QIcon AppIcons::group()
{
    static const QIcon icon = painted([](QPainter *painter, const QRectF &rect) {
        // A folder: a tab and a body.
        const qreal s = rect.width();
        const QRectF body(rect.left() + s * 0.08, rect.top() + s * 0.28, s * 0.84, s * 0.58);
        const QRectF tab(rect.left() + s * 0.08, rect.top() + s * 0.18, s * 0.36, s * 0.16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(NeutralColour.lighter(115));
        painter->drawRoundedRect(tab, s * 0.04, s * 0.04);
        painter->setBrush(NeutralColour);
        painter->drawRoundedRect(body, s * 0.06, s * 0.06);
    });
    return icon;
}

QIcon AppIcons::search()
{
    static const QIcon icon = painted([](QPainter *painter, const QRectF &rect) {
        const qreal s = rect.width();
        painter->setPen(QPen(NeutralColour, qMax(1.0, s * 0.12), Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        const QRectF lens(rect.left() + s * 0.14, rect.top() + s * 0.14, s * 0.5, s * 0.5);
        painter->drawEllipse(lens);
        const QPointF from(lens.center().x() + lens.width() / 2 * 0.7071,
                           lens.center().y() + lens.height() / 2 * 0.7071);
        painter->drawLine(from, QPointF(rect.left() + s * 0.86, rect.top() + s * 0.86));
    });
    return icon;
}

QIcon AppIcons::information()
{
    static const QIcon icon = painted([](QPainter *painter, const QRectF &rect) {
        const qreal s = rect.width();
        const QRectF circle = rect.adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(InformationColour);
        painter->drawEllipse(circle);
        drawGlyph(painter, circle, QStringLiteral("i"), Qt::white);
    });
    return icon;
}

QIcon AppIcons::warning()
{
    static const QIcon icon = painted([](QPainter *painter, const QRectF &rect) {
        const qreal s = rect.width();
        QPolygonF triangle;
        triangle << QPointF(rect.center().x(), rect.top() + s * 0.08)
                 << QPointF(rect.left() + s * 0.95, rect.top() + s * 0.9)
                 << QPointF(rect.left() + s * 0.05, rect.top() + s * 0.9);
        painter->setPen(QPen(WarningColour.darker(110),
                             qMax(1.0, s * 0.06),
                             Qt::SolidLine,
                             Qt::RoundCap,
                             Qt::RoundJoin));
        painter->setBrush(WarningColour);
        painter->drawPolygon(triangle);
        drawGlyph(painter,
                  QRectF(rect.left(), rect.top() + s * 0.3, s, s * 0.6),
                  QStringLiteral("!"),
                  Qt::black);
    });
    return icon;
}

QIcon AppIcons::error()
{
    static const QIcon icon = painted([](QPainter *painter, const QRectF &rect) {
        // An octagon, like a stop sign, with a white cross.
        const qreal s = rect.width() * 0.86;
        const QPointF c = rect.center();
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal angle = qDegreesToRadians(22.5 + 45.0 * i);
            octagon << QPointF(c.x() + s / 2 * qCos(angle), c.y() + s / 2 * qSin(angle));
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(ErrorColour);
        painter->drawPolygon(octagon);
        const qreal d = s * 0.2;
        painter->setPen(QPen(Qt::white, qMax(1.0, s * 0.13), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d));
        painter->drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d));
    });
    return icon;
}

QIcon AppIcons::application()
{
    static const QIcon icon = painted([](QPainter *painter, const QRectF &rect) {
        // Three devices in a row on a rounded tile: online, sleeping, offline.
        const qreal s = rect.width();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x1F, 0x3A, 0x5F));
        painter->drawRoundedRect(
            rect.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04), s * 0.18, s * 0.18);
        const qreal d = s * 0.22;
        const qreal y = rect.center().y() - d / 2;
        const QColor colours[]
            = {QColor(0x00, 0x9E, 0x73), QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00)};
        for (int i = 0; i < 3; ++i) {
            painter->setBrush(colours[i]);
            painter->drawEllipse(QRectF(rect.left() + s * 0.13 + i * s * 0.27, y, d, d));
        }
    });
    return icon;
}
