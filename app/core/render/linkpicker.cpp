// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpicker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace twinatlas {

namespace {

double squaredDistanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const double vx = b.x() - a.x(), vy = b.y() - a.y();
    const double wx = p.x() - a.x(), wy = p.y() - a.y();
    const double length2 = vx * vx + vy * vy;
    double t = length2 > 0.0 ? (wx * vx + wy * vy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double dx = wx - t * vx, dy = wy - t * vy;
    return dx * dx + dy * dy;
}

} // namespace

LinkPicker::LinkPicker(const QVector<QVector<QPolygonF>> &pieces) : m_lineCount(pieces.size())
{
    for (int line = 0; line < pieces.size(); ++line)
        for (const QPolygonF &piece : pieces[line])
            for (int i = 1; i < piece.size(); ++i)
                m_segments.append({ piece[i - 1], piece[i], line });
    build();
}

LinkPicker::LinkPicker(const QVector<QPolygonF> &pieces, const QVector<int> &pieceOffsets)
    : m_lineCount(std::max(0, int(pieceOffsets.size()) - 1))
{
    int segments = 0;
    for (const QPolygonF &piece : pieces)
        segments += std::max(0, int(piece.size()) - 1);
    m_segments.reserve(segments);
    for (int line = 0; line < m_lineCount; ++line)
        for (int p = pieceOffsets[line]; p < pieceOffsets[line + 1]; ++p)
            for (int i = 1; i < pieces[p].size(); ++i)
                m_segments.append({ pieces[p][i - 1], pieces[p][i], line });
    build();
}

void LinkPicker::build()
{
    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX;
    double totalLength = 0.0;
    // Segments with a coordinate that is not finite cannot be picked: dropped.
    m_segments.erase(std::remove_if(m_segments.begin(), m_segments.end(),
                                    [](const Segment &s) {
                                        return !std::isfinite(s.a.x() + s.a.y() + s.b.x() + s.b.y());
                                    }),
                     m_segments.end());
    for (const Segment &s : qAsConst(m_segments)) {
        totalLength += std::hypot(s.b.x() - s.a.x(), s.b.y() - s.a.y());
        minX = std::min({ minX, s.a.x(), s.b.x() });
        maxX = std::max({ maxX, s.a.x(), s.b.x() });
        minY = std::min({ minY, s.a.y(), s.b.y() });
        maxY = std::max({ maxY, s.a.y(), s.b.y() });
    }
    if (m_segments.isEmpty())
        return;
    // Cells about as large as an average segment: each segment then falls in a few cells.
    const double width = std::max(maxX - minX, 1.0);
    const double height = std::max(maxY - minY, 1.0);
    const double meanLength = totalLength / m_segments.size();
    const double cellsWanted = std::min(4.0e6, std::max(1.0, 2.0 * m_segments.size()));
    m_cellSize = std::max(meanLength, std::sqrt(width * height / cellsWanted));
    m_columns = std::min(4096, int(width / m_cellSize) + 1);
    m_rows = std::min(4096, int(height / m_cellSize) + 1);
    m_cellSize = std::max({ m_cellSize, width / m_columns * 1.000001, height / m_rows * 1.000001 });
    m_origin = QPointF(minX, minY);

    auto cellRange = [this](const Segment &s, int *x0, int *x1, int *y0, int *y1) {
        const auto column = [this](double x) {
            return std::clamp(int(std::floor((x - m_origin.x()) / m_cellSize)), 0, m_columns - 1);
        };
        const auto row = [this](double y) {
            return std::clamp(int(std::floor((y - m_origin.y()) / m_cellSize)), 0, m_rows - 1);
        };
        *x0 = column(std::min(s.a.x(), s.b.x()));
        *x1 = column(std::max(s.a.x(), s.b.x()));
        *y0 = row(std::min(s.a.y(), s.b.y()));
        *y1 = row(std::max(s.a.y(), s.b.y()));
    };
    m_cellStart.fill(0, m_columns * m_rows + 1);
    for (const Segment &s : qAsConst(m_segments)) {
        int x0, x1, y0, y1;
        cellRange(s, &x0, &x1, &y0, &y1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                ++m_cellStart[y * m_columns + x + 1];
    }
    for (int c = 0; c < m_columns * m_rows; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_entries.resize(m_cellStart.last());
    QVector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (int i = 0; i < m_segments.size(); ++i) {
        int x0, x1, y0, y1;
        cellRange(m_segments[i], &x0, &x1, &y0, &y1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_entries[fill[y * m_columns + x]++] = i;
    }
}

int LinkPicker::nearest(QPointF projected, double maxDistance, double *distance) const
{
    if (m_segments.isEmpty() || !(maxDistance >= 0.0))
        return -1;
    // Only the cells within maxDistance are looked at: a segment passing that close has a
    // point in one of them, and its bounding box, hence its entry, covers that cell.
    const auto column = [this](double x) {
        return int(std::clamp(std::floor((x - m_origin.x()) / m_cellSize), -1.0, double(m_columns)));
    };
    const auto row = [this](double y) {
        return int(std::clamp(std::floor((y - m_origin.y()) / m_cellSize), -1.0, double(m_rows)));
    };
    const int x0 = std::max(0, column(projected.x() - maxDistance));
    const int x1 = std::min(m_columns - 1, column(projected.x() + maxDistance));
    const int y0 = std::max(0, row(projected.y() - maxDistance));
    const int y1 = std::min(m_rows - 1, row(projected.y() + maxDistance));
    double best = maxDistance * maxDistance;
    int bestLine = -1;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const int c = y * m_columns + x;
            for (int j = m_cellStart[c]; j < m_cellStart[c + 1]; ++j) {
                const Segment &s = m_segments[m_entries[j]];
                const double d = squaredDistanceToSegment(projected, s.a, s.b);
                if (d < best || (d == best && (bestLine < 0 || s.line < bestLine))) {
                    best = d;
                    bestLine = s.line;
                }
            }
        }
    }
    if (bestLine >= 0 && distance)
        *distance = std::sqrt(best);
    return bestLine;
}

} // namespace twinatlas
