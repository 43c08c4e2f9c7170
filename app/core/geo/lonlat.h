// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

#include <cmath>

namespace twinatlas {

/**
 * A position on the WGS 84 ellipsoid in degrees, longitude first, as everywhere in Twinatlas.
 * A plain aggregate so that arrays of it can be handed to Projection::forward() in one call.
 */
struct LonLat
{
    double lon = 0.0;
    double lat = 0.0;

    /** Longitude wrapped to [-180, 180], keeping +180 and -180 apart so map edges stay put. */
    static double normalizedLon(double lon)
    {
        if (lon >= -180.0 && lon <= 180.0)
            return lon;
        const double wrapped = std::remainder(lon, 360.0);
        return std::fabs(wrapped) == 180.0 ? std::copysign(180.0, lon) : wrapped;
    }

    LonLat normalized() const { return { normalizedLon(lon), lat }; }

    friend bool operator==(LonLat a, LonLat b) { return a.lon == b.lon && a.lat == b.lat; }
    friend bool operator!=(LonLat a, LonLat b) { return !(a == b); }
};

} // namespace twinatlas

// For QVariant, item models and data-driven tests.
Q_DECLARE_METATYPE(twinatlas::LonLat)
