// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include "geo/projectedline.h"
#include "geo/projection.h"
#include "linestyle.h"
#include "mapframe.h"
#include "mapnetwork.h"
#include "mapviewport.h"
#include "networklayer.h"
#include "placelabels.h"
#include "projectedgeometry.h"
#include "screenclip.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

/** Kept per renderer: a few projections, so switching back and forth costs nothing. */
constexpr int cachedProjections = 3;
/** Sketches of a turning globe are kept apart, so that they do not push those out. */
constexpr int cachedSketches = 2;
/** A sketch draws the dots of this many places at most, the most-twinned. */
constexpr int sketchDots = 1500;

void strokeLayer(MapFrame &frame, const ProjectedGeometry::Layer &layer, const QPen &pen)
{
    frame.painter().setPen(pen);
    frame.painter().setBrush(Qt::NoBrush);
    for (int i = 0; i < layer.lines.size(); ++i)
        if (frame.isVisible(layer.lineBounds[i]))
            frame.strokePolyline(layer.lines[i], layer.lineBounds[i]);
}

void fillLayer(MapFrame &frame, const ProjectedGeometry::Layer &layer, const QColor &color)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (int i = 0; i < layer.fills.size(); ++i) {
        if (!frame.isVisible(layer.fillBounds[i]))
            continue;
        const QPolygonF screen = frame.map(layer.fills[i]);
        path.addPolygon(frame.isSafe(layer.fillBounds[i])
                                ? screen
                                : ScreenClip::clipPolygon(screen, frame.clip()));
        path.closeSubpath();
    }
    frame.painter().fillPath(path, color);
}

void drawDot(QPainter &painter, QPointF center, double radius, const QColor &fill,
             const QColor &outline, double outlineWidth)
{
    painter.setPen(outlineWidth > 0 ? QPen(outline, outlineWidth) : QPen(Qt::NoPen));
    painter.setBrush(fill);
    painter.drawEllipse(center, radius, radius);
}

/**
 * The few places and lines the overlay draws, in projected metres: taken from the projected
 * network when it is ready for this very network, projected here otherwise (a few hundred
 * lines at most, a fraction of a millisecond), so that the overlay never waits.
 */
class OverlayGeometry
{
public:
    OverlayGeometry(const Projection &projection, const MapNetwork &network,
                    std::shared_ptr<const ProjectedGeometry::Network> ready)
        : m_projection(projection), m_network(network), m_ready(std::move(ready)),
          m_projector(projection)
    {
    }

    std::optional<QPointF> place(int place) const
    {
        if (m_ready)
            return std::isnan(m_ready->places[place].x()) ? std::nullopt
                                                          : std::optional<QPointF>(m_ready->places[place]);
        const LonLat p = m_network.places()[place].position;
        if (!m_projection.isVisible(p))
            return std::nullopt;
        return m_projection.forward(p);
    }

    /** The pieces of a link and their bounds. */
    const QVector<QPolygonF> &pieces(int link, QRectF *bounds)
    {
        if (m_ready) {
            m_scratch = QVector<QPolygonF>(m_ready->pieces.begin() + m_ready->pieceOffsets[link],
                                           m_ready->pieces.begin() + m_ready->pieceOffsets[link + 1]);
            *bounds = m_ready->linkBounds[link];
            return m_scratch;
        }
        auto it = m_pieces.find(link);
        if (it == m_pieces.end()) {
            QVector<QPolygonF> pieces;
            const QVector<LonLat> &path = m_network.links()[link].path;
            m_projector.project(path.constData(), path.size(), pieces);
            it = m_pieces.insert(link, pieces);
        }
        QRectF box;
        for (const QPolygonF &piece : it.value())
            box = box.isNull() ? piece.boundingRect() : box.united(piece.boundingRect());
        *bounds = box;
        return it.value();
    }

