// SPDX-License-Identifier: GPL-3.0-or-later
#include "placequalifier.h"

#include "gazetteerindex.h"

#include "geo/geodesy.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

/** A designator with the space that joins it to the name, at the end and at the start. */
struct DesignatorForm
{
    qsizetype length;
    QString suffix; ///< " word"
    QString prefix; ///< "word "
};

const QVector<DesignatorForm> &designatorForms()
{
    static const QVector<DesignatorForm> forms = [] {
        QVector<DesignatorForm> all;
        for (const QString &d : PlaceQualifier::designators())
            all.append({d.size(), u' ' + d, d + u' '});
        return all;
    }();
    return forms;
}

} // namespace

bool PlaceQualifier::Meaning::namesParent() const
{
    if (!districts.isEmpty() || !anchors.isEmpty())
        return true;
    return std::any_of(division.regions.cbegin(), division.regions.cend(),
                       [](const RegionRef &r) { return !r.admin1.isEmpty(); });
}

PlaceQualifier::PlaceQualifier(const CountryResolver &countries, Lookup lookup)
    : m_countries(countries), m_lookup(std::move(lookup))
{
}

const QStringList &PlaceQualifier::designators()
{
    // Words people add to a name that GeoNames does not carry: "Ialoveni District", "City of
    // Handa", "Montclair Township", "Bandiagara Cercle". Folded; taken off the start or the end.
    static const QStringList words{
            "district", "prefecture", "province", "county", "region", "oblast", "raion", "rayon",
            "municipality", "city", "town", "village", "township", "borough", "kreis", "landkreis",
            "stadt", "gemeinde", "bezirk", "city of", "town of", "municipality of", "ville de",
            "comune di", "municipio de", "gmina", "powiat", "shi", "ken", "gun", "governorate",
            "department", "departement", "canton", "commune", "metropolitan city", "urban district",
            "district of", "province of", "county of", "region of", "state of", "state", "old town",
            "stadtbezirk", "ortsteil", "borough of", "parish", "municipal", "prefecture of", "cercle",
            "provincia di", "provincia de", "provincia", "kraj", "okres", "megye", "judet", "qu",
            "xian"};
    return words;
}

bool PlaceQualifier::isDivisionWord(const QString &word)
{
    static const QStringList words{
            "district", "prefecture", "province", "county", "region", "oblast", "raion", "rayon",
            "kreis", "landkreis", "bezirk", "governorate", "department", "departement", "canton",
            "district of", "province of", "county of", "region of", "state of", "state", "prefecture of",
            "cercle", "provincia di", "provincia de", "provincia", "kraj", "okres", "megye", "judet",
            "powiat", "gun", "ken", "urban district", "metropolitan city", "parish"};
    return words.contains(word);
}

const QStringList &PlaceQualifier::districtSuffixes()
{
    // GeoNames names a city's district by a place in it, with the district's name among its
    // alternates: "Chaoyang Qu" (Beijing), "Huishan Qu" (Wuxi), "Naka-ku" (Yokohama).
    static const QStringList suffixes{"qu", "ku", "district", "shi", "xian", "gu", "machi", "cho", "mura"};
    return suffixes;
}

QStringList PlaceQualifier::withoutDesignators(const QString &key)
{
    // Every name of a list is tried against every designator: no string is built for a test.
    QStringList forms;
    for (const DesignatorForm &d : designatorForms()) {
        if (key.size() <= d.length + 2)
            continue;
        if (key.endsWith(d.suffix))
            forms << key.left(key.size() - d.length - 1);
        if (key.startsWith(d.prefix))
            forms << key.mid(d.length + 1);
    }
    forms.removeDuplicates();
    return forms;
}

QStringList PlaceQualifier::districtKeys(const QString &name)
{
    const QString key = GazetteerIndex::fold(name);
    QStringList keys{key};
    keys << withoutDesignators(key);
    return keys;
}

bool PlaceQualifier::withinMeters(LonLat a, LonLat b, double meters)
{
    // The spherical distance is within 0.6 % of the geodesic one, so only pairs near the limit
    // need the exact (and much slower) geodesic; the answer is the geodesic's in every case.
    // A degree of latitude is at least 110.57 km along any meridian of the ellipsoid.
    if (std::fabs(b.lat - a.lat) * 110000.0 > meters)
        return false;
    constexpr double earthRadius = 6371008.8;
    constexpr double rad = M_PI / 180.0;
    const double dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
            + std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    const double sphere = 2 * earthRadius * std::asin(std::min(1.0, std::sqrt(h)));
    if (sphere > meters * 1.02)
        return false;
    if (sphere < meters * 0.98)
        return true;
    return Geodesy::distanceMeters(a, b) <= meters;
}

PlaceQualifier::Meaning PlaceQualifier::understand(const QString &qualifier) const
{
    Meaning m;
    m.text = qualifier.trimmed();
    const QString key = GazetteerIndex::fold(m.text);
    if (key.isEmpty())
        return m;
    m.division = m_countries.interpret(m.text);
    QStringList keys{key};
    keys << withoutDesignators(key);
    if (m.division.isEmpty())
        for (const QString &form : withoutDesignators(key)) {
            m.division = m_countries.interpret(form);
            if (!m.division.isEmpty())
                break;
        }
    // A country is not also a district or a town for this purpose ("Luxembourg", "Mexico");
    // a country's name within a letter or two is ("Taiyuan" is not Taiwan).
    if (!m.division.countries.isEmpty() && !m.division.approximate)
        return m;
    if (m_lookup.districtsNamed)
        for (const QString &k : std::as_const(keys)) {
            m.districts += m_lookup.districtsNamed(k);
            if (!m.districts.isEmpty())
                break;
        }
    if (m_lookup.placesNamed)
        for (const Anchor &a : m_lookup.placesNamed(key))
            if (a.population >= anchorPopulation)
                m.anchors << a;
    if (m.division.approximate && (!m.districts.isEmpty() || !m.anchors.isEmpty()))
        m.division = CountryInterpretation();
    return m;
}

double PlaceQualifier::score(const Meaning &m, const QualifiedPlace &p)
{
    double score = 0;
    for (const RegionRef &region : m.division.regions)
        if (region.country == p.country)
            score = std::max(score, region.admin1.isEmpty() ? 0.5 : region.admin1 == p.admin1 ? 1.0 : 0.0);
    for (const QString &c : m.division.countries)
        if (CountryResolver::sameCountry(c, p.country))
            return 1.0;
    for (const DistrictRef &d : m.districts)
        if (d.country == p.country && d.admin1 == p.admin1 && d.admin2 == p.admin2)
            return 1.0;
    if (score >= 1.0)
        return score;
    // A town named beside the name counts a little less than a division so named ("Toledo,
    // Oregon" is in the state, not near the town of Oregon, Ohio).
    for (const Anchor &a : m.anchors)
        if (withinMeters(a.position, p.position, anchorMeters))
            return std::max(score, 0.9);
    return score;
}

QString PlaceQualifier::trailingCode(const QString &name, QString *rest) const
{
    static const QRegularExpression code(QStringLiteral("^(.*\\S)\\s+([A-Z]{2,3})$"));
    const QRegularExpressionMatch match = code.match(name.trimmed());
    if (!match.hasMatch())
        return {};
    const QString c = match.captured(2);
    if (m_countries.interpret(c).isEmpty())
        return {};
    if (rest)
        *rest = match.captured(1).trimmed();
    return c;
}

} // namespace twinatlas
