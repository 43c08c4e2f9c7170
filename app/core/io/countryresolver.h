// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace twinatlas {

/** A first-level division: its country and, where known, GeoNames' admin1 code. */
struct RegionRef
{
    QString country;
    QString admin1; ///< empty when the ISO subdivision has no GeoNames counterpart
    friend bool operator==(const RegionRef &a, const RegionRef &b)
    {
        return a.country == b.country && a.admin1 == b.admin1;
    }
};

/** What a text such as "Deutschland", "DE", "Brandenburg" or "USSR" names. */
struct CountryInterpretation
{
    QStringList countries;       ///< countries it names (several for "USSR" or "Korea")
    QVector<RegionRef> regions;  ///< divisions it names
    bool approximate = false;    ///< found within a small edit distance only

    bool isEmpty() const { return countries.isEmpty() && regions.isEmpty(); }
    /** The countries it names or that contain the divisions it names. */
    QStringList impliedCountries() const;
};

/**
 * Country and division names in every language, offline: Debian's iso-codes (ISO 3166-1, -2
 * and -3 JSON with the gettext translations of each name) and GeoNames' admin1 names, plus the
 * short list of what those lack, kept in countryresolver.cpp with the reason for each entry
 * (England, Scotland, Wales and Northern Ireland as countries, Kosovo, Turkey's former English
 * name, the states that broke up: USSR, Yugoslavia, Czechoslovakia, the two Germanies).
 *
 * Loading reads about 200 catalogues, so it is done once (shared()) and the result is
 * immutable and safe to use from any thread.
 */
class CountryResolver
{
public:
    using Admin1Names = QHash<QString, QString>; ///< "DE.07" -> "North Rhine-Westphalia"

    /**
     * Loads the names. isoCodesDir holds iso_3166-*.json, localeDir the <lang>/LC_MESSAGES
     * catalogues; admin1 gives GeoNames' division names by "CC.code".
     */
    CountryResolver(const QString &isoCodesDir, const QString &localeDir, const Admin1Names &admin1);

    /** One resolver for the default paths and these admin1 names, loaded on first use. */
    static std::shared_ptr<const CountryResolver> shared(const Admin1Names &admin1);
    static QString defaultIsoCodesDir();
    static QString defaultLocaleDir();

    CountryInterpretation interpret(const QString &text) const;
    /** Whether text names a country (for telling country cells from place cells). */
    bool isCountry(const QString &text) const;
    /** The English name of a country code. */
    QString countryName(const QString &code) const { return m_englishNames.value(code, code); }
    /** GeoNames' name of a division, or empty. */
    QString admin1Name(const QString &country, const QString &admin1) const
    {
        return m_admin1.value(country + u'.' + admin1);
    }
    /**
     * Whether a place in placeCountry is in country as people mean it: the same code, or a
     * territory GeoNames lists apart (Hong Kong in China, Guadeloupe in France, ...).
     */
    static bool sameCountry(const QString &country, const QString &placeCountry);
    /** How many names (all languages) are known, for tests and the report. */
    int nameCount() const { return int(m_countries.size() + m_regions.size()); }

private:
    void addCountryName(const QString &name, const QStringList &codes);
    void addRegionName(const QString &name, const RegionRef &region);
    void loadIso(const QString &isoCodesDir, const QString &localeDir);
    void addSupplement();

    QHash<QString, QStringList> m_countries;       ///< folded name -> codes
    QHash<QString, QVector<RegionRef>> m_regions;  ///< folded name -> divisions
    QHash<QString, QString> m_englishNames;        ///< code -> English name
    QHash<QString, QString> m_admin1;              ///< "CC.code" -> name
    QVector<QString> m_fuzzyKeys;                  ///< country keys long enough for typos
};

} // namespace twinatlas
