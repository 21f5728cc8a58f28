#pragma once

#include <QIconEngine>

#include <functional>

class QPainter;
class QRectF;

// A QIconEngine that paints its icon with QPainter at whatever size and device pixel ratio is asked
// for, so icons stay sharp on HiDPI screens without shipping bitmaps.
class PaintedIconEngine : public QIconEngine
{
public:
    using PaintFunction = std::function<void(QPainter *painter, const QRectF &rect)>;

    explicit PaintedIconEngine(PaintFunction paint);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;

private:
    PaintFunction m_paint;
};
