// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparqlresults.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::SparqlResults", text);
}

} // namespace

bool SparqlResults::fail(const QString &message)
{
    m_error = message;
    m_variables.clear();
    m_rows.clear();
    return false;
}

bool SparqlResults::read(const QByteArray &json)
{
    m_error.clear();
    m_variables.clear();
    m_rows.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("the answer is not valid JSON (%1 at byte %2 of %3)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset)
                            .arg(json.size()));
    if (!doc.isObject())
        return fail(tr("the answer is not a SPARQL result: no JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue head = root.value(QLatin1String("head"));
    const QJsonValue results = root.value(QLatin1String("results"));
    if (!head.isObject() || !results.isObject())
        return fail(tr("the answer is not a SPARQL result: no “head” and “results”"));
    const QJsonValue vars = head.toObject().value(QLatin1String("vars"));
    if (!vars.isArray())
        return fail(tr("the answer names no variables (“head.vars”)"));
    for (const QJsonValue &v : vars.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return fail(tr("a variable in “head.vars” is not a name"));
        m_variables << v.toString();
    }
    const QJsonValue bindings = results.toObject().value(QLatin1String("bindings"));
    if (!bindings.isArray())
        return fail(tr("the answer has no rows (“results.bindings”)"));
    const QJsonArray rows = bindings.toArray();
    m_rows.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonValue row = rows.at(i);
        if (!row.isObject())
            return fail(tr("row %1 of the answer is not an object").arg(i + 1));
        Row terms;
        const QJsonObject object = row.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!m_variables.contains(it.key()))
                return fail(tr("row %1 binds “%2”, which the answer does not name").arg(i + 1).arg(it.key()));
            if (!it.value().isObject())
                return fail(tr("row %1: “%2” is not an RDF term").arg(i + 1).arg(it.key()));
            const QJsonObject t = it.value().toObject();
            const QString type = t.value(QLatin1String("type")).toString();
            const QJsonValue value = t.value(QLatin1String("value"));
            if (!value.isString())
                return fail(tr("row %1: “%2” has no value").arg(i + 1).arg(it.key()));
            SparqlTerm term;
            term.value = value.toString();
            if (type == QLatin1String("uri")) {
                term.type = SparqlTerm::Type::Uri;
            } else if (type == QLatin1String("literal") || type == QLatin1String("typed-literal")) {
                // "typed-literal" is the SPARQL 1.0 draft's name, still sent by some endpoints.
                term.type = SparqlTerm::Type::Literal;
                term.language = t.value(QLatin1String("xml:lang")).toString().toLower();
                term.datatype = t.value(QLatin1String("datatype")).toString();
            } else if (type == QLatin1String("bnode")) {
                term.type = SparqlTerm::Type::BlankNode;
            } else {
                return fail(tr("row %1: “%2” is of an unknown type “%3”").arg(i + 1).arg(it.key(), type));
            }
            terms.insert(it.key(), term);
        }
        m_rows << terms;
    }
    return true;
}

} // namespace twinatlas
