// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparqltemplate.h"

#include <QFile>
#include <QRegularExpression>

namespace twinatlas {

SparqlTemplate SparqlTemplate::twinnings()
{
    QFile file(QStringLiteral(":/wikidata/twinnings.rq"));
    if (!file.open(QIODevice::ReadOnly))
        return SparqlTemplate();
    return SparqlTemplate(QString::fromUtf8(file.readAll()));
}

bool SparqlTemplate::setValues(const QString &variable, const QVector<SparqlTerm> &terms, QString *error)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!name.match(variable).hasMatch()) {
        *error = QStringLiteral("not a variable name: %1").arg(variable);
        return false;
    }
    // The blocks of our own query file hold simple terms: no "}" inside them.
    const QRegularExpression block(QStringLiteral("VALUES\\s+\\?%1\\s*\\{([^}]*)\\}").arg(variable));
    QRegularExpressionMatchIterator it = block.globalMatch(m_text);
    if (!it.hasNext()) {
        *error = QStringLiteral("the query has no VALUES block for ?%1").arg(variable);
        return false;
    }
    const QRegularExpressionMatch match = it.next();
    if (it.hasNext()) {
        *error = QStringLiteral("the query has several VALUES blocks for ?%1").arg(variable);
        return false;
    }
    QStringList written;
    for (const SparqlTerm &term : terms) {
        const QString sparql = term.toSparql();
        if (sparql.isEmpty()) {
            *error = QStringLiteral("cannot write “%1” into a query").arg(term.value);
            return false;
        }
        written << sparql;
    }
    m_text.replace(match.capturedStart(1), match.capturedLength(1),
                   u' ' + written.join(u' ') + u' ');
    return true;
}

} // namespace twinatlas
