// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteerindex.h"
#include "importrecord.h"
#include "resolution.h"

namespace twinatlas {

/**
 * Resolves a place reference of a list to a place of the atlas, offline, and says how and how
 * sure. In order: the GeoNames id the file gives; the name (its own, an alternate, St./Saint
 * spelled out, "District" or "Prefecture" taken off, then a typo within a small edit
 * distance), narrowed by the country (any language, a code, a region) and the qualifiers
 * written with it; coordinates in the file pick the nearest candidate within 25 km, or make a
 * new place there. Ties go to the clearly more populous place.
 *
 * A name written as a division ("Hawaii County", "Osh Region") means a region or district
 * place where the atlas has one; qualifiers follow the rule shared with the search
 * (PlaceQualifier), and a qualifier naming a parent that no candidate lies in ("Miyoshi,
 * Saitama") makes the name doubtful unless a district of that name is found in it
 * ("Chaoyang (Beijing)").
 *
 * Wrong is worse than unresolved: a name found only in another country than the one given,
 * two candidates of similar weight, or only a small place a letter or two away, is not
 * guessed but Doubtful, with its candidates.
 * Const and without state, so that workers may share one.
 */
class PlaceResolver
{
public:
    /** Candidates this close to the file's coordinates are the same place. */
    static constexpr double nearMeters = 25000;
    /** A candidate wins a tie only when it outweighs the next by this factor. */
    static constexpr double clearMargin = 6.0;
    /** A typo is taken for a place only if the place has this many people or more. */
    static constexpr qint64 smallPlace = 10000;

    explicit PlaceResolver(const GazetteerIndex &index) : m_index(index) { }

    Resolution resolve(const PlaceReference &reference) const;
    /** A one-line description of a candidate for the review: name, division, country, size. */
    QString describe(int place) const;

private:
    /** Resolution by name, country, qualifiers and coordinates (text already found sound). */
    Resolution resolveName(const PlaceReference &reference) const;

    const GazetteerIndex &m_index;
};

} // namespace twinatlas
