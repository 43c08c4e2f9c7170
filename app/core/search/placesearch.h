// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlfailure.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

namespace twinatlas {

/** One search result: a place and what the list shows of it. */
struct SearchHit
{
    qint64 placeId = 0;
    QString name;
    QString country;
    qint64 population = 0;
    bool exact = false; ///< the whole query is one of the place's names
};

/**
 * Prefix search over every place's name and alternate names, case- and diacritics-insensitive
 * (TextFold), exact names first, then by population. A keystroke reads at most a few hundred
 * index rows: prefixes with more matches than that have their best places precomputed in
 * search_top by the builder.
 */
class PlaceSearch
{
public:
    explicit PlaceSearch(QSqlDatabase db);

    QVector<SearchHit> search(const QString &text, int limit = 50);

    /**
     * The names nearest to a text that matched nothing: the longest prefix of it that matches
     * something, ranked by edit distance to the text. For "did you mean" messages.
     */
    QVector<SearchHit> closestMatches(const QString &text, int limit = 5);

    /** The first search whose read failed (a damaged index page): its hits were not all. */
    SqlFailure failure() const { return m_failure; }

private:
    QVector<SearchHit> hitsFor(QSqlQuery &query, bool exact);

    QSqlDatabase m_db;
    QSqlQuery m_exact;
    QSqlQuery m_top;
    QSqlQuery m_range;
    SqlFailure m_failure;
};

} // namespace twinatlas
