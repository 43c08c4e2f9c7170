// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

#include <optional>

namespace twinatlas {

/**
 * Places labels beside dots without letting them overlap, greedily: each label takes the first
 * free position of right, left, above, below and then the four corners of its dot, or is
 * dropped. Add labels in order of importance (the selected place first, then partners by size,
 * then the most-twinned places) so that the ones left out are the ones least missed.
 *
 * Rectangles are kept in a grid of cells, so that placing hundreds of labels among thousands
 * of obstacles stays a matter of microseconds each.
 */
class LabelPlacer
{
public:
    /** Labels must lie inside bounds (the device), unless it is empty. */
    explicit LabelPlacer(QRectF bounds = {});

    /** Space that labels must keep off, e.g. the dots they name. */
    void addObstacle(const QRectF &rect);

    /**
     * The rectangle for a label of size textSize beside a dot of radius dotRadius at anchor,
     * gap pixels away from it, or nothing when every position is taken.
     */
    std::optional<QRectF> place(QPointF anchor, QSizeF textSize, double dotRadius, double gap);

    /** Every rectangle placed so far, in order. */
    const QVector<QRectF> &placed() const { return m_placed; }

private:
    bool isFree(const QRectF &rect) const;
    void insert(const QRectF &rect, bool obstacle);
    /** Cells a rectangle covers, clamped to the grid; false when there is no grid. */
    bool cellRange(const QRectF &rect, int *x0, int *y0, int *x1, int *y1) const;

    QRectF m_bounds;
    QVector<QRectF> m_placed;
    QVector<QRectF> m_obstacles;
    /** Without bounds there is no grid, and every rectangle is looked at. */
    QVector<QVector<int>> m_cells; ///< entries: placed i as i, obstacle j as -1 - j
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace twinatlas
