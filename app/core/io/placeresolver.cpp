// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeresolver.h"

#include "editdistance.h"
#include "placetext.h"

#include "geo/geodesy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("twinatlas::PlaceResolver", text, disambiguation, n);
}

using Method = Resolution::Method;
using Outcome = Resolution::Outcome;

struct Hit
{
    int place;
    Method method;
    bool primary;
    int distance; ///< edits, for typos
};

QStringList withoutDesignators(const QString &key)
{
    return PlaceQualifier::withoutDesignators(key);
}

bool withinMeters(LonLat a, LonLat b, double meters)
{
    return PlaceQualifier::withinMeters(a, b, meters);
}

/** St./Saint/Sankt/Sint and Mt./Mount, Ft./Fort spelled the other ways. */
QStringList spellingVariants(const QString &key)
{
    static const QList<QPair<QString, QStringList>> swaps{
            {"st", {"saint", "sankt", "sint", "san", "santa"}},
            {"ste", {"sainte"}},
            {"saint", {"st", "sankt", "san"}},
            {"sankt", {"st", "saint"}},
            {"sint", {"saint", "st"}},
            {"san", {"saint", "st"}},
            {"mt", {"mount", "mont", "monte"}},
            {"mount", {"mt"}},
            {"ft", {"fort"}},
            {"fort", {"ft"}},
            {"pt", {"port", "point"}},
    };
    QStringList variants;
    const QStringList words = key.split(u' ');
    for (int i = 0; i < words.size(); ++i) {
        for (const auto &[from, tos] : swaps) {
            if (words.at(i) != from)
                continue;
            for (const QString &to : tos) {
                QStringList changed = words;
                changed[i] = to;
                variants << changed.join(u' ');
            }
        }
    }
    // "Saint-Étienne" may be written as one word ("Stetienne" no, but "Sanktpeterburg" yes).
    variants.removeDuplicates();
    return variants;
}

/**
 * How much a candidate weighs against the others: its population, and much less when only one
 * of its other names matches while another place bears the name as its own ("Desterro" is an
 * old name of Florianópolis, and also a town's name).
 */
double weight(const GazetteerPlace &p, bool primary, bool anyPrimary)
{
    // GeoNames gives regions no population; named as they are ("Tabasco", "Bavaria"), a
    // region outweighs a village of its name, not a city ("Puebla").
    const qint64 population = p.kind == QLatin1String("region") ? std::max<qint64>(p.population, 50000) : p.population;
    return double(std::max<qint64>(population, 1)) * (primary || !anyPrimary ? 1.0 : 0.1);
}

/**
 * The names a division may carry when a list writes a name with a division word ("County of
 * Carroll", "Arkansas (district)", "Custer District"): the core, and the core with the words
 * GeoNames' division names use.
 */
QStringList divisionForms(const QString &core)
{
    static const QStringList suffixes{"county", "district", "region", "province", "oblast", "prefecture",
                                      "department", "parish", "municipality", "raion", "rayon", "governorate",
                                      "cercle", "canton", "shire", "borough", "kraj", "okres", "shi", "xian",
                                      "gun"};
    static const QStringList prefixes{"provincia di", "provincia de", "province of", "county of", "district of",
                                      "landkreis", "kreis", "okres", "powiat", "departement"};
    QStringList forms{core};
    for (const QString &s : suffixes)
        forms << core + u' ' + s;
    for (const QString &p : prefixes)
        forms << p + u' ' + core;
    return forms;
}

} // namespace

QString PlaceResolver::describe(int index) const
{
    const GazetteerPlace &p = m_index.place(index);
    const QString region = m_index.countries().admin1Name(p.country, p.admin1);
    const QString district = m_index.admin2Name(p.country, p.admin1, p.admin2);
    QString text = p.name;
    // The county or district tells namesakes in one state apart (Columbus, Franklin County).
    if (!district.isEmpty() && district != p.name && district != region)
        text += QStringLiteral(", ") + district;
    if (!region.isEmpty() && region != p.name)
        text += QStringLiteral(", ") + region;
    text += QStringLiteral(", ") + m_index.countries().countryName(p.country);
    if (p.population > 0)
        text += tr(" (pop. %1)").arg(QLocale().toString(p.population));
    return text;
}

