// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectedgeometry.h"

#include "geo/projectedline.h"
#include "geo/projection.h"
#include "mapnetwork.h"
#include "parallelfor.h"

#include <QThreadPool>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace twinatlas {

namespace {

enum Slot { LandSlot = 0, BordersSlot = 3, GraticuleSlot = 6, SketchSlot = 7 };

/** Links are projected in parallel in chunks of this many, joined in their order after. */
constexpr int chunkSize = 512;
/** Simplified copies of the network at these fractions of the world's width. */
constexpr double simplifiedFractions[] = { 1.0 / 16000.0, 1.0 / 4000.0, 1.0 / 1000.0 };
/** A sketch shows at most this many lines, with chords of at most this many path steps. */
constexpr int sketchLines = 5000;
constexpr int sketchStride = 5;

// QRectF::united() ignores empty rectangles, and a piece of a line along a parallel is one.
QRectF unite(const QRectF &a, const QRectF &b)
{
    if (a.isNull())
        return b;
    return QRectF(QPointF(std::min(a.left(), b.left()), std::min(a.top(), b.top())),
                  QPointF(std::max(a.right(), b.right()), std::max(a.bottom(), b.bottom())));
}

// Twice the signed area of a ring (shoelace), in lon/lat taken as plane coordinates.
double signedArea(const QVector<LonLat> &ring)
{
    double sum = 0.0;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].lon - ring[i].lon) * (ring[j].lat + ring[i].lat);
    return sum;
}

double signedArea(const QPolygonF &ring)
{
    double sum = 0.0;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return sum;
}

QRectF boundsOf(const QPolygonF &polygon)
{
    return polygon.boundingRect();
}

// Douglas–Peucker, iterative: appends to out the vertices of line that stray more than
// tolerance from the chord of their stretch (keep and stack are scratch space).
void simplify(const QPointF *line, int n, double tolerance, QVector<QPointF> &out,
              QVector<bool> &keep, QVector<QPair<int, int>> &stack)
{
    if (n < 3) {
        for (int i = 0; i < n; ++i)
            out.append(line[i]);
        return;
    }
    keep.fill(false, n);
    keep[0] = keep[n - 1] = true;
    stack.clear();
    stack.append({ 0, n - 1 });
    const double tolerance2 = tolerance * tolerance;
    while (!stack.isEmpty()) {
        const auto [first, last] = stack.takeLast();
        const QPointF a = line[first], b = line[last];
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const double length2 = dx * dx + dy * dy;
        double worst = -1.0;
        int worstIndex = -1;
        for (int i = first + 1; i < last; ++i) {
            const double px = line[i].x() - a.x(), py = line[i].y() - a.y();
            const double cross = px * dy - py * dx;
            const double d2 = length2 > 0.0 ? cross * cross / length2 : px * px + py * py;
            if (d2 > worst) {
                worst = d2;
                worstIndex = i;
            }
        }
        if (worstIndex >= 0 && worst > tolerance2) {
            keep[worstIndex] = true;
            stack.append({ first, worstIndex });
            stack.append({ worstIndex, last });
        }
    }
    for (int i = 0; i < n; ++i)
        if (keep[i])
            out.append(line[i]);
}

/** The private pool of projectInBackground(): its one thread never waits on anything. */
QThreadPool &backgroundPool()
{
    // ParallelFor's pool, which a projection uses, is made first so that it is destroyed
    // after this one, which waits at exit for the projection under way.
    static const bool parallelForReady = (ParallelFor::run(0, [](int) { }), true);
    Q_UNUSED(parallelForReady);
    static QThreadPool pool;
    static const bool oneThread = (pool.setMaxThreadCount(1), true);
    Q_UNUSED(oneThread);
    return pool;
}

} // namespace

ProjectedGeometry::ProjectedGeometry(const Projection &projection)
    : m_projection(projection.clone()),
      m_key(keyOf(projection)),
      m_outline(projection.worldOutline())
{
}

ProjectedGeometry::~ProjectedGeometry() = default;

QString ProjectedGeometry::keyOf(const Projection &projection)
{
    if (!projection.hasCenter())
        return projection.id();
    const LonLat c = projection.center();
    return QStringLiteral("%1@%2,%3").arg(projection.id()).arg(c.lon, 0, 'g', 17).arg(c.lat, 0, 'g', 17);
}

std::shared_ptr<const ProjectedGeometry::Layer> ProjectedGeometry::land(const BaseMap &baseMap,
                                                                        BaseMap::Scale scale) const
{
    std::lock_guard<std::mutex> lock(m_mutexes[LandSlot + int(scale)]);
    auto &layer = m_land[int(scale)];
    if (!layer)
        layer = projectLand(*baseMap.rings(BaseMap::Layer::Land, scale));
    return layer;
}

