// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasbuilder.h"

#include "sqlread.h"

#include "atlasdatabase.h"
#include "atlasschema.h"
#include "cldrcitynames.h"
#include "partialdate.h"
#include "placekeys.h"
#include "searchindexwriter.h"
#include "search/textfold.h"
#include "tsvfile.h"

#include "geo/geodesy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace twinatlas {

namespace {

// A prefix with more index entries than this gets its best places precomputed in search_top,
// so that a query never ranks more than this many rows at run time.
constexpr int searchTopThreshold = 256;
constexpr int searchTopSize = SearchIndexWriter::rankedListSize;

QStringList filesIn(const QString &dir, const QString &pattern)
{
    QStringList files;
    const QDir d(dir);
    for (const QString &name : d.entryList({pattern}, QDir::Files, QDir::Name))
        files << d.filePath(name);
    return files;
}

QString placeKindForGeoNames(const QString &featureCode, qint64 population)
{
    if (featureCode == QLatin1String("PPLX"))
        return QStringLiteral("district");
    if (population >= 10000 || featureCode == QLatin1String("PPLC")
        || featureCode == QLatin1String("PPLA") || featureCode == QLatin1String("PPLA2"))
        return QStringLiteral("city");
    return QStringLiteral("town");
}

// Whether a name in some language only respells the place's main name: the same letters with
// no more accents ("Torun" for Toruń). Such a name says nothing new and loses letters.
bool isRespelling(const QString &name, const QString &mainName)
{
    auto letters = [](const QString &s) { return TextFold::key(s).remove(QLatin1Char(' ')); };
    auto marked = [](const QString &s) { // letters beyond ASCII: ń, ł, é
        return std::count_if(s.cbegin(), s.cend(),
                             [](QChar c) { return c.unicode() > 0x7f && c.isLetter(); });
    };
    return letters(name) == letters(mainName) && marked(name) <= marked(mainName);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

bool AtlasBuilder::error(const QString &message)
{
    if (m_errors.size() < 200)
        m_errors << message;
    return false;
}

bool AtlasBuilder::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    return error(QStringLiteral("SQL failed: %1: %2").arg(sql.left(80), q.lastError().text()));
}

bool AtlasBuilder::build(const QString &dataDir, const QString &outPath)
{
    m_errors.clear();
    const QString tmpPath = outPath + QStringLiteral(".building");
    QFile::remove(tmpPath);
    {
        AtlasDatabase atlas;
        if (!atlas.create(tmpPath))
            return error(atlas.errorString());
        m_db = atlas.connection();
        // Bulk load: no journal; the file is renamed into place only when complete.
        exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        exec(QStringLiteral("PRAGMA synchronous = OFF"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        m_db.transaction();

        readMeta(dataDir);
        const QString partnershipsDir = dataDir + QStringLiteral("/partnerships");
        const QString gazetteerDir = dataDir + QStringLiteral("/gazetteer");
        readSources(filesIn(partnershipsDir, QStringLiteral("*sources.tsv")));
        if (QFileInfo::exists(gazetteerDir + QStringLiteral("/admin1.tsv")))
            readAdmin1(gazetteerDir + QStringLiteral("/admin1.tsv"));
        // The divisions come as places with the second level's names, both levels together:
        // data without admin2.tsv (older data, small test atlases) has neither.
        const bool divisions = QFileInfo::exists(gazetteerDir + QStringLiteral("/admin2.tsv"));
        if (divisions)
            readAdmin2(gazetteerDir + QStringLiteral("/admin2.tsv"));
        else
            m_divisions.clear();
        const QStringList geonames = filesIn(gazetteerDir, QStringLiteral("cities*.tsv*"));
        if (geonames.isEmpty())
            error(QStringLiteral("%1: no GeoNames places file (cities*.tsv.gz)").arg(gazetteerDir));
        for (const QString &file : geonames)
            readGeoNames(file);
        readExtraPlaces(filesIn(gazetteerDir, QStringLiteral("extra_places*.tsv")));
        writeDivisions();
        readPartnerships(filesIn(partnershipsDir, QStringLiteral("*partnerships.tsv")));
        readEvents(filesIn(partnershipsDir, QStringLiteral("*events.tsv")));
        readPlaceNames(gazetteerDir);
        if (m_errors.isEmpty()) {
            writeSearchIndex();
            stampDataVersion();
        }

        if (!m_errors.isEmpty()) {
            m_db.rollback();
            m_db = QSqlDatabase();
            atlas.close();
            QFile::remove(tmpPath);
            return false;
        }
        if (!m_db.commit())
            error(QStringLiteral("%1: commit failed: %2").arg(tmpPath, m_db.lastError().text()));
        exec(QStringLiteral("ANALYZE"));
        exec(QStringLiteral("PRAGMA journal_mode = DELETE"));

        QSqlQuery q(m_db);
        QStringList counts;
        for (const char *table : {"places", "alternate_names", "place_names", "search_keys", "search_top",
                                  "sources", "partnerships", "events"}) {
            SqlFailure failure;
            if (SqlRead::first(q, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)), &failure))
                counts << QStringLiteral("%1 %2").arg(QLatin1String(table)).arg(q.value(0).toLongLong());
            else
                error(failure.message(tmpPath));
        }
        m_summary = counts.join(QLatin1Char('\n'));
        m_db = QSqlDatabase();
    }
    if (!m_errors.isEmpty()) {
        QFile::remove(tmpPath);
        return false;
    }
    QFile::remove(outPath);
    if (!QFile::rename(tmpPath, outPath))
        return error(QStringLiteral("%1: cannot move the built atlas into place").arg(outPath));
    return true;
}

void AtlasBuilder::readMeta(const QString &dataDir)
{
    QFile versionFile(dataDir + QStringLiteral("/VERSION"));
    QString version;
    if (versionFile.open(QIODevice::ReadOnly))
        version = QString::fromUtf8(versionFile.readAll()).trimmed();
    if (version.isEmpty()) {
        error(QStringLiteral("%1: missing or empty; it names the data version")
                      .arg(versionFile.fileName()));
        return;
    }
    m_dataVersion = version;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> rows{
            {QStringLiteral("application"), QStringLiteral("twinatlas")},
            {QStringLiteral("data_version"), version},
            {QStringLiteral("built_by"), QStringLiteral("twinatlas-builddb " TWINATLAS_VERSION)}};
    for (const auto &row : rows) {
        q.addBindValue(row.first);
        q.addBindValue(row.second);
        if (!q.exec())
            error(q.lastError().text());
    }
}

void AtlasBuilder::readSources(const QStringList &files)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sources (uid, title, url, document) VALUES (?, ?, ?, ?)"));
    for (const QString &path : files) {
        TsvFile f(path);
        if (!f.open({QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("url"),
                     QStringLiteral("document")})) {
            error(f.errorString());
            continue;
        }
        while (f.next()) {
            const QString key = f.value(QStringLiteral("key"));
            if (key.isEmpty()) {
                error(QStringLiteral("%1: the source has no key").arg(f.where()));
                continue;
            }
            if (m_sourceByKey.contains(key)) {
                error(QStringLiteral("%1: the source key “%2” is defined twice").arg(f.where(), key));
                continue;
            }
            q.addBindValue(key);
            q.addBindValue(f.value(QStringLiteral("title")));
            q.addBindValue(f.value(QStringLiteral("url")));
            q.addBindValue(f.value(QStringLiteral("document")));
            if (!q.exec()) {
                error(QStringLiteral("%1: source “%2” refused: %3")
                              .arg(f.where(), key, q.lastError().databaseText()));
                continue;
            }
            m_sourceByKey.insert(key, q.lastInsertId().toLongLong());
        }
        if (!f.errorString().isEmpty())
            error(f.errorString());
    }
}

