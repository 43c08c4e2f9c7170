// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sparqlterm.h"

#include <QString>
#include <QVector>

namespace twinatlas {

/**
 * A SPARQL query kept as a file that runs as it is, whose VALUES blocks the program fills in:
 * "VALUES ?key { "DE" }" becomes "VALUES ?key { "FR" "IT" }". The values are written as
 * escaped terms, so that no text from a user, a file or an answer can become query syntax.
 */
class SparqlTemplate
{
public:
    explicit SparqlTemplate(QString text = {}) : m_text(std::move(text)) { }

    /** The query file compiled into the program (resources/wikidata/twinnings.rq). */
    static SparqlTemplate twinnings();

    /**
     * Replaces the values of the one block "VALUES ?variable { ... }"; false with error if the
     * query has no such block or several, or a term cannot be written.
     */
    bool setValues(const QString &variable, const QVector<SparqlTerm> &terms, QString *error);

    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }

private:
    QString m_text;
};

} // namespace twinatlas
