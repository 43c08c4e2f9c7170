// SPDX-License-Identifier: GPL-3.0-or-later
#include "placepicker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace twinatlas {

PlacePicker::PlacePicker(const QVector<QPointF> &projected) : m_points(projected)
{
    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX;
    int valid = 0;
    for (const QPointF &p : m_points) {
        if (std::isnan(p.x()) || std::isnan(p.y()))
            continue;
        ++valid;
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    if (valid == 0)
        return;
    // About two points per cell on average; cities cluster, but a query then still looks at
    // a few dozen points, not thousands.
    const double width = std::max(maxX - minX, 1.0);
    const double height = std::max(maxY - minY, 1.0);
    m_cellSize = std::max(std::sqrt(width * height / std::max(1.0, valid / 2.0)), 1e-6);
    m_columns = std::min(4096, int(width / m_cellSize) + 1);
    m_rows = std::min(4096, int(height / m_cellSize) + 1);
    // Every point must lie in its own cell (the search bound relies on it), also when the
    // grid was capped.
    m_cellSize = std::max({ m_cellSize, width / m_columns * 1.000001, height / m_rows * 1.000001 });
    m_origin = QPointF(minX, minY);

    m_cellStart.fill(0, m_columns * m_rows + 1);
    QVector<int> cells(m_points.size(), -1);
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF &p = m_points[i];
        if (std::isnan(p.x()) || std::isnan(p.y()))
            continue;
        int cx, cy;
        cells[i] = cellOf(p.x(), p.y(), &cx, &cy);
        ++m_cellStart[cells[i] + 1];
    }
    for (int c = 0; c < m_columns * m_rows; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_order.resize(m_cellStart.last());
    QVector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (int i = 0; i < m_points.size(); ++i)
        if (cells[i] >= 0)
            m_order[fill[cells[i]]++] = i;
}

int PlacePicker::cellOf(double x, double y, int *cx, int *cy) const
{
    *cx = std::clamp(int(std::floor((x - m_origin.x()) / m_cellSize)), 0, m_columns - 1);
    *cy = std::clamp(int(std::floor((y - m_origin.y()) / m_cellSize)), 0, m_rows - 1);
    return *cy * m_columns + *cx;
}

int PlacePicker::nearest(QPointF projected, double maxDistance) const
{
    if (m_order.isEmpty() || !(maxDistance >= 0.0))
        return -1;
    // The query's cell, possibly outside the grid; cells at Chebyshev distance k + 1 from it
    // are at least k cells away, which bounds the search.
    const double fx = std::floor((projected.x() - m_origin.x()) / m_cellSize);
    const double fy = std::floor((projected.y() - m_origin.y()) / m_cellSize);
    if (!std::isfinite(fx) || !std::isfinite(fy))
        return -1;
    const double clampLimit = 1e9;
    const qint64 qx = qint64(std::clamp(fx, -clampLimit, clampLimit));
    const qint64 qy = qint64(std::clamp(fy, -clampLimit, clampLimit));
    const qint64 farthest = std::max({ std::abs(qx), std::abs(qx - m_columns + 1), std::abs(qy),
                                       std::abs(qy - m_rows + 1) });
    double best = maxDistance * maxDistance;
    int bestIndex = -1;
    const qint64 nearestRing = std::max({ qint64(0), -qx, qx - m_columns + 1, -qy, qy - m_rows + 1 });
    for (qint64 k = nearestRing; k <= farthest; ++k) {
        const double reach = (k - 1) * m_cellSize;
        if (k > 0 && reach > 0.0 && reach * reach > best)
            break;
        const qint64 x0 = std::max<qint64>(qx - k, 0), x1 = std::min<qint64>(qx + k, m_columns - 1);
        const qint64 y0 = std::max<qint64>(qy - k, 0), y1 = std::min<qint64>(qy + k, m_rows - 1);
        for (qint64 y = y0; y <= y1; ++y) {
            const bool edgeRow = y == qy - k || y == qy + k;
            for (qint64 x = x0; x <= x1; ++x) {
                if (!edgeRow && x != qx - k && x != qx + k) {
                    x = std::max(x, qx + k - 1); // skip the inside of the ring
                    continue;
                }
                const int c = int(y * m_columns + x);
                for (int j = m_cellStart[c]; j < m_cellStart[c + 1]; ++j) {
                    const int i = m_order[j];
                    const double dx = m_points[i].x() - projected.x();
                    const double dy = m_points[i].y() - projected.y();
                    const double d = dx * dx + dy * dy;
                    if (d < best || (d == best && (bestIndex < 0 || i < bestIndex))) {
                        best = d;
                        bestIndex = i;
                    }
                }
            }
        }
    }
    return bestIndex;
}

} // namespace twinatlas
