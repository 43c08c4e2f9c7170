// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

namespace twinatlas {

class MapView;

/**
 * Marks on the map the partners whose postcard the collector has: a small card beside each
 * partner's dot. A transparent child of the MapView that follows its viewport: it is painted
 * after the view in every frame, so it moves with the map; it lets every mouse event through.
 * The renderer has no such layer (MapRenderState carries no places to mark), hence a widget.
 */
class CardMarkerOverlay : public QWidget
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<MapView> m_map;
    QSet<qint64> m_places;
};

} // namespace twinatlas
