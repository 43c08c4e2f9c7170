// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlfailure.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace twinatlas {

/**
 * Keeps the search index (search_keys, search_top) in step when places, their names or their
 * populations change, so that an edited place is found at once. Each ranked list of search_top
 * is recomputed by the builder's own rule (the best places by population, then id) whenever a
 * changed place was in it or now ranks into it, so an edit followed by its undo leaves every
 * index row exactly as it was.
 *
 * Call aboutToChange() before a place, its alternate names or its names by language
 * (place_names) are written or removed, and
 * finish() once all writes are done, inside the same transaction.
 */
class SearchIndexWriter
{
public:
    /** The length of each ranked list, shared with AtlasBuilder. */
    static constexpr int rankedListSize = 50;

    explicit SearchIndexWriter(QSqlDatabase db) : m_db(std::move(db)) { }

    bool aboutToChange(qint64 placeId);
    bool finish(QString *error);

    /**
     * The keys a place should have, from its rows as they are now (its names, alternate names
     * and names by language); empty if it is gone.
     */
    static QSet<QString> expectedKeys(QSqlDatabase db, qint64 placeId, SqlFailure *failure = nullptr);

private:
    struct RankedList
    {
        int count = 0;
        qint64 lastPopulation = 0;
        qint64 lastPlaceId = 0;
    };

    const RankedList &rankedList(const QString &prefix);
    bool rerank(const QString &prefix);
    bool fail(const QSqlQuery &q);

    QSqlDatabase m_db;
    QSet<qint64> m_places;
    QSet<QString> m_prefixes; ///< lists to recompute
    QHash<QString, RankedList> m_lists;
    QString m_error;
};

} // namespace twinatlas
