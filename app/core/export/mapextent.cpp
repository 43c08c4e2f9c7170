// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapextent.h"

#include "geo/projection.h"
#include "render/mapnetwork.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace twinatlas {

MapViewport MapExtent::world(std::shared_ptr<const Projection> projection, QSizeF size)
{
    MapViewport viewport(std::move(projection), size);
    viewport.fitWorld();
    return viewport;
}

namespace {

/** The projection itself, or for one with a movable center (the globe), one facing position. */
std::shared_ptr<const Projection> facing(std::shared_ptr<const Projection> projection, LonLat position)
{
    if (!projection->hasCenter())
        return projection;
    std::unique_ptr<Projection> turned = projection->clone();
    turned->setCenter(position);
    return turned;
}

/** The projected box around the points the projection shows (a point for one), if any. */
std::optional<QRectF> projectedBox(const Projection &projection, const QVector<LonLat> &points)
{
    double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
    for (const LonLat &p : points) {
        if (!projection.isVisible(p))
            continue;
        const QPointF xy = projection.forward(p);
        if (!std::isfinite(xy.x()) || !std::isfinite(xy.y()))
            continue;
        minX = std::min(minX, xy.x());
        maxX = std::max(maxX, xy.x());
        minY = std::min(minY, xy.y());
        maxY = std::max(maxY, xy.y());
    }
    if (minX > maxX)
        return std::nullopt;
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace

MapViewport MapExtent::fit(std::shared_ptr<const Projection> projection, QSizeF size,
                           const MapNetwork &network, qint64 placeId, LonLat position,
                           double marginPx)
{
    const int index = network.indexOfPlace(placeId);
    if (index >= 0)
        position = network.places()[index].position;
    projection = facing(std::move(projection), position);

    // Every point of every line, not only the ends: geodesics bulge towards the poles.
    QVector<LonLat> points { position };
    if (index >= 0) {
        for (int link : network.linksOfPlace(index))
            points += network.links()[link].path;
    }
    MapViewport viewport(projection, size);
    const std::optional<QRectF> shown = projectedBox(*projection, points);
    if (!shown)
        return viewport; // the place itself is hidden: show the world
    QRectF box = *shown;
    const QPointF center = box.center();
    box.setWidth(std::max(box.width(), minFitSpanMetres));
    box.setHeight(std::max(box.height(), minFitSpanMetres));
    box.moveCenter(center);
    // The viewport keeps to the world: a margin beyond the pole line slides back onto the map.
    viewport.fitProjectedRect(box, marginPx);
    return viewport;
}

MapViewport MapExtent::around(std::shared_ptr<const Projection> projection, QSizeF size,
                              LonLat position, const QVector<LonLat> &points, double marginPx)
{
    projection = facing(std::move(projection), position);
    MapViewport viewport(projection, size);
    if (!projection->isVisible(position))
        return viewport;
    const QPointF center = projection->forward(position);
    const QRectF box = projectedBox(*projection, QVector<LonLat> { position } + points)
                               .value_or(QRectF(center, center));
    // As far each way from position as the farthest point goes, so that position is the middle.
    const double halfWidth = std::max({ center.x() - box.left(), box.right() - center.x(),
                                        minFitSpanMetres / 2.0 });
    const double halfHeight = std::max({ center.y() - box.top(), box.bottom() - center.y(),
                                         minFitSpanMetres / 2.0 });
    viewport.fitProjectedRect(QRectF(center.x() - halfWidth, center.y() - halfHeight,
                                     2.0 * halfWidth, 2.0 * halfHeight),
                              marginPx);
    return viewport;
}

double MapExtent::margin(QSizeF size, double pixelScale)
{
    return std::max(0.07 * std::min(size.width(), size.height()), 44.0 * pixelScale);
}

} // namespace twinatlas
