// SPDX-License-Identifier: GPL-3.0-or-later
#include "cldrcitynames.h"

#include <QRegularExpression>

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <memory>

namespace twinatlas {

namespace {

QString toQString(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

// What ICU shows when CLDR has no exemplar city: the id's last part, underscores as spaces.
QString nameFromZoneId(const QString &zone)
{
    return zone.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QVector<CldrCityNames::City> CldrCityNames::cities(const QString &language)
{
    QVector<City> cities;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::TimeZoneNames> english(
            icu::TimeZoneNames::createInstance(icu::Locale::getEnglish(), status));
    const std::unique_ptr<icu::TimeZoneNames> local(icu::TimeZoneNames::createInstance(
            icu::Locale(language.toLatin1().constData()), status));
    // Canonical zones tied to a place; links and the Etc/ zones name no city.
    const std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
            UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
    if (U_FAILURE(status) || !english || !local || !zones)
        return cities;
    while (const icu::UnicodeString *zone = zones->snext(status)) {
        if (U_FAILURE(status))
            break;
        icu::UnicodeString englishName, name;
        english->getExemplarLocationName(*zone, englishName);
        local->getExemplarLocationName(*zone, name);
        char region[8] = {};
        UErrorCode regionStatus = U_ZERO_ERROR;
        icu::TimeZone::getRegion(*zone, region, sizeof region, regionStatus);
        // A zone list tells its cities apart with an aside ("Tripoli (Libye)", "Meksyk
        // (miasto)"); the city's name is without it.
        static const QRegularExpression aside(QStringLiteral("\\s*\\([^()]*\\)$"));
        City city{toQString(*zone), QString::fromLatin1(region), toQString(englishName),
                  toQString(name).remove(aside)};
        if (U_FAILURE(regionStatus) || city.country.size() != 2 || city.englishName.isEmpty()
            || city.name.isEmpty() || city.name == nameFromZoneId(city.zone))
            continue;
        // Some zones are named after their country ("Asia/Brunei", "America/Jamaica"): the
        // exemplar is then the country's name, not a city's.
        icu::UnicodeString countryName;
        icu::Locale("", region).getDisplayCountry(icu::Locale::getEnglish(), countryName);
        if (toQString(countryName).compare(city.englishName, Qt::CaseInsensitive) == 0)
            continue;
        cities << city;
    }
    return cities;
}

} // namespace twinatlas
