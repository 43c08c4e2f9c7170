// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectedline.h"

#include "projection.h"

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double degree = pi / 180.0;
// Halving a 500 km segment 14 times leaves 30 m: any longer image is a true singularity.
constexpr int maxDepth = 14;

struct Vec3
{
    double x;
    double y;
    double z;

    static Vec3 from(LonLat p)
    {
        const double lat = p.lat * degree;
        const double lon = p.lon * degree;
        const double cosLat = std::cos(lat);
        return { cosLat * std::cos(lon), cosLat * std::sin(lon), std::sin(lat) };
    }

    LonLat toLonLat() const
    {
        return { std::atan2(y, x) / degree, std::atan2(z, std::hypot(x, y)) / degree };
    }

    double dot(const Vec3 &o) const { return x * o.x + y * o.y + z * o.z; }
    Vec3 lerp(const Vec3 &o, double s) const
    {
        return { x + s * (o.x - x), y + s * (o.y - y), z + s * (o.z - z) };
    }
};

double squaredLength(QPointF d)
{
    return d.x() * d.x() + d.y() * d.y();
}

// The point halfway along the great circle from a to b (never antipodal: neighbours are close).
LonLat greatCircleMidpoint(LonLat a, LonLat b)
{
    return Vec3::from(a).lerp(Vec3::from(b), 0.5).toLonLat();
}

// Latitude at which the great circle from a to b crosses the antimeridian, found where the
// chord meets the plane y = 0: normalising that point moves it along the arc, not off it.
double antimeridianCrossingLat(LonLat a, LonLat b)
{
    const Vec3 va = Vec3::from(a);
    const Vec3 vb = Vec3::from(b);
    if (va.y == vb.y)
        return (a.lat + b.lat) / 2.0;
    const Vec3 p = va.lerp(vb, va.y / (va.y - vb.y));
    return std::atan2(p.z, std::hypot(p.x, p.y)) / degree;
}

// Sutherland–Hodgman against one side of a meridian line in unwrapped lon/lat: the polygon's
// part with sign * (lon - edge) >= 0. Crossings are interpolated linearly, edges being straight
// in lon/lat, and land exactly on the edge.
void clipAtMeridian(const QVector<LonLat> &in, double edge, double sign, QVector<LonLat> &out)
{
    out.clear();
    const int n = in.size();
    for (int i = 0; i < n; ++i) {
        const LonLat a = in[(i + n - 1) % n];
        const LonLat b = in[i];
        const bool aInside = sign * (a.lon - edge) >= 0.0;
        const bool bInside = sign * (b.lon - edge) >= 0.0;
        if (aInside != bInside) {
            const double t = (edge - a.lon) / (b.lon - a.lon);
            out.append({ edge, a.lat + t * (b.lat - a.lat) });
        }
        if (bInside)
            out.append(b);
    }
}

} // namespace

ProjectedLine::ProjectedLine(const Projection &projection)
    : m_projection(projection)
    , m_maxSegmentLength(projection.worldBounds().width() / 100.0)
    , m_cylindrical(projection.isCylindricalLike())
{
}

double ProjectedLine::maxSegmentLength() const
{
    return m_maxSegmentLength;
}

void ProjectedLine::setMaxSegmentLength(double metres)
{
    m_maxSegmentLength = metres;
}

QVector<QPolygonF> ProjectedLine::project(const QVector<LonLat> &line)
{
    QVector<QPolygonF> pieces;
    project(line.constData(), line.size(), pieces);
    return pieces;
}

void ProjectedLine::project(const LonLat *points, int n, QVector<QPolygonF> &pieces)
{
    if (n < 2)
        return;
    m_cylindrical = m_projection.isCylindricalLike();
    m_projected.resize(n);
    m_projection.forward(points, m_projected.data(), n);
    m_pieces = &pieces;
    m_piece.clear();
    if (m_cylindrical)
        projectCylindrical(points, n);
    else
        projectAzimuthal(points, n);
    finishPiece();
    m_pieces = nullptr;
}

