// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lonlat.h"

#include <QPolygonF>
#include <QVector>

namespace twinatlas {

class Projection;

/**
 * Turns lines and rings given in lon/lat into pieces in map coordinates that can be stroked or
 * filled without streaks, the job Marble's CylindricalProjection does for its date line:
 *
 * - cylindrical-like maps: a line is cut where it crosses the antimeridian, each piece ending
 *   exactly on the map's edge at the interpolated latitude;
 * - the orthographic globe: a line is clipped at the horizon, with the crossing interpolated,
 *   and the far side dropped;
 * - the azimuthal equidistant map: the center's antipode becomes the whole rim, so a line
 *   passing within 1 degree of it would sweep round the map; it is cut where it enters that
 *   cap and where it leaves it, and both ends are run on to the rim.
 *
 * Segments whose image is longer than maxSegmentLength() are subdivided along the great
 * circle, so that lines curve correctly near the poles and the antipode. Keep one object per
 * rendering pass (the projection must outlive it): it reuses its buffers from line to line.
 */
class ProjectedLine
{
public:
    explicit ProjectedLine(const Projection &projection);

    /**
     * Longest segment, in map metres, left as it is; 1 % of the world's width by default. The
     * renderer can set it from the zoom (a few pixels) to trade smoothness for speed.
     */
    double maxSegmentLength() const;
    void setMaxSegmentLength(double metres);

    /** The visible pieces of a polyline (e.g. from Geodesy::path), each with two points or more. */
    QVector<QPolygonF> project(const QVector<LonLat> &line);
    /** As above, appending to pieces; for the renderer's inner loop. */
    void project(const LonLat *points, int n, QVector<QPolygonF> &pieces);

    /**
     * Closed polygons to fill for one ring of a land or country polygon (vertices in order, the
     * closing vertex optional). On cylindrical-like maps the ring is split at the antimeridian
     * and each part closed along the map's edge, following its curve, and a ring that goes
     * round a pole is closed along that pole. Edges are taken as straight in lon/lat, as in
     * Natural Earth. Fill all rings of one polygon in one QPainterPath (odd-even rule): parts
     * may carry zero-width connections along the map's edge, invisible when filled but not
     * meant to be stroked; stroke coastlines with project() instead.
     *
     * Whether rings come split at ±180 depends on where they come from (checked by
     * tst_projectedline): world-atlas's are not (Fiji and Chukotka straddle the antimeridian,
     * Antarctica's ring goes round the South Pole), so forward-projecting their vertices
     * streaks across the map. The bundled data/geometry rings are split and closed along the
     * pole by scripts/regenerate-data.mjs: forward-projecting them works, except that an edge
     * along ±180 becomes a chord of Equal Earth's and Natural Earth's curved edge (up to 1 % of
     * a small part's area). This function handles both; it keeps a split ring in one piece.
     *
     * Other projections get the ring's clipped outline from project(), not fillable polygons
     * (filling on the globe needs the pieces rejoined along the horizon; not done yet).
     */
    QVector<QPolygonF> projectRing(const QVector<LonLat> &ring);
    void projectRing(const LonLat *points, int n, QVector<QPolygonF> &polygons);

private:
    void projectCylindrical(const LonLat *points, int n);
    void projectAzimuthal(const LonLat *points, int n);
    void appendSubdivided(LonLat a, LonLat b, QPointF pa, QPointF pb, int depth);
    void startPiece(QPointF point);
    void finishPiece();

    const Projection &m_projection;
    double m_maxSegmentLength = 0.0;
    bool m_cylindrical = false;
    QVector<QPointF> m_projected;
    QVector<LonLat> m_scratch;
    QPolygonF m_piece;
    int m_expectedPieceSize = 0;
    QVector<QPolygonF> *m_pieces = nullptr;
};

} // namespace twinatlas
