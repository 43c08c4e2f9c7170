// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidatascope.h"

#include "db/sqlfailure.h"

#include "db/countrynames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::WikidataScope", text);
}

bool isCountryCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}$"));
    return pattern.match(code).hasMatch();
}

} // namespace

WikidataScope WikidataScope::ofCountry(const QString &code, const QString &name)
{
    WikidataScope s;
    s.kind = Kind::Country;
    s.country = code.toUpper();
    s.name = name.isEmpty() ? CountryNames::localName(s.country) : name;
    return s;
}

WikidataScope WikidataScope::ofPlace(const QString &uid, qint64 geonameId, const QString &name)
{
    WikidataScope s;
    s.kind = Kind::Place;
    s.placeUid = uid;
    s.geonameId = geonameId;
    s.name = name;
    return s;
}

QString WikidataScope::key() const
{
    switch (kind) {
    case Kind::World: return QStringLiteral("world");
    case Kind::Country: return QStringLiteral("country:") + country;
    case Kind::Place: return QStringLiteral("place:%1:%2").arg(placeUid).arg(geonameId);
    }
    return {};
}

std::optional<WikidataScope> WikidataScope::fromKey(const QString &key)
{
    if (key == QLatin1String("world"))
        return world();
    if (key.startsWith(QLatin1String("country:"))) {
        const QString code = key.mid(8);
        if (!isCountryCode(code))
            return std::nullopt;
        return ofCountry(code, QString());
    }
    if (key.startsWith(QLatin1String("place:"))) {
        const QString rest = key.mid(6);
        const int colon = int(rest.lastIndexOf(u':'));
        bool ok = false;
        const qint64 gn = colon > 0 ? rest.mid(colon + 1).toLongLong(&ok) : 0;
        if (!ok || gn <= 0)
            return std::nullopt;
        return ofPlace(rest.left(colon), gn, QString());
    }
    return std::nullopt;
}

QString WikidataScope::description() const
{
    switch (kind) {
    case Kind::World: return tr("the whole world");
    case Kind::Country: return name.isEmpty() ? CountryNames::localName(country) : name;
    case Kind::Place: return name.isEmpty() ? placeUid : name;
    }
    return {};
}

bool WikidataScope::coversCountries(const QStringList &countries) const
{
    switch (kind) {
    case Kind::World: return true;
    case Kind::Country: return countries.contains(country);
    case Kind::Place: return false; // a place's statements are told by their items, not countries
    }
    return false;
}

QVector<WikidataChunk> WikidataScope::chunks(QSqlDatabase db, QString *error) const
{
    if (kind == Kind::Country) {
        if (!isCountryCode(country)) {
            *error = tr("“%1” is not an ISO 3166-1 country code such as DE or PL.").arg(country);
            return {};
        }
        return {{country, description()}};
    }
    if (kind == Kind::Place) {
        if (geonameId <= 0) {
            *error = tr("%1 has no GeoNames ID to find it in Wikidata by; get its country instead.")
                             .arg(description());
            return {};
        }
        return {{QString::number(geonameId), description()}};
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT country FROM places ORDER BY country"))) {
        *error = tr("The atlas could not be read: it %1").arg(SqlFailure::of(q).reason());
        return {};
    }
    QVector<WikidataChunk> chunks;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (isCountryCode(code) && code != QLatin1String("ZZ"))
            chunks.append({code, CountryNames::localName(code)});
    }
    if (q.lastError().isValid()) {
        *error = tr("The atlas could not be read: it %1").arg(SqlFailure::of(q).reason());
        return {};
    }
    return chunks;
}

} // namespace twinatlas
