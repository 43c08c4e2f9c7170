// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lonlat.h"

#include <QVector>

namespace twinatlas {

/**
 * Distances and paths on the WGS 84 ellipsoid, computed by GeographicLib (Karney's algorithms)
 * rather than by hand-written great-circle formulas, so that lines between partner cities are
 * the true shortest paths, converge for nearly antipodal pairs, and agree with GeodSolve.
 */
class Geodesy
{
public:
    Geodesy() = delete;

    /** Length of the geodesic from a to b, in metres. */
    static double distanceMeters(LonLat a, LonLat b);

    /**
     * Points along the geodesic from a to b, both ends included exactly, equally spaced and at
     * most maxSegmentMeters apart (no limit if it is not positive), with at least minPoints
     * points. Longitudes are normalised to [-180, 180], so a path over the antimeridian jumps
     * there: ProjectedLine cuts it.
     */
    static QVector<LonLat> path(LonLat a, LonLat b, double maxSegmentMeters, int minPoints = 2);

    /** The point halfway along the geodesic from a to b (where a label or arrow goes). */
    static LonLat midpoint(LonLat a, LonLat b);
};

} // namespace twinatlas
