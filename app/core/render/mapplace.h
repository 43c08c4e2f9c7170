// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QString>

namespace twinatlas {

/** A place drawn on the map: a dot sized by its number of partners. */
struct MapPlace
{
    qint64 id = 0;
    QString name;
    QString country;
    LonLat position;
    qint64 population = 0;
    int partnerCount = 0;
};

} // namespace twinatlas
