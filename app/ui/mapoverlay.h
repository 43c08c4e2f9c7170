// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace twinatlas {

class MapView;

/**
 * A layer of marks over the map view that the renderer does not draw (MapRenderState carries
 * no places to mark): a transparent child of the view, sized with it and painted after it in
 * every frame, so that it moves with the map; mouse events pass through. Hidden until shown.
 */
class MapOverlay : public QWidget
{
    Q_OBJECT

public:
    MapOverlay(MapView *map, const QString &objectName);

protected:
    MapView *map() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<MapView> m_map;
};

} // namespace twinatlas
