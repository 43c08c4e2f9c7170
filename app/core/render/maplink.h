// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QString>
#include <QVector>

namespace twinatlas {

/**
 * A partnership drawn on the map. The geodesic path is computed once, when the network is
 * built, so that no frame ever recomputes a geodesic.
 */
struct MapLink
{
    qint64 id = 0;
    int a = -1; ///< index into MapNetwork::places()
    int b = -1; ///< index into MapNetwork::places()
    QString kind; ///< twin_town, sister_city, partner_town, friendship_city, cooperation
    QString status; ///< active, ended, suspended, …
    QString startDate;
    QString endDate;
    QVector<LonLat> path; ///< Geodesy::path from a to b, see MapNetwork::geodesicPath()

    /** Ended and suspended partnerships are drawn dashed and grey. */
    bool isInactive() const
    {
        return status == QLatin1String("ended") || status == QLatin1String("suspended");
    }
};

} // namespace twinatlas
