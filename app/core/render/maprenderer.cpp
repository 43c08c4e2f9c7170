// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include "geo/projection.h"
#include "labelplacer.h"
#include "mapframe.h"
#include "mapnetwork.h"
#include "mapviewport.h"
#include "networklayer.h"
#include "projectedgeometry.h"
#include "screenclip.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

/** Kept per renderer: a few projections, so switching back and forth costs nothing. */
constexpr int cachedProjections = 3;

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

void strokeLink(MapFrame &frame, const ProjectedGeometry::Network &net, int link)
{
    for (int p = net.pieceOffsets[link]; p < net.pieceOffsets[link + 1]; ++p)
        frame.strokePolyline(net.pieces[p], net.linkBounds[link]);
}

/** Some links in their kinds' colours, opaque, over a casing: the selection and the hover. */
void strokeLinksStrong(MapFrame &frame, const ProjectedGeometry::Network &net,
                       const MapNetwork &network, const QVector<int> &links,
                       const MapTheme &theme, double width, const QColor &casing)
{
    QPainter &painter = frame.painter();
    if (casing.alpha() > 0) {
        painter.setPen(MapFrame::linePen(casing, width + 2.0 * frame.px()));
        for (int link : links)
            if (frame.isVisible(net.linkBounds[link]))
                strokeLink(frame, net, link);
    }
    for (int link : links) {
        if (!frame.isVisible(net.linkBounds[link]))
            continue;
        const MapLink &l = network.links()[link];
        QColor color = l.isInactive() ? theme.inactiveLine : theme.lineColor(l.kind);
        color.setAlpha(255);
        const bool dashed = l.isInactive() || l.status == QLatin1String("proposed");
        painter.setPen(MapFrame::linePen(color, width, dashed));
        strokeLink(frame, net, link);
    }
}

void drawDot(QPainter &painter, QPointF center, double radius, const QColor &fill,
             const QColor &outline, double outlineWidth)
{
    painter.setPen(outlineWidth > 0 ? QPen(outline, outlineWidth) : QPen(Qt::NoPen));
    painter.setBrush(fill);
    painter.drawEllipse(center, radius, radius);
}

void drawLabel(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
               const MapTheme &theme, double px)
{
    QPainterPath path;
    path.addText(QPointF(rect.left(), rect.top() + QFontMetricsF(font).ascent()), font, text);
    const QPen halo(theme.labelHalo, theme.labelHaloWidth * px, Qt::SolidLine, Qt::RoundCap,
                    Qt::RoundJoin);
    painter.strokePath(path, halo);
    painter.fillPath(path, theme.labelText);
}

QFont labelFont(const MapTheme &theme, double px, bool bold)
{
    QFont font;
    // Pixels, not points: a QImage claims 72 dpi and a PDF writer its own resolution, but the
    // map must look the same on each, scaled by pixelScale only.
    font.setPixelSize(std::max(1, qRound(theme.labelPointSize * 96.0 / 72.0 * px)));
    font.setBold(bold);
    return font;
}

} // namespace

struct MapRenderer::Cache
{
    QVector<std::shared_ptr<const ProjectedGeometry>> entries; ///< most recently used first
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

MapRenderer::Snapshot MapRenderer::snapshot() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return { m_baseMap, m_network, m_theme };
}

std::shared_ptr<const ProjectedGeometry> MapRenderer::geometryFor(const MapViewport &viewport) const
{
    const QString key = ProjectedGeometry::keyOf(viewport.projection());
    std::lock_guard<std::mutex> lock(m_mutex);
    auto &entries = m_cache->entries;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i]->key() == key) {
            auto found = entries[i];
            entries.move(i, 0);
            return found;
        }
    }
    auto made = std::make_shared<const ProjectedGeometry>(viewport.projection());
    entries.prepend(made);
    if (entries.size() > cachedProjections)
        entries.removeLast();
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

void MapRenderer::renderBase(QPainter &painter, const MapViewport &viewport,
                             const MapRenderState &state, const MapRenderOptions &options) const
{
    const Snapshot data = snapshot();
    const MapTheme &theme = data.theme;
    const auto geometry = geometryFor(viewport);
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
    if (!options.transparentBackground) {
        painter.fillRect(frame.device(), theme.background);
        painter.fillPath(outline, theme.sea);
    }
    if (data.baseMap) {
        const BaseMap::Scale detail = detailFor(viewport.metresPerPixel());
        const auto land = geometry->land(*data.baseMap, detail);
        fillLayer(frame, *land, theme.land);
        const auto borders = geometry->borders(*data.baseMap, detail);
        strokeLayer(frame, *borders, MapFrame::linePen(theme.borders, theme.borderWidth * px));
        strokeLayer(frame, *land, MapFrame::linePen(theme.coast, theme.coastWidth * px));
    }
    if (options.graticule)
        strokeLayer(frame, *geometry->graticule(),
                    MapFrame::linePen(theme.graticule, theme.graticuleWidth * px));
    painter.setPen(QPen(theme.frame, theme.frameWidth * px));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);

    if (data.network) {
        const auto net = geometry->network(data.network);
        const bool selection = data.network->indexOfPlace(state.selectedPlace) >= 0;
        NetworkLayer(*data.network, *net, theme, frame, selection).draw(frame);
    }
    painter.restore();
}

