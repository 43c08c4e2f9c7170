// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectedline.h"

#include "projection.h"

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double degree = pi / 180.0;
// Halving a 500 km segment 14 times leaves 30 m.
constexpr int maxDepth = 14;
// On the azimuthal equidistant map, lines are cut where they come this close to the center's
// antipode: its image is the whole rim, so a line passing nearby would sweep round the map.
constexpr double antipodeGapDegrees = 1.0;

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
    Vec3 cross(const Vec3 &o) const
    {
        return { y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x };
    }
    Vec3 scaled(double f) const { return { x * f, y * f, z * f }; }
    Vec3 minus(const Vec3 &o) const { return { x - o.x, y - o.y, z - o.z }; }
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
// in lon/lat, and the new vertices lie exactly on the edge.
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

// The change in longitude from a to b along the ring, the short way round; except along a pole
// line (a ring already closed along the pole, as the bundled data's Antarctica), which is taken
// as it is written.
double unwrappedStep(LonLat a, LonLat b)
{
    const double step = b.lon - a.lon;
    if (std::fabs(a.lat) == 90.0 && a.lat == b.lat)
        return step;
    if (step > 180.0)
        return step - 360.0;
    if (step < -180.0)
        return step + 360.0;
    return step;
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
    m_expectedPieceSize = n + n / 4;
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
    // What is drawn is a cap round the center, whose edge is met by interpolation: on the globe
    // the horizon, 90 degrees away; on the azimuthal equidistant map everything but a small cap
    // round the antipode, where the image of a passing line would sweep round the rim.
    const Vec3 center = Vec3::from(m_projection.center());
    const bool wholeSphere = m_projection.horizonDegrees() >= 180.0;
    const double edge = wholeSphere ? -std::cos(antipodeGapDegrees * degree)
                                    : std::cos(m_projection.horizonDegrees() * degree);
    const double rim = pi * Projection::earthRadius;

    // Where the arc from a point inside the cap to one outside it crosses the cap's edge.
    const auto crossing = [&](const Vec3 &inside, const Vec3 &outside) {
        const double dIn = inside.dot(center);
        const double dOut = outside.dot(center);
        if (edge == 0.0) // a plane through the origin: normalising the chord point keeps it there
            return inside.lerp(outside, dIn / (dIn - dOut)).toLonLat();
        double lo = 0.0;
        double hi = 1.0;
        for (int k = 0; k < 60; ++k) {
            const double mid = (lo + hi) / 2.0;
            const Vec3 p = inside.lerp(outside, mid);
            (p.dot(center) >= edge * std::sqrt(p.dot(p)) ? lo : hi) = mid;
        }
        return inside.lerp(outside, lo).toLonLat();
    };
    // On the azimuthal equidistant map a cut line is run on to the rim, where it would go.
    const auto toRim = [&](QPointF p) { return p * (rim / std::hypot(p.x(), p.y())); };
    const auto leave = [&](LonLat from, QPointF pFrom, LonLat at) {
        const QPointF pAt = m_projection.forward(at);
        appendSubdivided(from, at, pFrom, pAt, 0);
        if (wholeSphere)
            m_piece.append(toRim(pAt));
        finishPiece();
    };
    const auto enter = [&](LonLat at, LonLat to, QPointF pTo) {
        const QPointF pAt = m_projection.forward(at);
        startPiece(wholeSphere ? toRim(pAt) : pAt);
        if (wholeSphere)
            m_piece.append(pAt);
        appendSubdivided(at, to, pAt, pTo, 0);
    };

    Vec3 va = Vec3::from(points[0]);
    bool aInside = va.dot(center) >= edge;
    if (aInside)
        startPiece(m_projected[0]);
    for (int i = 1; i < n; ++i) {
        const LonLat a = points[i - 1];
        const LonLat b = points[i];
        const Vec3 vb = Vec3::from(b);
        const bool bInside = vb.dot(center) >= edge;
        if (aInside && bInside) {
            // Both ends are drawn, but where the left-out cap is smaller than a hemisphere the
            // arc between them can still pass through it: look at its point farthest from the
            // center (the opposite of the center's projection on the arc's plane).
            bool dips = false;
            const Vec3 normal = va.cross(vb);
            if (edge < 0.0 && normal.dot(normal) > 1e-30) {
                const Vec3 unit = normal.scaled(1.0 / std::sqrt(normal.dot(normal)));
                const Vec3 inPlane = center.minus(unit.scaled(center.dot(unit)));
                const double inPlaneLength = std::sqrt(inPlane.dot(inPlane));
                if (inPlaneLength > 1e-15) {
                    const Vec3 farthest = inPlane.scaled(-1.0 / inPlaneLength);
                    dips = farthest.dot(center) < edge && va.cross(farthest).dot(normal) >= 0.0
                            && farthest.cross(vb).dot(normal) >= 0.0;
                    if (dips) {
                        leave(a, m_projected[i - 1], crossing(va, farthest));
                        enter(crossing(vb, farthest), b, m_projected[i]);
                    }
                }
            }
            if (!dips)
                appendSubdivided(a, b, m_projected[i - 1], m_projected[i], 0);
        } else if (aInside) {
            leave(a, m_projected[i - 1], crossing(va, vb));
        } else if (bInside) {
            enter(crossing(vb, va), b, m_projected[i]);
        }
        va = vb;
        aInside = bInside;
    }
}

void ProjectedLine::appendSubdivided(LonLat a, LonLat b, QPointF pa, QPointF pb, int depth)
{
    if (squaredLength(pb - pa) <= m_maxSegmentLength * m_maxSegmentLength) {
        m_piece.append(pb);
        return;
    }
    if (depth >= maxDepth) {
        // Only a segment exactly over a pole of a cylindrical map gets here; it runs along the
        // map's pole line, which is right.
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
    // A finished piece was handed over (shared), so this allocates afresh: once, at about the
    // size the piece will have, rather than growing through several reallocations.
    m_piece.clear();
    m_piece.reserve(m_expectedPieceSize);
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
        const LonLat p { unwrapped.last().lon + unwrappedStep(points[i - 1], points[i]),
                         points[i].lat };
        unwrapped.append(p);
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    }
    const double sweep = unwrapped.last().lon + unwrappedStep(points[n - 1], points[0])
            - unwrapped.first().lon;
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
    // Copies that overlap the strip, not just touch its edge.
    const int firstCopy = static_cast<int>(std::floor((-180.0 - maxLon) / 360.0)) + 1;
    const int lastCopy = static_cast<int>(std::ceil((180.0 - minLon) / 360.0)) - 1;
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
