// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maptheme.h"

#include <optional>

namespace twinatlas {

/** How to draw for one paint device. */
struct MapRenderOptions
{
    /** Multiplies widths, dot sizes and fonts: 1 on screen, dpi / 96 when exporting. */
    double pixelScale = 1.0;
    /** Leave the sea and everything off the world unpainted (PNG with alpha, overlays). */
    bool transparentBackground = false;
    /** Draw the 30° graticule. */
    bool graticule = true;
    /**
     * A frame of a gesture that changes the projection (the globe being turned): a sketch of
     * the network (a share of the lines, in long chords), the coarsest land, the biggest dots
     * and no names, made for each new centre in a few milliseconds.
     */
    bool interactive = false;
    /**
     * The theme of this render; unset, the renderer's own. An export in another theme can so
     * share the window's renderer and its projected geometry.
     */
    std::optional<MapTheme> theme;
};

} // namespace twinatlas
