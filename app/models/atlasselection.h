// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace twinatlas {

/**
 * The place and partnership the user is looking at, shared by the map, the city list and the
 * detail pane so that choosing a city in one of them chooses it in all. Ids are database ids;
 * 0 means nothing is selected. Setting the value it already has emits nothing, which is what
 * stops the panes from echoing a change back and forth.
 */
class AtlasSelection : public QObject
{
    Q_OBJECT

public:
    explicit AtlasSelection(QObject *parent = nullptr);

    qint64 placeId() const { return m_placeId; }
    qint64 partnershipId() const { return m_partnershipId; }

    /** Selects a place (0 for none) and forgets the partnership, which belonged to the old one. */
    void selectPlace(qint64 placeId);
    /** Selects one of the current place's partnerships (0 for none). */
    void selectPartnership(qint64 partnershipId);
    void clear();

signals:
    void placeChanged(qint64 placeId);
    void partnershipChanged(qint64 partnershipId);

private:
    qint64 m_placeId = 0;
    qint64 m_partnershipId = 0;
};

} // namespace twinatlas
