// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidatabatch.h"

#include "sparqlresults.h"

#include "db/partialdate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::WikidataBatch", text);
}

/** Warnings beyond this many are counted, not listed. */
constexpr int maxWarnings = 200;

const QString entityPrefix = QStringLiteral("://www.wikidata.org/entity/");

/** The local name after ".../entity/" (http or https), or empty. */
QString entityLocalName(const QString &iri, const QString &path)
{
    for (const char *scheme : {"http", "https"}) {
        const QString prefix = QLatin1String(scheme) + entityPrefix + path;
        if (iri.startsWith(prefix))
            return iri.mid(prefix.size());
    }
    return {};
}

/** A point of a WKT literal on the Earth ("Point(13.38 52.52)"), or nothing. */
std::optional<LonLat> wktPoint(const QString &wkt)
{
    static const QRegularExpression point(
            QStringLiteral("^\\s*(?:<([^>]*)>\\s*)?point\\s*\\(\\s*([-+0-9.eE]+)\\s+([-+0-9.eE]+)\\s*\\)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = point.match(wkt);
    if (!m.hasMatch())
        return std::nullopt;
    // Wikidata writes the globe before the point when it is not the Earth (Q2).
    const QString globe = m.captured(1);
    if (!globe.isEmpty() && WikidataBatch::itemId(globe) != QLatin1String("Q2"))
        return std::nullopt;
    bool okLon = false, okLat = false;
    const double lon = m.captured(2).toDouble(&okLon);
    const double lat = m.captured(3).toDouble(&okLat);
    if (!okLon || !okLat || !std::isfinite(lon) || !std::isfinite(lat) || lon < -180 || lon > 180
        || lat < -90 || lat > 90)
        return std::nullopt;
    return LonLat{lon, lat};
}

} // namespace

QString WikidataBatch::itemId(const QString &iri)
{
    static const QRegularExpression item(QStringLiteral("^Q[1-9][0-9]{0,11}$"));
    const QString id = entityLocalName(iri, QString());
    return item.match(id).hasMatch() ? id : QString();
}

QString WikidataBatch::statementId(const QString &iri)
{
    // The RDF name of statement "Q64$5D4B-…" is "statement/Q64-5D4B-…": its first "-" was "$".
    static const QRegularExpression statement(QStringLiteral("^(Q[1-9][0-9]{0,11})-([0-9A-Za-z-]{1,64})$"));
    const QRegularExpressionMatch m = statement.match(entityLocalName(iri, QStringLiteral("statement/")));
    return m.hasMatch() ? m.captured(1) + u'$' + m.captured(2) : QString();
}

QString WikidataBatch::partialDate(const QString &dateTime, int precision)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?([0-9]{4})-([0-9]{2})-([0-9]{2})T"));
    const QRegularExpressionMatch m = pattern.match(dateTime);
    if (!m.hasMatch() || precision < 9)
        return {};
    QString iso = m.captured(1);
    if (precision >= 10)
        iso += u'-' + m.captured(2);
    if (precision >= 11)
        iso += u'-' + m.captured(3);
    return PartialDate::fromIso(iso).isValid() ? iso : QString();
}

const WikidataItem *WikidataBatch::item(const QString &id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? nullptr : &it.value();
}

void WikidataBatch::warn(const QString &warning)
{
    if (m_warnings.size() < maxWarnings)
        m_warnings << warning;
    else if (m_warnings.size() == maxWarnings)
        m_warnings << tr("(more warnings left out)");
}

