#pragma once

#include "fleet/Device.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

// Health icons that differ in shape as well as colour, so they read without colour vision:
// ● online (filled, green), ◐ sleeping (half filled, blue), ○ offline (hollow ring, vermilion),
// ? unknown (dashed grey ring with a question mark). Colours from the Okabe–Ito palette. Painted,
// so they are sharp at every device pixel ratio.
class HealthIcons
{
public:
    static QIcon icon(Health health);
    static QColor colour(Health health);
    static void paint(QPainter *painter, const QRectF &rect, Health health);
};
