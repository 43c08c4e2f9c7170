// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace twinatlas {

/**
 * CLDR's names of cities in a language, as ICU (Debian's libicu) carries them: the exemplar
 * cities of the time zones ("Europe/Warsaw" is "Warschau" in German). About 430 zones, so the
 * large cities only; the builder matches each to a place by its English name and country.
 */
class CldrCityNames
{
public:
    struct City
    {
        QString zone;        ///< the time zone's id, e.g. "Europe/Warsaw"
        QString country;     ///< ISO 3166-1 alpha-2 of the zone
        QString englishName; ///< the exemplar city in English, e.g. "Warsaw"
        QString name;        ///< the exemplar city in the language asked for
    };

    /**
     * The zones whose exemplar city CLDR names in language (or, for English, names otherwise
     * than the zone's id spells it): where ICU only falls back to the id ("Europe/Ndjamena"
     * gives "Ndjamena"), the language's data says nothing and the zone is left out; so are
     * zones named after their country ("Asia/Brunei"). An aside that tells cities apart in a
     * list of zones ("Tripoli (Libye)") is dropped.
     */
    static QVector<City> cities(const QString &language);
};

} // namespace twinatlas
