// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countryresolver.h"

#include "geo/lonlat.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace twinatlas {

/** A second-level division: its country, first-level division and GeoNames' admin2 code. */
struct DistrictRef
{
    QString country;
    QString admin1;
    QString admin2;
};

/** Where a candidate place lies, as far as a qualifier can tell. */
struct QualifiedPlace
{
    QString country;
    QString admin1;
    QString admin2;
    LonLat position;
};

/**
 * The one rule by which what people write beside a name narrows its namesakes, shared by the
 * import (PlaceResolver) and the search (PlaceSearch, `twinatlas query`): "Springfield,
 * Illinois", "Springfield IL", "Springfield (Illinois)", "Springfield, USA", "Paris, Texas",
 * "Wandsbek (Hamburg)", "Columbus, Franklin County", "Chaoyang (Beijing)".
 *
 * A qualifier is understood as a country, a first-level division (in any language, or as its
 * code: IL, NSW), a second-level division (a county, a district, a province), or a town of
 * some size near which the place lies. A candidate in what the qualifier names scores 1, near
 * the town it names 0.9, in a division's country only 0.5 (a division GeoNames lacks), else 0.
 */
class PlaceQualifier
{
public:
    /** A populated place a qualifier may name, for "near it". */
    struct Anchor
    {
        LonLat position;
        qint64 population = 0;
    };
    /** Looks up what the rule needs from the atlas, by folded name (GazetteerIndex::fold). */
    struct Lookup
    {
        std::function<QVector<Anchor>(const QString &key)> placesNamed;
        std::function<QVector<DistrictRef>(const QString &key)> districtsNamed;
    };
    /** What one qualifier names. */
    struct Meaning
    {
        QString text;
        CountryInterpretation division; ///< countries and first-level divisions
        QVector<DistrictRef> districts; ///< second-level divisions
        QVector<Anchor> anchors;        ///< towns of 10,000 or more so named
        /** Whether it names something below a country: a division or a town. */
        bool namesParent() const;
        bool isEmpty() const { return division.isEmpty() && districts.isEmpty() && anchors.isEmpty(); }
    };

    /** A town named by a qualifier must be this large, and the place this near it. */
    static constexpr qint64 anchorPopulation = 10000;
    static constexpr double anchorMeters = 60000;

    PlaceQualifier(const CountryResolver &countries, Lookup lookup);

    Meaning understand(const QString &qualifier) const;
    /** 1 in what the qualifier names, 0.9 near a town it names, 0.5 in its country only, else 0. */
    static double score(const Meaning &meaning, const QualifiedPlace &place);

    /**
     * "Springfield IL", "Paris TX": a last word that is an upper-case code of a division or a
     * country, taken off the name; empty when there is none.
     */
    QString trailingCode(const QString &name, QString *rest) const;

    /** Words people add to a name that GeoNames does not carry ("district", "city of"), folded. */
    static const QStringList &designators();
    /** The folded name without one designator word at its start or end, each way it can be. */
    static QStringList withoutDesignators(const QString &key);
    /**
     * Whether a designator word names a division ("county", "region", "oblast"), so that a name
     * written with it means the division rather than its seat.
     */
    static bool isDivisionWord(const QString &word);
    /** Suffixes that districts of cities carry in GeoNames' alternate names ("qu", "ku"). */
    static const QStringList &districtSuffixes();
    /** The keys a second-level division is found by: its folded name, and without its word. */
    static QStringList districtKeys(const QString &name);
    /** Whether two places are at most meters apart on the ellipsoid (fast where clear). */
    static bool withinMeters(LonLat a, LonLat b, double meters);

private:
    const CountryResolver &m_countries;
    Lookup m_lookup;
};

} // namespace twinatlas
