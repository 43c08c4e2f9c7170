// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace twinatlas
