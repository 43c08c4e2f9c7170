// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewportsettings.h"

#include "geo/projection.h"
#include "geo/projectionregistry.h"

#include <QSettings>

#include <cmath>

namespace twinatlas {

namespace {

const QString group = QStringLiteral("map");
const QString projectionKey = QStringLiteral("projection");
const QString centerLonKey = QStringLiteral("centerLon");
const QString centerLatKey = QStringLiteral("centerLat");
const QString zoomKey = QStringLiteral("zoom");
const QString projectionCenterLonKey = QStringLiteral("projectionCenterLon");
const QString projectionCenterLatKey = QStringLiteral("projectionCenterLat");

double worldScale(const MapViewport &viewport, QSizeF size)
{
    MapViewport world(viewport.sharedProjection(), size);
    world.fitWorld();
    return world.scale();
}

/**
 * The place at the middle of the device, or, when that is off the world (a corner of the
 * projection's box), the nearest point towards the world's center that is on it.
 */
std::optional<LonLat> centerOf(const MapViewport &viewport)
{
    const QPointF world = viewport.projection().worldBounds().center();
    const QPointF center = viewport.center();
    for (int step = 0; step <= 20; ++step) {
        const double t = step / 20.0;
        const QPointF p = center + (world - center) * t;
        if (const auto lonLat = viewport.projection().inverse(p))
            return lonLat;
    }
    return std::nullopt;
}

} // namespace

double ViewportSettings::zoomOf(const MapViewport &viewport)
{
    const double world = worldScale(viewport, viewport.size());
    return world > 0 ? viewport.scale() / world : 1.0;
}

MapViewport ViewportSettings::resized(const MapViewport &viewport, QSizeF size)
{
    MapViewport result(viewport.sharedProjection(), size);
    result.setScale(worldScale(viewport, size) * zoomOf(viewport));
    result.setCenter(viewport.center());
    return result;
}

void ViewportSettings::save(QSettings &settings, const MapViewport &viewport)
{
    settings.beginGroup(group);
    const Projection &projection = viewport.projection();
    settings.setValue(projectionKey, projection.id());
    if (projection.hasCenter()) {
        settings.setValue(projectionCenterLonKey, projection.center().lon);
        settings.setValue(projectionCenterLatKey, projection.center().lat);
    } else {
        settings.remove(projectionCenterLonKey);
        settings.remove(projectionCenterLatKey);
    }
    if (const auto center = centerOf(viewport)) {
        settings.setValue(centerLonKey, center->lon);
        settings.setValue(centerLatKey, center->lat);
    } else {
        settings.remove(centerLonKey);
        settings.remove(centerLatKey);
    }
    settings.setValue(zoomKey, zoomOf(viewport));
    settings.endGroup();
}

std::optional<MapViewport> ViewportSettings::load(QSettings &settings, QSizeF size)
{
    settings.beginGroup(group);
    const QString id = settings.value(projectionKey).toString();
    bool zoomOk = false;
    const double zoom = settings.value(zoomKey).toDouble(&zoomOk);
    bool lonOk = false, latOk = false;
    const double lon = settings.value(centerLonKey).toDouble(&lonOk);
    const double lat = settings.value(centerLatKey).toDouble(&latOk);
    bool pLonOk = false, pLatOk = false;
    const double pLon = settings.value(projectionCenterLonKey).toDouble(&pLonOk);
    const double pLat = settings.value(projectionCenterLatKey).toDouble(&pLatOk);
    settings.endGroup();

    std::unique_ptr<Projection> projection = ProjectionRegistry::create(id);
    if (!projection || !zoomOk || !std::isfinite(zoom) || zoom <= 0)
        return std::nullopt;
    if (projection->hasCenter() && pLonOk && pLatOk && std::isfinite(pLon) && std::isfinite(pLat))
        projection->setCenter(LonLat { pLon, pLat });
    // On a device of the world's shape the view is the world's size divided by the zoom along
    // both axes; on any other it is so along one and larger along the other. There the center
    // is least held back by the world's edge, and resizing to size holds it back just as much
    // as that size must.
    const QRectF world = projection->worldBounds();
    if (world.isEmpty())
        return std::nullopt;
    const QSizeF shape(1000.0, 1000.0 * world.height() / world.width());

    MapViewport viewport(std::shared_ptr<const Projection>(std::move(projection)), shape);
    viewport.setScale(viewport.scale() * zoom);
    if (lonOk && latOk && std::isfinite(lon) && std::isfinite(lat))
        viewport.centerOn(LonLat { lon, lat });
    if (size.isEmpty())
        return viewport;
    return resized(viewport, size);
}

} // namespace twinatlas
