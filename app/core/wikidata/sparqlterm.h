// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/**
 * An RDF term as the SPARQL results formats give it: an IRI, a literal (with a language or a
 * datatype) or a blank node; and as a query is written with it, escaped, so that a value the
 * program puts into a query is always one term and never more query text.
 */
struct SparqlTerm
{
    enum class Type { Uri, Literal, BlankNode };

    Type type = Type::Literal;
    QString value;
    QString language; ///< of a literal, lower-case ("de"), or empty
    QString datatype; ///< of a literal, an IRI, or empty

    static SparqlTerm literal(const QString &value) { return {Type::Literal, value, {}, {}}; }
    static SparqlTerm uri(const QString &iri) { return {Type::Uri, iri, {}, {}}; }

    bool isUri() const { return type == Type::Uri; }
    bool isLiteral() const { return type == Type::Literal; }

    /**
     * The term in SPARQL syntax: "…" with every character that could end or break the string
     * escaped, <…> for an IRI. An IRI with a character SPARQL does not allow in one gives an
     * empty string: nothing is better than a term that means something else.
     */
    QString toSparql() const;
};

} // namespace twinatlas
