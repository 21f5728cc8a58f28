#pragma once

#include "common/Settings.h"

#include <QPalette>

// Light and dark appearance. Dark (chosen, or "System" on a desktop whose palette is dark) is a
// dark QPalette on the Fusion style, which honours palettes everywhere. Call after QApplication
// exists.
class Theme
{
public:
    static void apply(Settings::Theme theme);
    static bool systemPrefersDark();
    static bool isDark(); // what is in use now
    static QPalette darkPalette();
};
