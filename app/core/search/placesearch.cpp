// SPDX-License-Identifier: GPL-3.0-or-later
#include "placesearch.h"

#include "textfold.h"
#include "db/sqlread.h"

#include "io/countryresolver.h"
#include "io/placetext.h"

#include <QRegularExpression>
#include <QSet>
#include <QVariant>
#include <algorithm>

namespace twinatlas {

namespace {

// Greater than every character a key can hold, so [key, key + this) is the prefix range.
const QString &prefixEnd()
{
    static const QString end = QString::fromUcs4(U"\U0010FFFF");
    return end;
}

int editDistance(const QString &a, const QString &b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                               diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/** Whether a folded name matches a folded query: it, or one of its words, starts with it. */
bool matches(const QString &name, const QString &key)
{
    if (name.startsWith(key))
        return true;
    for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1))
        if (QStringView(name).mid(i + 1).startsWith(key))
            return true;
    return false;
}

/** Among equally good matches, places with partnerships first, then the larger. */
bool ranksBefore(const SearchHit &a, const SearchHit &b)
{
    if ((a.partners > 0) != (b.partners > 0))
        return a.partners > 0;
    if (a.population != b.population)
        return a.population > b.population;
    return a.placeId < b.placeId;
}

} // namespace

PlaceSearch::PlaceSearch(QSqlDatabase db, const QString &language)
    : m_db(std::move(db)), m_exact(m_db), m_top(m_db), m_range(m_db), m_alternates(m_db), m_named(m_db)
{
    const QString columns = QStringLiteral(
            "p.id, %1, p.country, p.population, p.kind, p.admin1, p.admin2, p.lon, p.lat,"
            " coalesce((SELECT a.name FROM admin1 a WHERE a.country = p.country AND a.code = p.admin1), ''),"
            " (SELECT count(*) FROM partnerships t WHERE t.place_a = p.id)"
            " + (SELECT count(*) FROM partnerships t WHERE t.place_b = p.id)")
            .arg(AtlasReader::displayNameSql(QStringLiteral("p"), language));
    m_exact.prepare(QStringLiteral("SELECT %1 FROM search_keys k JOIN places p ON p.id = k.place_id"
                                   " WHERE k.key = ? ORDER BY p.population DESC, p.id LIMIT ?")
                            .arg(columns));
    m_top.prepare(QStringLiteral("SELECT %1 FROM search_top t JOIN places p ON p.id = t.place_id"
                                 " WHERE t.prefix = ? ORDER BY t.rank LIMIT ?")
                          .arg(columns));
    m_range.prepare(QStringLiteral("SELECT %1 FROM places p WHERE p.id IN"
                                   " (SELECT place_id FROM search_keys WHERE key >= ? AND key < ?)"
                                   " ORDER BY p.population DESC, p.id LIMIT ?")
                            .arg(columns));
    // The place's stored name first (a local name such as Gaillimh, when the shown one is
    // Galway), then its names by language, then its alternate names.
    m_alternates.prepare(QStringLiteral("SELECT name FROM places WHERE id = ?"
                                        " UNION ALL SELECT name FROM (SELECT name FROM place_names"
                                        "   WHERE place_id = ? ORDER BY lang)"
                                        " UNION ALL SELECT name FROM (SELECT name FROM alternate_names"
                                        "   WHERE place_id = ? ORDER BY name)"));
    m_named.prepare(QStringLiteral("SELECT p.lon, p.lat, p.population FROM search_keys k"
                                   " JOIN places p ON p.id = k.place_id WHERE k.key = ?"));
}

PlaceSearch::~PlaceSearch() = default;

QVector<SearchHit> PlaceSearch::hitsFor(QSqlQuery &query, bool exact)
{
    QVector<SearchHit> hits;
    SqlFailure failure;
    const bool read = SqlRead::forEach(query, &failure, [&] {
        SearchHit h;
        h.placeId = query.value(0).toLongLong();
        h.name = query.value(1).toString();
        h.country = query.value(2).toString();
        h.population = query.value(3).toLongLong();
        h.kind = query.value(4).toString();
        h.exact = exact;
        h.region = query.value(9).toString();
        h.partners = query.value(10).toInt();
        m_where.insert(h.placeId, QualifiedPlace{h.country, query.value(5).toString(), query.value(6).toString(),
                                                 LonLat{query.value(7).toDouble(), query.value(8).toDouble()}});
        hits << h;
    });
    if (!read)
        keep(failure);
    return read ? hits : QVector<SearchHit>();
}

QString PlaceSearch::alsoCalled(qint64 placeId, const QString &name, const QString &text)
{
    // The name before a comma or bracket is what was searched for.
    QString searched = text;
    if (searched.contains(u',') || searched.contains(u'('))
        searched = PlaceText::split(searched).name;
    const QString key = TextFold::key(searched);
    if (key.isEmpty() || matches(TextFold::key(name), key))
        return {};
    for (int i = 0; i < 3; ++i)
        m_alternates.addBindValue(placeId);
    SqlFailure failure;
    if (!SqlRead::exec(m_alternates, &failure)) {
        keep(failure);
        return {};
    }
    QString found;
    while (m_alternates.next()) {
        const QString alternate = m_alternates.value(0).toString();
        const QString folded = TextFold::key(alternate);
        if (folded == key) {
            found = alternate;
            break;
        }
        if (found.isEmpty() && matches(folded, key))
            found = alternate;
    }
    if (found.isEmpty() && !SqlRead::ended(m_alternates, &failure))
        keep(failure);
    m_alternates.finish();
    return found;
}

void PlaceSearch::keep(const SqlFailure &failure)
{
    if (failure && !m_failure)
        m_failure = failure;
}

