// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapviewport.h"

#include "geo/projection.h"
#include "geo/projectionregistry.h"

#include <QVector>
#include <QtNumeric>

#include <algorithm>
#include <cmath>

namespace twinatlas {

MapViewport::MapViewport()
    : MapViewport(std::shared_ptr<const Projection>(
            ProjectionRegistry::create(ProjectionRegistry::defaultId())))
{
}

MapViewport::MapViewport(std::shared_ptr<const Projection> projection, QSizeF size)
    : m_projection(std::move(projection)), m_size(size)
{
    fitWorld();
}

void MapViewport::setProjection(std::shared_ptr<const Projection> projection)
{
    m_projection = std::move(projection);
    fitWorld();
}

void MapViewport::setSize(QSizeF size)
{
    m_size = size;
    setScale(m_scale);
}

void MapViewport::setCenter(QPointF projected)
{
    m_center = projected;
    clampCenter();
}

void MapViewport::setScale(double pixelsPerMetre)
{
    m_scale = std::clamp(pixelsPerMetre, minScale(), maxScale());
    clampCenter();
}

double MapViewport::minScale() const
{
    const QRectF world = m_projection->worldBounds();
    if (world.isEmpty() || m_size.isEmpty())
        return 1e-12;
    return minWorldFraction
            * std::min(m_size.width() / world.width(), m_size.height() / world.height());
}

double MapViewport::maxScale() const
{
    return std::max(1.0 / minMetresPerPixel, minScale());
}

void MapViewport::fitWorld(double marginPx)
{
    fitProjectedRect(m_projection->worldBounds(), marginPx);
}

void MapViewport::fitProjectedRect(const QRectF &projected, double marginPx)
{
    const double width = std::max(1.0, m_size.width() - 2.0 * marginPx);
    const double height = std::max(1.0, m_size.height() - 2.0 * marginPx);
    m_center = projected.center();
    if (projected.width() > 0.0 && projected.height() > 0.0)
        m_scale = std::min(width / projected.width(), height / projected.height());
    else
        m_scale = maxScale();
    setScale(m_scale);
}

void MapViewport::fitLonLatBounds(double minLon, double minLat, double maxLon, double maxLat,
                                  double marginPx)
{
    // Sampled along the edges: on curved projections the box's image bulges between corners.
    constexpr int steps = 16;
    QVector<LonLat> samples;
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        const double lon = minLon + t * (maxLon - minLon);
        const double lat = minLat + t * (maxLat - minLat);
        samples << LonLat { lon, minLat } << LonLat { lon, maxLat } << LonLat { minLon, lat }
                << LonLat { maxLon, lat };
    }
    double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
    for (const LonLat &p : samples) {
        if (!m_projection->isVisible(p))
            continue;
        const QPointF xy = m_projection->forward(p);
        minX = std::min(minX, xy.x());
        maxX = std::max(maxX, xy.x());
        minY = std::min(minY, xy.y());
        maxY = std::max(maxY, xy.y());
    }
    if (minX > maxX)
        return;
    const QRectF box(QPointF(minX, minY), QPointF(maxX, maxY));
    fitProjectedRect(box, marginPx);
}

void MapViewport::zoomAround(QPointF screenPos, double factor)
{
    const QPointF anchor = mapToProjected(screenPos);
    setScale(m_scale * factor);
    // Put the anchor back under the cursor: center = anchor - (screen - middle) in metres.
    const QPointF offset = screenPos - QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
    m_center = QPointF(anchor.x() - offset.x() / m_scale, anchor.y() + offset.y() / m_scale);
    clampCenter();
}

void MapViewport::panBy(QPointF screenDelta)
{
    m_center += QPointF(-screenDelta.x() / m_scale, screenDelta.y() / m_scale);
    clampCenter();
}

void MapViewport::centerOn(LonLat position)
{
    if (!m_projection->isVisible(position))
        return;
    setCenter(m_projection->forward(position));
}

QTransform MapViewport::projectedToScreen() const
{
    return QTransform(m_scale, 0, 0, -m_scale, m_size.width() / 2.0 - m_scale * m_center.x(),
                      m_size.height() / 2.0 + m_scale * m_center.y());
}

QTransform MapViewport::screenToProjected() const
{
    return projectedToScreen().inverted();
}

QPointF MapViewport::mapToScreen(QPointF projected) const
{
    return QPointF(m_size.width() / 2.0 + (projected.x() - m_center.x()) * m_scale,
                   m_size.height() / 2.0 - (projected.y() - m_center.y()) * m_scale);
}

QPointF MapViewport::mapToProjected(QPointF screen) const
{
    return QPointF(m_center.x() + (screen.x() - m_size.width() / 2.0) / m_scale,
                   m_center.y() - (screen.y() - m_size.height() / 2.0) / m_scale);
}

QRectF MapViewport::visibleProjectedRect() const
{
    const double w = m_size.width() / m_scale;
    const double h = m_size.height() / m_scale;
    return QRectF(m_center.x() - w / 2.0, m_center.y() - h / 2.0, w, h);
}

std::optional<QPointF> MapViewport::toScreen(LonLat position) const
{
    if (!m_projection->isVisible(position))
        return std::nullopt;
    const QPointF screen = mapToScreen(m_projection->forward(position));
    if (!std::isfinite(screen.x()) || !std::isfinite(screen.y()))
        return std::nullopt;
    return screen;
}

std::optional<LonLat> MapViewport::toLonLat(QPointF screen) const
{
    return m_projection->inverse(mapToProjected(screen));
}

QTransform MapViewport::transformFrom(const MapViewport &older) const
{
    // Old screen -> projected metres (old viewport) -> new screen.
    return older.screenToProjected() * projectedToScreen();
}

bool MapViewport::operator==(const MapViewport &other) const
{
    return m_projection == other.m_projection && m_size == other.m_size
            && m_center == other.m_center && m_scale == other.m_scale;
}

void MapViewport::clampCenter()
{
    // Never empty background where the world could be: along each axis the view stays on the
    // world's box, and where it is larger than the world, the world sits in its middle.
    const QRectF world = m_projection->worldBounds();
    if (world.isEmpty() || m_size.isEmpty() || !(m_scale > 0.0))
        return;
    const auto clampAxis = [](double center, double halfView, double lo, double hi) {
        if (2.0 * halfView >= hi - lo)
            return (lo + hi) / 2.0;
        return std::clamp(center, lo + halfView, hi - halfView);
    };
    m_center.setX(clampAxis(m_center.x(), m_size.width() / (2.0 * m_scale), world.left(),
                            world.right()));
    m_center.setY(clampAxis(m_center.y(), m_size.height() / (2.0 * m_scale), world.top(),
                            world.bottom()));
}

} // namespace twinatlas
