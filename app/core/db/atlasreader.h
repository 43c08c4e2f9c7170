// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasrecords.h"
#include "sqlfailure.h"
#include "team/teamchange.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace twinatlas {

/** A place with partnerships, in the compact form the map and the city list hold in memory. */
struct PlaceSummary
{
    qint64 id = 0;
    QString name;
    QString country;
    LonLat position{0, 0};
    qint64 population = 0;
    int partnerCount = 0;
};

/** A partnership as the map draws it: its two ends, kind and status. */
struct PartnershipLink
{
    qint64 id = 0;
    qint64 placeA = 0;
    qint64 placeB = 0;
    QString kind;
    QString status;
    QString startDate;
    QString endDate;
};

/**
 * Read-only queries over an open atlas connection. Everything the views show comes through
 * here, so no widget builds SQL. Places are named in the reader's language (place_names) where
 * the atlas knows their name in it, else as they are written there (places.name). A read that
 * fails (a damaged page, a disk error) is never passed off as fewer rows: failure() keeps the
 * first one, and the connection's watchers hear of it (ReadFailures); what the reader returned
 * after it may be incomplete.
 */
class AtlasReader
{
public:
    explicit AtlasReader(QSqlDatabase db, const QString &language = interfaceLanguage());

    /**
     * The language places are named in: the default QLocale's, which Translators::install sets
     * to the interface language ("de"; "en" for the C locale).
     */
    static QString interfaceLanguage();
    /**
     * An SQL expression of the name of the place row `alias` in language: its place_names entry,
     * else its own name. language must be a code of 2 or 3 letters (anything else gives the
     * place's own name).
     */
    static QString displayNameSql(const QString &alias, const QString &language);

    QString language() const { return m_language; }

    std::optional<Place> place(qint64 id) const;
    std::optional<Place> placeByUid(const QString &uid) const;
    QStringList alternateNames(qint64 placeId) const;
    /** Partners of a place sorted by start date (undated last), with geodesic distances. */
    QVector<PartnerEntry> partnersOf(qint64 placeId) const;
    std::optional<Partnership> partnership(qint64 id) const;
    QVector<SourceRecord> sourcesOfPartnership(qint64 partnershipId) const;
    /**
     * The day a fetch from Wikidata first no longer found any statement of a partnership it
     * had brought or confirmed (YYYY-MM-DD), or empty: the user decides what to do with it.
     */
    QString wikidataMissingSince(qint64 partnershipId) const;
    /** Events of a partnership in date order, each with its sources. */
    QVector<HistoryEvent> eventsOf(qint64 partnershipId) const;

    /** The place's partners with the state of their postcards, sorted by the partner's name. */
    QVector<ChecklistItem> checklistOf(qint64 placeId) const;
    ChecklistProgress checklistProgress(qint64 placeId) const;
    /** Partners of the place whose card has been received, for the map to mark. */
    QSet<qint64> partnersWithCard(qint64 placeId) const;

    /**
     * What the team server recorded of a shared row (who added, changed or removed it, and
     * when), oldest first, as of the last sync; empty for an atlas never synced with a team.
     */
    QVector<TeamChange> teamHistory(TeamKind kind, const QString &uid) const;

    QVector<PlaceSummary> placesWithPartnerships() const;
    QVector<PartnershipLink> partnershipLinks() const;
    /** Counts read from the tables themselves, so that a damaged page shows as a failure. */
    AtlasStats stats() const;

    /** The first read of this reader that failed; none while every read worked. */
    SqlFailure failure() const { return m_failure; }
    bool failed() const { return m_failure.isFailure(); }

private:
    QString placeSelect(const QString &where) const;
    // SqlRead's checked steps, keeping the first failure in m_failure.
    bool keep(const SqlFailure &failure) const;
    bool exec(QSqlQuery &q) const;
    bool exec(QSqlQuery &q, const QString &sql) const;
    bool ended(const QSqlQuery &q) const;
    bool first(QSqlQuery &q) const;
    bool first(QSqlQuery &q, const QString &sql) const;

    QSqlDatabase m_db;
    QString m_language;
    QString m_displayName; ///< displayNameSql("p", m_language)
    mutable SqlFailure m_failure;
};

} // namespace twinatlas
