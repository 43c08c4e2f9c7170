// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace twinatlas {

/** One query of a fetch: the country (ISO code) or the place (GeoNames ID) it asks for. */
struct WikidataChunk
{
    QString key;   ///< "DE", or a GeoNames ID "2950159"
    QString title; ///< for the progress: "Germany", "Berlin"
};

/**
 * What a fetch asks Wikidata for: the whole world, one country, or one place, and the queries
 * that make it up. The world is asked country by country, so that each query stays well inside
 * the 60 seconds the Wikidata Query Service allows one (Germany, with the most twinnings, is a
 * few thousand statements), and so that an interrupted fetch resumes where it stopped.
 */
struct WikidataScope
{
    enum class Kind { World, Country, Place };

    Kind kind = Kind::World;
    QString country;      ///< for Country: ISO 3166-1 alpha-2
    QString placeUid;     ///< for Place
    qint64 geonameId = 0; ///< for Place: what Wikidata is asked by (P1566)
    QString name;         ///< the country's or place's name, for messages

    static WikidataScope world() { return {}; }
    static WikidataScope ofCountry(const QString &code, const QString &name);
    static WikidataScope ofPlace(const QString &uid, qint64 geonameId, const QString &name);

    /** "world", "country:DE" or "place:gn:2950159:2950159", for settings and cache names. */
    QString key() const;
    static std::optional<WikidataScope> fromKey(const QString &key);
    /** "the whole world", "Germany", "Berlin": for messages. */
    QString description() const;

    /** Whether a statement between places of these countries is one this scope asks for. */
    bool coversCountries(const QStringList &countries) const;

    /** The queries of this scope: for the world, one per country of the atlas's places (db). */
    QVector<WikidataChunk> chunks(QSqlDatabase db, QString *error) const;
};

} // namespace twinatlas
