// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"

#include <optional>

namespace twinatlas {

/** A place with partnerships and how far it is from where the user stands. */
struct NearestPlace
{
    PlaceSummary place;
    double distanceMeters = 0;
};

/**
 * Finds the place with partnerships closest to a position, by the WGS 84 geodesic, the same
 * distance the partner lists show. A few thousand places take a few milliseconds, so there is
 * no spatial index to keep in step with the user's edits.
 */
class NearestPlaceFinder
{
public:
    explicit NearestPlaceFinder(QVector<PlaceSummary> places);

    /** Nothing when there are no places; of equally distant places, the first in the list. */
    std::optional<NearestPlace> nearest(LonLat position) const;

private:
    QVector<PlaceSummary> m_places;
};

} // namespace twinatlas