Resolution PlaceResolver::resolve(const PlaceReference &ref) const
{
    Resolution r;

    // 1. The GeoNames id, when the file has one and the atlas knows it.
    if (ref.geonameId > 0) {
        const int i = m_index.indexOfGeonameId(ref.geonameId);
        if (i >= 0) {
            r.outcome = Outcome::Matched;
            r.method = Method::GeoNamesId;
            r.place = i;
            r.confidence = 1.0;
            r.reason = tr("GeoNames id %1").arg(ref.geonameId);
            return r;
        }
    }

    // Stray punctuation, mojibake or a formula: not read past, but shown for the user to decide,
    // with what the name would have been taken for.
    const QString oddity = PlaceText::oddity(ref.written.isEmpty() ? ref.text : ref.written);
    if (!oddity.isEmpty()) {
        PlaceReference plain = ref;
        plain.written.clear();
        plain.text.clear();
        const Resolution inner = resolveName(plain);
        r.outcome = Outcome::Doubtful;
        r.confidence = 0.2;
        r.reason = tr("the text holds %1: check it").arg(oddity);
        if (inner.outcome == Outcome::Matched)
            r.candidates << inner.place;
        for (int c : inner.candidates)
            if (!r.candidates.contains(c) && r.candidates.size() < 8)
                r.candidates << c;
        return r;
    }
    return resolveName(ref);
}

