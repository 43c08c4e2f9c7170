// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace twinatlas {

/** What the user points at: database ids, 0 for none. */
struct MapRenderState
{
    qint64 selectedPlace = 0;
    qint64 hoveredPlace = 0;
    qint64 hoveredLink = 0;

    friend bool operator==(const MapRenderState &a, const MapRenderState &b)
    {
        return a.selectedPlace == b.selectedPlace && a.hoveredPlace == b.hoveredPlace
                && a.hoveredLink == b.hoveredLink;
    }
    friend bool operator!=(const MapRenderState &a, const MapRenderState &b) { return !(a == b); }
};

} // namespace twinatlas
