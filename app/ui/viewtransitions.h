// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"
#include "render/mapviewport.h"

#include <QPointF>

#include <memory>
#include <optional>

namespace twinatlas {

class Projection;

/**
 * How the map view moves from one viewport to the next when more than the position changes:
 * another projection, a globe turned by dragging, an azimuthal map centred on a new place.
 * Pure functions of viewports, so that the rules are tested without a window.
 *
 * Projections with a center come in two kinds: a globe (a horizon under 180°), which the user
 * turns by dragging, and a map that shows the whole sphere around a place (the azimuthal
 * equidistant one), which follows the selected place.
 */
class ViewTransitions
{
public:
    ViewTransitions() = delete;

    /** A globe: dragging turns it instead of moving the map. */
    static bool turnsOnDrag(const Projection &projection);
    /** Centred on a place: selecting a place centres it there. */
    static bool followsSelection(const Projection &projection);

    /**
     * The place at the middle of the viewport, or, when that is off the world, the nearest
     * place towards the world's middle that is on it.
     */
    static std::optional<LonLat> centerPlace(const MapViewport &viewport);

    /**
     * The same view in another projection, so that switching does not jump: the place at the
     * middle stays there and the zoom relative to the whole world is kept. A globe is turned
     * to face that place; a map centred on a place is centred on placeCenter when given, else
     * on the place at the middle of the view.
     */
    static MapViewport switched(const MapViewport &from, std::shared_ptr<Projection> to,
                                std::optional<LonLat> placeCenter = std::nullopt);

    /**
     * The view with its projection centred on center (for the globe and the azimuthal map),
     * center in the middle of the view and the zoom kept; from itself when the projection has
     * no center.
     */
    static MapViewport recentred(const MapViewport &from, LonLat center);

    /**
     * The view after the mouse moved by screenDelta while dragging: a flat map moves with the
     * mouse; a globe turns, the near side following the mouse at the middle of the view.
     */
    static MapViewport dragged(const MapViewport &from, QPointF screenDelta);
};

} // namespace twinatlas
