// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basemap.h"
#include "maplabel.h"
#include "maprenderoptions.h"
#include "maprenderstate.h"
#include "maptheme.h"

#include <QPointF>
#include <QVector>

#include <memory>
#include <mutex>

class QPainter;

namespace twinatlas {

class MapFrame;
class MapNetwork;
class MapViewport;
class ProjectedGeometry;

/**
 * Draws the atlas map with a QPainter on any paint device, so that the map view, the PNG,
 * SVG and PDF exporters and printing share one drawing and differ only in device and
 * MapRenderOptions (pixel scale, theme).
 *
 * Geometry is projected once per projection (id and center) into projected metres and kept
 * (ProjectedGeometry, for the last three projections); a frame only transforms it with the
 * viewport, so panning and zooming never project or compute a geodesic again. On a QImage the
 * network is drawn by NetworkRaster in parallel bands, elsewhere (SVG, PDF, printers) with
 * QPainter; both give the same picture. Frames of a turning globe (MapRenderOptions::
 * interactive) draw a sketch instead, projected afresh for each centre.
 *
 * Threads: one const renderer may be used from the UI thread and render threads at once, each
 * with its own QPainter. renderBase() projects what it lacks (on the calling thread, or waits
 * for the thread already at it); renderOverlay(), placeAt() and linkAt() never wait for a
 * projection: they use what is ready and have the rest projected in the background. The
 * setters are thread-safe too; a render that is running keeps drawing the data it started with.
 *
 * Order of drawing: sea (the world's outline), land, borders, graticule, partnership lines,
 * place dots, the names of the most-twinned places; then the overlay: the selected place's
 * lines strong and labelled partners, the hovered place's lines and the hovered line.
 */
class MapRenderer
{
public:
    MapRenderer();
    ~MapRenderer();
    MapRenderer(const MapRenderer &) = delete;
    MapRenderer &operator=(const MapRenderer &) = delete;

    void setBaseMap(std::shared_ptr<const BaseMap> baseMap);
    std::shared_ptr<const BaseMap> baseMap() const;
    void setNetwork(std::shared_ptr<const MapNetwork> network);
    std::shared_ptr<const MapNetwork> network() const;
    /** The theme of renders whose MapRenderOptions::theme is not set. */
    void setTheme(const MapTheme &theme);
    MapTheme theme() const;

    /** renderBase() then renderOverlay(): the whole map. */
    void render(QPainter &painter, const MapViewport &viewport, const MapRenderState &state,
                const MapRenderOptions &options = {}) const;
    /**
     * Everything that does not change when the mouse moves: the map and the network, with the
     * lines faded when a place is selected, and the names of the most-twinned places (clear of
     * the selection's). Depends on state.selectedPlace only, so a widget can cache this image
     * per viewport and selection and draw the overlay over it.
     */
    void renderBase(QPainter &painter, const MapViewport &viewport, const MapRenderState &state,
                    const MapRenderOptions &options = {}) const;
    /**
     * The selection's strong lines, dots and labels, and the hovered place and line. Never
     * waits for the network's projection: what it draws, it projects itself.
     */
    void renderOverlay(QPainter &painter, const MapViewport &viewport,
                       const MapRenderState &state, const MapRenderOptions &options = {}) const;

    /**
     * The names renderBase() sets for this view: the selection's first (as the overlay draws
     * them), then the most-twinned places'. For tests and for whoever needs to know what is
     * named where.
     */
    QVector<MapLabel> labels(const MapViewport &viewport, const MapRenderState &state,
                             const MapRenderOptions &options = {}) const;

    /**
     * Id of the place whose dot is nearest to screenPos within maxDistancePx, or 0. Never
     * waits: before the network is projected for the viewport's projection it looks at every
     * place itself.
     */
    qint64 placeAt(const MapViewport &viewport, QPointF screenPos, double maxDistancePx = 6.0) const;
    /**
     * Id of the partnership whose line is nearest to screenPos within maxDistancePx, or 0;
     * also 0 until the network is projected for the viewport's projection (see prepare()).
     */
    qint64 linkAt(const MapViewport &viewport, QPointF screenPos, double maxDistancePx = 4.0) const;

    /**
     * Projects everything the viewport will need, so that the first frame after a change of
     * projection is not slow; call it from a worker thread.
     */
    void prepare(const MapViewport &viewport) const;

    /** The land and border detail drawn at a scale: 110m for the world, then 50m, then 10m. */
    static BaseMap::Scale detailFor(double metresPerPixel);

private:
    struct Cache;
    struct Snapshot;
    Snapshot snapshot(const MapRenderOptions &options = {}) const;
    /** The projected geometry for the viewport's projection, made on first use. */
    std::shared_ptr<const ProjectedGeometry> geometryFor(const MapViewport &viewport,
                                                         bool interactive = false) const;
    /** The hubs' labels; the selection's, placed first, go to *selection when given. */
    QVector<MapLabel> placeLabels(const Snapshot &data, const ProjectedGeometry &geometry,
                                  const MapFrame &frame, const MapRenderState &state,
                                  bool interactive, QVector<MapLabel> *selection = nullptr) const;

    mutable std::mutex m_mutex;
    std::shared_ptr<const BaseMap> m_baseMap;
    std::shared_ptr<const MapNetwork> m_network;
    MapTheme m_theme;
    std::unique_ptr<Cache> m_cache; ///< guarded by m_mutex
};

} // namespace twinatlas
