// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapextent.h"

#include "geo/projection.h"
#include "render/mapnetwork.h"

#include <QVector>

#include <algorithm>
#include <cmath>

namespace twinatlas {

MapViewport MapExtent::world(std::shared_ptr<const Projection> projection, QSizeF size)
{
    MapViewport viewport(std::move(projection), size);
    viewport.fitWorld();
    return viewport;
}

MapViewport MapExtent::fit(std::shared_ptr<const Projection> projection, QSizeF size,
                           const MapNetwork &network, qint64 placeId, LonLat position,
                           double marginPx)
{
    const int index = network.indexOfPlace(placeId);
    if (index >= 0)
        position = network.places()[index].position;
    if (projection->hasCenter()) {
        std::unique_ptr<Projection> turned = projection->clone();
        turned->setCenter(position);
        projection = std::move(turned);
    }

    // Every point of every line, not only the ends: geodesics bulge towards the poles.
    QVector<LonLat> points { position };
    if (index >= 0) {
        for (int link : network.linksOfPlace(index))
            points += network.links()[link].path;
    }
    double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
    for (const LonLat &p : qAsConst(points)) {
        if (!projection->isVisible(p))
            continue;
        const QPointF xy = projection->forward(p);
        if (!std::isfinite(xy.x()) || !std::isfinite(xy.y()))
            continue;
        minX = std::min(minX, xy.x());
        maxX = std::max(maxX, xy.x());
        minY = std::min(minY, xy.y());
        maxY = std::max(maxY, xy.y());
    }
    MapViewport viewport(projection, size);
    if (minX > maxX)
        return viewport; // the place itself is hidden: show the world
    QRectF box(QPointF(minX, minY), QPointF(maxX, maxY));
    const QPointF center = box.center();
    box.setWidth(std::max(box.width(), minFitSpanMetres));
    box.setHeight(std::max(box.height(), minFitSpanMetres));
    box.moveCenter(center);
    viewport.fitProjectedRect(box, marginPx);
    keepInsideWorld(viewport);
    return viewport;
}

void MapExtent::keepInsideWorld(MapViewport &viewport)
{
    // A margin around lines near the top would show empty page beyond the pole line; where the
    // world is taller (or wider) than the view, slide the view back onto it instead.
    const QRectF world = viewport.projection().worldBounds();
    const QRectF visible = viewport.visibleProjectedRect();
    if (world.isEmpty() || visible.isEmpty())
        return;
    QPointF center = viewport.center();
    const auto slide = [](double lo, double hi, double worldLo, double worldHi, double c) {
        if (hi - lo >= worldHi - worldLo)
            return c; // the view is larger than the world along this axis: leave it centred
        if (lo < worldLo)
            return c + (worldLo - lo);
        if (hi > worldHi)
            return c - (hi - worldHi);
        return c;
    };
    center.setX(slide(visible.left(), visible.right(), world.left(), world.right(), center.x()));
    center.setY(slide(visible.top(), visible.bottom(), world.top(), world.bottom(), center.y()));
    viewport.setCenter(center);
}

} // namespace twinatlas
