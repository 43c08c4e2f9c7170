// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasmerge.h"

#include "atlasschema.h"
#include "sqlread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::AtlasMerge", text);
}

// A bundled row as the data shipped it: neither added nor changed by the user.
QString untouched(const char *alias)
{
    return QStringLiteral("%1.origin = 'bundled' AND %1.modified_at IS NULL")
            .arg(QLatin1String(alias));
}

const char *temporaryTables[] = {"merge_source_map",          "merge_place_changed",
                                 "merge_place_dropped",       "merge_place_map",
                                 "merge_partnership_changed", "merge_partnership_map",
                                 "merge_event_changed",       "merge_names_changed"};

} // namespace

AtlasMerge::AtlasMerge(QSqlDatabase db, const QString &dataVersion)
    : m_db(db), m_version(dataVersion), m_search(db)
{ }

void AtlasMerge::fail(const QSqlQuery &q, const QString &sql)
{
    SqlFailure failure;
    SqlRead::failed(q, &failure);
    m_failed = true;
    m_error = tr("the atlas %1 (in: %2)").arg(failure.reason(), sql.simplified().left(160));
}

qint64 AtlasMerge::exec(const QString &sql, const QVariantMap &values)
{
    if (m_failed)
        return -1;
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec()) {
        fail(q, sql);
        return -1;
    }
    return q.numRowsAffected();
}

qint64 AtlasMerge::scalar(const QString &sql, const QVariantMap &values)
{
    const QList<qint64> values0 = ids(sql, values);
    return values0.isEmpty() ? 0 : values0.first();
}

QList<qint64> AtlasMerge::ids(const QString &sql, const QVariantMap &values)
{
    QList<qint64> result;
    if (m_failed)
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec()) {
        fail(q, sql);
        return result;
    }
    while (q.next())
        result << q.value(0).toLongLong();
    // A row missed here would be dropped or kept wrongly: a failed step ends the merge.
    if (q.lastError().isValid()) {
        fail(q, sql);
        return {};
    }
    return result;
}

bool AtlasMerge::markForSearch(const QString &sql, const QVariantMap &values)
{
    for (qint64 id : ids(sql, values))
        if (!m_search.aboutToChange(id)) {
            m_failed = true;
            m_error = tr("The search index could not be read.");
        }
    return !m_failed;
}

void AtlasMerge::dropTemporaryTables()
{
    QSqlQuery q(m_db);
    for (const char *table : temporaryTables)
        q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
}

