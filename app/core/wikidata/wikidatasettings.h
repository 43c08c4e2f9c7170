// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUrl>

namespace twinatlas {

/**
 * Preferences ▸ Wikidata, and what the fetch remembers between sessions: the SPARQL endpoint
 * (the Wikidata Query Service unless the user names another, such as a QLever instance or a
 * self-hosted one), whether to look for changes once a week at start (off unless the user
 * turns it on), and when and for what the last fetch was made.
 */
class WikidataSettings
{
public:
    WikidataSettings() = delete;

    static QUrl endpoint();
    /** An empty or default URL goes back to the Wikidata Query Service. */
    static void setEndpoint(const QUrl &endpoint);

    static bool weeklyCheck();
    static void setWeeklyCheck(bool on);

    /** The day and the scope (WikidataScope::key()) of the last fetch written to the atlas. */
    static QDate lastFetch();
    static QString lastScope();
    static void setLastFetch(const QDate &day, const QString &scopeKey);

    /** Whether the weekly check is on, a fetch was made, and a week has passed since. */
    static bool checkDue(const QDate &today = QDate::currentDate());

    /** Where the chunks of an unfinished fetch are kept (the user's cache folder). */
    static QString cacheDir();
};

} // namespace twinatlas
