// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasschema.h"

#include "sqlread.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace twinatlas {

namespace {

// A date at its own precision, well formed: YYYY, YYYY-MM (01..12) or a real YYYY-MM-DD day
// (date() echoes 1989-02-30 back, but date(julianday()) normalises it to 1989-03-02).
QString dateCheck(const QString &column)
{
    return QStringLiteral(
                   "(%1 IS NULL OR %1 GLOB '[0-9][0-9][0-9][0-9]'"
                   " OR (%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'"
                   "     AND substr(%1, 6, 2) BETWEEN '01' AND '12')"
                   " OR (%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
                   "     AND date(julianday(%1)) IS %1))")
            .arg(column);
}

QString inList(const QString &column, const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    return QStringLiteral("%1 IN (%2)").arg(column, quoted.join(QLatin1Char(',')));
}

// Migration 1: the first schema. Later migrations append to the list; never edit a shipped one.
QStringList migrationToVersion1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
                "CREATE TABLE sources ("
                " id INTEGER PRIMARY KEY,"
                " uid TEXT NOT NULL UNIQUE,"
                " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                " url TEXT NOT NULL DEFAULT '' CHECK (url = '' OR url GLOB 'http://?*'"
                "     OR url GLOB 'https://?*'),"
                " document TEXT NOT NULL DEFAULT '',"
                " origin TEXT NOT NULL DEFAULT 'bundled' CHECK (origin IN ('bundled','user')),"
                " modified_at TEXT,"
                " CHECK (url <> '' OR length(trim(document)) > 0))"),
        QStringLiteral("CREATE TABLE admin1 (country TEXT NOT NULL, code TEXT NOT NULL,"
                       " name TEXT NOT NULL, PRIMARY KEY (country, code)) WITHOUT ROWID"),
        QStringLiteral(
                "CREATE TABLE places ("
                " id INTEGER PRIMARY KEY,"
                " uid TEXT NOT NULL UNIQUE,"
                " geonameid INTEGER UNIQUE CHECK (geonameid IS NULL OR geonameid > 0),"
                " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                " ascii_name TEXT NOT NULL DEFAULT '',"
                " country TEXT NOT NULL CHECK (country GLOB '[A-Z][A-Z]'),"
                " admin1 TEXT NOT NULL DEFAULT '',"
                " lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),"
                " lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),"
                " population INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),"
                " kind TEXT NOT NULL CHECK (%1),"
                " note TEXT NOT NULL DEFAULT '',"
                " source_id INTEGER REFERENCES sources(id),"
                " origin TEXT NOT NULL DEFAULT 'bundled' CHECK (origin IN ('bundled','user')),"
                " modified_at TEXT)")
                .arg(inList(QStringLiteral("kind"), AtlasSchema::placeKinds())),
        QStringLiteral("CREATE TABLE alternate_names ("
                       " place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " PRIMARY KEY (place_id, name)) WITHOUT ROWID"),
        // Search keys are derived from names and alternate names (see TextFold); search_top
        // holds, for each prefix with many matches, its best places by population, so that a
        // keystroke never ranks thousands of matches.
        QStringLiteral("CREATE TABLE search_keys ("
                       " key TEXT NOT NULL,"
                       " place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (key, place_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX search_keys_place ON search_keys (place_id)"),
        QStringLiteral("CREATE TABLE search_top ("
                       " prefix TEXT NOT NULL, rank INTEGER NOT NULL,"
                       " place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (prefix, rank)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX search_top_place ON search_top (place_id)"),
        QStringLiteral(
                "CREATE TABLE partnerships ("
                " id INTEGER PRIMARY KEY,"
                " uid TEXT NOT NULL UNIQUE,"
                " place_a INTEGER NOT NULL REFERENCES places(id),"
                " place_b INTEGER NOT NULL REFERENCES places(id),"
                " kind TEXT NOT NULL CHECK (%1),"
                " status TEXT NOT NULL DEFAULT 'active' CHECK (%2),"
                " start_date TEXT CHECK %3,"
                " end_date TEXT CHECK %4,"
                " note TEXT NOT NULL DEFAULT '',"
                " origin TEXT NOT NULL DEFAULT 'bundled' CHECK (origin IN ('bundled','user')),"
                " modified_at TEXT,"
                " CHECK (place_a <> place_b),"
                " CHECK (start_date IS NULL OR end_date IS NULL"
                "   OR substr(end_date, 1, min(length(start_date), length(end_date)))"
                "      >= substr(start_date, 1, min(length(start_date), length(end_date)))))")
                .arg(inList(QStringLiteral("kind"), AtlasSchema::partnershipKinds()),
                     inList(QStringLiteral("status"), AtlasSchema::partnershipStatuses()),
                     dateCheck(QStringLiteral("start_date")),
                     dateCheck(QStringLiteral("end_date"))),
        // The pair is unordered: Berlin–Istanbul and Istanbul–Berlin of one kind are the same.
        QStringLiteral("CREATE UNIQUE INDEX partnerships_pair_kind ON partnerships"
                       " (min(place_a, place_b), max(place_a, place_b), kind)"),
        QStringLiteral("CREATE INDEX partnerships_a ON partnerships (place_a)"),
        QStringLiteral("CREATE INDEX partnerships_b ON partnerships (place_b)"),
        QStringLiteral(
                "CREATE TABLE events ("
                " id INTEGER PRIMARY KEY,"
                " uid TEXT NOT NULL UNIQUE,"
                " partnership_id INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,"
                " date TEXT NOT NULL CHECK %1,"
                " type TEXT NOT NULL CHECK (%2),"
                " description TEXT NOT NULL DEFAULT '',"
                " origin TEXT NOT NULL DEFAULT 'bundled' CHECK (origin IN ('bundled','user')),"
                " modified_at TEXT)")
                .arg(dateCheck(QStringLiteral("date")),
                     inList(QStringLiteral("type"), AtlasSchema::eventTypes())),
        QStringLiteral("CREATE INDEX events_partnership ON events (partnership_id, date)"),
        QStringLiteral("CREATE TABLE partnership_sources ("
                       " partnership_id INTEGER NOT NULL REFERENCES partnerships(id)"
                       "   ON DELETE CASCADE,"
                       " source_id INTEGER NOT NULL REFERENCES sources(id),"
                       " PRIMARY KEY (partnership_id, source_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE event_sources ("
                       " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
                       " source_id INTEGER NOT NULL REFERENCES sources(id),"
                       " PRIMARY KEY (event_id, source_id)) WITHOUT ROWID"),
    };
}