    /** As NetworkLayer::crowdingFor() on the projected network, which this may not have. */
    double crowding(const MapFrame &frame) const
    {
        if (m_ready)
            return NetworkLayer::crowdingFor(*m_ready, frame);
        ProjectedGeometry::Network places;
        places.places.reserve(m_network.places().size());
        for (int i = 0; i < m_network.places().size(); ++i)
            places.places.append(place(i).value_or(QPointF(qQNaN(), qQNaN())));
        return NetworkLayer::crowdingFor(places, frame);
    }

private:
    const Projection &m_projection;
    const MapNetwork &m_network;
    std::shared_ptr<const ProjectedGeometry::Network> m_ready;
    ProjectedLine m_projector;
    QHash<int, QVector<QPolygonF>> m_pieces;
    QVector<QPolygonF> m_scratch;
};

/** Some links in their kinds' colours, opaque, over a casing: the selection and the hover. */
void strokeLinksStrong(MapFrame &frame, OverlayGeometry &geometry, const MapNetwork &network,
                       const QVector<int> &links, const MapTheme &theme, double width,
                       const QColor &casing)
{
    QPainter &painter = frame.painter();
    const auto stroke = [&](int link) {
        QRectF bounds;
        const QVector<QPolygonF> &pieces = geometry.pieces(link, &bounds);
        if (!frame.isVisible(bounds))
            return;
        for (const QPolygonF &piece : pieces)
            frame.strokePolyline(piece, bounds);
    };
    if (casing.alpha() > 0) {
        painter.setPen(MapFrame::linePen(casing, width + 2.0 * frame.px()));
        for (int link : links)
            stroke(link);
    }
    for (int link : links) {
        LineStyle style = LineStyle::of(theme, network.links()[link], LineStyle::Role::Strong);
        style.width = width / frame.px();
        painter.setPen(style.pen(frame.px()));
        stroke(link);
    }
}

} // namespace

struct MapRenderer::Cache
{
    QVector<std::shared_ptr<const ProjectedGeometry>> entries; ///< most recently used first
    QVector<std::shared_ptr<const ProjectedGeometry>> sketches;
};

struct MapRenderer::Snapshot
{
    std::shared_ptr<const BaseMap> baseMap;
    std::shared_ptr<const MapNetwork> network;
    MapTheme theme;
};

MapRenderer::MapRenderer() : m_theme(MapTheme::light()), m_cache(std::make_unique<Cache>()) { }

MapRenderer::~MapRenderer() = default;

void MapRenderer::setBaseMap(std::shared_ptr<const BaseMap> baseMap)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_baseMap = std::move(baseMap);
    m_cache->entries.clear(); // projected land belongs to the old file
    m_cache->sketches.clear();
}

std::shared_ptr<const BaseMap> MapRenderer::baseMap() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_baseMap;
}

void MapRenderer::setNetwork(std::shared_ptr<const MapNetwork> network)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_network = std::move(network);
}

std::shared_ptr<const MapNetwork> MapRenderer::network() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_network;
}

void MapRenderer::setTheme(const MapTheme &theme)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_theme = theme;
}

MapTheme MapRenderer::theme() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_theme;
}

MapRenderer::Snapshot MapRenderer::snapshot(const MapRenderOptions &options) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return { m_baseMap, m_network, options.theme ? *options.theme : m_theme };
}

std::shared_ptr<const ProjectedGeometry> MapRenderer::geometryFor(const MapViewport &viewport,
                                                                  bool interactive) const
{
    const QString key = ProjectedGeometry::keyOf(viewport.projection());
    std::lock_guard<std::mutex> lock(m_mutex);
    auto &entries = m_cache->entries;
    auto &sketches = m_cache->sketches;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i]->key() == key) {
            auto found = entries[i];
            entries.move(i, 0);
            return found;
        }
    }
    std::shared_ptr<const ProjectedGeometry> made;
    for (int i = 0; i < sketches.size() && !made; ++i) {
        if (sketches[i]->key() == key) {
            made = sketches.takeAt(i);
            if (interactive) {
                sketches.prepend(made);
                return made;
            }
        }
    }
    if (!made)
        made = std::make_shared<const ProjectedGeometry>(viewport.projection());
    // The globe stopped turning here: what was sketched for this centre is drawn in full.
    auto &list = interactive ? sketches : entries;
    list.prepend(made);
    if (list.size() > (interactive ? cachedSketches : cachedProjections))
        list.removeLast();
    return made;
}

