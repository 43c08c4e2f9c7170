// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QVector>

namespace twinatlas {

/**
 * Finds the line under the mouse, so that hovering a partnership line names the pair: a
 * uniform grid over the segments of every line's projected pieces, each segment entered in
 * the cells its bounding box covers.
 */
class LinkPicker
{
public:
    LinkPicker() = default;
    /** pieces[i] are the projected pieces of line i (as ProjectedLine makes them). */
    explicit LinkPicker(const QVector<QVector<QPolygonF>> &pieces);
    /** The pieces of line i are pieces[pieceOffsets[i] .. pieceOffsets[i + 1]). */
    LinkPicker(const QVector<QPolygonF> &pieces, const QVector<int> &pieceOffsets);

    int size() const { return m_lineCount; }

    /**
     * Index of the line nearest to projected within maxDistance (projected metres), or -1;
     * the distance found goes to *distance when given.
     */
    int nearest(QPointF projected, double maxDistance, double *distance = nullptr) const;

private:
    void build();

    struct Segment
    {
        QPointF a;
        QPointF b;
        int line;
    };

    QVector<Segment> m_segments;
    int m_lineCount = 0;
    QPointF m_origin;
    double m_cellSize = 1.0;
    int m_columns = 0;
    int m_rows = 0;
    QVector<int> m_cellStart;
    QVector<int> m_entries; ///< segment indices, grouped by cell
};

} // namespace twinatlas