QVector<SearchHit> PlaceSearch::plainSearch(const QString &text, int limit, bool exactOnly)
{
    const QString key = TextFold::key(text);
    if (key.isEmpty() || limit <= 0)
        return {};
    m_exact.addBindValue(key);
    m_exact.addBindValue(limit);
    QVector<SearchHit> hits = hitsFor(m_exact, true);
    std::stable_sort(hits.begin(), hits.end(), ranksBefore);
    if (exactOnly)
        return hits;

    m_top.addBindValue(key);
    m_top.addBindValue(limit);
    QVector<SearchHit> prefixHits = hitsFor(m_top, false);
    if (prefixHits.isEmpty()) {
        m_range.addBindValue(key);
        m_range.addBindValue(key + prefixEnd());
        m_range.addBindValue(limit);
        prefixHits = hitsFor(m_range, false);
    }
    std::stable_sort(prefixHits.begin(), prefixHits.end(), ranksBefore);
    QSet<qint64> seen;
    for (const SearchHit &h : std::as_const(hits))
        seen.insert(h.placeId);
    for (const SearchHit &h : std::as_const(prefixHits)) {
        if (hits.size() >= limit)
            break;
        if (!seen.contains(h.placeId)) {
            seen.insert(h.placeId);
            hits << h;
        }
    }
    return hits;
}

const PlaceQualifier &PlaceSearch::qualifier()
{
    if (m_qualifier)
        return *m_qualifier;
    CountryResolver::Admin1Names admin1;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    SqlFailure failure;
    q.prepare(QStringLiteral("SELECT country, code, name FROM admin1"));
    if (!SqlRead::forEach(q, &failure, [&] {
               admin1.insert(q.value(0).toString() + u'.' + q.value(1).toString(), q.value(2).toString());
           }))
        keep(failure);
    q.prepare(QStringLiteral("SELECT country, admin1, code, name FROM admin2"));
    if (!SqlRead::forEach(q, &failure, [&] {
               const DistrictRef d{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
               for (const QString &k : PlaceQualifier::districtKeys(q.value(3).toString()))
                   m_districts[k].append(d);
           }))
        keep(failure);
    m_countries = CountryResolver::shared(admin1);
    PlaceQualifier::Lookup lookup;
    lookup.districtsNamed = [this](const QString &key) { return m_districts.value(key); };
    lookup.placesNamed = [this](const QString &key) {
        QVector<PlaceQualifier::Anchor> anchors;
        m_named.addBindValue(key);
        SqlFailure failure;
        if (!SqlRead::forEach(m_named, &failure, [&] {
                   anchors.append({LonLat{m_named.value(0).toDouble(), m_named.value(1).toDouble()},
                                   m_named.value(2).toLongLong()});
               }))
            keep(failure);
        m_named.finish();
        return anchors;
    };
    m_qualifier = std::make_unique<PlaceQualifier>(*m_countries, lookup);
    return *m_qualifier;
}

QVector<SearchHit> PlaceSearch::search(const QString &text, int limit)
{
    m_where.clear();
    const QString trimmed = text.trimmed();
    // What is written beside the name: after a comma, in brackets, or a code at the end.
    QString name;
    QStringList qualifiers;
    static const QRegularExpression trailingCode(QStringLiteral("\\s[A-Z]{2,3}$"));
    if (trimmed.contains(u',') || trimmed.contains(u'(')) {
        const PlaceText::Parts parts = PlaceText::split(trimmed);
        name = parts.name;
        qualifiers = parts.qualifiers;
    } else if (trailingCode.match(trimmed).hasMatch()) {
        const QString code = qualifier().trailingCode(trimmed, &name);
        if (!code.isEmpty())
            qualifiers << code;
    }
    if (qualifiers.isEmpty() || TextFold::key(name).isEmpty())
        return plainSearch(trimmed, limit);

    const PlaceQualifier &rule = qualifier();
    QVector<PlaceQualifier::Meaning> meanings;
    for (const QString &q : std::as_const(qualifiers))
        meanings << rule.understand(q);
    // Every namesake, whole names first: "Springfield, Illinois" is one of forty Springfields.
    QVector<SearchHit> hits = plainSearch(name, 1000, true);
    if (hits.isEmpty())
        hits = plainSearch(name, 200);
    for (SearchHit &h : hits) {
        double score = 0;
        for (const PlaceQualifier::Meaning &m : std::as_const(meanings))
            score += PlaceQualifier::score(m, m_where.value(h.placeId));
        h.qualifierScore = score;
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.qualifierScore > b.qualifierScore;
    });
    QVector<SearchHit> fitting;
    for (const SearchHit &h : std::as_const(hits))
        if (h.qualifierScore > 0 && h.qualifierScore >= hits.first().qualifierScore && fitting.size() < limit)
            fitting << h;
    if (fitting.isEmpty()) {
        // Nothing fits: the namesakes, for the list to show and `query` to refuse.
        hits.resize(std::min<qsizetype>(hits.size(), limit));
        return hits;
    }
    return fitting;
}

QVector<SearchHit> PlaceSearch::closestMatches(const QString &text, int limit)
{
    const QString key = TextFold::key(text);
    for (int length = key.size() - 1; length >= 2; --length) {
        QVector<SearchHit> hits = plainSearch(key.left(length), 50);
        if (hits.isEmpty())
            continue;
        std::stable_sort(hits.begin(), hits.end(), [&key](const SearchHit &a, const SearchHit &b) {
            return editDistance(TextFold::key(a.name), key) < editDistance(TextFold::key(b.name), key);
        });
        hits.resize(std::min<int>(limit, hits.size()));
        return hits;
    }
    return {};
}

} // namespace twinatlas
