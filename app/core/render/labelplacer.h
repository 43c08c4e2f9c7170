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
 * free position of right, left, above and below its dot, or is dropped. Add labels in order of
 * importance (the selected place first, then partners by size) so that the ones left out are
 * the ones least missed.
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

    QRectF m_bounds;
    QVector<QRectF> m_placed;
    QVector<QRectF> m_obstacles;
};

} // namespace twinatlas
