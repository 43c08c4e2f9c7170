// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/mapviewport.h"

#include <QSizeF>

#include <optional>

class QSettings;

namespace twinatlas {

/**
 * The map window's view as settings, in group "map", so that the window restores it and
 * `twinatlas export --extent view` exports it: the projection's id (and its center, for the
 * globe), the geographic center, and the zoom relative to the whole world fitted. Stored that
 * way, not in projected metres or pixels, the view means the same at any size: a window of
 * 800 × 500 and an A4 page at 300 dpi show the same part of the world.
 */
class ViewportSettings
{
public:
    ViewportSettings() = delete;

    static void save(QSettings &settings, const MapViewport &viewport);
    /**
     * The view for a device of size, or nothing when none was saved or it is unusable. Without
     * a size, the view comes on a device of the world's own shape: there it keeps to the world
     * (MapViewport) no more than on any other, so that resized() to the real device's size
     * shows what that device can show of it.
     */
    static std::optional<MapViewport> load(QSettings &settings, QSizeF size = {});

    /** The viewport's scale divided by the scale that fits the world onto it. */
    static double zoomOf(const MapViewport &viewport);
    /** The same view on a device of another size: same center, same zoom. */
    static MapViewport resized(const MapViewport &viewport, QSizeF size);
};

} // namespace twinatlas
