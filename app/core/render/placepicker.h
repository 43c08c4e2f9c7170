// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QVector>

namespace twinatlas {

/**
 * Finds the place under the mouse among many (the full gazetteer has 135,000) without a scan:
 * a uniform grid over the points in projected metres, built once per projection. Points with
 * a NaN coordinate (hidden by the projection) are left out.
 */
class PlacePicker
{
public:
    PlacePicker() = default;
    explicit PlacePicker(const QVector<QPointF> &projected);

    int size() const { return m_points.size(); }

    /** Index of the point nearest to projected within maxDistance (projected metres), or -1. */
    int nearest(QPointF projected, double maxDistance) const;

private:
    int cellOf(double x, double y, int *cx, int *cy) const;

    QVector<QPointF> m_points;
    QPointF m_origin;
    double m_cellSize = 1.0;
    int m_columns = 0;
    int m_rows = 0;
    QVector<int> m_cellStart; ///< points of cell c: m_order[m_cellStart[c] .. m_cellStart[c + 1])
    QVector<int> m_order;
};

} // namespace twinatlas
