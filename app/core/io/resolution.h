// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QString>
#include <QVector>

namespace twinatlas {

/**
 * What a place reference of a list resolved to, how, and how sure: the review table shows it,
 * the report writes it. Doubtful references are never imported without the user's word.
 */
struct Resolution
{
    enum class Outcome {
        Matched,    ///< a place of the atlas
        Created,    ///< a new place at the file's coordinates
        Doubtful,   ///< candidates exist but none is sure enough: for review
        Unresolved, ///< nothing found
        Skipped     ///< the user chose to leave it out
    };
    enum class Method {
        None,
        GeoNamesId,   ///< the file gives the GeoNames id
        Coordinates,  ///< the name's nearest place within 25 km of the file's coordinates
        Name,         ///< the place's own name
        AlternateName,///< one of its other names (other languages, spellings)
        Variant,      ///< St./Saint/Sankt and the like spelled out
        Designator,   ///< with "District", "Prefecture", "City of" ... taken off
        Typo,         ///< within a small edit distance
        NewPlace,     ///< created at the file's coordinates
        UserChoice    ///< picked or typed in the review
    };

    Outcome outcome = Outcome::Unresolved;
    Method method = Method::None;
    int place = -1;          ///< index in the GazetteerIndex, for Matched
    double confidence = 0;   ///< 0 to 1
    QString reason;          ///< for the user: why this place, or why none
    QVector<int> candidates; ///< places to choose from in the review, best first
    QString newName;         ///< for Created: the name, country and position of the new place
    QString newCountry;
    LonLat newPosition;

    bool isResolved() const { return outcome == Outcome::Matched || outcome == Outcome::Created; }
    static QString outcomeName(Outcome outcome);
    static QString methodName(Method method);
};

} // namespace twinatlas