void ProjectedLine::projectCylindrical(const LonLat *points, int n)
{
    startPiece(m_projected[0]);
    for (int i = 1; i < n; ++i) {
        const LonLat a = points[i - 1];
        const LonLat b = points[i];
        if (std::fabs(b.lon - a.lon) <= 180.0) {
            appendSubdivided(a, b, m_projected[i - 1], m_projected[i], 0);
            continue;
        }
        // The step jumps across the antimeridian: end on a's edge, resume on b's.
        const double side = a.lon > 0.0 ? 180.0 : -180.0;
        const double lat = antimeridianCrossingLat(a, b);
        const LonLat edgeA { side, lat };
        const LonLat edgeB { -side, lat };
        const QPointF pEdgeB = m_projection.forward(edgeB);
        appendSubdivided(a, edgeA, m_projected[i - 1], m_projection.forward(edgeA), 0);
        finishPiece();
        startPiece(pEdgeB);
        appendSubdivided(edgeB, b, pEdgeB, m_projected[i], 0);
    }
}

void ProjectedLine::projectAzimuthal(const LonLat *points, int n)
{
    const Vec3 center = Vec3::from(m_projection.center());
    if (m_projection.horizonDegrees() >= 180.0) {
        // Everything is visible; subdivision finds and cuts passages by the antipode.
        startPiece(m_projected[0]);
        for (int i = 1; i < n; ++i)
            appendSubdivided(points[i - 1], points[i], m_projected[i - 1], m_projected[i], 0);
        return;
    }

    // The orthographic globe: the horizon is the great circle 90 degrees from the center.
    Vec3 va = Vec3::from(points[0]);
    double da = va.dot(center);
    if (da >= 0.0)
        startPiece(m_projected[0]);
    for (int i = 1; i < n; ++i) {
        const Vec3 vb = Vec3::from(points[i]);
        const double db = vb.dot(center);
        const bool aVisible = da >= 0.0;
        const bool bVisible = db >= 0.0;
        if (aVisible && bVisible) {
            appendSubdivided(points[i - 1], points[i], m_projected[i - 1], m_projected[i], 0);
        } else if (aVisible != bVisible) {
            // The chord meets the horizon's plane where dot = 0; normalising keeps it there.
            const LonLat horizon = va.lerp(vb, da / (da - db)).toLonLat();
            const QPointF pHorizon = m_projection.forward(horizon);
            if (aVisible) {
                appendSubdivided(points[i - 1], horizon, m_projected[i - 1], pHorizon, 0);
                finishPiece();
            } else {
                startPiece(pHorizon);
                appendSubdivided(horizon, points[i], pHorizon, m_projected[i], 0);
            }
        }
        va = vb;
        da = db;
    }
}

void ProjectedLine::appendSubdivided(LonLat a, LonLat b, QPointF pa, QPointF pb, int depth)
{
    if (squaredLength(pb - pa) <= m_maxSegmentLength * m_maxSegmentLength) {
        m_piece.append(pb);
        return;
    }
    if (depth >= maxDepth) {
        if (m_cylindrical || m_projection.horizonDegrees() < 180.0) {
            m_piece.append(pb);
            return;
        }
        // Azimuthal equidistant: still long after all the halving, so the segment passes by
        // the antipode, which the projection stretches over the whole rim. Cut, and run each
        // end out to the rim along its own direction.
        const double rim = pi * Projection::earthRadius;
        const double ra = std::hypot(pa.x(), pa.y());
        const double rb = std::hypot(pb.x(), pb.y());
        if (ra > 0.0)
            m_piece.append(pa * (rim / ra));
        finishPiece();
        startPiece(rb > 0.0 ? pb * (rim / rb) : pb);
        m_piece.append(pb);
        return;
    }

    LonLat m = greatCircleMidpoint(a, b);
    if (m_cylindrical) {
        if (std::fabs(m.lat) > 90.0 - 1e-9) {
            // Over the pole itself: on these maps the pole is a line (or a point), so go up a's
            // meridian, along the pole and down b's meridian.
            const LonLat poleA { a.lon, std::copysign(90.0, m.lat) };
            const LonLat poleB { b.lon, poleA.lat };
            const QPointF pPoleA = m_projection.forward(poleA);
            const QPointF pPoleB = m_projection.forward(poleB);
            appendSubdivided(a, poleA, pa, pPoleA, depth + 1);
            m_piece.append(pPoleB);
            appendSubdivided(poleB, b, pPoleB, pb, depth + 1);
            return;
        }
        // A segment along the map's edge must not have its midpoint flip to the other edge.
        const double side = a.lon + b.lon;
        if (side > 0.0 && m.lon < -90.0)
            m.lon = 180.0;
        else if (side < 0.0 && m.lon > 90.0)
            m.lon = -180.0;
    }
    const QPointF pm = m_projection.forward(m);
    appendSubdivided(a, m, pa, pm, depth + 1);
    appendSubdivided(m, b, pm, pb, depth + 1);
}

