#pragma once

#include <QIcon>

// The few non-health icons FleetDesk needs, painted so they scale to any device pixel ratio and
// keep their meaning by shape (triangle = warning, octagon = error, circle with "i" = information).
class AppIcons
{
public:
    static QIcon site();
    static QIcon group();
    static QIcon search();
    static QIcon information();
    static QIcon warning();
    static QIcon error();
    static QIcon application();
};
