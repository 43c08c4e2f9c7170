// SPDX-License-Identifier: GPL-3.0-or-later
#include "antimeridiansplit.h"

#include "geo/geodesy.h"

#include <cmath>

namespace twinatlas {

QVector<QVector<LonLat>> AntimeridianSplit::geodesic(LonLat a, LonLat b, double maxSegmentMeters)
{
    return split(Geodesy::path(a, b, maxSegmentMeters, 2));
}

QVector<QVector<LonLat>> AntimeridianSplit::split(const QVector<LonLat> &line)
{
    QVector<QVector<LonLat>> parts;
    if (line.isEmpty())
        return parts;
    QVector<LonLat> current{line.first()};
    for (int i = 1; i < line.size(); ++i) {
        const LonLat p = line.at(i - 1), q = line.at(i);
        const double d = q.lon - p.lon;
        if (std::fabs(d) <= 180) {
            current << q;
            continue;
        }
        // The short way from p to q crosses ±180: where, on the unwrapped segment?
        const double edge = d < 0 ? 180.0 : -180.0;   // the side p is on
        const double qUnwrapped = q.lon + (d < 0 ? 360.0 : -360.0);
        const double t = (edge - p.lon) / (qUnwrapped - p.lon);
        const double lat = p.lat + t * (q.lat - p.lat);
        if (current.last().lon != edge || current.last().lat != lat)
            current << LonLat{edge, lat};
        if (current.size() >= 2)
            parts << current;
        current = {LonLat{-edge, lat}};
        if (q.lon != -edge || q.lat != lat)
            current << q;
    }
    if (current.size() >= 2)
        parts << current;
    return parts;
}

} // namespace twinatlas