BaseMap::Scale MapRenderer::detailFor(double metresPerPixel)
{
    // Natural Earth's scales hold detail down to about 0.25 mm on paper at 1:110 M, 1:50 M and
    // 1:10 M; switch when a pixel is finer than that detail.
    if (metresPerPixel > 9000.0)
        return BaseMap::Scale::Coarse110m;
    if (metresPerPixel > 1800.0)
        return BaseMap::Scale::Medium50m;
    return BaseMap::Scale::Fine10m;
}

void MapRenderer::prepare(const MapViewport &viewport) const
{
    const Snapshot data = snapshot();
    const auto geometry = geometryFor(viewport);
    if (data.baseMap) {
        geometry->land(*data.baseMap, detailFor(viewport.metresPerPixel()));
        geometry->borders(*data.baseMap, detailFor(viewport.metresPerPixel()));
    }
    geometry->graticule();
    geometry->network(data.network);
}

void MapRenderer::render(QPainter &painter, const MapViewport &viewport,
                         const MapRenderState &state, const MapRenderOptions &options) const
{
    renderBase(painter, viewport, state, options);
    renderOverlay(painter, viewport, state, options);
}

QVector<MapLabel> MapRenderer::placeLabels(const Snapshot &data, const ProjectedGeometry &geometry,
                                           const MapFrame &frame, const MapRenderState &state,
                                           bool interactive, QVector<MapLabel> *selection) const
{
    if (!data.network || interactive)
        return {};
    const MapNetwork &network = *data.network;
    const auto net = geometry.network(data.network);
    const double crowding = NetworkLayer::crowdingFor(*net, frame);
    const int maxPartners = network.maxPartnerCount();
    PlaceLabels placer(
            network, data.theme, frame,
            [&](int place) -> std::optional<QPointF> {
                const QPointF p = net->places[place];
                if (std::isnan(p.x()) || !frame.isVisible(p))
                    return std::nullopt;
                return frame.map(p);
            },
            [&](int place) {
                return NetworkLayer::dotRadius(network.places()[place], maxPartners, data.theme,
                                               frame.px(), crowding);
            });
    const int selected = network.indexOfPlace(state.selectedPlace);
    if (selected >= 0) {
        const QVector<MapLabel> selectionLabels = placer.placeSelection(selected);
        if (selection)
            *selection = selectionLabels;
    }
    return placer.placeTop(net->placeOrder);
}

QVector<MapLabel> MapRenderer::labels(const MapViewport &viewport, const MapRenderState &state,
                                      const MapRenderOptions &options) const
{
    const Snapshot data = snapshot(options);
    const auto geometry = geometryFor(viewport, options.interactive);
    QImage none(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&none);
    const MapFrame frame(painter, viewport, options);
    QVector<MapLabel> selection;
    const QVector<MapLabel> top = placeLabels(data, *geometry, frame, state, options.interactive, &selection);
    return selection + top;
}