bool AtlasMerge::run(UpgradeReport &report)
{
    dropTemporaryTables();
    report.userEdits = int(scalar(QStringLiteral(
            "SELECT (SELECT count(*) FROM main.places WHERE origin = 'user' OR modified_at IS NOT "
            "NULL)"
            " + (SELECT count(*) FROM main.partnerships WHERE origin = 'user' OR modified_at IS "
            "NOT NULL)"
            " + (SELECT count(*) FROM main.events WHERE origin = 'user' OR modified_at IS NOT NULL)"
            " + (SELECT count(*) FROM main.sources WHERE origin = 'user' OR modified_at IS NOT "
            "NULL)"
            " + (SELECT count(*) FROM main.tombstones) + (SELECT count(*) FROM main.checklist)")));
    // admin1 holds reference names no one edits: it simply follows the bundled data.
    exec(QStringLiteral("DELETE FROM main.admin1"));
    exec(QStringLiteral("INSERT INTO main.admin1 (country, code, name)"
                        " SELECT country, code, name FROM bundled.admin1"));
    exec(QStringLiteral("DELETE FROM main.admin2"));
    exec(QStringLiteral("INSERT INTO main.admin2 (country, admin1, code, name)"
                        " SELECT country, admin1, code, name FROM bundled.admin2"));
    const bool ok = mergeSources(report.sources) && mergePlaces(report.places)
            && mergePlaceNames() && mergePartnerships(report.partnerships) && mergeEvents(report.events)
            && dropEvents(report) && dropPartnerships(report) && dropPlaces(report)
            && dropSources(report);
    if (ok) {
        QString error;
        if (!m_search.finish(&error)) {
            m_failed = true;
            m_error = error;
        }
    }
    exec(QStringLiteral(
            "INSERT OR REPLACE INTO main.meta (key, value)"
            " SELECT 'previous_data_version', value FROM main.meta WHERE key = 'data_version'"));
    exec(QStringLiteral("INSERT OR REPLACE INTO main.meta (key, value)"
                        " VALUES ('data_version', :v), ('upgraded_at', :now)"),
         {{QStringLiteral("v"), m_version},
          {QStringLiteral("now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    exec(QStringLiteral("INSERT OR REPLACE INTO main.meta (key, value)"
                        " SELECT 'built_by', value FROM bundled.meta WHERE key = 'built_by'"));
    dropTemporaryTables();
    return !m_failed;
}

bool AtlasMerge::mergeSources(UpgradeCounts &counts)
{
    const QVariantMap v{{QStringLiteral("v"), m_version}};
    counts.corrected = int(exec(
            QStringLiteral(
                    "UPDATE main.sources AS s SET title = x.title, url = x.url, document = "
                    "x.document,"
                    " data_version = :v FROM bundled.sources AS x"
                    " WHERE x.uid = s.uid AND %1 AND (s.title IS NOT x.title OR s.url IS NOT x.url"
                    "   OR s.document IS NOT x.document)")
                    .arg(untouched("s")),
            v));
    counts.added = int(exec(
            QStringLiteral(
                    "INSERT INTO main.sources (uid, title, url, document, origin, data_version)"
                    " SELECT x.uid, x.title, x.url, x.document, 'bundled', :v FROM bundled.sources "
                    "x"
                    " WHERE NOT EXISTS (SELECT 1 FROM main.sources s WHERE s.uid = x.uid)"
                    " AND NOT EXISTS (SELECT 1 FROM main.tombstones t WHERE t.kind = 'source' AND "
                    "t.uid = x.uid)"
                    " ORDER BY x.id"),
            v));
    exec(QStringLiteral(
            "CREATE TEMP TABLE merge_source_map (bid INTEGER PRIMARY KEY, mid INTEGER NOT NULL)"));
    exec(QStringLiteral("INSERT INTO temp.merge_source_map SELECT x.id, s.id FROM bundled.sources x"
                        " JOIN main.sources s ON s.uid = x.uid"));
    return !m_failed;
}

bool AtlasMerge::mergePlaces(UpgradeCounts &counts)
{
    const QVariantMap v{{QStringLiteral("v"), m_version}};
    exec(QStringLiteral("CREATE TEMP TABLE merge_place_changed (mid INTEGER PRIMARY KEY, bid "
                        "INTEGER NOT NULL)"));
    counts.corrected = int(exec(
            QStringLiteral(
                    "INSERT INTO temp.merge_place_changed SELECT m.id, x.id FROM main.places m"
                    " JOIN bundled.places x ON x.uid = m.uid WHERE %1 AND ("
                    " m.geonameid IS NOT x.geonameid OR m.name IS NOT x.name"
                    " OR m.ascii_name IS NOT x.ascii_name OR m.country IS NOT x.country"
                    " OR m.admin1 IS NOT x.admin1 OR m.admin2 IS NOT x.admin2"
                    " OR m.lat IS NOT x.lat OR m.lon IS NOT x.lon"
                    " OR m.population IS NOT x.population OR m.kind IS NOT x.kind OR m.note IS NOT "
                    "x.note"
                    " OR m.source_id IS NOT (SELECT mid FROM temp.merge_source_map WHERE bid = "
                    "x.source_id)"
                    " OR EXISTS (SELECT name FROM main.alternate_names WHERE place_id = m.id"
                    "   EXCEPT SELECT name FROM bundled.alternate_names WHERE place_id = x.id)"
                    " OR EXISTS (SELECT name FROM bundled.alternate_names WHERE place_id = x.id"
                    "   EXCEPT SELECT name FROM main.alternate_names WHERE place_id = m.id))")
                    .arg(untouched("m"))));
    exec(QStringLiteral("CREATE TEMP TABLE merge_place_dropped (mid INTEGER PRIMARY KEY)"));
    exec(QStringLiteral(
                 "INSERT INTO temp.merge_place_dropped SELECT m.id FROM main.places m"
                 " WHERE %1 AND NOT EXISTS (SELECT 1 FROM bundled.places x WHERE x.uid = m.uid)")
                 .arg(untouched("m")));
    if (!markForSearch(QStringLiteral("SELECT mid FROM temp.merge_place_changed UNION"
                                      " SELECT mid FROM temp.merge_place_dropped")))
        return false;

    exec(QStringLiteral(
                 "UPDATE main.places AS m SET geonameid = x.geonameid, name = x.name,"
                 " ascii_name = x.ascii_name, country = x.country, admin1 = x.admin1,"
                 " admin2 = x.admin2, lat = x.lat,"
                 " lon = x.lon, population = x.population, kind = x.kind, note = x.note,"
                 " source_id = (SELECT mid FROM temp.merge_source_map WHERE bid = x.source_id),"
                 " data_version = :v"
                 " FROM temp.merge_place_changed c JOIN bundled.places x ON x.id = c.bid WHERE "
                 "m.id = c.mid"),
         v);
    exec(QStringLiteral("DELETE FROM main.alternate_names WHERE place_id IN"
                        " (SELECT mid FROM temp.merge_place_changed)"));
    exec(QStringLiteral("INSERT INTO main.alternate_names (place_id, name) SELECT c.mid, a.name"
                        " FROM temp.merge_place_changed c JOIN bundled.alternate_names a ON "
                        "a.place_id = c.bid"));

    const qint64 lastId = scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.places"));
    counts.added = int(exec(
            QStringLiteral("INSERT INTO main.places (uid, geonameid, name, ascii_name, country, "
                           "admin1, admin2, lat, lon,"
                           " population, kind, note, source_id, origin, data_version)"
                           " SELECT x.uid, x.geonameid, x.name, x.ascii_name, x.country, x.admin1, "
                           "x.admin2, x.lat, x.lon,"
                           " x.population, x.kind, x.note,"
                           " (SELECT mid FROM temp.merge_source_map WHERE bid = x.source_id), "
                           "'bundled', :v"
                           " FROM bundled.places x"
                           " WHERE NOT EXISTS (SELECT 1 FROM main.places m WHERE m.uid = x.uid)"
                           " AND NOT EXISTS (SELECT 1 FROM main.tombstones t WHERE t.kind = "
                           "'place' AND t.uid = x.uid)"
                           " AND (x.geonameid IS NULL"
                           "   OR NOT EXISTS (SELECT 1 FROM main.places m WHERE m.geonameid = "
                           "x.geonameid))"
                           " ORDER BY x.id"),
            v));
    exec(QStringLiteral(
            "CREATE TEMP TABLE merge_place_map (bid INTEGER PRIMARY KEY, mid INTEGER NOT NULL)"));
    exec(QStringLiteral("INSERT INTO temp.merge_place_map SELECT x.id, m.id FROM bundled.places x"
                        " JOIN main.places m ON m.uid = x.uid"));
    const QVariantMap last{{QStringLiteral("last"), lastId}};
    exec(QStringLiteral(
                 "INSERT INTO main.alternate_names (place_id, name) SELECT p.mid, a.name"
                 " FROM temp.merge_place_map p JOIN bundled.alternate_names a ON a.place_id = p.bid"
                 " WHERE p.mid > :last"),
         last);
    return markForSearch(QStringLiteral("SELECT mid FROM temp.merge_place_map WHERE mid > :last"),
                         last);
}

bool AtlasMerge::mergePlaceNames()
{
    // The origins the bundled data writes: anything else is the user's and is left alone.
    const QString bundledOrigins = QStringLiteral("origin IN ('geonames', 'cldr', 'curated')");
    exec(QStringLiteral("CREATE TEMP TABLE merge_names_changed (mid INTEGER PRIMARY KEY)"));
    exec(QStringLiteral(
                 "INSERT INTO temp.merge_names_changed SELECT m.mid FROM temp.merge_place_map m"
                 " WHERE EXISTS (SELECT lang, name, origin FROM main.place_names"
                 "   WHERE place_id = m.mid AND %1"
                 "   EXCEPT SELECT lang, name, origin FROM bundled.place_names WHERE place_id = m.bid)"
                 " OR EXISTS (SELECT lang, name, origin FROM bundled.place_names WHERE place_id = m.bid"
                 "   EXCEPT SELECT lang, name, origin FROM main.place_names"
                 "   WHERE place_id = m.mid AND %1)")
                 .arg(bundledOrigins));
    if (!markForSearch(QStringLiteral("SELECT mid FROM temp.merge_names_changed")))
        return false;
    exec(QStringLiteral("DELETE FROM main.place_names WHERE %1"
                        " AND place_id IN (SELECT mid FROM temp.merge_names_changed)")
                 .arg(bundledOrigins));
    // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT.
    exec(QStringLiteral(
                 "INSERT INTO main.place_names (place_id, lang, name, origin)"
                 " SELECT c.mid, b.lang, b.name, b.origin FROM temp.merge_names_changed c"
                 " JOIN temp.merge_place_map m ON m.mid = c.mid"
                 " JOIN bundled.place_names b ON b.place_id = m.bid WHERE true"
                 " ON CONFLICT (place_id, lang) DO UPDATE SET name = excluded.name,"
                 " origin = excluded.origin WHERE %1 >= %2")
                 .arg(AtlasSchema::placeNameStrength(QStringLiteral("excluded.origin")),
                      AtlasSchema::placeNameStrength(QStringLiteral("place_names.origin"))));
    return !m_failed;
}

bool AtlasMerge::mergePartnerships(UpgradeCounts &counts)
{
    const QVariantMap v{{QStringLiteral("v"), m_version}};
    exec(QStringLiteral(
            "CREATE TEMP TABLE merge_partnership_changed"
            " (mid INTEGER PRIMARY KEY, bid INTEGER NOT NULL, place_a INTEGER, place_b INTEGER)"));
    exec(QStringLiteral("INSERT INTO temp.merge_partnership_changed"
                        " SELECT m.id, x.id, pa.mid, pb.mid FROM main.partnerships m"
                        " JOIN bundled.partnerships x ON x.uid = m.uid"
                        " LEFT JOIN temp.merge_place_map pa ON pa.bid = x.place_a"
                        " LEFT JOIN temp.merge_place_map pb ON pb.bid = x.place_b"
                        " WHERE %1 AND (m.place_a IS NOT pa.mid OR m.place_b IS NOT pb.mid"
                        " OR m.kind IS NOT x.kind OR m.status IS NOT x.status"
                        " OR m.start_date IS NOT x.start_date OR m.end_date IS NOT x.end_date OR "
                        "m.note IS NOT x.note"
                        " OR EXISTS (SELECT source_id FROM main.partnership_sources WHERE "
                        "partnership_id = m.id"
                        "   EXCEPT SELECT s.mid FROM bundled.partnership_sources l"
                        "   JOIN temp.merge_source_map s ON s.bid = l.source_id WHERE "
                        "l.partnership_id = x.id)"
                        " OR EXISTS (SELECT s.mid FROM bundled.partnership_sources l"
                        "   JOIN temp.merge_source_map s ON s.bid = l.source_id WHERE "
                        "l.partnership_id = x.id"
                        "   EXCEPT SELECT source_id FROM main.partnership_sources WHERE "
                        "partnership_id = m.id))")
                 .arg(untouched("m")));
    // One by one: a correction that would clash with one of the user's partnerships (the same
    // pair and kind), or that names a place the user deleted, is left out.
    QSqlQuery changed(m_db);
    changed.setForwardOnly(true);
    QList<std::pair<qint64, qint64>> rows;
    const QString changedSql = QStringLiteral("SELECT mid, bid FROM temp.merge_partnership_changed"
                                              " WHERE place_a IS NOT NULL AND place_b IS NOT NULL");
    changed.prepare(changedSql);
    if (!SqlRead::forEach(changed, nullptr, [&] {
            rows.append({changed.value(0).toLongLong(), changed.value(1).toLongLong()});
        })) {
        fail(changed, changedSql);
        return false;
    }
    changed.finish();
    for (const auto &[mid, bid] : rows) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
                "UPDATE main.partnerships AS m SET place_a = c.place_a, place_b = c.place_b,"
                " kind = x.kind, status = x.status, start_date = x.start_date,"
                " end_date = x.end_date, note = x.note, data_version = :v"
                " FROM temp.merge_partnership_changed c JOIN bundled.partnerships x ON x.id = c.bid"
                " WHERE c.mid = :mid AND m.id = :mid"));
        q.bindValue(QStringLiteral(":v"), m_version);
        q.bindValue(QStringLiteral(":mid"), mid);
        if (!q.exec()) {
            if (q.lastError().databaseText().contains(QLatin1String("constraint"),
                                                      Qt::CaseInsensitive))
                continue;
            fail(q, QStringLiteral("UPDATE main.partnerships"));
            return false;
        }
        const QVariantMap ids{{QStringLiteral("mid"), mid}, {QStringLiteral("bid"), bid}};
        exec(QStringLiteral("DELETE FROM main.partnership_sources WHERE partnership_id = :mid"),
             ids);
        exec(QStringLiteral("INSERT INTO main.partnership_sources (partnership_id, source_id)"
                            " SELECT :mid, s.mid FROM bundled.partnership_sources l"
                            " JOIN temp.merge_source_map s ON s.bid = l.source_id WHERE "
                            "l.partnership_id = :bid"),
             ids);
        ++counts.corrected;
    }

    const qint64 lastId =
            scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.partnerships"));
    counts.added = int(exec(
            QStringLiteral(
                    "INSERT INTO main.partnerships (uid, place_a, place_b, kind, status, "
                    "start_date,"
                    " end_date, note, origin, data_version)"
                    " SELECT x.uid, pa.mid, pb.mid, x.kind, x.status, x.start_date, x.end_date, "
                    "x.note,"
                    " 'bundled', :v FROM bundled.partnerships x"
                    " JOIN temp.merge_place_map pa ON pa.bid = x.place_a"
                    " JOIN temp.merge_place_map pb ON pb.bid = x.place_b"
                    " WHERE NOT EXISTS (SELECT 1 FROM main.partnerships m WHERE m.uid = x.uid)"
                    " AND NOT EXISTS (SELECT 1 FROM main.tombstones t WHERE t.kind = 'partnership' "
                    "AND t.uid = x.uid)"
                    " AND NOT EXISTS (SELECT 1 FROM main.partnerships m"
                    "   WHERE min(m.place_a, m.place_b) = min(pa.mid, pb.mid)"
                    "   AND max(m.place_a, m.place_b) = max(pa.mid, pb.mid) AND m.kind = x.kind)"
                    " ORDER BY x.id"),
            v));
    exec(QStringLiteral("CREATE TEMP TABLE merge_partnership_map (bid INTEGER PRIMARY KEY, mid "
                        "INTEGER NOT NULL)"));
    exec(QStringLiteral(
            "INSERT INTO temp.merge_partnership_map SELECT x.id, m.id FROM bundled.partnerships x"
            " JOIN main.partnerships m ON m.uid = x.uid"));
    exec(QStringLiteral("INSERT INTO main.partnership_sources (partnership_id, source_id)"
                        " SELECT p.mid, s.mid FROM temp.merge_partnership_map p"
                        " JOIN bundled.partnership_sources l ON l.partnership_id = p.bid"
                        " JOIN temp.merge_source_map s ON s.bid = l.source_id WHERE p.mid > :last"),
         {{QStringLiteral("last"), lastId}});
    return !m_failed;
}

