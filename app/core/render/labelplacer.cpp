// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

namespace twinatlas {

LabelPlacer::LabelPlacer(QRectF bounds) : m_bounds(bounds) { }

void LabelPlacer::addObstacle(const QRectF &rect)
{
    m_obstacles.append(rect);
}

std::optional<QRectF> LabelPlacer::place(QPointF anchor, QSizeF textSize, double dotRadius,
                                         double gap)
{
    const double w = textSize.width(), h = textSize.height();
    const double off = dotRadius + gap;
    // Right first, as cartographers label points; left next so the label stays on the line of
    // its dot; above and below only when both sides are taken.
    const QRectF candidates[] = {
        QRectF(anchor.x() + off, anchor.y() - h / 2.0, w, h),
        QRectF(anchor.x() - off - w, anchor.y() - h / 2.0, w, h),
        QRectF(anchor.x() - w / 2.0, anchor.y() - off - h, w, h),
        QRectF(anchor.x() - w / 2.0, anchor.y() + off, w, h),
    };
    for (const QRectF &rect : candidates) {
        if (isFree(rect)) {
            m_placed.append(rect);
            return rect;
        }
    }
    return std::nullopt;
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_bounds.isEmpty() && !m_bounds.contains(rect))
        return false;
    for (const QRectF &other : m_placed)
        if (other.intersects(rect))
            return false;
    for (const QRectF &other : m_obstacles)
        if (other.intersects(rect))
            return false;
    return true;
}

} // namespace twinatlas