std::shared_ptr<const ProjectedGeometry::Layer>
ProjectedGeometry::borders(const BaseMap &baseMap, BaseMap::Scale scale) const
{
    std::lock_guard<std::mutex> lock(m_mutexes[BordersSlot + int(scale)]);
    auto &layer = m_borders[int(scale)];
    if (!layer)
        layer = projectLines(*baseMap.rings(BaseMap::Layer::Borders, scale));
    return layer;
}

std::shared_ptr<const ProjectedGeometry::Layer> ProjectedGeometry::graticule() const
{
    std::lock_guard<std::mutex> lock(m_mutexes[GraticuleSlot]);
    if (m_graticule)
        return m_graticule;
    // Every 30°, sampled every degree so that meridians curve with the projection. On maps
    // whose edge is the antimeridian, ±180 is the frame, not a graticule line.
    BaseMap::Rings lines;
    const bool edgeIsFrame = m_projection->isCylindricalLike();
    for (int lon = -180; lon < 180; lon += 30) {
        if (lon == -180 && edgeIsFrame)
            continue;
        QVector<LonLat> meridian;
        for (int lat = -90; lat <= 90; ++lat)
            meridian.append({ double(lon), double(lat) });
        lines.append(meridian);
    }
    for (int lat = -60; lat <= 60; lat += 30) {
        QVector<LonLat> parallel;
        for (int lon = -180; lon <= 180; ++lon)
            parallel.append({ double(lon), double(lat) });
        lines.append(parallel);
    }
    m_graticule = projectLines(lines);
    return m_graticule;
}

std::shared_ptr<const ProjectedGeometry::Layer>
ProjectedGeometry::projectLand(const BaseMap::Rings &rings) const
{
    auto layer = std::make_shared<Layer>();
    ProjectedLine projector(*m_projection);
    const bool cylindrical = m_projection->isCylindricalLike();
    QVector<QPolygonF> pieces;
    for (const QVector<LonLat> &ring : rings) {
        // Coastlines are stroked from the line pieces: the fill polygons may run along the
        // map's edge, which must not be drawn as coast.
        pieces.clear();
        QVector<LonLat> closed = ring;
        if (!closed.isEmpty() && closed.first() != closed.last())
            closed.append(closed.first());
        projector.project(closed.constData(), closed.size(), pieces);
        for (const QPolygonF &piece : qAsConst(pieces)) {
            layer->lines.append(piece);
            layer->lineBounds.append(boundsOf(piece));
        }
        if (cylindrical) {
            QVector<QPolygonF> polygons;
            projector.projectRing(ring.constData(), ring.size(), polygons);
            for (const QPolygonF &polygon : qAsConst(polygons)) {
                layer->fills.append(polygon);
                layer->fillBounds.append(boundsOf(polygon));
            }
        } else if (!pieces.isEmpty()) {
            const QPolygonF polygon = closeAlongRim(pieces);
            layer->fills.append(polygon);
            layer->fillBounds.append(boundsOf(polygon));
            // A ring around the center's antipode, which the azimuthal equidistant map spreads
            // over its rim (Antarctica on the north polar map), comes out turned the other way
            // round: its land lies between it and the rim, so the rim is added to the odd-even
            // fill. Projections preserve the turning sense of every other ring.
            if (m_projection->horizonDegrees() >= 180.0
                && signedArea(ring) * signedArea(polygon) < 0.0) {
                const QPolygonF rim = m_outline.toFillPolygon();
                layer->fills.append(rim);
                layer->fillBounds.append(boundsOf(rim));
            }
        }
    }
    return layer;
}

