// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearestplacefinder.h"

#include "geo/geodesy.h"

namespace twinatlas {

NearestPlaceFinder::NearestPlaceFinder(QVector<PlaceSummary> places) : m_places(std::move(places))
{
}

std::optional<NearestPlace> NearestPlaceFinder::nearest(LonLat position) const
{
    std::optional<NearestPlace> best;
    for (const PlaceSummary &place : m_places) {
        const double d = Geodesy::distanceMeters(position, place.position);
        if (!best || d < best->distanceMeters)
            best = NearestPlace{place, d};
    }
    return best;
}

} // namespace twinatlas