void MapRenderer::renderOverlay(QPainter &painter, const MapViewport &viewport,
                                const MapRenderState &state, const MapRenderOptions &options) const
{
    const Snapshot data = snapshot();
    if (!data.network)
        return;
    const MapTheme &theme = data.theme;
    const MapNetwork &network = *data.network;
    const auto geometry = geometryFor(viewport);
    const auto net = geometry->network(data.network);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    MapFrame frame(painter, viewport, options);
    const double px = options.pixelScale;
    const int maxPartners = network.maxPartnerCount();
    LabelPlacer labels(frame.device());

    const auto screenOf = [&](int place) -> std::optional<QPointF> {
        const QPointF p = net->places[place];
        if (std::isnan(p.x()) || !frame.isVisible(p))
            return std::nullopt;
        return frame.map(p);
    };
    const double crowding = NetworkLayer::crowdingFor(*net, frame);
    const auto radiusOf = [&](int place) {
        return NetworkLayer::dotRadius(network.places()[place], maxPartners, theme, px, crowding);
    };
    const auto partnerOf = [&](int link, int place) {
        const MapLink &l = network.links()[link];
        return l.a == place ? l.b : l.a;
    };
    QVector<int> labelled;
    const auto label = [&](int place, bool bold) {
        const auto at = screenOf(place);
        if (!at)
            return;
        const QFont font = labelFont(theme, px, bold);
        const QString text = network.places()[place].name;
        const QSizeF size = QFontMetricsF(font).size(Qt::TextSingleLine, text);
        if (const auto rect = labels.place(*at, size, radiusOf(place) + 1.0 * px, 2.0 * px))
            drawLabel(painter, *rect, text, font, theme, px);
        labelled.append(place);
    };

    // The selection: its lines strong, its partners' dots on top, then the labels, the
    // selected place first and the partners with most partnerships of their own next.
    const int selected = network.indexOfPlace(state.selectedPlace);
    if (selected >= 0) {
        const QVector<int> links = network.linksOfPlace(selected);
        strokeLinksStrong(frame, *net, network, links, theme, theme.selectedLineWidth * px,
                          theme.selectedLine);
        QVector<int> partners;
        for (int link : links)
            partners.append(partnerOf(link, selected));
        std::sort(partners.begin(), partners.end());
        partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
        std::stable_sort(partners.begin(), partners.end(), [&](int a, int b) {
            const MapPlace &pa = network.places()[a], &pb = network.places()[b];
            return pa.partnerCount != pb.partnerCount ? pa.partnerCount > pb.partnerCount
                                                      : pa.population > pb.population;
        });
        for (int place : qAsConst(partners)) {
            if (const auto at = screenOf(place)) {
                const double r = std::max(radiusOf(place), 2.5 * px);
                drawDot(painter, *at, r, theme.dotFill, theme.dotOutline, 1.0 * px);
                labels.addObstacle(QRectF(*at - QPointF(r, r), QSizeF(2 * r, 2 * r)));
            }
        }
        if (const auto at = screenOf(selected)) {
            const double r = std::max(radiusOf(selected), 3.5 * px);
            drawDot(painter, *at, r, theme.selectedDotFill, theme.dotOutline, 1.5 * px);
            labels.addObstacle(QRectF(*at - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
        label(selected, true);
        for (int place : qAsConst(partners))
            label(place, false);
    }

    // The hovered place: its lines and its name, unless it is the selection.
    const int hovered = network.indexOfPlace(state.hoveredPlace);
    if (hovered >= 0 && hovered != selected) {
        strokeLinksStrong(frame, *net, network, network.linksOfPlace(hovered), theme,
                          theme.selectedLineWidth * px, QColor(Qt::transparent));
        if (const auto at = screenOf(hovered)) {
            const double r = std::max(radiusOf(hovered), 3.0 * px);
            drawDot(painter, *at, r, theme.dotFill, theme.hoveredLine, 1.5 * px);
        }
        if (!labelled.contains(hovered))
            label(hovered, false);
    }

    // The hovered line, drawn last so that it is on top of everything.
    const int link = network.indexOfLink(state.hoveredLink);
    if (link >= 0) {
        painter.setPen(MapFrame::linePen(theme.labelHalo, (theme.hoveredLineWidth + 2.0) * px));
        strokeLink(frame, *net, link);
        painter.setPen(MapFrame::linePen(theme.hoveredLine, theme.hoveredLineWidth * px,
                               network.links()[link].isInactive()));
        strokeLink(frame, *net, link);
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
    const auto net = geometryFor(viewport)->network(data.network);
    const int i = net->placePicker.nearest(viewport.mapToProjected(screenPos),
                                           maxDistancePx / viewport.scale());
    return i >= 0 ? data.network->places()[i].id : 0;
}

qint64 MapRenderer::linkAt(const MapViewport &viewport, QPointF screenPos, double maxDistancePx) const
{
    const Snapshot data = snapshot();
    if (!data.network)
        return 0;
    const auto net = geometryFor(viewport)->network(data.network);
    const int i = net->linkPicker.nearest(viewport.mapToProjected(screenPos),
                                          maxDistancePx / viewport.scale());
    return i >= 0 ? data.network->links()[i].id : 0;
}

} // namespace twinatlas