void MapRenderer::renderBase(QPainter &painter, const MapViewport &viewport,
                             const MapRenderState &state, const MapRenderOptions &options) const
{
    const Snapshot data = snapshot(options);
    const MapTheme &theme = data.theme;
    const auto geometry = geometryFor(viewport, options.interactive);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    MapFrame frame(painter, viewport, options);
    const double px = options.pixelScale;

    // Sea: the world's outline, clipped to the device when zoomed far in.
    QPainterPath outline = viewport.projectedToScreen().map(geometry->outline());
    if (!frame.isSafeScreen(outline.boundingRect())) {
        QPainterPath device;
        device.addRect(frame.clip());
        outline = outline.intersected(device);
    }
    // Projected before the network's helpers start, which then only read.
    const BaseMap::Scale detail = options.interactive ? BaseMap::Scale::Coarse110m
                                                      : detailFor(viewport.metresPerPixel());
    const auto land = data.baseMap ? geometry->land(*data.baseMap, detail) : nullptr;
    const auto borders = data.baseMap ? geometry->borders(*data.baseMap, detail) : nullptr;
    const auto graticule = options.graticule ? geometry->graticule() : nullptr;
    const auto paintMap = [&] {
        if (!options.transparentBackground) {
            painter.fillRect(frame.device(), theme.background);
            painter.fillPath(outline, theme.sea);
        }
        if (land) {
            fillLayer(frame, *land, theme.land);
            strokeLayer(frame, *borders, MapFrame::linePen(theme.borders, theme.borderWidth * px));
            strokeLayer(frame, *land, MapFrame::linePen(theme.coast, theme.coastWidth * px));
        }
        if (graticule)
            strokeLayer(frame, *graticule, MapFrame::linePen(theme.graticule, theme.graticuleWidth * px));
        painter.setPen(QPen(theme.frame, theme.frameWidth * px));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(outline);
    };
    if (!data.network) {
        paintMap();
        painter.restore();
        return;
    }
    const auto net = options.interactive ? geometry->sketch(data.network)
                                         : geometry->network(data.network);
    const bool selection = data.network->indexOfPlace(state.selectedPlace) >= 0;
    NetworkLayer(*data.network, *net, theme, frame, selection, options.interactive ? sketchDots : -1)
            .draw(frame, paintMap);
    // The hubs' names; the selection's are the overlay's, but keep their room.
    for (const MapLabel &label : placeLabels(data, *geometry, frame, state, options.interactive))
        PlaceLabels::draw(painter, label, theme, px);
    painter.restore();
}

void MapRenderer::renderOverlay(QPainter &painter, const MapViewport &viewport,
                                const MapRenderState &state, const MapRenderOptions &options) const
{
    const Snapshot data = snapshot(options);
    if (!data.network)
        return;
    const MapTheme &theme = data.theme;
    const MapNetwork &network = *data.network;
    const int selected = network.indexOfPlace(state.selectedPlace);
    const int hovered = network.indexOfPlace(state.hoveredPlace);
    const int link = network.indexOfLink(state.hoveredLink);
    if (selected < 0 && hovered < 0 && link < 0)
        return;
    const auto geometry = geometryFor(viewport, options.interactive);
    std::shared_ptr<const ProjectedGeometry::Network> ready =
            options.interactive ? geometry->sketch(data.network) : geometry->readyNetwork();
    if (!options.interactive && (!ready || ready->source != data.network))
        ProjectedGeometry::projectInBackground(geometry, data.network);
    // A sketch lacks most lines, and a network of another generation has other indices.
    const bool usable = ready && ready->source == data.network && !options.interactive;
    OverlayGeometry projected(viewport.projection(), network, usable ? ready : nullptr);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    MapFrame frame(painter, viewport, options);
    const double px = options.pixelScale;
    const int maxPartners = network.maxPartnerCount();
    const double crowding = options.interactive ? NetworkLayer::crowdingFor(*ready, frame)
                                                : projected.crowding(frame);
    const auto screenOf = [&](int place) -> std::optional<QPointF> {
        const auto p = projected.place(place);
        if (!p || !frame.isVisible(*p))
            return std::nullopt;
        return frame.map(*p);
    };
    const auto radiusOf = [&](int place) {
        return NetworkLayer::dotRadius(network.places()[place], maxPartners, theme, px, crowding);
    };
    PlaceLabels labels(network, theme, frame, screenOf, radiusOf);

    // The selection: its lines strong, its partners' dots on top, then the labels, the
    // selected place first and the partners with most partnerships of their own next.
    if (selected >= 0) {
        strokeLinksStrong(frame, projected, network, network.linksOfPlace(selected), theme,
                          theme.selectedLineWidth * px, theme.selectedLine);
        for (int place : PlaceLabels::partnersOf(network, selected)) {
            if (const auto at = screenOf(place))
                drawDot(painter, *at, std::max(radiusOf(place), PlaceLabels::partnerDotRadius * px),
                        theme.dotFill, theme.dotOutline, 1.0 * px);
        }
        if (const auto at = screenOf(selected))
            drawDot(painter, *at, std::max(radiusOf(selected), PlaceLabels::selectedDotRadius * px),
                    theme.selectedDotFill, theme.dotOutline, 1.5 * px);
        if (!options.interactive)
            for (const MapLabel &label : labels.placeSelection(selected))
                PlaceLabels::draw(painter, label, theme, px);
    }

    // The hovered place: its lines and its name, unless it is the selection.
    if (hovered >= 0 && hovered != selected) {
        strokeLinksStrong(frame, projected, network, network.linksOfPlace(hovered), theme,
                          theme.selectedLineWidth * px, QColor(Qt::transparent));
        if (const auto at = screenOf(hovered)) {
            const double r = std::max(radiusOf(hovered), 3.0 * px);
            drawDot(painter, *at, r, theme.dotFill, theme.hoveredLine, 1.5 * px);
        }
        if (const auto label = labels.placeOne(hovered))
            PlaceLabels::draw(painter, *label, theme, px);
    }

    // The hovered line, drawn last so that it is on top of everything.
    if (link >= 0) {
        QRectF bounds;
        const QVector<QPolygonF> pieces = projected.pieces(link, &bounds);
        painter.setPen(MapFrame::linePen(theme.labelHalo, (theme.hoveredLineWidth + 2.0) * px));
        for (const QPolygonF &piece : pieces)
            frame.strokePolyline(piece, bounds);
        painter.setPen(MapFrame::linePen(theme.hoveredLine, theme.hoveredLineWidth * px,
                                         LineStyle::isInactive(network.links()[link].status)));
        for (const QPolygonF &piece : pieces)
            frame.strokePolyline(piece, bounds);
        for (int place : { network.links()[link].a, network.links()[link].b }) {
            if (const auto at = screenOf(place))
                drawDot(painter, *at, std::max(radiusOf(place), 3.0 * px), theme.hoveredLine,
                        theme.dotOutline, 1.0 * px);
        }
    }
    painter.restore();
}

