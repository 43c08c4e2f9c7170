// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPen>
#include <QString>

namespace twinatlas {

struct MapLink;
struct MapTheme;

/**
 * How one partnership line is drawn: the one lookup from kind and status to colour, width and
 * dashes, shared by the renderer (network, selection, hover), the exported legend and anything
 * else that shows a line's meaning, so that they cannot drift apart.
 *
 * Kinds have their theme colour; ended and suspended partnerships are grey and dashed,
 * proposed ones dashed in their kind's colour. In a large network every line is fainter
 * (MapTheme::lineOpacityFor), the grey ones too, so that they do not cover the kinds.
 */
struct LineStyle
{
    enum class Role {
        Network, ///< one of the network's many lines: translucent, thin
        Faded, ///< a line of the network behind a selected place
        Strong, ///< the selected or hovered place's lines, and legend swatches: opaque
    };

    QColor color;
    /** In logical pixels at MapRenderOptions::pixelScale 1. */
    double width = 1.0;
    bool dashed = false;

    /** Round-capped, dashes of about 4 px on and 3 px off (MapFrame::linePen). */
    QPen pen(double pixelScale = 1.0) const;

    /**
     * The style of a partnership of kind and status. lineCount is the network's size, which
     * sets the translucency of the Network role.
     */
    static LineStyle of(const MapTheme &theme, const QString &kind, const QString &status,
                        Role role = Role::Strong, int lineCount = 0);
    static LineStyle of(const MapTheme &theme, const MapLink &link, Role role = Role::Strong,
                        int lineCount = 0);

    /** Ended or suspended: drawn grey. */
    static bool isInactive(const QString &status);
    /** Drawn dashed: inactive or proposed. */
    static bool isDashed(const QString &status);

    /**
     * Kind and status reduced to what the style depends on, 0 … classCount - 1, so that a
     * frame looks up one style per class rather than comparing strings per line (MapNetwork
     * keeps each line's class).
     */
    static int classOf(const QString &kind, const QString &status);
    static constexpr int classCount = 18;
    static LineStyle ofClass(const MapTheme &theme, int lineClass, Role role = Role::Strong,
                             int lineCount = 0);
    static bool isInactiveClass(int lineClass);

    friend bool operator==(const LineStyle &a, const LineStyle &b)
    {
        return a.color == b.color && a.width == b.width && a.dashed == b.dashed;
    }
    friend bool operator!=(const LineStyle &a, const LineStyle &b) { return !(a == b); }
};

} // namespace twinatlas
