// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sparqlterm.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace twinatlas {

/**
 * The answer to a SELECT query in the W3C "SPARQL 1.1 Query Results JSON Format", which public
 * endpoints answer: the variables, and one row of bound terms per solution. read() checks the
 * whole document: a truncated answer, an error page or a row that is not what the format
 * says is refused with where and why, never taken for fewer rows.
 */
class SparqlResults
{
public:
    using Row = QHash<QString, SparqlTerm>;

    /** Parses a JSON answer; false with errorString() if it is not a complete, valid one. */
    bool read(const QByteArray &json);

    const QStringList &variables() const { return m_variables; }
    const QVector<Row> &rows() const { return m_rows; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QStringList m_variables;
    QVector<Row> m_rows;
    QString m_error;
};

} // namespace twinatlas
