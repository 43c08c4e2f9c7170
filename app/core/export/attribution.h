// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace twinatlas {

class AtlasReader;

/**
 * The credit line every exported map carries: the base map's, the gazetteer's (whose licence
 * asks for it) and the partnerships' sources. Source titles in the atlas are full citations
 * ("Postcrossing Blog, “Sister Cities of Düsseldorf — a call for postcards”, comment by
 * livi16"); a map has room for the publisher only, once each.
 */
class Attribution
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::Attribution)

public:
    Attribution() = delete;

    /** Sources named before the rest are counted ("… and 3 more"). */
    static constexpr int maxNamedSources = 3;
    /** Longer publisher names are cut at a word and end in an ellipsis. */
    static constexpr int maxNameLength = 40;

    /**
     * The publisher part of a citation: the first part before a comma, colon, dash or
     * parenthesis that is not a quoted title.
     */
    static QString sourceName(const QString &title);
    /** Publishers of the titles, the most cited first, each once: "A; B; C and 2 more". */
    static QString summarize(const QStringList &titles);
    /**
     * summarize() over the sources of every partnership of a place. A source that says where it
     * appeared (its document: "Postcrossing Blog, 2018") is credited to that, else to its title.
     */
    static QString partnershipSources(const AtlasReader &reader, qint64 placeId);
    /** The whole line; empty partnershipSources stands for the bundled data as a whole. */
    static QString line(const QString &partnershipSources);
};

} // namespace twinatlas