qint64 MapRenderer::placeAt(const MapViewport &viewport, QPointF screenPos, double maxDistancePx) const
{
    const Snapshot data = snapshot();
    if (!data.network)
        return 0;
    const auto geometry = geometryFor(viewport);
    const auto ready = geometry->readyNetwork();
    if (!ready || ready->source != data.network)
        ProjectedGeometry::projectInBackground(geometry, data.network);
    const QPointF projected = viewport.mapToProjected(screenPos);
    const double maxDistance = maxDistancePx / viewport.scale();
    if (ready) {
        const int i = ready->placePicker.nearest(projected, maxDistance);
        return i >= 0 ? ready->source->places()[i].id : 0;
    }
    // Nothing projected yet: every place, as the picker would (nearest, then lowest index).
    const Projection &projection = viewport.projection();
    double best = maxDistance * maxDistance;
    int bestIndex = -1;
    const QVector<MapPlace> &places = data.network->places();
    for (int i = 0; i < places.size(); ++i) {
        if (!projection.isVisible(places[i].position))
            continue;
        const QPointF p = projection.forward(places[i].position);
        const double d = (p.x() - projected.x()) * (p.x() - projected.x())
                + (p.y() - projected.y()) * (p.y() - projected.y());
        if (d < best || (d == best && bestIndex < 0)) {
            best = d;
            bestIndex = i;
        }
    }
    return bestIndex >= 0 ? places[bestIndex].id : 0;
}

qint64 MapRenderer::linkAt(const MapViewport &viewport, QPointF screenPos, double maxDistancePx) const
{
    const Snapshot data = snapshot();
    if (!data.network)
        return 0;
    const auto geometry = geometryFor(viewport);
    const auto ready = geometry->readyNetwork();
    if (!ready || ready->source != data.network)
        ProjectedGeometry::projectInBackground(geometry, data.network);
    if (!ready)
        return 0;
    const int i = ready->linkPicker.nearest(viewport.mapToProjected(screenPos),
                                            maxDistancePx / viewport.scale());
    return i >= 0 ? ready->source->links()[i].id : 0;
}

} // namespace twinatlas
