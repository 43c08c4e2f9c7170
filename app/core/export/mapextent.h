// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"
#include "render/mapviewport.h"

#include <QVector>

#include <memory>

namespace twinatlas {

class MapNetwork;
class Projection;

/**
 * The viewports a map can be framed on: the whole world, or a place and its partners. The map
 * window frames a place the user chooses with the same rule as an export of it.
 */
class MapExtent
{
public:
    MapExtent() = delete;

    /**
     * Narrowest span fitted around a place, in projected metres: a place whose partners are
     * all next door still gets its region around it, not a street map.
     */
    static constexpr double minFitSpanMetres = 700000.0;

    static MapViewport world(std::shared_ptr<const Projection> projection, QSizeF size);

    /**
     * The place, its partners and the lines between them, with marginPx around them. A
     * projection with a movable center (the globe) is turned to face the place first. When
     * the network does not hold the place, only position is fitted.
     */
    static MapViewport fit(std::shared_ptr<const Projection> projection, QSizeF size,
                           const MapNetwork &network, qint64 placeId, LonLat position,
                           double marginPx);
    /**
     * position in the middle, as far as the world's edge allows, with the points around it in
     * view and at least a region's span: where the user is, with the nearest place. A projection
     * with a movable center is turned to face position.
     */
    static MapViewport around(std::shared_ptr<const Projection> projection, QSizeF size,
                              LonLat position, const QVector<LonLat> &points, double marginPx);
    /**
     * The room fit() leaves around a place's network on a map of that size: enough for the
     * partners' labels, which sit beside their dots. pixelScale is the size of a screen pixel
     * in the map's pixels (an export at 300 dpi: 300 / 96).
     */
    static double margin(QSizeF size, double pixelScale = 1.0);
};

} // namespace twinatlas