// Migration 2: editing and updates. Every bundled row records the data version it came from;
// the user's deletions of bundled rows leave tombstones so that an update does not bring them
// back; the postcard checklist is user data keyed by place uids so that it survives updates;
// event uids no longer count events in file order (an inserted event renumbered the rest) but
// name the partnership, date and type, numbering only exact repeats.
QStringList migrationToVersion2()
{
    QStringList statements;
    for (const char *table : {"places", "partnerships", "events", "sources"}) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN data_version TEXT"
                                     " CHECK (data_version IS NULL OR length(data_version) > 0)")
                              .arg(QLatin1String(table))
                   << QStringLiteral("UPDATE %1 SET data_version ="
                                     " (SELECT value FROM meta WHERE key = 'data_version')"
                                     " WHERE origin = 'bundled'")
                              .arg(QLatin1String(table));
    }
    statements << QStringLiteral(
            "UPDATE events SET uid = n.uid FROM ("
            " SELECT e.id AS id, t.uid || '@' || e.date || '/' || e.type"
            "   || CASE WHEN row_number() OVER w > 1 THEN '~' || row_number() OVER w ELSE '' END"
            "   AS uid"
            " FROM events e JOIN partnerships t ON t.id = e.partnership_id"
            " WINDOW w AS (PARTITION BY e.partnership_id, e.date, e.type ORDER BY e.id)) AS n"
            " WHERE n.id = events.id AND events.origin = 'bundled'")
               << QStringLiteral(
                          "CREATE TABLE tombstones ("
                          " kind TEXT NOT NULL CHECK (%1),"
                          " uid TEXT NOT NULL,"
                          " deleted_at TEXT NOT NULL,"
                          " PRIMARY KEY (kind, uid)) WITHOUT ROWID")
                          .arg(inList(QStringLiteral("kind"), AtlasSchema::tombstoneKinds()))
               << QStringLiteral(
                          "CREATE TABLE checklist ("
                          " place_uid TEXT NOT NULL,"
                          " partner_uid TEXT NOT NULL,"
                          " state TEXT NOT NULL CHECK (%1),"
                          " received_date TEXT CHECK %2,"
                          " note TEXT NOT NULL DEFAULT '',"
                          " modified_at TEXT NOT NULL,"
                          " CHECK (place_uid <> partner_uid),"
                          " CHECK (received_date IS NULL OR state = 'received'),"
                          " PRIMARY KEY (place_uid, partner_uid)) WITHOUT ROWID")
                          .arg(inList(QStringLiteral("state"), AtlasSchema::checklistStates()),
                               dateCheck(QStringLiteral("received_date")))
               << QStringLiteral("CREATE INDEX checklist_partner ON checklist (partner_uid)");
    return statements;
}

