// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/**
 * Damerau-Levenshtein distance (adjacent transpositions count one) with a bound: typos are
 * looked for among hundreds of thousands of names, so the computation stops as soon as the
 * distance must exceed the bound.
 */
class EditDistance
{
public:
    /** The distance, or max + 1 when it is greater than max. */
    static int bounded(QStringView a, QStringView b, int max);
    /** The typos tolerated in a folded name of this length: none under 4 letters, 1, then 2. */
    static int tolerance(qsizetype length) { return length < 5 ? 0 : length < 9 ? 1 : 2; }
};

} // namespace twinatlas