QPolygonF ProjectedGeometry::closeAlongRim(const QVector<QPolygonF> &input) const
{
    // ProjectedLine leaves the rejoining of clipped rings along the horizon to its callers on
    // azimuthal maps. Joined here in ring order, each gap bridged along the rim the shorter
    // way: right for rings that cover less than half the rim, which is what land does.
    QVector<QPolygonF> pieces = input;
    const auto near = [](QPointF a, QPointF b) {
        return std::hypot(a.x() - b.x(), a.y() - b.y()) < 1.0;
    };
    if (pieces.size() > 1 && near(pieces.last().last(), pieces.first().first())) {
        QPolygonF joined = pieces.takeLast();
        joined.pop_back();
        joined += pieces.first();
        pieces.first() = joined;
    }
    if (pieces.size() == 1 && near(pieces.first().first(), pieces.first().last()))
        return pieces.first();
    const double radius = m_projection->worldBounds().width() / 2.0;
    QPolygonF polygon;
    for (int i = 0; i < pieces.size(); ++i) {
        polygon += pieces[i];
        const QPointF from = pieces[i].last();
        const QPointF to = pieces[(i + 1) % pieces.size()].first();
        const double a0 = std::atan2(from.y(), from.x());
        double sweep = std::remainder(std::atan2(to.y(), to.x()) - a0, 2.0 * M_PI);
        const int steps = int(std::ceil(std::fabs(sweep) / (M_PI / 90.0)));
        for (int k = 1; k < steps; ++k) {
            const double a = a0 + sweep * k / steps;
            polygon.append(QPointF(radius * std::cos(a), radius * std::sin(a)));
        }
    }
    return polygon;
}

std::shared_ptr<const ProjectedGeometry::Layer>
ProjectedGeometry::projectLines(const BaseMap::Rings &lines) const
{
    auto layer = std::make_shared<Layer>();
    ProjectedLine projector(*m_projection);
    QVector<QPolygonF> pieces;
    for (const QVector<LonLat> &line : lines) {
        pieces.clear();
        projector.project(line.constData(), line.size(), pieces);
        for (const QPolygonF &piece : qAsConst(pieces)) {
            layer->lines.append(piece);
            layer->lineBounds.append(boundsOf(piece));
        }
    }
    return layer;
}

const ProjectedGeometry::Simplified *
ProjectedGeometry::Network::simplifiedFor(double devicePixelsPerMetre, double maxError) const
{
    const Simplified *best = nullptr;
    for (const Simplified &s : simplified)
        if (s.tolerance * devicePixelsPerMetre <= maxError)
            best = &s;
    return best;
}

std::shared_ptr<const ProjectedGeometry::Network>
ProjectedGeometry::network(const std::shared_ptr<const MapNetwork> &network) const
{
    {
        std::unique_lock<std::mutex> lock(m_networkMutex);
        for (;;) {
            if (m_network && m_network->source == network)
                return m_network;
            if (m_lastFinished && m_lastFinished->source == network)
                return m_lastFinished;
            if (m_projecting != network)
                break;
            m_networkDone.wait(lock); // another thread is projecting this very network
        }
        m_projecting = network;
    }
    return projectAndPublish(network);
}

std::shared_ptr<const ProjectedGeometry::Network>
ProjectedGeometry::projectAndPublish(const std::shared_ptr<const MapNetwork> &network) const
{
    // Projected without the lock: readers keep the finished one meanwhile.
    auto result = projectNetwork(network, Detail::Full);
    std::lock_guard<std::mutex> lock(m_networkMutex);
    // A network made later (an edit) wins over one that happened to finish after it.
    const auto serialOf = [](const std::shared_ptr<const Network> &n) {
        return n && n->source ? n->source->serial() : 0;
    };
    if (!m_network || serialOf(result) >= serialOf(m_network))
        m_network = result;
    m_lastFinished = result;
    if (m_projecting == network)
        m_projecting.reset();
    m_networkDone.notify_all();
    return result;
}

std::shared_ptr<const ProjectedGeometry::Network> ProjectedGeometry::readyNetwork() const
{
    std::lock_guard<std::mutex> lock(m_networkMutex);
    return m_network;
}

void ProjectedGeometry::projectInBackground(const std::shared_ptr<const ProjectedGeometry> &geometry,
                                            const std::shared_ptr<const MapNetwork> &network)
{
    if (!geometry)
        return;
    {
        std::lock_guard<std::mutex> lock(geometry->m_networkMutex);
        if ((geometry->m_network && geometry->m_network->source == network)
            || geometry->m_projecting == network)
            return;
        geometry->m_projecting = network;
    }
    // The job holds the geometry weakly: a renderer that has dropped it (the globe turned on)
    // does not want it any more. Whoever waits for it holds it, so it is then still there.
    const std::weak_ptr<const ProjectedGeometry> weak = geometry;
    backgroundPool().start([weak, network] {
        if (const auto g = weak.lock())
            g->projectAndPublish(network);
    });
}

std::shared_ptr<const ProjectedGeometry::Network>
ProjectedGeometry::sketch(const std::shared_ptr<const MapNetwork> &network) const
{
    std::lock_guard<std::mutex> lock(m_mutexes[SketchSlot]);
    if (!m_sketch || m_sketch->source != network)
        m_sketch = projectNetwork(network, Detail::Sketch);
    return m_sketch;
}

