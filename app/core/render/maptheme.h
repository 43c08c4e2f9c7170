// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * The colours and widths the renderer draws with. Widths are in logical pixels at
 * MapRenderOptions::pixelScale 1. A plain struct so that a settings dialog or a test can
 * tweak one value; the named themes are the starting points.
 */
struct MapTheme
{
    QString id;

    QColor background; ///< around the world, where the device is larger than the map
    QColor sea;
    QColor land;
    QColor coast;
    QColor borders;
    QColor graticule;
    QColor frame; ///< the world's outline

    QColor twinTown;
    QColor sisterCity;
    QColor partnerTown;
    QColor friendshipCity;
    QColor cooperation;
    QColor otherKind;
    QColor inactiveLine; ///< ended and suspended partnerships (drawn dashed)
    QColor fadedLine; ///< every line not of the selected place, while one is selected
    QColor selectedLine; ///< the casing under the selected place's lines (drawn in their kind's hue)
    QColor hoveredLine;

    QColor dotFill;
    QColor dotOutline;
    QColor selectedDotFill;
    QColor labelText;
    QColor labelHalo;

    double coastWidth = 0.6;
    double borderWidth = 0.5;
    double graticuleWidth = 0.5;
    double frameWidth = 0.8;
    double lineWidth = 0.7;
    /**
     * Opacity of partnership lines in a small network; a large one goes down towards
     * minLineOpacity so that 25,000 lines still read as a network, not as a solid mass.
     */
    double lineOpacity = 0.8;
    double minLineOpacity = 0.15;
    double selectedLineWidth = 1.8;
    double hoveredLineWidth = 2.4;
    double minDotRadius = 1.2;
    double maxDotRadius = 5.0;
    double dotOutlineWidth = 0.5;
    double labelPointSize = 8.5;
    double labelHaloWidth = 2.5;

    static MapTheme light();
    static MapTheme dark();
    /** Prints well on paper and in greyscale: kinds differ in lightness, not only in hue. */
    static MapTheme print();
    /** The theme with that id ("light", "dark", "print"), light() for an unknown one. */
    static MapTheme byId(const QString &id);
    static QStringList ids();

    /** The colour of an active partnership of that kind (lines are then made translucent). */
    QColor lineColor(const QString &kind) const;
    /** The opacity lineColor() is drawn with when the network has lineCount lines. */
    double lineOpacityFor(int lineCount) const;
};

} // namespace twinatlas
