// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

#include <memory>
#include <optional>

namespace twinatlas {

class Projection;

/**
 * Which part of the map a paint device shows: a projection, the device's logical size in
 * pixels, the projected point (metres) at the device's center, and the scale in logical
 * pixels per projected metre. A small value type: the widget keeps the current one, hands
 * copies to render threads, and keeps the one its cached image was drawn for, so that
 * transformFrom() can move that image while the user drags (QGIS's map canvas does this).
 *
 * The view never shows empty background where the world could be: along each axis it stays
 * on the projection's world box, or, where it is larger than the world, keeps the world in its
 * middle. Every change of center, scale or size keeps to that, so that panning stops at the
 * world's edge and zooming or centring near it shows as much of the place as it can.
 *
 * The projection is shared and must not change while a viewport refers to it; to turn the
 * globe, make a new projection (clone(), setCenter()) and call setProjection().
 */
class MapViewport
{
public:
    /** Smallest scale: the whole world fits this many times over (a little room around it). */
    static constexpr double minWorldFraction = 0.8;
    /** Largest scale, in projected metres per logical pixel: a city fills the screen. */
    static constexpr double minMetresPerPixel = 2.0;

    /** The default projection (ProjectionRegistry::defaultId()), 800 × 500, world fitted. */
    MapViewport();
    explicit MapViewport(std::shared_ptr<const Projection> projection, QSizeF size = { 800, 500 });

    const Projection &projection() const { return *m_projection; }
    std::shared_ptr<const Projection> sharedProjection() const { return m_projection; }
    /** Changes the projection and fits the world (coordinates of the old one mean nothing). */
    void setProjection(std::shared_ptr<const Projection> projection);

    QSizeF size() const { return m_size; }
    /** Resizing keeps the center and the scale, as a map window does. */
    void setSize(QSizeF size);

    /** Projected point at the middle of the device, in metres. */
    QPointF center() const { return m_center; }
    void setCenter(QPointF projected);
    /** Logical pixels per projected metre. */
    double scale() const { return m_scale; }
    void setScale(double pixelsPerMetre);
    double metresPerPixel() const { return 1.0 / m_scale; }
    double minScale() const;
    double maxScale() const;

    void fitWorld(double marginPx = 0.0);
    void fitProjectedRect(const QRectF &projected, double marginPx = 0.0);
    /** Fits the box from (minLon, minLat) to (maxLon, maxLat), sampled along its edges. */
    void fitLonLatBounds(double minLon, double minLat, double maxLon, double maxLat,
                         double marginPx = 0.0);

    /**
     * Zooms by factor (> 1 zooms in), keeping the map point under screenPos where it is, unless
     * that would show space beyond the world's edge.
     */
    void zoomAround(QPointF screenPos, double factor);
    /** Moves the map with the mouse: the point under the cursor follows it by screenDelta. */
    void panBy(QPointF screenDelta);
    /**
     * Puts a place at the middle of the device (if the projection shows it), or as near the
     * middle as the world's edge allows.
     */
    void centerOn(LonLat position);

    /** Projected metres to logical pixels: scale, y flipped, center to the device's middle. */
    QTransform projectedToScreen() const;
    QTransform screenToProjected() const;
    QPointF mapToScreen(QPointF projected) const;
    QPointF mapToProjected(QPointF screen) const;
    /** The projected rectangle the device shows. */
    QRectF visibleProjectedRect() const;

    /** Where a place is drawn, or nothing when the projection hides it (far side of the globe). */
    std::optional<QPointF> toScreen(LonLat position) const;
    /** The place under a pixel, or nothing off the world. */
    std::optional<LonLat> toLonLat(QPointF screen) const;

    /**
     * Maps an image drawn for older (same projection) onto this viewport: draw the old image
     * with this transform to show it moved and scaled until a fresh one is ready.
     */
    QTransform transformFrom(const MapViewport &older) const;

    /** Same projection object, size, center and scale. */
    bool operator==(const MapViewport &other) const;
    bool operator!=(const MapViewport &other) const { return !(*this == other); }

private:
    void clampCenter();

    std::shared_ptr<const Projection> m_projection;
    QSizeF m_size;
    QPointF m_center;
    double m_scale = 1.0;
};

} // namespace twinatlas
