// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapframe.h"

#include "maprenderoptions.h"
#include "mapviewport.h"
#include "screenclip.h"

#include <QPainter>

#include <algorithm>

namespace twinatlas {

MapFrame::MapFrame(QPainter &painter, const MapViewport &viewport, const MapRenderOptions &options)
    : m_painter(painter),
      m_scale(viewport.scale()),
      m_ox(viewport.size().width() / 2.0 - viewport.scale() * viewport.center().x()),
      m_oy(viewport.size().height() / 2.0 + viewport.scale() * viewport.center().y()),
      m_px(options.pixelScale),
      m_device(QPointF(0, 0), viewport.size())
{
    const double margin = 24.0 * m_px / m_scale;
    m_visible = viewport.visibleProjectedRect().adjusted(-margin, -margin, margin, margin);
    m_clip = m_device.adjusted(-64.0, -64.0, 64.0, 64.0);
    m_safe = m_device.adjusted(-ScreenClip::safeRange, -ScreenClip::safeRange,
                               ScreenClip::safeRange, ScreenClip::safeRange);
}

QPolygonF MapFrame::map(const QPolygonF &projected) const
{
    QPolygonF out(projected.size());
    const QPointF *in = projected.constData();
    QPointF *o = out.data();
    for (int i = 0; i < projected.size(); ++i)
        o[i] = QPointF(m_ox + m_scale * in[i].x(), m_oy - m_scale * in[i].y());
    return out;
}

bool MapFrame::isSafe(const QRectF &projected) const
{
    return m_safe.contains(QRectF(map(projected.bottomLeft()), map(projected.topRight())));
}

void MapFrame::strokePolyline(const QPolygonF &projected, const QRectF &bounds)
{
    const QPolygonF screen = map(projected);
    if (isSafe(bounds)) {
        m_painter.drawPolyline(screen);
        return;
    }
    m_scratch.clear();
    ScreenClip::clipPolyline(screen, m_clip, m_scratch);
    for (const QPolygonF &piece : qAsConst(m_scratch))
        m_painter.drawPolyline(piece);
}

QPen MapFrame::linePen(const QColor &color, double width, bool dashed)
{
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (dashed) {
        // Dash lengths are in pen widths.
        const double w = std::max(width, 0.1);
        pen.setDashPattern({ std::max(1.0, 4.0 / w), std::max(1.0, 3.0 / w) });
        pen.setCapStyle(Qt::FlatCap);
    }
    return pen;
}

} // namespace twinatlas
