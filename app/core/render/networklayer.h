// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectedgeometry.h"

#include <QColor>
#include <QVector>

class QImage;

namespace twinatlas {

class MapFrame;
class MapNetwork;
struct MapPlace;
struct MapTheme;

/**
 * The partnership lines and place dots of the base image, for one frame: which lines go in
 * which pen (worked out once), then drawn with QPainter on any device, or on a QImage in
 * parallel tiles with NetworkRaster, which is what makes 30,000 lines affordable.
 *
 * Lines: ended and suspended partnerships first, grey and dashed; then the kinds, the most
 * common first so that the rarer kinds stay visible on top; proposed ones dashed. While a
 * place is selected, every line is faded and the dots step back (the overlay draws the
 * selection).
 */
class NetworkLayer
{
public:
    NetworkLayer(const MapNetwork &network, const ProjectedGeometry::Network &projected,
                 const MapTheme &theme, const MapFrame &frame, bool selection);

    void draw(MapFrame &frame) const;

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
        QColor color;
        bool dashed;
        QVector<int> links;
    };

    void drawWithPainter(MapFrame &frame) const;
    void drawOnImage(QImage &image, MapFrame &frame) const;
    const QVector<QPolygonF> &piecesFor(const MapFrame &frame) const;

    const MapNetwork &m_network;
    const ProjectedGeometry::Network &m_projected;
    const MapTheme &m_theme;
    bool m_selection;
    double m_crowding = 1.0;
    QVector<Group> m_groups;
};

} // namespace twinatlas
