// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

#include <cmath>

namespace twinatlas {

/**
 * What the orthographic globe and the azimuthal equidistant map share, as Marble's
 * AzimuthalProjection does: a movable center and the spherical trigonometry around it, kept
 * with the center's sine and cosine cached because forward() runs for every vertex drawn.
 */
class AzimuthalProjection : public Projection
{
public:
    bool isCylindricalLike() const override;
    bool hasCenter() const override;
    LonLat center() const override;
    void setCenter(LonLat center) override;

protected:
    explicit AzimuthalProjection(LonLat center);

    /**
     * A point seen from the center: (east, north) is the direction on the tangent plane scaled
     * by sin c, where c is the angular distance from the center; cosC is cos c.
     */
    struct Local
    {
        double east;
        double north;
        double cosC;
    };

    Local local(LonLat point) const
    {
        constexpr double degree = 3.14159265358979323846 / 180.0;
        const double lat = point.lat * degree;
        const double dLon = point.lon * degree - m_lon0;
        const double sinLat = std::sin(lat);
        const double cosLat = std::cos(lat);
        const double sinDLon = std::sin(dLon);
        const double cosDLon = std::cos(dLon);
        return { cosLat * sinDLon, m_cosLat0 * sinLat - m_sinLat0 * cosLat * cosDLon,
                 m_sinLat0 * sinLat + m_cosLat0 * cosLat * cosDLon };
    }

    /**
     * The point at angular distance c (given as sin c, cos c) from the center in the
     * direction (east, north), a unit vector on the tangent plane: the common inverse.
     */
    LonLat fromLocal(double sinC, double cosC, double east, double north) const;

private:
    LonLat m_center;
    double m_lon0 = 0.0;
    double m_sinLat0 = 0.0;
    double m_cosLat0 = 1.0;
};

} // namespace twinatlas
