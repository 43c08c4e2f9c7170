// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linestyle.h"
#include "projectedgeometry.h"

#include <QVector>

#include <functional>

class QImage;

namespace twinatlas {

class MapFrame;
class MapNetwork;
struct MapPlace;
struct MapTheme;

/**
 * The partnership lines and place dots of the base image, for one frame: each line's style
 * (LineStyle) and which lines the frame shows, worked out once, then drawn with QPainter on
 * any device, or on a QImage in parallel bands with NetworkRaster, which is what makes 30,000
 * lines affordable.
 *
 * A frame showing more than denseLineCount lines is dense: at that density single lines no
 * longer read, the network does. Dashed lines (ended, suspended, proposed) are then drawn
 * solid with the ink of their dashes, a lighter grey; vector output strokes each style's lines
 * as one path (within it, overlaps do not add up), and the dots as one path; the lines are
 * simplified to half a device pixel. While a place is selected, every line is faded and the
 * dots step back (the overlay draws the selection).
 */
class NetworkLayer
{
public:
    static constexpr int denseLineCount = 2000;
    /** Vector output draws the dots as one path beyond this many. */
    static constexpr int denseDotCount = 2000;

    /** maxDots: draw only the largest places' dots (sketches of a turning globe); -1 all. */
    NetworkLayer(const MapNetwork &network, const ProjectedGeometry::Network &projected,
                 const MapTheme &theme, const MapFrame &frame, bool selection, int maxDots = -1);

    /**
     * Draws the layer. meanwhile, when given, is drawing that goes under the layer (the land):
     * on an image it runs on this thread while helper threads prepare the lines.
     */
    void draw(MapFrame &frame, const std::function<void()> &meanwhile = {}) const;
    bool isDense() const { return m_visibleLinks > denseLineCount; }

    /**
     * A dot's radius in logical pixels: its area in proportion to the number of partners,
     * times crowding (see crowdingFor()).
     */
    static double dotRadius(const MapPlace &place, int maxPartners, const MapTheme &theme,
                            double pixelScale, double crowding = 1.0);
    /**
     * Between 0.5 and 1: how much dots shrink when tens of thousands of places share the
     * frame, so that they stay dots rather than merge into a grey mass.
     */
    static double crowdingFor(const ProjectedGeometry::Network &projected, const MapFrame &frame);

private:
    struct Group
    {
        LineStyle style;
        QVector<int> links;
    };

    void drawWithPainter(MapFrame &frame) const;
    void drawOnImage(QImage &image, MapFrame &frame, const std::function<void()> &meanwhile) const;
    /** Visible dots in drawing order (largest first), at most m_maxDots. */
    QVector<int> visibleDots(const MapFrame &frame) const;

    const MapNetwork &m_network;
    const ProjectedGeometry::Network &m_projected;
    const MapTheme &m_theme;
    bool m_selection;
    double m_crowding = 1.0;
    int m_maxDots = -1;
    int m_visibleLinks = 0;
    QVector<Group> m_groups; ///< by LineStyle::classOf()
};

} // namespace twinatlas
