// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelplacer.h"
#include "maplabel.h"

#include <QFont>
#include <QVector>

#include <functional>
#include <optional>

class QPainter;

namespace twinatlas {

class MapFrame;
class MapNetwork;
struct MapTheme;

/**
 * Which places get their names on the map, and where: the selected place (bold) and its
 * partners, most-twinned first, beside their dots; then, as space allows, the most-twinned
 * places in view, so that a world map names its hubs. Greedy over LabelPlacer's positions,
 * never overlapping. The base image and the overlay both ask this class, in the same order,
 * so the base can leave room for the labels the overlay draws.
 */
class PlaceLabels
{
public:
    /** Where a place's dot is drawn on the frame, in logical pixels, if it is. */
    using ScreenOf = std::function<std::optional<QPointF>(int place)>;
    /** A dot's radius in logical pixels. */
    using RadiusOf = std::function<double(int place)>;

    PlaceLabels(const MapNetwork &network, const MapTheme &theme, const MapFrame &frame,
                ScreenOf screenOf, RadiusOf radiusOf);

    /**
     * The selected place's partners ordered for labelling: most partnerships first, then
     * largest population.
     */
    static QVector<int> partnersOf(const MapNetwork &network, int place);

    /**
     * The selected place and its partners: their dots become obstacles (as the overlay draws
     * them, at least minimumRadius), then the labels, the selected one first.
     */
    QVector<MapLabel> placeSelection(int selected);
    /** One more label, for the hovered place. */
    std::optional<MapLabel> placeOne(int place, bool bold = false);
    /**
     * The most-twinned places among order (drawing order, most partners first) that are on
     * the frame, as long as room is left; places already labelled are skipped.
     */
    QVector<MapLabel> placeTop(const QVector<int> &order);

    const QVector<int> &labelled() const { return m_labelled; }

    /** The text with a halo in the theme's colours. */
    static void draw(QPainter &painter, const MapLabel &label, const MapTheme &theme, double px);
    /** Pixels, not points: a QImage claims 72 dpi and a PDF writer its own resolution. */
    static QFont font(const MapTheme &theme, double px, bool bold);

    /** Smallest radius of a selected dot and of its partners' dots, in logical pixels. */
    static constexpr double selectedDotRadius = 3.5;
    static constexpr double partnerDotRadius = 2.5;

private:
    std::optional<MapLabel> label(int place, bool bold, double padding);

    const MapNetwork &m_network;
    const MapTheme &m_theme;
    double m_px;
    ScreenOf m_screenOf;
    RadiusOf m_radiusOf;
    LabelPlacer m_placer;
    QVector<int> m_labelled;
};

} // namespace twinatlas
