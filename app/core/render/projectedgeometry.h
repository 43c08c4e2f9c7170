// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basemap.h"
#include "linkpicker.h"
#include "placepicker.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

#include <array>
#include <memory>
#include <mutex>

namespace twinatlas {

class MapNetwork;
class Projection;

/**
 * Everything the renderer draws, projected once for one projection (and center) into
 * projected metres: land, borders, the graticule and the partnership network, with the
 * bounding boxes that let a frame skip what is off the device. Each part is computed on first
 * use, under a lock of its own, so a render thread projecting the 10 m coast does not stop
 * the UI thread from drawing with the 110 m one. What it hands out is immutable and shared.
 */
class ProjectedGeometry
{
public:
    /** Polygons to fill and polylines to stroke, each with its bounding box. */
    struct Layer
    {
        QVector<QPolygonF> fills;
        QVector<QRectF> fillBounds;
        QVector<QPolygonF> lines;
        QVector<QRectF> lineBounds;
    };

    /** The network's places and lines; NaN positions for places the projection hides. */
    struct Network
    {
        std::shared_ptr<const MapNetwork> source;
        QVector<QPointF> places;
        QVector<int> pieceOffsets; ///< pieces of link i: pieces[pieceOffsets[i] .. [i + 1])
        QVector<QPolygonF> pieces;
        QVector<QRectF> linkBounds;
        /**
         * The pieces simplified (Douglas–Peucker) to coarseTolerance metres, a fraction of a
         * pixel on a world map: fewer vertices for frames zoomed out that far.
         * Same number of pieces, so pieceOffsets index both.
         */
        QVector<QPolygonF> coarsePieces;
        double coarseTolerance = 0.0;
        QVector<int> placeOrder; ///< places by partner count, largest first (drawing order)
        PlacePicker placePicker;
        LinkPicker linkPicker;
    };

    explicit ProjectedGeometry(const Projection &projection);
    ~ProjectedGeometry();

    /** Equal for projections that draw the same map: id and, where it moves, the center. */
    static QString keyOf(const Projection &projection);
    QString key() const { return m_key; }

    const Projection &projection() const { return *m_projection; }
    const QPainterPath &outline() const { return m_outline; }

    std::shared_ptr<const Layer> land(const BaseMap &baseMap, BaseMap::Scale scale) const;
    std::shared_ptr<const Layer> borders(const BaseMap &baseMap, BaseMap::Scale scale) const;
    std::shared_ptr<const Layer> graticule() const;
    std::shared_ptr<const Network> network(const std::shared_ptr<const MapNetwork> &network) const;

private:
    std::shared_ptr<const Layer> projectLand(const BaseMap::Rings &rings) const;
    std::shared_ptr<const Layer> projectLines(const BaseMap::Rings &lines) const;
    std::shared_ptr<const Network> projectNetwork(const std::shared_ptr<const MapNetwork> &network) const;
    QPolygonF closeAlongRim(const QVector<QPolygonF> &pieces) const;

    std::unique_ptr<Projection> m_projection;
    QString m_key;
    QPainterPath m_outline;

    mutable std::array<std::mutex, 8> m_mutexes;
    mutable std::array<std::shared_ptr<const Layer>, 3> m_land;
    mutable std::array<std::shared_ptr<const Layer>, 3> m_borders;
    mutable std::shared_ptr<const Layer> m_graticule;
    mutable std::shared_ptr<const Network> m_network;
};

} // namespace twinatlas
