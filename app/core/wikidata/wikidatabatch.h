// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "twinningstatement.h"
#include "wikidataitem.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace twinatlas {

class SparqlResults;

/**
 * The twinnings a fetch found, each statement once, with the places they name: the rows of
 * every part's answer (twinnings.rq) merged. An answer repeats a statement once per
 * combination of its places' labels, coordinates and countries, and a statement between two
 * places of the fetched countries comes in from both: merged here, never doubled.
 */
class WikidataBatch
{
public:
    /**
     * Adds the rows of one answer; false with errorString() if a row is not what the query
     * asks for (a statement that is not a Wikidata statement, an item that is not an item):
     * an answer of another query or another data set is refused, not half read.
     */
    bool add(const SparqlResults &results);

    const QVector<TwinningStatement> &statements() const { return m_statements; }
    const QHash<QString, WikidataItem> &items() const { return m_items; }
    const WikidataItem *item(const QString &id) const;
    /** Values read loosely or left out ("a start date of decade precision"), one per line. */
    const QStringList &warnings() const { return m_warnings; }
    QString errorString() const { return m_error; }
    bool isEmpty() const { return m_statements.isEmpty(); }

    /** "Q64" from "http://www.wikidata.org/entity/Q64", or empty. */
    static QString itemId(const QString &iri);
    /** "Q64$5D4B…" from ".../entity/statement/Q64-5D4B…", or empty. */
    static QString statementId(const QString &iri);
    /** "1987", "1987-05" or "1987-05-12" from an xsd:dateTime and Wikidata's precision (9, 10, 11). */
    static QString partialDate(const QString &dateTime, int precision);

private:
    void warn(const QString &warning);

    QVector<TwinningStatement> m_statements;
    QHash<QString, int> m_statementIndex;
    QHash<QString, int> m_startPrecision; ///< by statement, to keep the most precise date
    QHash<QString, int> m_endPrecision;
    QHash<QString, WikidataItem> m_items;
    QStringList m_warnings;
    QString m_error;
};

} // namespace twinatlas
