// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "db/atlasdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace twinatlas::bench {

Gazetteer Gazetteer::load(const QString &path)
{
    Gazetteer gazetteer;
    AtlasDatabase atlas;
    if (!atlas.open(path, AtlasDatabase::Mode::ReadOnly)) {
        gazetteer.m_errorString = atlas.errorString();
        return gazetteer;
    }
    QSqlQuery q(atlas.connection());
    q.setForwardOnly(true);
    // Ordered by id, so that the fixed seed picks the same places on every machine.
    if (!q.exec(QStringLiteral("SELECT id, name, country, lon, lat, population FROM places ORDER BY id"))) {
        gazetteer.m_errorString = q.lastError().text();
        return gazetteer;
    }
    while (q.next()) {
        MapPlace place;
        place.id = q.value(0).toLongLong();
        place.name = q.value(1).toString();
        place.country = q.value(2).toString();
        place.position = { q.value(3).toDouble(), q.value(4).toDouble() };
        place.population = q.value(5).toLongLong();
        gazetteer.m_places.append(place);
    }
    return gazetteer;
}

} // namespace twinatlas::bench
