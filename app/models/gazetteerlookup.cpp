// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteerlookup.h"

#include "db/sqlread.h"
#include "geo/geodesy.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace twinatlas {

qint64 GazetteerLookup::nearest(LonLat position, double maxMeters) const
{
    // A box a little larger than the circle (a degree of latitude is at least 110.5 km); the
    // exact distance decides. No index on lon and lat: a scan of the box is a few milliseconds,
    // once per click.
    const double dLat = maxMeters / 110000.0;
    const double cosLat = std::max(0.01, std::cos(position.lat * M_PI / 180.0));
    const double dLon = std::min(180.0, dLat / cosLat);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, lon, lat FROM places"
                             " WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"));
    q.addBindValue(position.lat - dLat);
    q.addBindValue(position.lat + dLat);
    q.addBindValue(position.lon - dLon);
    q.addBindValue(position.lon + dLon);
    qint64 best = 0;
    double bestDistance = maxMeters;
    // A failed read finds nothing here; the window hears of it through ReadFailures.
    if (!SqlRead::exec(q, nullptr))
        return 0;
    while (q.next()) {
        const LonLat p{q.value(1).toDouble(), q.value(2).toDouble()};
        const double d = Geodesy::distanceMeters(position, p);
        if (d <= bestDistance) {
            bestDistance = d;
            best = q.value(0).toLongLong();
        }
    }
    return SqlRead::ended(q, nullptr) ? best : 0;
}

} // namespace twinatlas
