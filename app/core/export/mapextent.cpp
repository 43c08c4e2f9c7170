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
    // The viewport keeps to the world: a margin beyond the pole line slides back onto the map.
    viewport.fitProjectedRect(box, marginPx);
    return viewport;
}

double MapExtent::margin(QSizeF size, double pixelScale)
{
    return std::max(0.07 * std::min(size.width(), size.height()), 44.0 * pixelScale);
}

} // namespace twinatlas
