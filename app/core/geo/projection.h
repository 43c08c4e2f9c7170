// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lonlat.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace twinatlas {

/**
 * A map projection: the one place where the renderer, hit testing and every exporter turn
 * (lon, lat) into map coordinates and back, shaped after Marble's AbstractProjection.
 *
 * Map coordinates are metres on a sphere of radius earthRadius (PROJ's +R), centred on the
 * projection's origin, with y growing north: the renderer flips y and scales to pixels.
 * Subclasses implement the batch forward(); the renderer projects whole polylines through it,
 * paying one virtual call per line instead of one per point.
 */
class Projection
{
public:
    /** The mean radius of WGS 84 (R1 = (2a + b) / 3), used for all spherical projections. */
    static constexpr double earthRadius = 6371008.7714;

    virtual ~Projection();

    /** A stable identifier for settings and the command line, e.g. "equal-earth". */
    virtual QString id() const = 0;
    /** The translated name shown in menus. */
    virtual QString displayName() const = 0;
    virtual std::unique_ptr<Projection> clone() const = 0;

    /**
     * True for cylindrical and pseudocylindrical projections with central meridian 0: the
     * antimeridian is the map's left and right edge, and lines crossing it must be cut there.
     */
    virtual bool isCylindricalLike() const = 0;

    /**
     * Angular distance from center() beyond which nothing is drawn, in degrees: 90 for the
     * orthographic globe; 180 where the whole sphere is shown (for the azimuthal equidistant
     * projection the center's antipode is then the singular point that becomes the rim).
     */
    virtual double horizonDegrees() const;

    /** Whether the projection has a movable center (the globe's center, a place). */
    virtual bool hasCenter() const;
    /** The center of an azimuthal projection, or (0, 0) when hasCenter() is false. */
    virtual LonLat center() const;
    /** Moves the center (dragging the globe); ignored when hasCenter() is false. */
    virtual void setCenter(LonLat center);

    /**
     * Projects n points into out. Points that are not visible still get the coordinates the
     * formula gives (for the globe: their mirror image on the near side); check isVisible()
     * or use ProjectedLine, which clips.
     */
    virtual void forward(const LonLat *points, QPointF *out, int n) const = 0;

    QPointF forward(LonLat point) const
    {
        QPointF out;
        forward(&point, &out, 1);
        return out;
    }
    QPointF forward(double lon, double lat) const { return forward(LonLat { lon, lat }); }

    /** The position shown at map point xy, or nothing when xy lies outside the world. */
    virtual std::optional<LonLat> inverse(QPointF xy) const = 0;

    /** Whether a point is drawn at all (false on the far side of the globe). */
    virtual bool isVisible(LonLat point) const;

    /** The smallest rectangle containing the whole world's image. */
    virtual QRectF worldBounds() const;
    /** The boundary of the map (fill it for the ocean, stroke it for the frame). */
    virtual QPainterPath worldOutline() const = 0;

protected:
    Projection() = default;
    Projection(const Projection &) = default;
    Projection &operator=(const Projection &) = default;

    /**
     * Outline of a map bounded by the meridians ±180 and the poles, sampled along the edge
     * meridians so that curved edges (Equal Earth, Natural Earth) stay smooth at any zoom.
     */
    QPainterPath meridianBoundedOutline() const;
};

} // namespace twinatlas
