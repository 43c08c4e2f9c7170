// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QVector>

namespace twinatlas {

/**
 * A partnership's line as exported: the geodesic between the two places, densified, and cut
 * where it crosses the antimeridian into parts that each stay within [-180, 180], meeting the
 * line at ±180 on the same latitude. RFC 7946 (GeoJSON) asks for exactly this, and KML viewers
 * draw a line from 179° to -179° the long way round otherwise.
 */
class AntimeridianSplit
{
public:
    /** Parts of the geodesic from a to b, points at most maxSegmentMeters apart. */
    static QVector<QVector<LonLat>> geodesic(LonLat a, LonLat b, double maxSegmentMeters = 100000);
    /** Cuts a line given with normalised longitudes wherever it jumps across ±180. */
    static QVector<QVector<LonLat>> split(const QVector<LonLat> &line);
};

} // namespace twinatlas
