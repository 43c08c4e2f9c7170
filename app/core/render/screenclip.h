// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QVector>

namespace twinatlas {

/**
 * Cuts geometry down to (a margin around) the device before it is drawn. Zoomed in to a city,
 * a coastline's far vertices lie millions of pixels away, beyond the coordinate range QPainter's
 * rasteriser works in, which shows as spikes and missing fills; clipping first avoids that.
 */
class ScreenClip
{
public:
    ScreenClip() = delete;

    /** Beyond this many pixels from the device, geometry is clipped before drawing. */
    static constexpr double safeRange = 16384.0;

    /** The part of a closed polygon inside rect (Sutherland–Hodgman); fine for filling. */
    static QPolygonF clipPolygon(const QPolygonF &polygon, const QRectF &rect);
    /** The pieces of a polyline inside rect, appended to pieces. */
    static void clipPolyline(const QPolygonF &polyline, const QRectF &rect,
                             QVector<QPolygonF> &pieces);
};

} // namespace twinatlas
