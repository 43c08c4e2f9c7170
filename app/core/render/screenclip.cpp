// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenclip.h"

#include <algorithm>

namespace twinatlas {

namespace {

enum Edge { Left, Right, Top, Bottom };

bool inside(QPointF p, const QRectF &r, Edge edge)
{
    switch (edge) {
    case Left:
        return p.x() >= r.left();
    case Right:
        return p.x() <= r.right();
    case Top:
        return p.y() >= r.top();
    case Bottom:
        break;
    }
    return p.y() <= r.bottom();
}

QPointF crossing(QPointF a, QPointF b, const QRectF &r, Edge edge)
{
    if (edge == Left || edge == Right) {
        const double x = edge == Left ? r.left() : r.right();
        const double t = (x - a.x()) / (b.x() - a.x());
        return { x, a.y() + t * (b.y() - a.y()) };
    }
    const double y = edge == Top ? r.top() : r.bottom();
    const double t = (y - a.y()) / (b.y() - a.y());
    return { a.x() + t * (b.x() - a.x()), y };
}

// Liang–Barsky: the part of segment ab inside r as parameters t0 <= t1, false when none.
bool clipSegment(QPointF a, QPointF b, const QRectF &r, double *t0, double *t1)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[] = { -dx, dx, -dy, dy };
    const double q[] = { a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y() };
    *t0 = 0.0;
    *t1 = 1.0;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            *t0 = std::max(*t0, t);
        else
            *t1 = std::min(*t1, t);
        if (*t0 > *t1)
            return false;
    }
    return true;
}

} // namespace

QPolygonF ScreenClip::clipPolygon(const QPolygonF &polygon, const QRectF &rect)
{
    QPolygonF current = polygon;
    QPolygonF next;
    for (Edge edge : { Left, Right, Top, Bottom }) {
        next.clear();
        const int n = current.size();
        for (int i = 0; i < n; ++i) {
            const QPointF a = current[(i + n - 1) % n];
            const QPointF b = current[i];
            const bool aIn = inside(a, rect, edge), bIn = inside(b, rect, edge);
            if (aIn != bIn)
                next.append(crossing(a, b, rect, edge));
            if (bIn)
                next.append(b);
        }
        current.swap(next);
        if (current.isEmpty())
            break;
    }
    return current;
}

void ScreenClip::clipPolyline(const QPolygonF &polyline, const QRectF &rect,
                              QVector<QPolygonF> &pieces)
{
    QPolygonF piece;
    for (int i = 1; i < polyline.size(); ++i) {
        const QPointF a = polyline[i - 1], b = polyline[i];
        double t0, t1;
        if (!clipSegment(a, b, rect, &t0, &t1)) {
            if (piece.size() >= 2)
                pieces.append(piece);
            piece.clear();
            continue;
        }
        const QPointF start = a + t0 * (b - a);
        const QPointF end = a + t1 * (b - a);
        if (piece.isEmpty() || t0 > 0.0) {
            if (piece.size() >= 2)
                pieces.append(piece);
            piece.clear();
            piece.append(start);
        }
        piece.append(end);
        if (t1 < 1.0) {
            pieces.append(piece);
            piece.clear();
        }
    }
    if (piece.size() >= 2)
        pieces.append(piece);
}

} // namespace twinatlas
