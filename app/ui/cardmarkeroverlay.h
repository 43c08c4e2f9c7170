// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapoverlay.h"

#include <QSet>

namespace twinatlas {

/**
 * Marks on the map the partners whose postcard the collector has: a small card beside each
 * partner's dot.
 */
class CardMarkerOverlay : public MapOverlay
{
    Q_OBJECT

public:
    explicit CardMarkerOverlay(MapView *map);

    void setPlaces(const QSet<qint64> &placeIds);
    QSet<qint64> places() const { return m_places; }
    /** Where the marker of a place is drawn (its center), or a null point if it is not. */
    QPointF markerCenter(qint64 placeId) const;
    static QColor markerColor();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSet<qint64> m_places;
};

} // namespace twinatlas