bool AtlasMerge::mergeEvents(UpgradeCounts &counts)
{
    const QVariantMap v{{QStringLiteral("v"), m_version}};
    exec(QStringLiteral(
            "CREATE TEMP TABLE merge_event_changed"
            " (mid INTEGER PRIMARY KEY, bid INTEGER NOT NULL, partnership_id INTEGER)"));
    exec(QStringLiteral(
                 "INSERT INTO temp.merge_event_changed SELECT m.id, x.id, p.mid FROM main.events m"
                 " JOIN bundled.events x ON x.uid = m.uid"
                 " LEFT JOIN temp.merge_partnership_map p ON p.bid = x.partnership_id"
                 " WHERE %1 AND (m.partnership_id IS NOT p.mid OR m.date IS NOT x.date"
                 " OR m.type IS NOT x.type OR m.description IS NOT x.description"
                 " OR EXISTS (SELECT source_id FROM main.event_sources WHERE event_id = m.id"
                 "   EXCEPT SELECT s.mid FROM bundled.event_sources l"
                 "   JOIN temp.merge_source_map s ON s.bid = l.source_id WHERE l.event_id = x.id)"
                 " OR EXISTS (SELECT s.mid FROM bundled.event_sources l"
                 "   JOIN temp.merge_source_map s ON s.bid = l.source_id WHERE l.event_id = x.id"
                 "   EXCEPT SELECT source_id FROM main.event_sources WHERE event_id = m.id))")
                 .arg(untouched("m")));
    // An event whose partnership the user deleted keeps its old values (and goes with it).
    exec(QStringLiteral("DELETE FROM temp.merge_event_changed WHERE partnership_id IS NULL"));
    counts.corrected = int(exec(
            QStringLiteral(
                    "UPDATE main.events AS m SET partnership_id = c.partnership_id, date = x.date,"
                    " type = x.type, description = x.description, data_version = :v"
                    " FROM temp.merge_event_changed c JOIN bundled.events x ON x.id = c.bid WHERE "
                    "m.id = c.mid"),
            v));
    exec(QStringLiteral("DELETE FROM main.event_sources WHERE event_id IN (SELECT mid FROM "
                        "temp.merge_event_changed)"));
    exec(QStringLiteral(
            "INSERT INTO main.event_sources (event_id, source_id) SELECT c.mid, s.mid"
            " FROM temp.merge_event_changed c JOIN bundled.event_sources l ON l.event_id = c.bid"
            " JOIN temp.merge_source_map s ON s.bid = l.source_id"));

    const qint64 lastId = scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.events"));
    counts.added = int(exec(
            QStringLiteral("INSERT INTO main.events (uid, partnership_id, date, type, description, "
                           "origin, data_version)"
                           " SELECT x.uid, p.mid, x.date, x.type, x.description, 'bundled', :v "
                           "FROM bundled.events x"
                           " JOIN temp.merge_partnership_map p ON p.bid = x.partnership_id"
                           " WHERE NOT EXISTS (SELECT 1 FROM main.events m WHERE m.uid = x.uid)"
                           " AND NOT EXISTS (SELECT 1 FROM main.tombstones t WHERE t.kind = "
                           "'event' AND t.uid = x.uid)"
                           " ORDER BY x.id"),
            v));
    exec(QStringLiteral(
                 "INSERT INTO main.event_sources (event_id, source_id)"
                 " SELECT m.id, s.mid FROM main.events m JOIN bundled.events x ON x.uid = m.uid"
                 " JOIN bundled.event_sources l ON l.event_id = x.id"
                 " JOIN temp.merge_source_map s ON s.bid = l.source_id WHERE m.id > :last"),
         {{QStringLiteral("last"), lastId}});
    return !m_failed;
}

