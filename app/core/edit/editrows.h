// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

// Whole rows of the tables a user can edit, every column, so that a change can be undone by
// writing back the row as it was. A null QString stands for SQL NULL and an empty one for '';
// ids of 0 stand for NULL where the column allows it. The provenance columns (origin,
// modifiedAt, dataVersion) are set by AtlasWriter for user edits and left alone otherwise.

/** A row of places. In an insert, id 0 or a negative placeholder lets the writer choose. */
struct PlaceRow
{
    qint64 id = 0;
    QString uid; ///< empty in an insert: "gn:<geonameId>" or a new "u:" uid
    qint64 geonameId = 0;
    QString name;
    QString asciiName;
    QString country; ///< ISO 3166-1 alpha-2
    QString admin1;
    double lon = 0;
    double lat = 0;
    qint64 population = 0;
    QString kind = QStringLiteral("city");
    QString note;
    qint64 sourceId = 0; ///< where the coordinates come from, or 0
    QString origin;
    QString modifiedAt;
    QString dataVersion;
};

/** An alternate name of a place; changed by removing one and adding another. */
struct AlternateNameRow
{
    qint64 placeId = 0;
    QString name;
};

/** A row of partnerships: two places, unordered, of one kind. */
struct PartnershipRow
{
    qint64 id = 0;
    QString uid;
    qint64 placeA = 0;
    qint64 placeB = 0;
    QString kind = QStringLiteral("twin_town");
    QString status = QStringLiteral("active");
    QString startDate; ///< ISO 8601 at its precision; null or empty for none
    QString endDate;
    QString note;
    QString origin;
    QString modifiedAt;
    QString dataVersion;
};

/** A row of events: something that happened in a partnership. */
struct EventRow
{
    qint64 id = 0;
    QString uid;
    qint64 partnershipId = 0;
    QString date;
    QString type = QStringLiteral("note");
    QString description;
    QString origin;
    QString modifiedAt;
    QString dataVersion;
};

/** A row of sources: a title and an http(s) URL or a document name. */
struct SourceRow
{
    qint64 id = 0;
    QString uid;
    QString title;
    QString url;
    QString document;
    QString origin;
    QString modifiedAt;
    QString dataVersion;
    QString retrieved; ///< the day a web source was last read (YYYY-MM-DD), or null
};

/** A source cited for a partnership. */
struct PartnershipSourceRow
{
    qint64 partnershipId = 0;
    qint64 sourceId = 0;
};

/** A source cited for an event. */
struct EventSourceRow
{
    qint64 eventId = 0;
    qint64 sourceId = 0;
};

/**
 * A postcard checklist entry: the card from partnerUid as placeUid's collector sees it.
 * Keyed by uids, not ids, so that it survives updates of the bundled data.
 */
struct ChecklistRow
{
    QString placeUid;
    QString partnerUid;
    QString state = QStringLiteral("wanted"); ///< wanted or received; no row means "not yet"
    QString receivedDate; ///< only for received cards; null for none
    QString note; ///< the sender, what the card shows
    QString modifiedAt;
};

/**
 * A place's name in one language. Of the names several sources give, the stronger is kept:
 * user over wikidata over cldr over geonames (origin), which the code building a change decides.
 */
struct PlaceNameRow
{
    qint64 placeId = 0;
    QString lang; ///< ISO 639-1 or -3 code
    QString name;
    QString origin = QStringLiteral("wikidata");
};

/** A Wikidata item ("Q64") and the place of the atlas it stands for, by the place's uid. */
struct WikidataPlaceRow
{
    QString item;
    QString placeUid;
};

/**
 * A Wikidata statement a fetch took in: what it said at the last fetch and the partnership it
 * states, by uid (empty: the user left it out). See the wikidata_statements table.
 */
struct WikidataStatementRow
{
    QString statement; ///< its GUID, "Q64$5D4B..."
    QString subject;   ///< the item the statement is on
    QString object;    ///< the twin it names
    QString partnershipUid;
    QString startDate; ///< ISO 8601 at its precision, or null
    QString endDate;
    QString countries;    ///< ISO codes of both places, space-separated
    QString missingSince; ///< the day a fetch first no longer found it, or null
};

/** A bundled row the user deleted, so that an update does not bring it back. */
struct TombstoneRow
{
    QString kind; ///< place, partnership, event or source
    QString uid;
    QString deletedAt;
};

} // namespace twinatlas