void AtlasBuilder::readAdmin1(const QString &path)
{
    TsvFile f(path);
    if (!f.open({QStringLiteral("country"), QStringLiteral("admin1"), QStringLiteral("name")})) {
        error(f.errorString());
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO admin1 (country, code, name) VALUES (?, ?, ?)"));
    while (f.next()) {
        q.addBindValue(f.value(QStringLiteral("country")));
        q.addBindValue(f.value(QStringLiteral("admin1")));
        q.addBindValue(f.value(QStringLiteral("name")));
        if (!q.exec())
            error(QStringLiteral("%1: %2").arg(f.where(), q.lastError().databaseText()));
        else
            m_divisions.append({f.value(QStringLiteral("country")), f.value(QStringLiteral("admin1")), QString(),
                                f.value(QStringLiteral("name"))});
    }
    if (!f.errorString().isEmpty())
        error(f.errorString());
}

void AtlasBuilder::readAdmin2(const QString &path)
{
    TsvFile f(path);
    if (!f.open({QStringLiteral("country"), QStringLiteral("admin1"), QStringLiteral("admin2"),
                 QStringLiteral("name")})) {
        error(f.errorString());
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO admin2 (country, admin1, code, name) VALUES (?, ?, ?, ?)"));
    while (f.next()) {
        const Division d{f.value(QStringLiteral("country")), f.value(QStringLiteral("admin1")),
                         f.value(QStringLiteral("admin2")), f.value(QStringLiteral("name"))};
        if (d.admin2.isEmpty()) {
            error(QStringLiteral("%1: no admin2 code").arg(f.where()));
            continue;
        }
        q.addBindValue(d.country);
        q.addBindValue(d.admin1);
        q.addBindValue(d.admin2);
        q.addBindValue(d.name);
        if (!q.exec())
            error(QStringLiteral("%1: %2").arg(f.where(), q.lastError().databaseText()));
        else
            m_divisions.append(d);
    }
    if (!f.errorString().isEmpty())
        error(f.errorString());
}

void AtlasBuilder::noteSeat(const QString &division, int rank, qint64 placeId, qint64 geonameId,
                            const QString &name, double lon, double lat, qint64 population)
{
    Seat &seat = m_seats[division];
    if (rank > seat.rank || (rank == seat.rank && population <= seat.population))
        return;
    seat = Seat{rank, placeId, geonameId, name, lon, lat, population};
}

void AtlasBuilder::writeDivisions()
{
    // A list that names a region or a district ("Hawaii County", "Osh Region") is placed at
    // the division's seat, as a place of kind region or district. GeoNames gives divisions
    // no coordinates of their own in the files we ship; its seats (PPLA, PPLA2) have them.
    if (m_divisions.isEmpty())
        return;
    QSqlQuery source(m_db);
    source.prepare(QStringLiteral("INSERT INTO sources (uid, title, url) VALUES (?, ?, ?)"));
    const QString sourceUid = QStringLiteral("geonames-divisions");
    source.addBindValue(sourceUid);
    source.addBindValue(QStringLiteral("GeoNames: first- and second-level administrative divisions "
                                       "(admin1 and admin2 codes), each at the position of its seat"));
    source.addBindValue(QStringLiteral("https://download.geonames.org/export/dump/"));
    if (!source.exec()) {
        error(QStringLiteral("divisions: %1").arg(source.lastError().databaseText()));
        return;
    }
    const qint64 sourceId = source.lastInsertId().toLongLong();
    m_sourceByKey.insert(sourceUid, sourceId);

    QSqlQuery place(m_db);
    place.prepare(QStringLiteral(
            "INSERT INTO places (id, uid, name, ascii_name, country, admin1, admin2, lat, lon,"
            " population, kind, note, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    for (const Division &d : std::as_const(m_divisions)) {
        const bool second = !d.admin2.isEmpty();
        const QString code = d.country + u'.' + d.admin1 + (second ? u'.' + d.admin2 : QString());
        const auto seat = m_seats.constFind(code);
        if (seat == m_seats.constEnd())
            continue; // no place of the gazetteer lies in it: nowhere to put it
        const QString key = TextFold::key(d.name);
        // A city-state or a province named as its capital is its seat ("Berlin", "Trapani"),
        // and a division the curated places already have is not made twice ("Norfolk").
        if (key.isEmpty() || key == TextFold::key(seat->name) || m_extraKeys.value(d.country).contains(key))
            continue;
        const qint64 id = m_nextPlaceId++;
        const QString uid = (second ? QStringLiteral("adm2:") : QStringLiteral("adm1:")) + code;
        const bool ascii = std::all_of(d.name.cbegin(), d.name.cend(), [](QChar c) { return c.unicode() < 0x80; });
        place.addBindValue(id);
        place.addBindValue(uid);
        place.addBindValue(d.name);
        place.addBindValue(ascii ? d.name : QStringLiteral(""));
        place.addBindValue(d.country);
        place.addBindValue(d.admin1);
        place.addBindValue(second ? d.admin2 : QStringLiteral(""));
        place.addBindValue(seat->lat);
        place.addBindValue(seat->lon);
        place.addBindValue(second ? QStringLiteral("district") : QStringLiteral("region"));
        place.addBindValue(seat->rank == 2 ? QStringLiteral("At the position of its largest place, %1 (GeoNames %2).")
                                                     .arg(seat->name)
                                                     .arg(seat->geonameId)
                                           : QStringLiteral("At the position of its seat, %1 (GeoNames %2).")
                                                     .arg(seat->name)
                                                     .arg(seat->geonameId));
        place.addBindValue(sourceId);
        if (!place.exec()) {
            error(QStringLiteral("division %1 refused: %2").arg(uid, place.lastError().databaseText()));
            continue;
        }
        m_placeByUid.insert(uid, id);
        m_placePosition.insert(id, {seat->lon, seat->lat});
        addNames(id, 0, d.name, QString(), {});
    }
    m_divisions.clear();
    m_seats.clear();
}

void AtlasBuilder::addNames(qint64 placeId, qint64 population, const QString &name,
                            const QString &ascii, const QStringList &alternates)
{
    const QSet<QString> keys = PlaceKeys::nameKeys(name, ascii, alternates);
    for (const QString &k : keys)
        m_search.append({k, population, placeId});
    for (const QString &k : PlaceKeys::wordKeys(name, ascii))
        if (!keys.contains(k))
            m_search.append({k, population, placeId});
    m_placeKeys.insert(placeId, keys);
}

void AtlasBuilder::readGeoNames(const QString &path)
{
    TsvFile f(path);
    if (!f.open({QStringLiteral("geonameid"), QStringLiteral("name"), QStringLiteral("asciiname"),
                 QStringLiteral("lat"), QStringLiteral("lon"), QStringLiteral("feature_code"),
                 QStringLiteral("country"), QStringLiteral("admin1"),
                 QStringLiteral("population"), QStringLiteral("alternatenames")})) {
        error(f.errorString());
        return;
    }
    QSqlQuery place(m_db);
    place.prepare(QStringLiteral(
            "INSERT INTO places (id, uid, geonameid, name, ascii_name, country, admin1, admin2, lat,"
            " lon, population, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery alt(m_db);
    alt.prepare(QStringLiteral("INSERT OR IGNORE INTO alternate_names (place_id, name) VALUES (?, ?)"));
    while (f.next()) {
        bool okId = false, okLat = false, okLon = false;
        const qint64 geonameId = f.value(QStringLiteral("geonameid")).toLongLong(&okId);
        const double lat = f.value(QStringLiteral("lat")).toDouble(&okLat);
        const double lon = f.value(QStringLiteral("lon")).toDouble(&okLon);
        if (!okId || !okLat || !okLon) {
            error(QStringLiteral("%1: malformed id or coordinates").arg(f.where()));
            continue;
        }
        const QString name = f.value(QStringLiteral("name"));
        const QString ascii = f.value(QStringLiteral("asciiname"));
        const qint64 population = f.value(QStringLiteral("population")).toLongLong();
        const qint64 id = m_nextPlaceId++;
        const QString uid = QStringLiteral("gn:%1").arg(geonameId);
        place.addBindValue(id);
        place.addBindValue(uid);
        place.addBindValue(geonameId);
        place.addBindValue(name);
        place.addBindValue(ascii);
        const QString country = f.value(QStringLiteral("country"));
        const QString admin1 = f.value(QStringLiteral("admin1"));
        const QString admin2 = f.value(QStringLiteral("admin2"));
        const QString featureCode = f.value(QStringLiteral("feature_code"));
        place.addBindValue(country);
        place.addBindValue(admin1);
        place.addBindValue(admin2.isNull() ? QStringLiteral("") : admin2); // a file without the column
        place.addBindValue(lat);
        place.addBindValue(lon);
        place.addBindValue(population);
        place.addBindValue(placeKindForGeoNames(featureCode, population));
        if (!place.exec()) {
            error(QStringLiteral("%1: place %2 refused: %3")
                          .arg(f.where(), uid, place.lastError().databaseText()));
            continue;
        }
        if (!admin1.isEmpty()) {
            // Seats: PPLA of a first-level division (the capital where it is one), PPLA2 of a
            // second-level one, else the seat above it or the largest place in it.
            const bool capital = featureCode == QLatin1String("PPLC");
            const bool seat1 = featureCode == QLatin1String("PPLA");
            const QString a1 = country + u'.' + admin1;
            noteSeat(a1, seat1 ? 0 : capital ? 1 : 2, id, geonameId, name, lon, lat, population);
            if (!admin2.isEmpty())
                noteSeat(a1 + u'.' + admin2, featureCode == QLatin1String("PPLA2") ? 0 : seat1 || capital ? 1 : 2,
                         id, geonameId, name, lon, lat, population);
        }
        m_placeByUid.insert(uid, id);
        m_placePosition.insert(id, {lon, lat});
        QStringList alternates;
        const QStringList cells = f.value(QStringLiteral("alternatenames")).split(QLatin1Char(','));
        for (const QString &cell : cells) {
            const QString a = cell.trimmed();
            if (a.isEmpty() || a == name || alternates.contains(a))
                continue;
            alternates << a;
            alt.addBindValue(id);
            alt.addBindValue(a);
            alt.exec();
        }
        addNames(id, population, name, ascii, alternates);
    }
    if (!f.errorString().isEmpty())
        error(f.errorString());
}

qint64 AtlasBuilder::sourceForPlaceReference(const QString &reference, const QString &where)
{
    if (m_sourceByKey.contains(reference))
        return m_sourceByKey.value(reference);
    if (!reference.startsWith(QLatin1String("gn:"))) {
        error(QStringLiteral("%1: unknown source “%2”").arg(where, reference));
        return 0;
    }
    const qint64 placeId = m_placeByUid.value(reference);
    if (!placeId) {
        error(QStringLiteral("%1: the coordinate source %2 is not a GeoNames place of the gazetteer")
                      .arg(where, reference));
        return 0;
    }
    // "At the position of GeoNames place N": a source row pointing at that GeoNames record.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, country FROM places WHERE id = ?"));
    q.addBindValue(placeId);
    QString title = reference;
    SqlFailure failure;
    if (SqlRead::first(q, &failure))
        title = QStringLiteral("GeoNames: %1 (%2), position").arg(q.value(0).toString(), q.value(1).toString());
    else if (failure)
        error(QStringLiteral("%1: %2").arg(where, failure.sqliteText()));
    q.prepare(QStringLiteral("INSERT INTO sources (uid, title, url) VALUES (?, ?, ?)"));
    q.addBindValue(reference);
    q.addBindValue(title);
    q.addBindValue(QStringLiteral("https://www.geonames.org/%1").arg(reference.mid(3)));
    if (!q.exec()) {
        error(QStringLiteral("%1: %2").arg(where, q.lastError().databaseText()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    m_sourceByKey.insert(reference, id);
    return id;
}

void AtlasBuilder::readExtraPlaces(const QStringList &files)
{
    QSqlQuery place(m_db);
    place.prepare(QStringLiteral(
            "INSERT INTO places (id, uid, name, ascii_name, country, admin1, lat, lon, population,"
            " kind, note, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery alt(m_db);
    alt.prepare(QStringLiteral("INSERT OR IGNORE INTO alternate_names (place_id, name) VALUES (?, ?)"));
    for (const QString &path : files) {
        TsvFile f(path);
        if (!f.open({QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("asciiname"),
                     QStringLiteral("country"), QStringLiteral("admin1"), QStringLiteral("lat"),
                     QStringLiteral("lon"), QStringLiteral("population"), QStringLiteral("kind"),
                     QStringLiteral("alternatenames"), QStringLiteral("source"),
                     QStringLiteral("note")})) {
            error(f.errorString());
            continue;
        }
        while (f.next()) {
            const QString key = f.value(QStringLiteral("key"));
            bool okLat = false, okLon = false;
            const double lat = f.value(QStringLiteral("lat")).toDouble(&okLat);
            const double lon = f.value(QStringLiteral("lon")).toDouble(&okLon);
            if (!key.startsWith(QLatin1String("x:"))) {
                error(QStringLiteral("%1: an extra place's key must start with “x:”, not “%2”")
                              .arg(f.where(), key));
                continue;
            }
            if (!okLat || !okLon) {
                error(QStringLiteral("%1: malformed coordinates for %2").arg(f.where(), key));
                continue;
            }
            if (const qint64 existing = m_placeByUid.value(key)) {
                const auto pos = m_placePosition.value(existing);
                if (Geodesy::distanceMeters({pos.first, pos.second}, {lon, lat}) > 1000)
                    error(QStringLiteral("%1: %2 is defined again more than 1 km away from its "
                                         "first definition")
                                  .arg(f.where(), key));
                continue;
            }
            const qint64 sourceId = sourceForPlaceReference(f.value(QStringLiteral("source")), f.where());
            if (!sourceId)
                continue;
            const QString name = f.value(QStringLiteral("name"));
            const QString ascii = f.value(QStringLiteral("asciiname"));
            const qint64 population = f.value(QStringLiteral("population")).toLongLong();
            const qint64 id = m_nextPlaceId++;
            place.addBindValue(id);
            place.addBindValue(key);
            place.addBindValue(name);
            place.addBindValue(ascii);
            place.addBindValue(f.value(QStringLiteral("country")));
            place.addBindValue(f.value(QStringLiteral("admin1")));
            place.addBindValue(lat);
            place.addBindValue(lon);
            place.addBindValue(population);
            place.addBindValue(f.value(QStringLiteral("kind")));
            place.addBindValue(f.value(QStringLiteral("note")));
            place.addBindValue(sourceId);
            if (!place.exec()) {
                error(QStringLiteral("%1: place %2 refused: %3")
                              .arg(f.where(), key, place.lastError().databaseText()));
                continue;
            }
            m_placeByUid.insert(key, id);
            m_placePosition.insert(id, {lon, lat});
            QSet<QString> &extraKeys = m_extraKeys[f.value(QStringLiteral("country"))];
            extraKeys.insert(TextFold::key(name));
            QStringList alternates;
            for (const QString &cell : f.value(QStringLiteral("alternatenames")).split(QLatin1Char(','))) {
                const QString a = cell.trimmed();
                if (!a.isEmpty())
                    extraKeys.insert(TextFold::key(a));
                if (a.isEmpty() || a == name || alternates.contains(a))
                    continue;
                alternates << a;
                alt.addBindValue(id);
                alt.addBindValue(a);
                alt.exec();
            }
            addNames(id, population, name, ascii, alternates);
        }
        if (!f.errorString().isEmpty())
            error(f.errorString());
    }
}

bool AtlasBuilder::nameMatches(qint64 placeId, const QString &name) const
{
    const QSet<QString> keys = m_placeKeys.value(placeId);
    for (const QString &k : TextFold::keyVariants(name))
        if (keys.contains(k))
            return true;
    return false;
}

QVector<qint64> AtlasBuilder::sourceList(const QString &cell, const QString &where)
{
    QVector<qint64> ids;
    for (const QString &part : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (!m_sourceByKey.contains(key)) {
            error(QStringLiteral("%1: unknown source “%2”").arg(where, key));
            continue;
        }
        if (!ids.contains(m_sourceByKey.value(key)))
            ids << m_sourceByKey.value(key);
    }
    if (ids.isEmpty())
        error(QStringLiteral("%1: every row needs at least one source").arg(where));
    return ids;
}

void AtlasBuilder::readPartnerships(const QStringList &files)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
            "INSERT INTO partnerships (uid, place_a, place_b, kind, status, start_date, end_date,"
            " note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO partnership_sources (partnership_id, source_id) VALUES (?, ?)"));
    for (const QString &path : files) {
        TsvFile f(path);
        if (!f.open({QStringLiteral("key"), QStringLiteral("place_a"), QStringLiteral("name_a"),
                     QStringLiteral("place_b"), QStringLiteral("name_b"), QStringLiteral("kind"),
                     QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("end"),
                     QStringLiteral("sources"), QStringLiteral("note")})) {
            error(f.errorString());
            continue;
        }
        while (f.next()) {
            const QString key = f.value(QStringLiteral("key"));
            const QString where = f.where();
            if (key.isEmpty() || m_partnershipByKey.contains(key)) {
                error(QStringLiteral("%1: the partnership key “%2” is empty or used twice").arg(where, key));
                continue;
            }
            qint64 ends[2] = {0, 0};
            bool ok = true;
            for (int i = 0; i < 2; ++i) {
                const QString side = i ? QStringLiteral("b") : QStringLiteral("a");
                const QString ref = f.value(QStringLiteral("place_") + side);
                const QString name = f.value(QStringLiteral("name_") + side);
                ends[i] = m_placeByUid.value(ref);
                if (!ends[i]) {
                    ok = error(QStringLiteral("%1: place %2 (“%3”) is not in the gazetteer")
                                       .arg(where, ref, name));
                } else if (!nameMatches(ends[i], name)) {
                    ok = error(QStringLiteral("%1: “%2” is not a name of place %3")
                                       .arg(where, name, ref));
                }
            }
            const QString kind = f.value(QStringLiteral("kind"));
            const QString status = f.value(QStringLiteral("status"));
            if (!AtlasSchema::partnershipKinds().contains(kind))
                ok = error(QStringLiteral("%1: unknown kind “%2”").arg(where, kind));
            if (!AtlasSchema::partnershipStatuses().contains(status))
                ok = error(QStringLiteral("%1: unknown status “%2”").arg(where, status));
            const QString start = f.value(QStringLiteral("start"));
            const QString end = f.value(QStringLiteral("end"));
            for (const QString &d : {start, end}) {
                if (!d.isEmpty() && !PartialDate::fromIso(d).isValid())
                    ok = error(QStringLiteral("%1: %2").arg(where, PartialDate::fromIso(d).errorString()));
            }
            const QVector<qint64> sources = sourceList(f.value(QStringLiteral("sources")), where);
            if (!ok || sources.isEmpty())
                continue;
            insert.addBindValue(key);
            insert.addBindValue(ends[0]);
            insert.addBindValue(ends[1]);
            insert.addBindValue(kind);
            insert.addBindValue(status);
            insert.addBindValue(nullIfEmpty(start));
            insert.addBindValue(nullIfEmpty(end));
            insert.addBindValue(f.value(QStringLiteral("note")));
            if (!insert.exec()) {
                const QString why = insert.lastError().databaseText();
                error(QStringLiteral("%1: partnership “%2” refused: %3")
                              .arg(where, key,
                                   why.contains(QLatin1String("UNIQUE"))
                                           ? QStringLiteral("the same pair and kind is already entered")
                                           : why));
                continue;
            }
            const qint64 id = insert.lastInsertId().toLongLong();
            m_partnershipByKey.insert(key, id);
            for (qint64 s : sources) {
                link.addBindValue(id);
                link.addBindValue(s);
                if (!link.exec())
                    error(QStringLiteral("%1: %2").arg(where, link.lastError().databaseText()));
            }
        }
        if (!f.errorString().isEmpty())
            error(f.errorString());
    }
}

void AtlasBuilder::readEvents(const QStringList &files)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO events (uid, partnership_id, date, type, description)"
                                  " VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO event_sources (event_id, source_id) VALUES (?, ?)"));
    QHash<QString, int> occurrences; // of each partnership, date and type
    for (const QString &path : files) {
        TsvFile f(path);
        if (!f.open({QStringLiteral("partnership"), QStringLiteral("date"), QStringLiteral("type"),
                     QStringLiteral("description"), QStringLiteral("sources")})) {
            error(f.errorString());
            continue;
        }
        while (f.next()) {
            const QString where = f.where();
            const QString key = f.value(QStringLiteral("partnership"));
            const qint64 partnershipId = m_partnershipByKey.value(key);
            bool ok = true;
            if (!partnershipId)
                ok = error(QStringLiteral("%1: no partnership “%2”").arg(where, key));
            const QString type = f.value(QStringLiteral("type"));
            if (!AtlasSchema::eventTypes().contains(type))
                ok = error(QStringLiteral("%1: unknown event type “%2”").arg(where, type));
            const PartialDate date = PartialDate::fromIso(f.value(QStringLiteral("date")));
            if (!date.isValid())
                ok = error(QStringLiteral("%1: %2").arg(where, date.errorString()));
            const QVector<qint64> sources = sourceList(f.value(QStringLiteral("sources")), where);
            if (!ok || sources.isEmpty())
                continue;
            const QString base = AtlasSchema::eventUid(key, date.toIso(), type, 1);
            insert.addBindValue(AtlasSchema::eventUid(key, date.toIso(), type, ++occurrences[base]));
            insert.addBindValue(partnershipId);
            insert.addBindValue(date.toIso());
            insert.addBindValue(type);
            insert.addBindValue(f.value(QStringLiteral("description")));
            if (!insert.exec()) {
                error(QStringLiteral("%1: event refused: %2").arg(where, insert.lastError().databaseText()));
                continue;
            }
            const qint64 id = insert.lastInsertId().toLongLong();
            for (qint64 s : sources) {
                link.addBindValue(id);
                link.addBindValue(s);
                link.exec();
            }
        }
        if (!f.errorString().isEmpty())
            error(f.errorString());
    }
}

void AtlasBuilder::stampDataVersion()
{
    // Every row records the data version it came from, so that an update can tell the user
    // what changed and the detail pane can say where a fact comes from.
    for (const char *table : {"places", "partnerships", "events", "sources"}) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET data_version = ?").arg(QLatin1String(table)));
        q.addBindValue(m_dataVersion);
        if (!q.exec())
            error(QStringLiteral("%1: %2").arg(QLatin1String(table), q.lastError().text()));
    }
}

void AtlasBuilder::writeSearchIndex()
{
    std::sort(m_search.begin(), m_search.end(), [](const SearchEntry &a, const SearchEntry &b) {
        const int c = QString::compare(a.key, b.key);
        return c != 0 ? c < 0 : a.placeId < b.placeId;
    });
    QSqlQuery keys(m_db);
    keys.prepare(QStringLiteral("INSERT OR IGNORE INTO search_keys (key, place_id) VALUES (?, ?)"));
    for (const SearchEntry &e : std::as_const(m_search)) {
        keys.addBindValue(e.key);
        keys.addBindValue(e.placeId);
        keys.exec();
    }

    // For every prefix with many entries, its best places by population. Entries are sorted by
    // key, so the entries sharing a prefix are one contiguous range; large ranges are split by
    // their next character, recursively.
    QSqlQuery top(m_db);
    top.prepare(QStringLiteral("INSERT INTO search_top (prefix, rank, place_id) VALUES (?, ?, ?)"));
    struct Range { int lo, hi, depth; };
    QVector<Range> stack{{0, int(m_search.size()), 0}};
    QVector<const SearchEntry *> ranked;
    while (!stack.isEmpty()) {
        const Range r = stack.takeLast();
        int i = r.lo;
        while (i < r.hi) {
            if (m_search.at(i).key.size() <= r.depth) {
                ++i;
                continue;
            }
            const QString prefix = m_search.at(i).key.left(r.depth + 1);
            int j = i;
            while (j < r.hi && m_search.at(j).key.startsWith(prefix))
                ++j;
            if (j - i > searchTopThreshold) {
                ranked.clear();
                for (int k = i; k < j; ++k)
                    ranked << &m_search.at(k);
                std::sort(ranked.begin(), ranked.end(), [](const SearchEntry *a, const SearchEntry *b) {
                    return a->population != b->population ? a->population > b->population
                                                           : a->placeId < b->placeId;
                });
                QSet<qint64> seen;
                int rank = 0;
                for (const SearchEntry *e : std::as_const(ranked)) {
                    if (seen.contains(e->placeId))
                        continue;
                    seen.insert(e->placeId);
                    top.addBindValue(prefix);
                    top.addBindValue(rank++);
                    top.addBindValue(e->placeId);
                    top.exec();
                    if (rank == searchTopSize)
                        break;
                }
                stack.append({i, j, r.depth + 1});
            }
            i = j;
        }
    }
}

// Names of places by language (place_names): GeoNames' where a language is known, CLDR's city
// names from ICU, then the curated ones; each stronger origin replaces a weaker one for the same
// place and language. Every such name is a search key of its place too.
void AtlasBuilder::readPlaceNames(const QString &gazetteerDir)
{
    for (const QString &file : filesIn(gazetteerDir, QStringLiteral("names-geonames*.tsv*")))
        readGeoNamesPlaceNames(file);
    addCldrPlaceNames();
    for (const QString &file : filesIn(gazetteerDir, QStringLiteral("names-curated*.tsv")))
        readCuratedPlaceNames(file);
    addPlaceNameKeys();
}

bool AtlasBuilder::setPlaceName(qint64 placeId, const QString &lang, const QString &name,
                                const QString &origin, const QString &where)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO place_names (place_id, lang, name, origin)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (place_id, lang) DO UPDATE"
                             " SET name = excluded.name, origin = excluded.origin WHERE %1 >= %2")
                      .arg(AtlasSchema::placeNameStrength(QStringLiteral("excluded.origin")),
                           AtlasSchema::placeNameStrength(QStringLiteral("place_names.origin"))));
    q.addBindValue(placeId);
    q.addBindValue(lang);
    q.addBindValue(name);
    q.addBindValue(origin);
    if (q.exec())
        return true;
    return error(QStringLiteral("%1: the name “%2” (%3) is refused: %4")
                         .arg(where, name, lang, q.lastError().databaseText()));
}