bool AtlasMerge::dropEvents(UpgradeReport &report)
{
    report.events.removed = int(exec(
            QStringLiteral("DELETE FROM main.events AS m WHERE %1"
                           " AND NOT EXISTS (SELECT 1 FROM bundled.events x WHERE x.uid = m.uid)")
                    .arg(untouched("m"))));
    return !m_failed;
}

bool AtlasMerge::dropPartnerships(UpgradeReport &report)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<std::pair<qint64, QString>> dropped;
    q.prepare(QStringLiteral("SELECT m.id, m.uid FROM main.partnerships m WHERE %1"
                             " AND NOT EXISTS (SELECT 1 FROM bundled.partnerships x WHERE x.uid = m.uid)")
                      .arg(untouched("m")));
    if (!SqlRead::forEach(q, nullptr, [&] { dropped.append({q.value(0).toLongLong(), q.value(1).toString()}); })) {
        fail(q, q.lastQuery());
        return false;
    }
    q.finish();
    for (const auto &[id, uid] : dropped) {
        const QVariantMap key{{QStringLiteral("id"), id}};
        // Only the user's own events can still be there: the bundled ones went with the data.
        if (scalar(QStringLiteral("SELECT count(*) FROM main.events WHERE partnership_id = :id"),
                   key)) {
            ++report.partnerships.keptInUse;
            report.keptInUse
                    << tr("The partnership %1 is kept: your events belong to it.").arg(uid);
            continue;
        }
        exec(QStringLiteral("DELETE FROM main.partnerships WHERE id = :id"), key);
        ++report.partnerships.removed;
    }
    return !m_failed;
}

