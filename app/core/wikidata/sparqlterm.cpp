// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparqlterm.h"

#include <QRegularExpression>

namespace twinatlas {

QString SparqlTerm::toSparql() const
{
    if (type == Type::Uri) {
        // SPARQL 1.1, IRIREF: no controls, space, <>"{}|^`\ inside the brackets.
        static const QRegularExpression forbidden(QStringLiteral("[\\x00-\\x20<>\"{}|^`\\\\]"));
        if (value.isEmpty() || value.contains(forbidden))
            return {};
        return u'<' + value + u'>';
    }
    if (type == Type::BlankNode)
        return {};
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"': escaped += QLatin1String("\\\""); break;
        case '\\': escaped += QLatin1String("\\\\"); break;
        case '\n': escaped += QLatin1String("\\n"); break;
        case '\r': escaped += QLatin1String("\\r"); break;
        case '\t': escaped += QLatin1String("\\t"); break;
        case '\b': escaped += QLatin1String("\\b"); break;
        case '\f': escaped += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    escaped += u'"';
    static const QRegularExpression languageTag(QStringLiteral("^[a-zA-Z]+(-[a-zA-Z0-9]+)*$"));
    if (!language.isEmpty() && languageTag.match(language).hasMatch())
        escaped += u'@' + language;
    else if (!datatype.isEmpty()) {
        const QString iri = uri(datatype).toSparql();
        if (!iri.isEmpty())
            escaped += QLatin1String("^^") + iri;
    }
    return escaped;
}

} // namespace twinatlas
