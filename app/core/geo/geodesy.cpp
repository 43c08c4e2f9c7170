// SPDX-License-Identifier: GPL-3.0-or-later
#include "geodesy.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

const GeographicLib::Geodesic &wgs84()
{
    return GeographicLib::Geodesic::WGS84();
}

GeographicLib::GeodesicLine inverseLine(LonLat a, LonLat b)
{
    // GeographicLib takes latitude first; this is the only place where that order appears.
    return wgs84().InverseLine(a.lat, a.lon, b.lat, b.lon,
                               GeographicLib::Geodesic::LATITUDE
                                       | GeographicLib::Geodesic::LONGITUDE
                                       | GeographicLib::Geodesic::DISTANCE_IN);
}

} // namespace

double Geodesy::distanceMeters(LonLat a, LonLat b)
{
    double s12 = 0.0;
    wgs84().Inverse(a.lat, a.lon, b.lat, b.lon, s12);
    return s12;
}

QVector<LonLat> Geodesy::path(LonLat a, LonLat b, double maxSegmentMeters, int minPoints)
{
    const GeographicLib::GeodesicLine line = inverseLine(a, b);
    const double length = line.Distance();

    int segments = std::max(1, minPoints - 1);
    if (maxSegmentMeters > 0.0 && std::isfinite(length))
        segments = std::max(segments, static_cast<int>(std::ceil(length / maxSegmentMeters)));

    QVector<LonLat> points;
    points.reserve(segments + 1);
    points.append(a.normalized());
    for (int i = 1; i < segments; ++i) {
        double lat = 0.0;
        double lon = 0.0;
        line.Position(length * i / segments, lat, lon);
        points.append({ LonLat::normalizedLon(lon), lat });
    }
    points.append(b.normalized());
    return points;
}

LonLat Geodesy::midpoint(LonLat a, LonLat b)
{
    const GeographicLib::GeodesicLine line = inverseLine(a, b);
    double lat = 0.0;
    double lon = 0.0;
    line.Position(line.Distance() / 2.0, lat, lon);
    return { LonLat::normalizedLon(lon), lat };
}

} // namespace twinatlas
