// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

class QPainter;

namespace twinatlas {

class MapViewport;
struct MapRenderOptions;

/**
 * One rendering pass: the painter, and the arithmetic that turns projected metres into the
 * painter's logical pixels for the viewport, with the boxes that let a pass skip what is off
 * the device and clip what lies too far outside it for QPainter's rasteriser.
 */
class MapFrame
{
public:
    MapFrame(QPainter &painter, const MapViewport &viewport, const MapRenderOptions &options);

    QPainter &painter() const { return m_painter; }
    /** Logical pixels per projected metre. */
    double scale() const { return m_scale; }
    /** MapRenderOptions::pixelScale: multiplies every width and size. */
    double px() const { return m_px; }
    /** The device in logical pixels. */
    QRectF device() const { return m_device; }
    /** The projected rectangle shown, with a margin for line widths and dots. */
    QRectF visible() const { return m_visible; }
    /** A margin around the device that clipped geometry is cut to. */
    QRectF clip() const { return m_clip; }

    QPointF map(QPointF projected) const
    {
        return { m_ox + m_scale * projected.x(), m_oy - m_scale * projected.y() };
    }
    QPolygonF map(const QPolygonF &projected) const;

    /** Inclusive, so that the zero-height box of a line along a parallel still counts. */
    bool isVisible(const QRectF &projected) const
    {
        return projected.right() >= m_visible.left() && projected.left() <= m_visible.right()
                && projected.bottom() >= m_visible.top() && projected.top() <= m_visible.bottom();
    }
    bool isVisible(QPointF projected) const { return m_visible.contains(projected); }

    /** Whether a box's device coordinates are small enough to hand to QPainter unclipped. */
    bool isSafe(const QRectF &projected) const;
    /** Whether a path in logical pixels is small enough to hand to QPainter unclipped. */
    bool isSafeScreen(const QRectF &screen) const { return m_safe.contains(screen); }

    /** Strokes a projected polyline with the painter's pen, clipped when it reaches far out. */
    void strokePolyline(const QPolygonF &projected, const QRectF &bounds);

    /** A round-capped pen; dashed ones get about 4 px on, 3 px off at any width. */
    static QPen linePen(const QColor &color, double width, bool dashed = false);

private:
    QPainter &m_painter;
    double m_scale;
    double m_ox;
    double m_oy;
    double m_px;
    QRectF m_device;
    QRectF m_visible;
    QRectF m_clip;
    QRectF m_safe;
    QVector<QPolygonF> m_scratch;
};

} // namespace twinatlas
