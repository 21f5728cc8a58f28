#include "PaintedIconEngine.h"

#include <QPainter>
#include <QPixmap>

PaintedIconEngine::PaintedIconEngine(PaintFunction paint)
    : m_paint(std::move(paint))
{}

void PaintedIconEngine::paint(QPainter *painter,
                              const QRect &rect,
                              QIcon::Mode mode,
                              QIcon::State /*state*/)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (mode == QIcon::Disabled)
        painter->setOpacity(0.45);
    // Keep the drawing square and centred whatever rectangle the caller hands in.
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF square(rect.x() + (rect.width() - side) / 2.0,
                        rect.y() + (rect.height() - side) / 2.0,
                        side,
                        side);
    m_paint(painter, square);
    painter->restore();
}

// QIcon asks for device pixels (size already multiplied by the device pixel ratio) and sets the
// ratio on the result itself, so painting at the requested size is all it takes to stay sharp.
QPixmap PaintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *PaintedIconEngine::clone() const
{
    return new PaintedIconEngine(m_paint);
}
