// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeset.h"

namespace twinatlas {

void ChangeSet::removePlace(qint64 id)
{
    PlaceRow row;
    row.id = id;
    remove(row);
}

void ChangeSet::removePartnership(qint64 id)
{
    PartnershipRow row;
    row.id = id;
    remove(row);
}

void ChangeSet::removeEvent(qint64 id)
{
    EventRow row;
    row.id = id;
    remove(row);
}

void ChangeSet::removeSource(qint64 id)
{
    SourceRow row;
    row.id = id;
    remove(row);
}

void ChangeSet::addAlternateName(qint64 placeId, const QString &name)
{
    insert(AlternateNameRow{placeId, name});
}

void ChangeSet::removeAlternateName(qint64 placeId, const QString &name)
{
    remove(AlternateNameRow{placeId, name});
}

void ChangeSet::linkPartnershipSource(qint64 partnershipId, qint64 sourceId)
{
    insert(PartnershipSourceRow{partnershipId, sourceId});
}

void ChangeSet::unlinkPartnershipSource(qint64 partnershipId, qint64 sourceId)
{
    remove(PartnershipSourceRow{partnershipId, sourceId});
}

void ChangeSet::linkEventSource(qint64 eventId, qint64 sourceId)
{
    insert(EventSourceRow{eventId, sourceId});
}

void ChangeSet::unlinkEventSource(qint64 eventId, qint64 sourceId)
{
    remove(EventSourceRow{eventId, sourceId});
}

void ChangeSet::removeChecklistEntry(const QString &placeUid, const QString &partnerUid)
{
    ChecklistRow row;
    row.placeUid = placeUid;
    row.partnerUid = partnerUid;
    remove(row);
}

} // namespace twinatlas
