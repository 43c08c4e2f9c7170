// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/**
 * What a fetch does to one partnership, or would do, for the review and the report: added,
 * its dates changed as Wikidata's changed, the atlas's own version kept against Wikidata's,
 * or no longer listed in Wikidata (for the user to decide: it is never removed silently).
 */
struct WikidataChange
{
    enum class Kind { Added, DatesChanged, Kept, NoLongerListed };

    Kind kind = Kind::Added;
    qint64 partnershipId = 0; ///< in the atlas; 0 for one the fetch adds
    QString placeName;
    QString partnerName;
    QString statement;  ///< a statement of it ("Q64$…")
    QString detail;     ///< what changed, or what was kept and why, for the user
    bool remove = false; ///< NoLongerListed: the user chose to remove the partnership

    /** "added", "dates-changed", "kept", "no-longer-in-wikidata": for reports. */
    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Added: return QStringLiteral("added");
        case Kind::DatesChanged: return QStringLiteral("dates-changed");
        case Kind::Kept: return QStringLiteral("kept");
        case Kind::NoLongerListed: return QStringLiteral("no-longer-in-wikidata");
        }
        return {};
    }
};

} // namespace twinatlas
