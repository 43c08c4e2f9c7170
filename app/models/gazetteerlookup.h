// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QSqlDatabase>

namespace twinatlas {

/**
 * Which of the gazetteer's places is at a point: for a click on the map where no partnership
 * dot is, so that a place with no partners yet can still be picked there.
 */
class GazetteerLookup
{
public:
    explicit GazetteerLookup(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /** The place nearest to position within maxMeters along the ellipsoid, or 0. */
    qint64 nearest(LonLat position, double maxMeters) const;

private:
    QSqlDatabase m_db;
};

} // namespace twinatlas