bool AtlasMerge::dropPlaces(UpgradeReport &report)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<std::tuple<qint64, QString, QString>> dropped;
    q.prepare(QStringLiteral("SELECT p.id, p.uid, p.name FROM temp.merge_place_dropped d"
                             " JOIN main.places p ON p.id = d.mid ORDER BY p.id"));
    if (!SqlRead::forEach(q, nullptr, [&] {
            dropped.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        })) {
        fail(q, q.lastQuery());
        return false;
    }
    q.finish();
    for (const auto &[id, uid, name] : dropped) {
        const QVariantMap key{{QStringLiteral("id"), id}, {QStringLiteral("uid"), uid}};
        const bool inUse = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.partnerships "
                                                 "WHERE place_a = :id OR place_b = :id)"
                                                 " OR EXISTS (SELECT 1 FROM main.checklist WHERE "
                                                 "place_uid = :uid OR partner_uid = :uid)"),
                                  key);
        if (inUse) {
            ++report.places.keptInUse;
            report.keptInUse
                    << tr("%1 (%2) is kept: your partnerships or checklist use it.").arg(name, uid);
            continue;
        }
        exec(QStringLiteral("DELETE FROM main.places WHERE id = :id"), key);
        ++report.places.removed;
    }
    return !m_failed;
}

