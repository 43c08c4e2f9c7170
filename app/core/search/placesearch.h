// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"
#include "db/sqlfailure.h"
#include "io/placequalifier.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <memory>

namespace twinatlas {

class CountryResolver;

/** One search result: a place and what the list shows of it. */
struct SearchHit
{
    qint64 placeId = 0;
    QString name; ///< in the search's language where the atlas knows it (AtlasReader)
    QString country;
    qint64 population = 0;
    bool exact = false; ///< the whole query is one of the place's names
    QString region;     ///< the first-level division's name (state, province), or empty
    QString kind;
    int partners = 0;   ///< partnerships in the atlas
    /** How well it fits what was written beside the name (-1: nothing was; 0: it does not). */
    double qualifierScore = -1;
};

/**
 * Prefix search over every place's name and alternate names, case- and diacritics-insensitive
 * (TextFold): exact names first, then the rest; within each, places with partnerships first,
 * then by population. A keystroke reads at most a few hundred index rows: prefixes with more
 * matches than that have their best places precomputed in search_top by the builder.
 *
 * "Springfield, Illinois", "Springfield (Illinois)", "Springfield IL", "Paris, Texas": what is
 * written beside the name narrows its namesakes by the rule the import uses (PlaceQualifier).
 */
class PlaceSearch
{
public:
    /** Finds places by every name they have; hits are named in language (AtlasReader). */
    explicit PlaceSearch(QSqlDatabase db, const QString &language = AtlasReader::interfaceLanguage());
    ~PlaceSearch();

    QVector<SearchHit> search(const QString &text, int limit = 50);
    /**
     * The other name by which a hit matched text, when its own name does not ("Palmyra" is
     * also called Springfield), else empty. Asked per shown row, not per keystroke: a large
     * city has hundreds of names.
     */
    QString alsoCalled(qint64 placeId, const QString &name, const QString &text);

    /**
     * The names nearest to a text that matched nothing: the longest prefix of it that matches
     * something, ranked by edit distance to the text. For "did you mean" messages.
     */
    QVector<SearchHit> closestMatches(const QString &text, int limit = 5);

    /** The first search whose read failed (a damaged index page): its hits were not all. */
    SqlFailure failure() const { return m_failure; }

private:
    QVector<SearchHit> plainSearch(const QString &text, int limit, bool exactOnly = false);
    QVector<SearchHit> hitsFor(QSqlQuery &query, bool exact);
    /** The qualifier rule over this atlas, made on first use (it reads iso-codes). */
    const PlaceQualifier &qualifier();

    QSqlDatabase m_db;
    QSqlQuery m_exact;
    QSqlQuery m_top;
    QSqlQuery m_range;
    QSqlQuery m_alternates;
    QSqlQuery m_named;
    std::shared_ptr<const CountryResolver> m_countries;
    QHash<QString, QVector<DistrictRef>> m_districts;
    std::unique_ptr<PlaceQualifier> m_qualifier;
    QHash<qint64, QualifiedPlace> m_where; ///< of the hits of the last search
    SqlFailure m_failure;
    /** Keeps the first failed read: failure() names it. */
    void keep(const SqlFailure &failure);
};

} // namespace twinatlas
