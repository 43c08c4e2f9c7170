// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportselection.h"

#include "db/atlasreader.h"
#include "db/sqlread.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace twinatlas {

namespace {

/** Orders places by what they say, so that ids never decide an order. */
int comparePlaces(const ExportPlace &x, const ExportPlace &y)
{
    if (int c = QString::compare(x.name, y.name))
        return c;
    if (int c = QString::compare(x.country, y.country))
        return c;
    if (x.position.lat != y.position.lat)
        return x.position.lat < y.position.lat ? -1 : 1;
    if (x.position.lon != y.position.lon)
        return x.position.lon < y.position.lon ? -1 : 1;
    return QString::compare(x.uid, y.uid);
}

} // namespace

void ExportSelection::addPlace(const ExportPlace &place)
{
    for (const ExportPlace &p : std::as_const(m_places))
        if (p.id == place.id)
            return;
    m_places << place;
}

bool ExportSelection::fail(const SqlFailure &failure)
{
    m_places.clear();
    m_partnerships.clear();
    m_failure = failure;
    m_error = failure.reason();
    return false;
}

bool ExportSelection::read(QSqlDatabase db, Scope scope, const QSet<qint64> &ids)
{
    m_places.clear();
    m_partnerships.clear();
    m_error.clear();
    m_failure = {};
    SqlFailure failure;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!SqlRead::exec(q, QStringLiteral(
                "SELECT t.id, t.uid, t.place_a, t.place_b, t.kind, t.status, coalesce(t.start_date, ''),"
                " coalesce(t.end_date, ''), t.note, t.origin FROM partnerships t ORDER BY t.id"), &failure))
        return fail(failure);
    QVector<Partnership> chosen;
    QSet<qint64> placeIds;
    while (q.next()) {
        Partnership p;
        p.id = q.value(0).toLongLong();
        p.uid = q.value(1).toString();
        p.placeA = q.value(2).toLongLong();
        p.placeB = q.value(3).toLongLong();
        p.kind = q.value(4).toString();
        p.status = q.value(5).toString();
        p.startDate = q.value(6).toString();
        p.endDate = q.value(7).toString();
        p.note = q.value(8).toString();
        p.origin = q.value(9).toString();
        const bool wanted = scope == Scope::All
                || (scope == Scope::Places && (ids.contains(p.placeA) || ids.contains(p.placeB)))
                || (scope == Scope::Partnerships && ids.contains(p.id));
        if (!wanted)
            continue;
        chosen << p;
        placeIds << p.placeA << p.placeB;
    }
    if (!SqlRead::ended(q, &failure))
        return fail(failure);
    if (scope == Scope::Places)
        placeIds |= ids;

    QHash<qint64, int> placeIndex;
    // Places are named as the window names them: in the interface language where it is known.
    if (!SqlRead::exec(q, QStringLiteral("SELECT id, uid, coalesce(geonameid, 0), %2, country, lon, lat, population, kind"
                               " FROM places p WHERE id IN (SELECT place_a FROM partnerships UNION"
                               " SELECT place_b FROM partnerships)%1")
                        .arg(scope == Scope::Places ? QStringLiteral(" OR id IN (%1)").arg([&ids] {
                            QStringList list;
                            for (qint64 id : ids)
                                list << QString::number(id);
                            return list.isEmpty() ? QStringLiteral("0") : list.join(u',');
                        }())
                                                     : QString(),
                             AtlasReader::displayNameSql(QStringLiteral("p"),
                                                         AtlasReader::interfaceLanguage())),
                       &failure))
        return fail(failure);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!placeIds.contains(id))
            continue;
        ExportPlace p;
        p.id = id;
        p.uid = q.value(1).toString();
        p.geonameId = q.value(2).toLongLong();
        p.name = q.value(3).toString();
        p.country = q.value(4).toString();
        p.position = LonLat{q.value(5).toDouble(), q.value(6).toDouble()};
        p.population = q.value(7).toLongLong();
        p.kind = q.value(8).toString();
        m_places << p;
    }
    if (!SqlRead::ended(q, &failure))
        return fail(failure);
    std::sort(m_places.begin(), m_places.end(),
              [](const ExportPlace &x, const ExportPlace &y) { return comparePlaces(x, y) < 0; });
    for (int i = 0; i < m_places.size(); ++i)
        placeIndex.insert(m_places.at(i).id, i);

    // Sources of every partnership in one query.
    QHash<qint64, QVector<SourceRecord>> sources;
    if (!SqlRead::exec(q, QStringLiteral("SELECT ps.partnership_id, s.id, s.uid, s.title, s.url, s.document"
                                         " FROM partnership_sources ps JOIN sources s ON s.id = ps.source_id"),
                       &failure))
        return fail(failure);
    while (q.next())
        sources[q.value(0).toLongLong()] << SourceRecord{q.value(1).toLongLong(), q.value(2).toString(),
                                                         q.value(3).toString(), q.value(4).toString(),
                                                         q.value(5).toString()};
    if (!SqlRead::ended(q, &failure))
        return fail(failure);
    for (const Partnership &p : std::as_const(chosen)) {
        ExportPartnership e;
        e.partnership = p;
        e.a = placeIndex.value(p.placeA, -1);
        e.b = placeIndex.value(p.placeB, -1);
        if (e.a < 0 || e.b < 0)
            continue;
        if (e.b < e.a)
            std::swap(e.a, e.b); // indexes follow the places' order
        e.sources = sources.value(p.id);
        std::sort(e.sources.begin(), e.sources.end(), [](const SourceRecord &x, const SourceRecord &y) {
            if (int c = QString::compare(x.title, y.title))
                return c < 0;
            if (int c = QString::compare(x.url, y.url))
                return c < 0;
            return QString::compare(x.document, y.document) < 0;
        });
        ++m_places[e.a].partners;
        ++m_places[e.b].partners;
        m_partnerships << e;
    }
    std::sort(m_partnerships.begin(), m_partnerships.end(), [](const ExportPartnership &x, const ExportPartnership &y) {
        if (x.a != y.a)
            return x.a < y.a;
        if (x.b != y.b)
            return x.b < y.b;
        if (int c = QString::compare(x.partnership.kind, y.partnership.kind))
            return c < 0;
        return QString::compare(x.partnership.startDate, y.partnership.startDate) < 0;
    });
    return true;
}

} // namespace twinatlas
