// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"
#include "mapoverlay.h"

#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>

namespace twinatlas {

/** A place the import review asks about: where it is and what to call it on the map. */
struct CandidateMarker
{
    LonLat position;
    QString name;
};

/**
 * Shows on the map the candidates of the name the import review asks about, numbered as in
 * the review's list, the highlighted one larger: most candidates are gazetteer places without
 * partnerships, which the map's network does not draw.
 */
class CandidateMarkerOverlay : public MapOverlay
{
    Q_OBJECT

public:
    explicit CandidateMarkerOverlay(MapView *map);

    /** Shows markers (none hides the overlay); current is the highlighted one, or -1. */
    void setMarkers(const QVector<CandidateMarker> &markers, int current);
    const QVector<CandidateMarker> &markers() const { return m_markers; }
    int current() const { return m_current; }
    /** Where marker i is drawn, or nothing when the map does not show its place. */
    std::optional<QPointF> markerCenter(int i) const;
    static QColor markerColor();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<CandidateMarker> m_markers;
    int m_current = -1;
};

} // namespace twinatlas
