// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasrecords.h"
#include "team/teamchange.h"

#include <QSet>
#include <QSqlDatabase>
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
 * here, so no widget builds SQL.
 */
class AtlasReader
{
public:
    explicit AtlasReader(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Place> place(qint64 id) const;
    std::optional<Place> placeByUid(const QString &uid) const;
    QStringList alternateNames(qint64 placeId) const;
    /** Partners of a place sorted by start date (undated last), with geodesic distances. */
    QVector<PartnerEntry> partnersOf(qint64 placeId) const;
    std::optional<Partnership> partnership(qint64 id) const;
    QVector<SourceRecord> sourcesOfPartnership(qint64 partnershipId) const;
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
    AtlasStats stats() const;

private:
    QSqlDatabase m_db;
};

} // namespace twinatlas
