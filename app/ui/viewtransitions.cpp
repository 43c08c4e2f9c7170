// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtransitions.h"

#include "export/viewportsettings.h"
#include "geo/projection.h"

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

constexpr double degreesPerRadian = 180.0 / 3.14159265358979323846;
/**
 * Dragging a globe sideways turns it by the mouse's way over the surface at the middle, which
 * near a pole would be a spin; below this cosine of the latitude it turns no faster.
 */
constexpr double minTurnCos = 0.25;

/** A viewport of another projection object of the same kind: same size, scale and center. */
MapViewport withSameFrame(const MapViewport &from, std::shared_ptr<const Projection> projection)
{
    MapViewport result(std::move(projection), from.size());
    result.setScale(from.scale());
    result.setCenter(from.center());
    return result;
}

} // namespace

bool ViewTransitions::turnsOnDrag(const Projection &projection)
{
    return projection.hasCenter() && projection.horizonDegrees() < 180.0;
}

bool ViewTransitions::followsSelection(const Projection &projection)
{
    return projection.hasCenter() && !turnsOnDrag(projection);
}

std::optional<LonLat> ViewTransitions::centerPlace(const MapViewport &viewport)
{
    const QPointF world = viewport.projection().worldBounds().center();
    const QPointF center = viewport.center();
    constexpr int steps = 20;
    for (int step = 0; step <= steps; ++step) {
        const QPointF p = center + (world - center) * (double(step) / steps);
        if (const auto lonLat = viewport.projection().inverse(p))
            return lonLat;
    }
    return std::nullopt;
}

MapViewport ViewTransitions::switched(const MapViewport &from, std::shared_ptr<Projection> to,
                                      std::optional<LonLat> placeCenter)
{
    const double zoom = ViewportSettings::zoomOf(from);
    const std::optional<LonLat> middle = centerPlace(from);
    if (to->hasCenter()) {
        if (!turnsOnDrag(*to) && placeCenter)
            to->setCenter(*placeCenter);
        else if (middle)
            to->setCenter(*middle);
    }
    MapViewport result(std::shared_ptr<const Projection>(std::move(to)), from.size());
    result.setScale(result.scale() * zoom);
    if (middle)
        result.centerOn(*middle);
    return result;
}

MapViewport ViewTransitions::recentred(const MapViewport &from, LonLat center)
{
    if (!from.projection().hasCenter())
        return from;
    std::unique_ptr<Projection> turned = from.projection().clone();
    turned->setCenter(center);
    MapViewport result = withSameFrame(from, std::shared_ptr<const Projection>(std::move(turned)));
    result.centerOn(center);
    return result;
}

MapViewport ViewTransitions::dragged(const MapViewport &from, QPointF screenDelta)
{
    const Projection &projection = from.projection();
    if (!turnsOnDrag(projection)) {
        MapViewport result = from;
        result.panBy(screenDelta);
        return result;
    }
    // At the middle of the globe one pixel is 1 / (scale R) radians of a great circle.
    const double degreesPerPixel = degreesPerRadian / (from.scale() * Projection::earthRadius);
    LonLat center = projection.center();
    const double cosLat = std::max(std::cos(center.lat / degreesPerRadian), minTurnCos);
    center.lon -= screenDelta.x() * degreesPerPixel / cosLat;
    center.lat = std::clamp(center.lat + screenDelta.y() * degreesPerPixel, -90.0, 90.0);
    std::unique_ptr<Projection> turned = projection.clone();
    turned->setCenter(center);
    return withSameFrame(from, std::shared_ptr<const Projection>(std::move(turned)));
}

} // namespace twinatlas