void AtlasBuilder::readGeoNamesPlaceNames(const QString &path)
{
    TsvFile f(path);
    if (!f.open({QStringLiteral("geonameid"), QStringLiteral("lang"), QStringLiteral("name")})) {
        error(f.errorString());
        return;
    }
    while (f.next()) {
        const QString uid = QStringLiteral("gn:") + f.value(QStringLiteral("geonameid"));
        const qint64 placeId = m_placeByUid.value(uid);
        if (!placeId) {
            error(QStringLiteral("%1: %2 is not a place of the gazetteer").arg(f.where(), uid));
            continue;
        }
        const QString lang = f.value(QStringLiteral("lang"));
        if (setPlaceName(placeId, lang, f.value(QStringLiteral("name")), QStringLiteral("geonames"),
                         f.where()))
            m_nameLanguages.insert(lang);
    }
    if (!f.errorString().isEmpty())
        error(f.errorString());
}

void AtlasBuilder::addCldrPlaceNames()
{
    // A zone's exemplar city is the largest place of the zone's country that has the city's
    // English name among its names: "Europe/Warsaw" is Warsaw, PL, not Warsaw, Indiana.
    QList<QString> languages(m_nameLanguages.begin(), m_nameLanguages.end());
    std::sort(languages.begin(), languages.end());
    QHash<QString, QVector<CldrCityNames::City>> citiesByLanguage;
    QSet<QString> wanted;
    for (const QString &lang : std::as_const(languages)) {
        citiesByLanguage.insert(lang, CldrCityNames::cities(lang));
        for (const CldrCityNames::City &city : citiesByLanguage.value(lang))
            wanted.insert(TextFold::key(city.englishName));
    }
    QHash<QString, QVector<const SearchEntry *>> candidates;
    for (const SearchEntry &e : std::as_const(m_search))
        if (wanted.contains(e.key))
            candidates[e.key] << &e;
    QSqlQuery place(m_db);
    place.prepare(QStringLiteral("SELECT country, name FROM places WHERE id = ?"));
    QHash<QString, QPair<qint64, QString>> placeOfZone; // id and main name
    for (const QString &lang : std::as_const(languages)) {
        for (const CldrCityNames::City &city : citiesByLanguage.value(lang)) {
            if (!placeOfZone.contains(city.zone)) {
                QPair<qint64, QString> best{0, QString()};
                qint64 bestPopulation = -1;
                for (const SearchEntry *e : candidates.value(TextFold::key(city.englishName))) {
                    place.addBindValue(e->placeId);
                    if (!place.exec() || !place.next()) {
                        error(QStringLiteral("CLDR %1: place %2 unreadable").arg(city.zone).arg(e->placeId));
                        continue;
                    }
                    if (place.value(0).toString() == city.country && e->population > bestPopulation) {
                        bestPopulation = e->population;
                        best = {e->placeId, place.value(1).toString()};
                    }
                    place.finish();
                }
                placeOfZone.insert(city.zone, best);
            }
            const auto [placeId, mainName] = placeOfZone.value(city.zone);
            if (placeId && !isRespelling(city.name, mainName))
                setPlaceName(placeId, lang, city.name, QStringLiteral("cldr"),
                             QStringLiteral("CLDR %1 (%2)").arg(city.zone, lang));
        }
    }
}

