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
#include <condition_variable>
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
 *
 * The network is double-buffered: readyNetwork() hands out the last one finished without ever
 * waiting, while network() projects (or waits for) the current one; the new one replaces the
 * old only when it is complete. Picking and the overlay use the first, renders the second.
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

    /**
     * The pieces of every line simplified (Douglas–Peucker) to tolerance metres, in one flat
     * array: piece p is points[starts[p] .. starts[p + 1]).
     */
    struct Simplified
    {
        double tolerance = 0.0;
        QVector<QPointF> points;
        QVector<int> starts;
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
         * The pieces simplified to fractions of the world's width, finest first: a frame
         * zoomed out draws a fraction of the vertices for the same picture.
         */
        QVector<Simplified> simplified;
        QVector<int> placeOrder; ///< places by partner count, largest first (drawing order)
        /** Lines that have pieces here: all of them, or the share a sketch draws. */
        int lineCount = 0;
        PlacePicker placePicker;
        LinkPicker linkPicker;

        /**
         * The coarsest simplification that strays at most maxError device pixels from the
         * lines at devicePixelsPerMetre; nullptr when only the pieces themselves are that close.
         */
        const Simplified *simplifiedFor(double devicePixelsPerMetre, double maxError = 0.5) const;
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

    /** The network projected, computed here or waited for when another thread is at it. */
    std::shared_ptr<const Network> network(const std::shared_ptr<const MapNetwork> &network) const;
    /** The last network finished (possibly of an older MapNetwork), or nullptr; never waits. */
    std::shared_ptr<const Network> readyNetwork() const;
    /**
     * Starts projecting network on a thread of its own unless it is ready or under way, so
     * that whoever calls network() next finds it done or waits only for the rest.
     */
    static void projectInBackground(const std::shared_ptr<const ProjectedGeometry> &geometry,
                                    const std::shared_ptr<const MapNetwork> &network);

    /**
     * A sketch of a network for frames of a gesture (MapRenderOptions::interactive): the lines
     * cut into long chords, no pickers, no simplified copies; cheap enough to make per frame.
     */
    std::shared_ptr<const Network> sketch(const std::shared_ptr<const MapNetwork> &network) const;

private:
    enum class Detail { Full, Sketch };

    std::shared_ptr<const Layer> projectLand(const BaseMap::Rings &rings) const;
    std::shared_ptr<const Layer> projectLines(const BaseMap::Rings &lines) const;
    std::shared_ptr<const Network> projectNetwork(const std::shared_ptr<const MapNetwork> &network,
                                                  Detail detail) const;
    std::shared_ptr<const Network> projectAndPublish(const std::shared_ptr<const MapNetwork> &network) const;
    QPolygonF closeAlongRim(const QVector<QPolygonF> &pieces) const;

    std::unique_ptr<Projection> m_projection;
    QString m_key;
    QPainterPath m_outline;

    mutable std::array<std::mutex, 8> m_mutexes;
    mutable std::array<std::shared_ptr<const Layer>, 3> m_land;
    mutable std::array<std::shared_ptr<const Layer>, 3> m_borders;
    mutable std::shared_ptr<const Layer> m_graticule;
    mutable std::shared_ptr<const Network> m_sketch;

    /** The double buffer: m_network is complete; m_projecting is under way (or null). */
    mutable std::mutex m_networkMutex;
    mutable std::condition_variable m_networkDone;
    mutable std::shared_ptr<const Network> m_network;
    mutable std::shared_ptr<const Network> m_lastFinished;
    mutable std::shared_ptr<const MapNetwork> m_projecting;
};

} // namespace twinatlas
