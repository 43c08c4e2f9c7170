// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportselection.h"

#include <QByteArray>

namespace twinatlas {

/**
 * Places and partnerships as KML 2.2 for Google Earth and Marble: a folder of place marks and a
 * folder of partnership lines along the geodesic, cut at the antimeridian, with kind, status,
 * dates and sources in each mark's description and ExtendedData.
 */
class KmlWriter
{
public:
    static QByteArray toKml(const ExportSelection &selection, const QString &title);
};

} // namespace twinatlas
