// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QString>
#include <QVector>

namespace twinatlas {

/** A place as the atlas stores it (see AtlasSchema for the rules each field obeys). */
struct Place
{
    qint64 id = 0;
    QString uid;          ///< "gn:<geonameid>" for GeoNames places, "x:..." or "u:..." otherwise
    qint64 geonameId = 0; ///< 0 where not known
    QString name;      ///< in the reader's language where the atlas knows it, else localName
    QString localName; ///< the name as it is written there (GeoNames' main name), as stored
    QString asciiName;
    QString country;   ///< ISO 3166-1 alpha-2
    QString admin1;    ///< GeoNames first-level division code
    QString admin1Name;
    LonLat position{0, 0};
    qint64 population = 0;
    QString kind; ///< city, town, district, region
    QString note;
    QString origin; ///< bundled or user
    QString modifiedAt; ///< when the user last changed it (ISO 8601, UTC), or empty
    int partnerCount = 0;
    QString dataVersion; ///< the bundled data version a bundled row came from
};

/** Where a fact comes from: a title and an http(s) URL or a document name. */
struct SourceRecord
{
    qint64 id = 0;
    QString uid;
    QString title;
    QString url;
    QString document;
    QString retrieved; ///< the day a web source was last read (YYYY-MM-DD), or empty
};

/** A partnership between two places, unordered, of one kind. */
struct Partnership
{
    qint64 id = 0;
    QString uid;
    qint64 placeA = 0;
    qint64 placeB = 0;
    QString kind;
    QString status;
    QString startDate; ///< ISO 8601 at its own precision, or empty
    QString endDate;
    QString note;
    QString origin;
    QString modifiedAt;
    QString dataVersion;
};

/** One partner of a place, as the detail pane and the query command list them. */
struct PartnerEntry
{
    Partnership partnership;
    Place partner;
    double distanceMeters = 0;
};

/** An event in the history of a partnership. */
struct HistoryEvent
{
    qint64 id = 0;
    qint64 partnershipId = 0;
    QString date;
    QString type;
    QString description;
    QString origin;
    QVector<SourceRecord> sources;
    QString uid;
    QString modifiedAt;
    QString dataVersion;
};

/** One partner on a place's postcard checklist: received, wanted or not yet. */
struct ChecklistItem
{
    enum class State { NotYet, Wanted, Received };

    qint64 partnerId = 0;
    QString partnerUid;
    QString partnerName;
    QString country;
    LonLat position{0, 0};
    State state = State::NotYet;
    QString receivedDate; ///< ISO 8601 at its own precision, or empty
    QString note;         ///< the sender, what the card shows
    QString modifiedAt;
};

/** "5 of 12 twins": how far a place's checklist has come. */
struct ChecklistProgress
{
    int received = 0;
    int wanted = 0;
    int total = 0; ///< partners of the place
};

/** The counts `twinatlas query --stats` prints. */
struct AtlasStats
{
    qint64 places = 0;
    qint64 placesWithPartnerships = 0;
    qint64 alternateNames = 0;
    qint64 partnerships = 0;
    qint64 events = 0;
    qint64 sources = 0;
};

} // namespace twinatlas