void AtlasBuilder::readCuratedPlaceNames(const QString &path)
{
    TsvFile f(path);
    if (!f.open({QStringLiteral("place"), QStringLiteral("lang"), QStringLiteral("name"),
                 QStringLiteral("source"), QStringLiteral("note")})) {
        error(f.errorString());
        return;
    }
    while (f.next()) {
        const QString uid = f.value(QStringLiteral("place"));
        const qint64 placeId = m_placeByUid.value(uid);
        const QString source = f.value(QStringLiteral("source"));
        if (!placeId)
            error(QStringLiteral("%1: %2 is not a place of the gazetteer").arg(f.where(), uid));
        else if (!source.startsWith(QLatin1String("https://")) && !source.startsWith(QLatin1String("http://")))
            error(QStringLiteral("%1: the name needs the address of a document that gives it").arg(f.where()));
        else
            setPlaceName(placeId, f.value(QStringLiteral("lang")), f.value(QStringLiteral("name")),
                         QStringLiteral("curated"), f.where());
    }
    if (!f.errorString().isEmpty())
        error(f.errorString());
}

void AtlasBuilder::addPlaceNameKeys()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT n.place_id, n.name, p.population, p.name, p.ascii_name"
                               " FROM place_names n JOIN places p ON p.id = n.place_id"))) {
        error(QStringLiteral("place_names: %1").arg(q.lastError().text()));
        return;
    }
    while (q.next()) {
        const qint64 placeId = q.value(0).toLongLong();
        const qint64 population = q.value(2).toLongLong();
        // Only keys the place has not got yet, so that no prefix counts a place twice.
        QSet<QString> &keys = m_placeKeys[placeId];
        const QSet<QString> words = PlaceKeys::wordKeys(q.value(3).toString(), q.value(4).toString());
        for (const QString &k : PlaceKeys::nameKeys(QString(), QString(), {q.value(1).toString()})) {
            if (keys.contains(k) || words.contains(k))
                continue;
            keys.insert(k);
            m_search.append({k, population, placeId});
        }
    }
}

} // namespace twinatlas