// Migration 3: names in the user's language. GeoNames' main name is often the local one
// ("Gaillimh" for Galway); a place's name in a language comes from where the data says which
// name belongs to which language. One name per place and language; where several sources give
// one, the stronger wins (AtlasSchema::placeNameOrigins: user over wikidata over curated over
// cldr over geonames), which the writers decide.
QStringList migrationToVersion3()
{
    return {QStringLiteral(
                    "CREATE TABLE place_names ("
                    " place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,"
                    " lang TEXT NOT NULL CHECK (lang GLOB '[a-z][a-z]' OR lang GLOB '[a-z][a-z][a-z]'),"
                    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                    " origin TEXT NOT NULL CHECK (%1),"
                    " PRIMARY KEY (place_id, lang)) WITHOUT ROWID")
                    .arg(inList(QStringLiteral("origin"), AtlasSchema::placeNameOrigins())),
            // Second-level divisions (counties, districts, provinces): GeoNames' admin2 codes
            // of each place and their names, so that namesakes in one state are told apart and
            // lists naming a county or district can be placed.
            QStringLiteral("ALTER TABLE places ADD COLUMN admin2 TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE admin2 (country TEXT NOT NULL, admin1 TEXT NOT NULL,"
                           " code TEXT NOT NULL, name TEXT NOT NULL,"
                           " PRIMARY KEY (country, admin1, code)) WITHOUT ROWID"),
            // When a web source was last read, as citations give it ("retrieved 2 May 2026").
            QStringLiteral("ALTER TABLE sources ADD COLUMN retrieved TEXT CHECK (retrieved IS NULL"
                           " OR (retrieved GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
                           "     AND date(retrieved) IS retrieved))"),
            // Imports find the source a row cites by its URL: tens of thousands of them.
            QStringLiteral("CREATE INDEX sources_url ON sources (url)"),
            // Wikidata's items of the atlas's places (an item the user placed in a review keeps
            // its place at the next fetch). By uid, as the checklist: it survives updates.
            QStringLiteral("CREATE TABLE wikidata_places ("
                           " item TEXT PRIMARY KEY CHECK (item GLOB 'Q[1-9]*' AND item NOT GLOB 'Q*[^0-9]*'),"
                           " place_uid TEXT NOT NULL CHECK (length(place_uid) > 0)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX wikidata_places_place ON wikidata_places (place_uid)"),
            // Each Wikidata statement a fetch took in: the partnership it states (by uid, so
            // that a partnership the user removed is told apart from one never fetched: the
            // uid then names nothing, and the next fetch does not bring it back; empty for a
            // statement the user left out in the review), its dates as Wikidata gave them at
            // the last fetch (what tells Wikidata's changes from the user's), the countries of
            // its two places (which fetches cover it) and since when Wikidata no longer lists it.
            QStringLiteral(
                    "CREATE TABLE wikidata_statements ("
                    " statement TEXT PRIMARY KEY CHECK (statement GLOB 'Q[1-9]*$?*'),"
                    " subject TEXT NOT NULL CHECK (subject GLOB 'Q[1-9]*'),"
                    " object TEXT NOT NULL CHECK (object GLOB 'Q[1-9]*'),"
                    " partnership_uid TEXT NOT NULL,"
                    " start_date TEXT CHECK %1,"
                    " end_date TEXT CHECK %2,"
                    " countries TEXT NOT NULL DEFAULT '',"
                    " missing_since TEXT CHECK (missing_since IS NULL"
                    "   OR date(missing_since) IS missing_since)) WITHOUT ROWID")
                    .arg(dateCheck(QStringLiteral("start_date")), dateCheck(QStringLiteral("end_date"))),
            QStringLiteral("CREATE INDEX wikidata_statements_partnership"
                           " ON wikidata_statements (partnership_uid)")};
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    SqlFailure failure;
    if (SqlRead::exec(q, sql, &failure))
        return true;
    if (error)
        *error = QStringLiteral("%1 (in: %2)").arg(failure.reason(), sql.left(120));
    return false;
}

} // namespace

