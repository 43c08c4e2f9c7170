// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/**
 * One "twinned administrative body" (P190) statement: the item it is on, the twin it names,
 * and its start (P580) and end (P582) qualifiers at their precision. Most twinnings are stated
 * on both items, as two statements.
 */
struct TwinningStatement
{
    QString id;      ///< the statement's GUID, "Q64$5D4B…"
    QString subject; ///< "Q64"
    QString object;  ///< "Q90"
    QString start;   ///< ISO 8601 at its precision ("1987", "1987-05", "1987-05-12"), or empty
    QString end;

    /** The statement on its item's page: the page, scrolled to the statement. */
    QString url() const
    {
        return QStringLiteral("https://www.wikidata.org/wiki/") + subject + u'#' + id;
    }
};

} // namespace twinatlas
