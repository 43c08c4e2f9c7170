// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

/** About a short label's size: most rectangles cover a few cells. */
constexpr double cellSize = 64.0;

} // namespace

LabelPlacer::LabelPlacer(QRectF bounds) : m_bounds(bounds)
{
    if (m_bounds.isEmpty())
        return;
    m_columns = std::max(1, int(std::ceil(m_bounds.width() / cellSize)));
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / cellSize)));
    m_cells.resize(m_columns * m_rows);
}

bool LabelPlacer::cellRange(const QRectF &rect, int *x0, int *y0, int *x1, int *y1) const
{
    if (m_cells.isEmpty())
        return false;
    const auto column = [this](double x) {
        return std::clamp(int(std::floor((x - m_bounds.left()) / cellSize)), 0, m_columns - 1);
    };
    const auto row = [this](double y) {
        return std::clamp(int(std::floor((y - m_bounds.top()) / cellSize)), 0, m_rows - 1);
    };
    *x0 = column(rect.left());
    *x1 = column(rect.right());
    *y0 = row(rect.top());
    *y1 = row(rect.bottom());
    return true;
}

void LabelPlacer::insert(const QRectF &rect, bool obstacle)
{
    const int entry = obstacle ? -1 - int(m_obstacles.size()) : int(m_placed.size());
    (obstacle ? m_obstacles : m_placed).append(rect);
    int x0, y0, x1, y1;
    if (!cellRange(rect, &x0, &y0, &x1, &y1))
        return;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            m_cells[y * m_columns + x].append(entry);
}

void LabelPlacer::addObstacle(const QRectF &rect)
{
    insert(rect, true);
}

std::optional<QRectF> LabelPlacer::place(QPointF anchor, QSizeF textSize, double dotRadius,
                                         double gap)
{
    const double w = textSize.width(), h = textSize.height();
    const double off = dotRadius + gap;
    // Right first, as cartographers label points; left next so the label stays on the line of
    // its dot; above and below when both sides are taken, then the corners.
    const double corner = off * M_SQRT1_2;
    const QRectF candidates[] = {
        QRectF(anchor.x() + off, anchor.y() - h / 2.0, w, h),
        QRectF(anchor.x() - off - w, anchor.y() - h / 2.0, w, h),
        QRectF(anchor.x() - w / 2.0, anchor.y() - off - h, w, h),
        QRectF(anchor.x() - w / 2.0, anchor.y() + off, w, h),
        QRectF(anchor.x() + corner, anchor.y() - corner - h, w, h),
        QRectF(anchor.x() + corner, anchor.y() + corner, w, h),
        QRectF(anchor.x() - corner - w, anchor.y() - corner - h, w, h),
        QRectF(anchor.x() - corner - w, anchor.y() + corner, w, h),
    };
    for (const QRectF &rect : candidates) {
        if (isFree(rect)) {
            insert(rect, false);
            return rect;
        }
    }
    return std::nullopt;
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_bounds.isEmpty() && !m_bounds.contains(rect))
        return false;
    int x0, y0, x1, y1;
    if (!cellRange(rect, &x0, &y0, &x1, &y1)) {
        for (const QRectF &other : m_placed)
            if (other.intersects(rect))
                return false;
        for (const QRectF &other : m_obstacles)
            if (other.intersects(rect))
                return false;
        return true;
    }
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            for (int entry : m_cells[y * m_columns + x]) {
                const QRectF &other = entry >= 0 ? m_placed[entry] : m_obstacles[-1 - entry];
                if (other.intersects(rect))
                    return false;
            }
        }
    }
    return true;
}

} // namespace twinatlas
