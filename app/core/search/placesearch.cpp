// SPDX-License-Identifier: GPL-3.0-or-later
#include "placesearch.h"

#include "textfold.h"
#include "db/sqlread.h"

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

} // namespace

PlaceSearch::PlaceSearch(QSqlDatabase db) : m_db(std::move(db)), m_exact(m_db), m_top(m_db), m_range(m_db)
{
    const QString columns = QStringLiteral("p.id, p.name, p.country, p.population");
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
}

QVector<SearchHit> PlaceSearch::hitsFor(QSqlQuery &query, bool exact)
{
    QVector<SearchHit> hits;
    SqlFailure failure;
    const bool read = SqlRead::forEach(query, &failure, [&] {
        hits << SearchHit{query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toLongLong(), exact};
    });
    if (!read && !m_failure)
        m_failure = failure;
    return read ? hits : QVector<SearchHit>();
}

QVector<SearchHit> PlaceSearch::search(const QString &text, int limit)
{
    const QString key = TextFold::key(text);
    if (key.isEmpty() || limit <= 0)
        return {};
    m_exact.addBindValue(key);
    m_exact.addBindValue(limit);
    QVector<SearchHit> hits = hitsFor(m_exact, true);

    m_top.addBindValue(key);
    m_top.addBindValue(limit);
    QVector<SearchHit> prefixHits = hitsFor(m_top, false);
    if (prefixHits.isEmpty()) {
        m_range.addBindValue(key);
        m_range.addBindValue(key + prefixEnd());
        m_range.addBindValue(limit);
        prefixHits = hitsFor(m_range, false);
    }
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

QVector<SearchHit> PlaceSearch::closestMatches(const QString &text, int limit)
{
    const QString key = TextFold::key(text);
    for (int length = key.size() - 1; length >= 2; --length) {
        QVector<SearchHit> hits = search(key.left(length), 50);
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