const QStringList &AtlasSchema::placeKinds()
{
    static const QStringList kinds{QStringLiteral("city"), QStringLiteral("town"),
                                   QStringLiteral("district"), QStringLiteral("region")};
    return kinds;
}

const QStringList &AtlasSchema::partnershipKinds()
{
    static const QStringList kinds{QStringLiteral("twin_town"), QStringLiteral("sister_city"),
                                   QStringLiteral("partner_town"),
                                   QStringLiteral("friendship_city"),
                                   QStringLiteral("cooperation")};
    return kinds;
}

const QStringList &AtlasSchema::partnershipStatuses()
{
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("suspended"),
                                      QStringLiteral("ended"), QStringLiteral("proposed")};
    return statuses;
}

const QStringList &AtlasSchema::eventTypes()
{
    static const QStringList types{
            QStringLiteral("signed"),     QStringLiteral("renewed"),  QStringLiteral("suspended"),
            QStringLiteral("resumed"),    QStringLiteral("ended"),    QStringLiteral("delegation"),
            QStringLiteral("exchange"),   QStringLiteral("anniversary"), QStringLiteral("note")};
    return types;
}

const QStringList &AtlasSchema::tombstoneKinds()
{
    static const QStringList kinds{QStringLiteral("place"), QStringLiteral("partnership"),
                                   QStringLiteral("event"), QStringLiteral("source")};
    return kinds;
}

const QStringList &AtlasSchema::checklistStates()
{
    static const QStringList states{QStringLiteral("wanted"), QStringLiteral("received")};
    return states;
}

const QStringList &AtlasSchema::placeNameOrigins()
{
    // The bundled data's own, then what the user fetched or typed.
    static const QStringList origins{QStringLiteral("geonames"), QStringLiteral("cldr"),
                                     QStringLiteral("curated"), QStringLiteral("wikidata"),
                                     QStringLiteral("user")};
    return origins;
}

QString AtlasSchema::placeNameStrength(const QString &column)
{
    QString cases;
    for (int i = 0; i < placeNameOrigins().size(); ++i)
        cases += QStringLiteral(" WHEN '%1' THEN %2").arg(placeNameOrigins().at(i)).arg(i);
    return QStringLiteral("(CASE %1%2 ELSE -1 END)").arg(column, cases);
}

QString AtlasSchema::eventUid(const QString &partnershipUid, const QString &date,
                              const QString &type, int occurrence)
{
    QString uid = partnershipUid + QLatin1Char('@') + date + QLatin1Char('/') + type;
    if (occurrence > 1)
        uid += QLatin1Char('~') + QString::number(occurrence);
    return uid;
}

int AtlasSchema::currentVersion()
{
    return 3;
}

bool AtlasSchema::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("PRAGMA user_version"), error))
        return false;
    if (!q.next()) {
        if (error)
            *error = SqlFailure::of(q).reason();
        return false;
    }
    int version = q.value(0).toInt();
    const QList<QStringList> migrations{migrationToVersion1(), migrationToVersion2(),
                                        migrationToVersion3()};
    while (version < migrations.size()) {
        if (!db.transaction()) {
            if (error)
                *error = SqlFailure::of(db.lastError(), db).reason();
            return false;
        }
        bool ok = true;
        for (const QString &statement : migrations.at(version)) {
            if (!exec(q, statement, error)) {
                ok = false;
                break;
            }
        }
        ++version;
        ok = ok && exec(q, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), error)
                && exec(q, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = SqlFailure::of(db.lastError(), db).reason();
            return false;
        }
    }
    return true;
}

} // namespace twinatlas