void ProjectedLine::startPiece(QPointF point)
{
    m_piece.clear();
    m_piece.append(point);
}

void ProjectedLine::finishPiece()
{
    if (m_piece.size() >= 2)
        m_pieces->append(m_piece);
    m_piece.clear();
}

QVector<QPolygonF> ProjectedLine::projectRing(const QVector<LonLat> &ring)
{
    QVector<QPolygonF> polygons;
    projectRing(ring.constData(), ring.size(), polygons);
    return polygons;
}

void ProjectedLine::projectRing(const LonLat *points, int n, QVector<QPolygonF> &polygons)
{
    if (n > 1 && points[n - 1] == points[0])
        --n; // the closing vertex is implied from here on
    if (n < 3)
        return;

    if (!m_projection.isCylindricalLike()) {
        QVector<LonLat> closed(points, points + n);
        closed.append(points[0]);
        project(closed.constData(), closed.size(), polygons);
        return;
    }

    // Unwrap the longitudes so the ring is continuous, then cut that plane figure into the
    // strip [-180, 180] once for each copy of it, shifted by 360 degrees, that meets the strip.
    QVector<LonLat> unwrapped;
    unwrapped.reserve(n + 3);
    unwrapped.append(points[0]);
    double minLon = points[0].lon;
    double maxLon = minLon;
    for (int i = 1; i < n; ++i) {
        double step = points[i].lon - points[i - 1].lon;
        if (step > 180.0)
            step -= 360.0;
        else if (step < -180.0)
            step += 360.0;
        const LonLat p { unwrapped.last().lon + step, points[i].lat };
        unwrapped.append(p);
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    }
    double closing = points[0].lon - points[n - 1].lon;
    if (closing > 180.0)
        closing -= 360.0;
    else if (closing < -180.0)
        closing += 360.0;
    const double sweep = unwrapped.last().lon + closing - unwrapped.first().lon;
    if (std::fabs(sweep) > 180.0) {
        // The ring goes once round a pole (its longitudes sweep 360 degrees): close it along
        // that pole. Land rings are smaller than a hemisphere, so the pole is on the ring's
        // side of the equator.
        double latSum = 0.0;
        for (int i = 0; i < n; ++i)
            latSum += points[i].lat;
        const double pole = latSum < 0.0 ? -90.0 : 90.0;
        const double endLon = unwrapped.first().lon + sweep;
        unwrapped.append({ endLon, points[0].lat });
        unwrapped.append({ endLon, pole });
        unwrapped.append({ unwrapped.first().lon, pole });
        minLon = std::min(minLon, endLon);
        maxLon = std::max(maxLon, endLon);
    }

    QVector<LonLat> shifted;
    QVector<LonLat> clipped;
    const int firstCopy = static_cast<int>(std::ceil((-180.0 - maxLon) / 360.0));
    const int lastCopy = static_cast<int>(std::floor((180.0 - minLon) / 360.0));
    for (int copy = firstCopy; copy <= lastCopy; ++copy) {
        shifted.resize(unwrapped.size());
        for (int i = 0; i < unwrapped.size(); ++i)
            shifted[i] = { unwrapped[i].lon + 360.0 * copy, unwrapped[i].lat };
        clipAtMeridian(shifted, -180.0, 1.0, clipped);
        clipAtMeridian(clipped, 180.0, -1.0, shifted);
        if (shifted.size() < 3)
            continue;

        // The map's edge is curved on pseudocylindrical maps: follow it in steps of a degree
        // wherever the clipped ring runs along it. Pole lines are straight on all of them.
        m_scratch.clear();
        for (int i = 0; i < shifted.size(); ++i) {
            const LonLat a = shifted[i];
            const LonLat b = shifted[(i + 1) % shifted.size()];
            m_scratch.append(a);
            if (std::fabs(a.lon) == 180.0 && a.lon == b.lon) {
                const int steps = static_cast<int>(std::fabs(b.lat - a.lat));
                for (int s = 1; s < steps; ++s)
                    m_scratch.append({ a.lon, a.lat + (b.lat - a.lat) * s / steps });
            }
        }
        m_scratch.append(m_scratch.first());
        QPolygonF polygon(m_scratch.size());
        m_projection.forward(m_scratch.constData(), polygon.data(), m_scratch.size());
        polygons.append(polygon);
    }
}

} // namespace twinatlas