Resolution PlaceResolver::resolveName(const PlaceReference &ref) const
{
    Resolution r;
    const CountryResolver &countries = m_index.countries();

    // The country: the file's country column, else the last qualifier that names a country.
    const PlaceQualifier rule = m_index.qualifier();
    QStringList given;
    QString givenText = ref.country.trimmed();
    QStringList qualifiers = ref.qualifiers;
    QString name = ref.name;
    if (qualifiers.isEmpty() && givenText.isEmpty()) {
        // "Springfield IL": a trailing code is a qualifier, as in the search.
        QString rest;
        const QString code = rule.trailingCode(name, &rest);
        if (!code.isEmpty()) {
            name = rest;
            qualifiers << code;
        }
    }
    // Qualifiers written with the name come first; the country cell's parts follow.
    const int nameQualifiers = int(qualifiers.size());
    QVector<PlaceQualifier::Meaning> meanings;
    for (const QString &q : std::as_const(qualifiers))
        meanings << rule.understand(q);
    if (!givenText.isEmpty()) {
        // "Brandenburg, Germany" or "Sonora/Mexico" in a country cell: each part counts.
        // One expression per worker thread, compiled once rather than for every reference.
        thread_local const QRegularExpression separators(QStringLiteral("\\s*[,/;]\\s*"));
        QStringList parts = givenText.split(separators, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            parts << givenText;
        QVector<CountryInterpretation> partMeanings;
        for (const QString &part : std::as_const(parts)) {
            PlaceQualifier::Meaning m = rule.understand(part);
            // A country cell names a country or a division, not a town to be near.
            m.anchors.clear();
            partMeanings << m.division;
            for (const QString &c : m.division.impliedCountries())
                if (!given.contains(c) && (parts.size() == 1 || !m.division.countries.isEmpty() || given.isEmpty()))
                    given << c;
            qualifiers << part;
            meanings << m;
        }
        // A part that names a country decides; the regions only narrow within it.
        QStringList named;
        for (const CountryInterpretation &m : std::as_const(partMeanings))
            named << m.countries;
        if (!named.isEmpty() && parts.size() > 1) {
            QStringList narrowed;
            for (const QString &c : std::as_const(named))
                if (!narrowed.contains(c))
                    narrowed << c;
            given = narrowed;
        }
    } else {
        for (int i = int(meanings.size()) - 1; i >= 0; --i)
            if (!meanings.at(i).division.countries.isEmpty()) {
                given = meanings.at(i).division.impliedCountries();
                givenText = qualifiers.at(i);
                break;
            }
    }
    auto inGiven = [&](int place) {
        if (given.isEmpty())
            return true;
        for (const QString &c : std::as_const(given))
            if (CountryResolver::sameCountry(c, m_index.place(place).country))
                return true;
        return false;
    };

    // 2. Names, tier by tier, until one has a place in the given country.
    const QString nameKey = GazetteerIndex::fold(name);
    QStringList exactKeys;
    for (const QString &n : {ref.written, name})
        if (!n.isEmpty())
            exactKeys << GazetteerIndex::fold(n);
    for (const QString &a : ref.alternatives)
        exactKeys << GazetteerIndex::fold(a);
    exactKeys.removeDuplicates();
    exactKeys.removeAll(QString());
    QStringList variantKeys, designatorKeys;
    for (const QString &k : std::as_const(exactKeys)) {
        variantKeys << spellingVariants(k);
        designatorKeys << withoutDesignators(k);
        for (const QString &v : spellingVariants(k))
            designatorKeys << withoutDesignators(v);
    }
    auto lookup = [&](const QStringList &keys, Method method) {
        QVector<Hit> hits;
        for (const QString &k : keys)
            for (const GazetteerIndex::NameHit &h : m_index.exact(k)) {
                auto existing = std::find_if(hits.begin(), hits.end(), [&h](const Hit &x) { return x.place == h.place; });
                if (existing == hits.end())
                    hits.append({h.place, method == Method::Name && !h.primary ? Method::AlternateName : method,
                                 h.primary, 0});
                else if (h.primary && !existing->primary) {
                    existing->primary = true;
                    if (existing->method == Method::AlternateName)
                        existing->method = Method::Name;
                }
            }
        return hits;
    };
    QVector<Hit> hits, elsewhere;
    // A name written as a division ("Hawaii County", "County of Carroll", "Arkansas
    // (district)") means a division where the atlas has one of that name.
    QStringList divisionKeys, divisionCores;
    QStringList nameKeys{nameKey};
    for (const QString &a : ref.alternatives)
        nameKeys << GazetteerIndex::fold(a);
    for (const QString &k : std::as_const(nameKeys))
        for (const QString &d : PlaceQualifier::designators())
            if (PlaceQualifier::isDivisionWord(d) && k.size() > d.size() + 2) {
                const QString core = k.endsWith(u' ' + d) ? k.left(k.size() - d.size() - 1)
                        : k.startsWith(d + u' ')          ? k.mid(d.size() + 1)
                                                          : QString();
                if (!core.isEmpty()) {
                    divisionCores << core;
                    divisionKeys << divisionForms(core);
                }
            }
    for (int qi = 0; qi < nameQualifiers; ++qi)
        if (PlaceQualifier::isDivisionWord(GazetteerIndex::fold(qualifiers.at(qi)))) {
            divisionCores << nameKey;
            divisionKeys << divisionForms(nameKey);
        }
    if (!divisionKeys.isEmpty()) {
        divisionKeys.removeDuplicates();
        // The core alone ("Washington" of "Washington County") only if no division is
        // named with a word.
        QStringList worded = divisionKeys;
        for (const QString &c : std::as_const(divisionCores))
            worded.removeAll(c);
        for (const QStringList &keys : {worded, divisionKeys}) {
            for (const Hit &h : lookup(keys, Method::Designator))
                if (m_index.isDivision(h.place) && inGiven(h.place))
                    hits << h;
            if (!hits.isEmpty())
                break;
        }
    }
    const QVector<QPair<QStringList, Method>> tiers{
            {exactKeys, Method::Name}, {variantKeys, Method::Variant}, {designatorKeys, Method::Designator}};
    for (const auto &[keys, method] : tiers) {
        if (!hits.isEmpty())
            break;
        const QVector<Hit> found = lookup(keys, method);
        for (const Hit &h : found)
            (inGiven(h.place) ? hits : elsewhere) << h;
        if (!hits.isEmpty())
            break;
    }
    if (hits.isEmpty() && !nameKey.isEmpty()) {
        // Typos: in the given countries, or among larger places when no country is given.
        const int tolerance = EditDistance::tolerance(nameKey.size());
        QStringList searchCountries;
        for (const QString &c : std::as_const(given)) {
            searchCountries << c;
        }
        const bool hasCountry = !given.isEmpty();
        if (!ref.position && tolerance > 0) {
            for (const GazetteerIndex::FuzzyHit &f :
                 m_index.fuzzy(nameKey, searchCountries, tolerance, hasCountry ? 0 : GazetteerIndex::largePopulation))
                hits.append({f.place, Method::Typo, f.primary, f.distance});
        }
    }

    // 3. Coordinates in the file decide: the nearest candidate within 25 km, or a new place.
    if (ref.position) {
        const LonLat at = *ref.position;
        QVector<Hit> all = hits + elsewhere;
        int best = -1;
        double bestDistance = nearMeters;
        for (const Hit &h : std::as_const(all)) {
            const double d = Geodesy::distanceMeters(at, m_index.place(h.place).position);
            if (d <= bestDistance) {
                best = h.place;
                bestDistance = d;
            }
        }
        if (best >= 0) {
            r.outcome = Outcome::Matched;
            r.method = Method::Coordinates;
            r.place = best;
            r.confidence = 0.97;
            r.reason = tr("named so, %1 km from the file's coordinates").arg(bestDistance / 1000.0, 0, 'f', 1);
            return r;
        }
        r.outcome = Outcome::Created;
        r.method = Method::NewPlace;
        // Named as the file writes it: "(Oder)" in "Schwedt (Oder)" helps to find a place,
        // but is part of the name of one made here (an export read back keeps its names).
        r.newName = ref.written.isEmpty() ? ref.name : ref.written;
        r.newPosition = at;
        QString country;
        for (const QString &c : std::as_const(given))
            if (country.isEmpty())
                country = c;
        const int nearest = m_index.nearest(at);
        if (country.isEmpty() && nearest >= 0)
            country = m_index.place(nearest).country;
        r.newCountry = country.isEmpty() ? QStringLiteral("ZZ") : country;
        r.confidence = 0.9;
        r.reason = all.isEmpty() ? tr("not in the atlas: a new place at the file's coordinates")
                                 : tr("no place of that name within 25 km of the file's coordinates: "
                                      "a new place there");
        for (const Hit &h : std::as_const(all))
            if (r.candidates.size() < 8)
                r.candidates << h.place;
        if (r.newName.isEmpty()) {
            r.outcome = Outcome::Unresolved;
            r.reason = tr("coordinates without a name");
        }
        return r;
    }

    // A typo at home is no answer when the exact name is abroad ("Sarajevo, Croatia").
    const bool onlyTypos = std::all_of(hits.cbegin(), hits.cend(), [](const Hit &h) { return h.method == Method::Typo; });
    if (hits.isEmpty() || (onlyTypos && !elsewhere.isEmpty())) {
        if (!elsewhere.isEmpty()) {
            r.outcome = Outcome::Doubtful;
            std::sort(elsewhere.begin(), elsewhere.end(), [this](const Hit &a, const Hit &b) {
                return m_index.place(a.place).population > m_index.place(b.place).population;
            });
            for (const Hit &h : std::as_const(elsewhere))
                if (r.candidates.size() < 8)
                    r.candidates << h.place;
            const GazetteerPlace &p = m_index.place(r.candidates.first());
            r.confidence = 0.3;
            r.reason = tr("“%1” is in %2, not in %3 as the list says")
                               .arg(ref.name, countries.countryName(p.country), givenText);
            return r;
        }
        r.outcome = Outcome::Unresolved;
        r.reason = ref.name.isEmpty() ? tr("no name") : tr("no place of this name in the atlas");
        return r;
    }

    // 4. Qualifiers narrow the candidates: a country, a division, or a nearby place named with
    // the name ("Wandsbek (Hamburg)", "Musashino, Tokyo", "Columbus, Franklin County").
    auto scoresOf = [&](const QVector<Hit> &candidates, QVector<double> *total, int *missed) {
        total->fill(0.0, candidates.size());
        *missed = -1;
        for (int qi = 0; qi < qualifiers.size(); ++qi) {
            bool any = false;
            for (int i = 0; i < candidates.size(); ++i) {
                const double add = PlaceQualifier::score(meanings.at(qi), m_index.qualified(candidates.at(i).place));
                (*total)[i] += add;
                any = any || add > 0;
            }
            // A parent written with the name that none of the candidates lies in.
            if (!any && qi < nameQualifiers && *missed < 0 && meanings.at(qi).namesParent())
                *missed = qi;
        }
    };
    QVector<double> scores;
    int missed = -1;
    scoresOf(hits, &scores, &missed);
    if (missed >= 0) {
        // A city's district: "Chaoyang (Beijing)" is "Chaoyang Qu" among the names of a place
        // in Beijing, "Huishan (Wuxi)" "Huishan Qu" near Wuxi.
        QStringList suffixed;
        for (const QString &suffix : PlaceQualifier::districtSuffixes())
            suffixed << nameKey + u' ' + suffix;
        QVector<Hit> inParent;
        for (const Hit &h : lookup(suffixed, Method::AlternateName))
            if (PlaceQualifier::score(meanings.at(missed), m_index.qualified(h.place)) > 0)
                inParent << h;
        if (inParent.isEmpty()) {
            r.outcome = Outcome::Doubtful;
            r.confidence = 0.3;
            r.reason = tr("no place of this name in or near %1, which the list names with it")
                               .arg(qualifiers.at(missed));
            QVector<Hit> sorted = hits;
            std::sort(sorted.begin(), sorted.end(), [this](const Hit &a, const Hit &b) {
                return m_index.place(a.place).population > m_index.place(b.place).population;
            });
            for (const Hit &h : std::as_const(sorted))
                if (r.candidates.size() < 8)
                    r.candidates << h.place;
            return r;
        }
        hits = inParent;
        scoresOf(hits, &scores, &missed);
    }
    const double top = *std::max_element(scores.cbegin(), scores.cend());
    QVector<Hit> kept;
    for (int i = 0; i < hits.size(); ++i)
        if (scores.at(i) >= top)
            kept << hits.at(i);
    // "Osh Region", "Nord Department": written as a division, it means the division where the
    // atlas has one.
    if (std::any_of(kept.cbegin(), kept.cend(), [this](const Hit &h) { return m_index.isDivision(h.place); })
        && std::all_of(kept.cbegin(), kept.cend(), [](const Hit &h) { return h.method == Method::Designator; })
        && std::any_of(exactKeys.cbegin(), exactKeys.cend(), [](const QString &k) {
               for (const QString &d : PlaceQualifier::designators())
                   if (PlaceQualifier::isDivisionWord(d) && (k.endsWith(u' ' + d) || k.startsWith(d + u' ')))
                       return true;
               return false;
           })) {
        kept.erase(std::remove_if(kept.begin(), kept.end(), [this](const Hit &h) { return !m_index.isDivision(h.place); }),
                   kept.end());
    }

    // 5. Places within 25 km of each other are one for this purpose (a city and its district);
    // of the rest, the clearly heaviest wins, else the user decides.
    const bool anyPrimary = std::any_of(kept.cbegin(), kept.cend(), [](const Hit &h) { return h.primary; });
    std::sort(kept.begin(), kept.end(), [this, anyPrimary](const Hit &a, const Hit &b) {
        const double wa = weight(m_index.place(a.place), a.primary, anyPrimary);
        const double wb = weight(m_index.place(b.place), b.primary, anyPrimary);
        return wa != wb ? wa > wb : a.place < b.place;
    });
    QVector<Hit> clusters;
    for (const Hit &h : std::as_const(kept)) {
        const LonLat p = m_index.place(h.place).position;
        const bool joined = std::any_of(clusters.cbegin(), clusters.cend(), [&](const Hit &c) {
            return withinMeters(m_index.place(c.place).position, p, nearMeters);
        });
        if (!joined)
            clusters << h;
    }
    for (const Hit &h : std::as_const(kept))
        if (r.candidates.size() < 8)
            r.candidates << h.place;
    const Hit best = clusters.first();
    const GazetteerPlace &bestPlace = m_index.place(best.place);
    double confidence = best.method == Method::Name ? 0.95
            : best.method == Method::AlternateName  ? 0.9
            : best.method == Method::Variant        ? 0.85
            : best.method == Method::Designator     ? 0.75
                                                    : (best.distance == 1 ? 0.7 : 0.6);
    if (given.isEmpty() && top <= 0)
        confidence -= 0.1;
    QString why;
    if (clusters.size() > 1) {
        const Hit &second = clusters.at(1);
        const double ratio = weight(bestPlace, best.primary, anyPrimary)
                / weight(m_index.place(second.place), second.primary, anyPrimary);
        if (ratio < clearMargin || (best.method == Method::Typo && ratio < 2 * clearMargin)) {
            r.outcome = Outcome::Doubtful;
            r.confidence = 0.4;
            r.reason = tr("%n places of similar weight answer to this name", nullptr, int(clusters.size()));
            r.candidates.clear();
            for (const Hit &c : std::as_const(clusters))
                if (r.candidates.size() < 8)
                    r.candidates << c.place;
            return r;
        }
        confidence = std::min(confidence, 0.7 + 0.05 * std::log2(ratio));
        why = tr("; the largest of %n places so named", nullptr, int(clusters.size()));
    }
    // A typo in a name given without a country could be any of a thousand towns' names.
    if (best.method == Method::Typo && given.isEmpty() && top <= 0) {
        r.outcome = Outcome::Doubtful;
        r.confidence = 0.4;
        r.reason = tr("only a name within %n letter(s) of it, and no country to go by", nullptr, best.distance);
        return r;
    }
    // A letter or two from a village is as likely another place the atlas lacks ("Weyhe" is
    // not Weyher, 400 km away): doubtful unless the region given says it is that one.
    const bool inNamedParent = std::any_of(meanings.cbegin(), meanings.cend(), [&](const PlaceQualifier::Meaning &m) {
        return m.namesParent() && PlaceQualifier::score(m, m_index.qualified(best.place)) >= 0.9;
    });
    const bool longName = best.distance == 1 && nameKey.size() >= 10; // "Les Quesnoy", rarely another place
    if (best.method == Method::Typo && bestPlace.population < smallPlace && !inNamedParent && !longName) {
        r.outcome = Outcome::Doubtful;
        r.confidence = 0.4;
        r.reason = tr("only a small place within %n letter(s) of this name", nullptr, best.distance);
        return r;
    }
    r.outcome = Outcome::Matched;
    r.method = best.method;
    r.place = best.place;
    r.confidence = std::clamp(confidence, 0.05, 0.99);
    switch (best.method) {
    case Method::Name: r.reason = tr("its name"); break;
    case Method::AlternateName: r.reason = tr("one of its names"); break;
    case Method::Variant: r.reason = tr("its name, spelled another way"); break;
    case Method::Designator: r.reason = tr("its name, without the added word"); break;
    case Method::Typo:
        r.reason = tr("a name %n letter(s) away", nullptr, best.distance);
        break;
    default: break;
    }
    if (top > 0)
        r.reason += tr(", in the region or country given");
    r.reason += why;
    return r;
}

} // namespace twinatlas