bool AtlasMerge::dropSources(UpgradeReport &report)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<std::tuple<qint64, QString>> dropped;
    q.prepare(QStringLiteral("SELECT s.id, s.title FROM main.sources s WHERE %1"
                             " AND NOT EXISTS (SELECT 1 FROM bundled.sources x WHERE x.uid = s.uid)")
                      .arg(untouched("s")));
    if (!SqlRead::forEach(q, nullptr, [&] { dropped.append({q.value(0).toLongLong(), q.value(1).toString()}); })) {
        fail(q, q.lastQuery());
        return false;
    }
    q.finish();
    for (const auto &[id, title] : dropped) {
        const QVariantMap key{{QStringLiteral("id"), id}};
        const bool inUse = scalar(
                QStringLiteral(
                        "SELECT EXISTS (SELECT 1 FROM main.places WHERE source_id = :id)"
                        " OR EXISTS (SELECT 1 FROM main.partnership_sources WHERE source_id = :id)"
                        " OR EXISTS (SELECT 1 FROM main.event_sources WHERE source_id = :id)"),
                key);
        if (inUse) {
            ++report.sources.keptInUse;
            report.keptInUse << tr("The source “%1” is kept: your entries cite it.").arg(title);
            continue;
        }
        exec(QStringLiteral("DELETE FROM main.sources WHERE id = :id"), key);
        ++report.sources.removed;
    }
    return !m_failed;
}

} // namespace twinatlas
