// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace twinatlas {

/** One swatch and its label in an exported map's legend. */
struct LegendEntry
{
    enum class Swatch { Line, DashedLine, Dot };

    QString label;
    QColor color;
    Swatch swatch = Swatch::Line;

    friend bool operator==(const LegendEntry &a, const LegendEntry &b)
    {
        return a.label == b.label && a.color == b.color && a.swatch == b.swatch;
    }
};

} // namespace twinatlas
