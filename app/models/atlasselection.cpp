// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasselection.h"

namespace twinatlas {

AtlasSelection::AtlasSelection(QObject *parent) : QObject(parent) {}

void AtlasSelection::selectPlace(qint64 placeId)
{
    if (placeId == m_placeId)
        return;
    // Listeners to placeChanged() must already see no partnership: it was the old place's.
    const bool hadPartnership = m_partnershipId != 0;
    m_partnershipId = 0;
    m_placeId = placeId;
    if (hadPartnership)
        emit partnershipChanged(0);
    emit placeChanged(placeId);
}

void AtlasSelection::selectPartnership(qint64 partnershipId)
{
    if (partnershipId == m_partnershipId)
        return;
    m_partnershipId = partnershipId;
    emit partnershipChanged(partnershipId);
}

void AtlasSelection::clear()
{
    selectPlace(0);
}

} // namespace twinatlas