std::shared_ptr<const ProjectedGeometry::Network>
ProjectedGeometry::projectNetwork(const std::shared_ptr<const MapNetwork> &network, Detail detail) const
{
    auto result = std::make_shared<Network>();
    result->source = network;
    if (!network)
        return result;
    const QVector<MapPlace> &places = network->places();
    result->places.resize(places.size());
    for (int i = 0; i < places.size(); ++i) {
        const LonLat p = places[i].position;
        result->places[i] = m_projection->isVisible(p) ? m_projection->forward(p)
                                                        : QPointF(qQNaN(), qQNaN());
    }
    result->placeOrder = network->placeOrder();

    // The lines, in parallel chunks. A sketch takes every stride-th line only, each cut into
    // chords of a few path steps, and lets them stay straight over longer distances.
    const QVector<MapLink> &links = network->links();
    const bool sketch = detail == Detail::Sketch;
    const int stride = sketch ? std::max(1, int((links.size() + sketchLines - 1) / sketchLines)) : 1;
    result->lineCount = int((links.size() + stride - 1) / stride);
    struct Chunk
    {
        QVector<QPolygonF> pieces;
        QVector<int> pieceCounts;
        QVector<QRectF> bounds;
    };
    const int chunkCount = int((links.size() + chunkSize - 1) / chunkSize);
    std::vector<Chunk> chunks(static_cast<size_t>(chunkCount));
    const double sketchSegment = m_projection->worldBounds().width() / 40.0;
    ParallelFor::run(chunkCount, [&](int c) {
        ProjectedLine projector(*m_projection);
        if (sketch)
            projector.setMaxSegmentLength(sketchSegment);
        Chunk &chunk = chunks[size_t(c)];
        QVector<QPolygonF> pieces;
        QVector<LonLat> chords;
        const int end = std::min(int(links.size()), (c + 1) * chunkSize);
        for (int i = c * chunkSize; i < end; ++i) {
            pieces.clear();
            if (i % stride == 0) {
                const QVector<LonLat> &path = links[i].path;
                if (sketch && path.size() > 2) {
                    chords.clear();
                    for (int k = 0; k < path.size() - 1; k += sketchStride)
                        chords.append(path[k]);
                    chords.append(path.last());
                    projector.project(chords.constData(), chords.size(), pieces);
                } else {
                    projector.project(path.constData(), path.size(), pieces);
                }
            }
            QRectF bounds;
            for (const QPolygonF &piece : qAsConst(pieces)) {
                chunk.pieces.append(piece);
                bounds = unite(bounds, piece.boundingRect());
            }
            chunk.pieceCounts.append(pieces.size());
            chunk.bounds.append(bounds);
        }
    });
    result->pieceOffsets.reserve(links.size() + 1);
    result->pieceOffsets.append(0);
    result->linkBounds.reserve(links.size());
    for (const Chunk &chunk : chunks) {
        result->pieces += chunk.pieces;
        for (int count : chunk.pieceCounts)
            result->pieceOffsets.append(result->pieceOffsets.last() + count);
        result->linkBounds += chunk.bounds;
    }
    chunks.clear();
    if (sketch)
        return result;

    // Simplified copies, each in parallel chunks of pieces, then joined.
    const double worldWidth = m_projection->worldBounds().width();
    const int pieceCount = int(result->pieces.size());
    const int pieceChunks = (pieceCount + 4 * chunkSize - 1) / (4 * chunkSize);
    for (double fraction : simplifiedFractions) {
        Simplified level;
        level.tolerance = worldWidth * fraction;
        std::vector<Simplified> parts(static_cast<size_t>(pieceChunks));
        ParallelFor::run(pieceChunks, [&](int c) {
            Simplified &part = parts[size_t(c)];
            QVector<bool> keep;
            QVector<QPair<int, int>> stack;
            const int end = std::min(pieceCount, (c + 1) * 4 * chunkSize);
            for (int p = c * 4 * chunkSize; p < end; ++p) {
                part.starts.append(part.points.size());
                const QPolygonF &piece = result->pieces[p];
                simplify(piece.constData(), int(piece.size()), level.tolerance, part.points, keep, stack);
            }
        });
        level.starts.reserve(pieceCount + 1);
        for (const Simplified &part : parts) {
            const int offset = int(level.points.size());
            for (int start : part.starts)
                level.starts.append(offset + start);
            level.points += part.points;
        }
        level.starts.append(level.points.size());
        result->simplified.append(level);
    }

    result->placePicker = PlacePicker(result->places);
    result->linkPicker = LinkPicker(result->pieces, result->pieceOffsets);
    return result;
}

} // namespace twinatlas