bool WikidataBatch::add(const SparqlResults &results)
{
    m_error.clear();
    const QStringList needed{QStringLiteral("statement"), QStringLiteral("subject"), QStringLiteral("object")};
    for (const QString &v : needed)
        if (!results.variables().contains(v)) {
            m_error = tr("the answer has no “%1” column: it is not the answer to Twinatlas's query").arg(v);
            return false;
        }
    for (int r = 0; r < results.rows().size(); ++r) {
        const SparqlResults::Row &row = results.rows().at(r);
        const QString statement = statementId(row.value(QStringLiteral("statement")).value);
        const QString subject = itemId(row.value(QStringLiteral("subject")).value);
        const QString object = itemId(row.value(QStringLiteral("object")).value);
        if (statement.isEmpty() || subject.isEmpty()) {
            m_error = tr("row %1 of the answer is not a Wikidata statement on an item").arg(r + 1);
            return false;
        }
        if (!statement.startsWith(subject + u'$')) {
            m_error = tr("row %1 of the answer: statement %2 is not on %3").arg(r + 1).arg(statement, subject);
            return false;
        }
        if (object.isEmpty()) {
            // "unknown value" or a link to something that is not an item: nothing to place.
            warn(tr("statement %1 names no item as twin; left out").arg(statement));
            continue;
        }
        if (object == subject) {
            warn(tr("statement %1 names its own item as twin; left out").arg(statement));
            continue;
        }
        auto index = m_statementIndex.constFind(statement);
        if (index == m_statementIndex.constEnd()) {
            index = m_statementIndex.insert(statement, int(m_statements.size()));
            m_statements.append({statement, subject, object, {}, {}});
        }
        TwinningStatement &s = m_statements[index.value()];
        // Of several start (or end) qualifiers, the most precise is kept; at equal precision
        // the earliest start and the latest end.
        auto takeDate = [&](const char *valueName, const char *precisionName, QString &date,
                            QHash<QString, int> &precisions, bool earliest) {
            const SparqlTerm value = row.value(QLatin1String(valueName));
            if (value.value.isEmpty())
                return;
            bool ok = false;
            const int precision = row.value(QLatin1String(precisionName)).value.toInt(&ok);
            const QString iso = ok ? partialDate(value.value, precision) : QString();
            if (iso.isEmpty()) {
                warn(tr("statement %1: the date “%2” (precision %3) is left out")
                             .arg(statement, value.value, row.value(QLatin1String(precisionName)).value));
                return;
            }
            const int known = precisions.value(statement, -1);
            const int p = std::min(precision, 11);
            if (date.isEmpty() || p > known || (p == known && (earliest ? iso < date : iso > date))) {
                date = iso;
                precisions.insert(statement, p);
            }
        };
        takeDate("start", "startPrecision", s.start, m_startPrecision, true);
        takeDate("end", "endPrecision", s.end, m_endPrecision, false);

        for (const char *side : {"subject", "object"}) {
            const QString id = QLatin1String(side) == QLatin1String("subject") ? subject : object;
            WikidataItem &item = m_items[id];
            item.id = id;
            auto term = [&](const char *suffix) { return row.value(QLatin1String(side) + QLatin1String(suffix)); };
            const SparqlTerm label = term("Label");
            if (item.label.isEmpty() && label.isLiteral())
                item.label = label.value.trimmed();
            const SparqlTerm mul = term("MulLabel");
            if (item.mulLabel.isEmpty() && mul.isLiteral())
                item.mulLabel = mul.value.trimmed();
            const SparqlTerm en = term("EnLabel");
            if (item.enLabel.isEmpty() && en.isLiteral())
                item.enLabel = en.value.trimmed();
            const SparqlTerm coordinates = term("Coordinates");
            if (!coordinates.value.isEmpty()) {
                const std::optional<LonLat> p = wktPoint(coordinates.value);
                if (!p)
                    warn(tr("%1: the coordinates “%2” are left out").arg(id, coordinates.value));
                else if (!item.coordinates.contains(*p))
                    item.coordinates << *p;
            }
            const SparqlTerm geoNames = term("GeoNames");
            if (!geoNames.value.isEmpty()) {
                bool ok = false;
                const qint64 gn = geoNames.value.trimmed().toLongLong(&ok);
                if (!ok || gn <= 0)
                    warn(tr("%1: the GeoNames ID “%2” is left out").arg(id, geoNames.value));
                else if (!item.geonameIds.contains(gn))
                    item.geonameIds << gn;
            }
            const QString country = term("Country").value.trimmed().toUpper();
            static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
            if (code.match(country).hasMatch() && !item.countries.contains(country))
                item.countries << country;
        }
    }
    return true;
}

} // namespace twinatlas
