// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportselection.h"

#include <QByteArray>

namespace twinatlas {

/**
 * Places and partnerships as GeoJSON (RFC 7946): a FeatureCollection of Points for places and
 * of LineStrings (MultiLineStrings where they cross the antimeridian) along the geodesic for
 * partnerships, with kind, status, dates, note and sources as properties. Longitude first,
 * WGS 84, six decimals (about 0.1 m), as the RFC recommends.
 */
class GeoJsonWriter
{
public:
    static QByteArray toGeoJson(const ExportSelection &selection);
};

} // namespace twinatlas
