// SPDX-License-Identifier: GPL-3.0-or-later
#include "networklayer.h"

#include "mapframe.h"
#include "mapnetwork.h"
#include "maptheme.h"
#include "networkraster.h"
#include "parallelfor.h"
#include "screenclip.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <QPaintEngine>

#include <vector>

namespace twinatlas {

namespace {

/** Behind a selection, the other dots are drawn at this opacity. */
constexpr double steppedBackOpacity = 0.45;
/** Dashes of ended, suspended and proposed partnerships, in logical pixels. */
constexpr double dashOn = 4.0;
constexpr double dashOff = 3.0;
/** Visible lines are binned in chunks of this many, in their order: the same on any thread. */
constexpr int linksPerChunk = 1024;
/** A band's float sums should stay in the cache: about this many bytes. */
constexpr int bandBytes = 1024 * 1024;

/** A stretch of consecutive segments that touch one band. */
struct Run
{
    int first; ///< into the chunk's segments
    int count;
};

/** A dot on the device: one of the frame's dot images, and where it goes. */
struct Dot
{
    int image;
    int dx;
    int dy;
};

/** What a frame on an image needs besides the image, kept between frames (no reallocation). */
struct Scratch
{
    struct Chunk
    {
        std::vector<NetworkRaster::Segment> segments;
        std::vector<std::vector<Run>> bands;
    };
    std::vector<Chunk> chunks;
    std::vector<int> links;
    std::vector<Dot> dots;
    std::vector<NetworkRaster::Dot> dotImages;
    QHash<quint32, int> dotImageOf;
    std::vector<std::vector<int>> bandDots;
};

/** A few Scratch objects, one per render running at once. */
class ScratchPool
{
public:
    std::unique_ptr<Scratch> take()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_free.empty())
            return std::make_unique<Scratch>();
        auto scratch = std::move(m_free.back());
        m_free.pop_back();
        return scratch;
    }
    void give(std::unique_ptr<Scratch> scratch)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_free.size() < 2)
            m_free.push_back(std::move(scratch));
    }

private:
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Scratch>> m_free;
};

ScratchPool &scratchPool()
{
    static ScratchPool pool;
    return pool;
}

/** The points of piece p: simplified when a level fits the frame, else the piece itself. */
struct PieceSource
{
    const ProjectedGeometry::Network &net;
    const ProjectedGeometry::Simplified *level;

    const QPointF *points(int p, int *n) const
    {
        if (level) {
            *n = level->starts[p + 1] - level->starts[p];
            return level->points.constData() + level->starts[p];
        }
        *n = int(net.pieces[p].size());
        return net.pieces[p].constData();
    }
};

} // namespace

NetworkLayer::NetworkLayer(const MapNetwork &network, const ProjectedGeometry::Network &projected,
                           const MapTheme &theme, const MapFrame &frame, bool selection, int maxDots)
    : m_network(network),
      m_projected(projected),
      m_theme(theme),
      m_selection(selection),
      m_crowding(crowdingFor(projected, frame)),
      m_maxDots(maxDots)
{
    const int lineCount = projected.lineCount > 0 ? projected.lineCount : int(network.links().size());
    const LineStyle::Role role = selection ? LineStyle::Role::Faded : LineStyle::Role::Network;
    m_groups.resize(LineStyle::classCount);
    for (int c = 0; c < LineStyle::classCount; ++c)
        m_groups[c].style = LineStyle::ofClass(theme, c, role, lineCount);
    const QVector<quint8> &classes = network.lineClasses();
    const int links = int(std::min(network.links().size(), projected.linkBounds.size()));
    for (int i = 0; i < links; ++i) {
        if (projected.pieceOffsets[i] == projected.pieceOffsets[i + 1]
            || !frame.isVisible(projected.linkBounds[i]))
            continue;
        m_groups[classes[i]].links.append(i);
        ++m_visibleLinks;
    }
}

double NetworkLayer::dotRadius(const MapPlace &place, int maxPartners, const MapTheme &theme,
                               double pixelScale, double crowding)
{
    const double share = maxPartners > 0 ? double(place.partnerCount) / maxPartners : 0.0;
    return pixelScale * crowding
            * std::max(theme.minDotRadius, theme.maxDotRadius * std::sqrt(share));
}

double NetworkLayer::crowdingFor(const ProjectedGeometry::Network &projected, const MapFrame &frame)
{
    int visible = 0;
    for (const QPointF &p : projected.places)
        if (!std::isnan(p.x()) && frame.isVisible(p))
            ++visible;
    if (visible == 0)
        return 1.0;
    // The mean spacing of the dots in logical pixels; below about 12 px they start to touch.
    const double spacing = std::sqrt(frame.device().width() * frame.device().height() / visible)
            / frame.px();
    return std::clamp(spacing / 12.0, 0.5, 1.0);
}

QVector<int> NetworkLayer::visibleDots(const MapFrame &frame) const
{
    QVector<int> dots;
    for (int i : m_projected.placeOrder) {
        if (m_maxDots >= 0 && dots.size() >= m_maxDots)
            break;
        const QPointF p = m_projected.places[i];
        if (!std::isnan(p.x()) && frame.isVisible(p))
            dots.append(i);
    }
    return dots;
}

void NetworkLayer::draw(MapFrame &frame, const std::function<void()> &meanwhile) const
{
    if (QImage *image = NetworkRaster::targetOf(frame.painter())) {
        drawOnImage(*image, frame, meanwhile);
        return;
    }
    if (meanwhile)
        meanwhile();
    drawWithPainter(frame);
}

void NetworkLayer::drawWithPainter(MapFrame &frame) const
{
    QPainter &painter = frame.painter();
    const double deviceScale = std::sqrt(std::fabs(painter.deviceTransform().determinant()));
    const PieceSource source { m_projected, m_projected.simplifiedFor(frame.scale() * deviceScale) };
    const bool dense = isDense();
    const bool pdf = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf;
    // Inactive lines first, then the kinds, so that the kinds stay on top.
    QVector<int> order;
    for (int c = 0; c < m_groups.size(); ++c)
        if (LineStyle::isInactiveClass(c))
            order.append(c);
    for (int c = 0; c < m_groups.size(); ++c)
        if (!LineStyle::isInactiveClass(c))
            order.append(c);
    QVector<QPolygonF> clipped;
    for (int c : qAsConst(order)) {
        const Group &group = m_groups[c];
        if (group.links.isEmpty())
            continue;
        QPen pen = group.style.pen(frame.px());
        if (pdf && pen.color().alpha() < 255) {
            // Qt's PDF engine strokes only opaque pens natively; translucent ones become filled
            // outlines, twenty times larger. On paper the lines get their tint over the land.
            const QColor c = pen.color();
            const double a = c.alphaF();
            const QColor under = m_theme.land;
            pen.setColor(QColor::fromRgbF(float(c.redF() * a + under.redF() * (1 - a)),
                                          float(c.greenF() * a + under.greenF() * (1 - a)),
                                          float(c.blueF() * a + under.blueF() * (1 - a))));
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPainterPath path;
        for (int link : group.links) {
            const bool safe = frame.isSafe(m_projected.linkBounds[link]);
            for (int p = m_projected.pieceOffsets[link]; p < m_projected.pieceOffsets[link + 1]; ++p) {
                int n = 0;
                const QPointF *points = source.points(p, &n);
                QPolygonF screen(n);
                for (int k = 0; k < n; ++k)
                    screen[k] = frame.map(points[k]);
                clipped.clear();
                if (safe)
                    clipped.append(screen);
                else
                    ScreenClip::clipPolyline(screen, frame.clip(), clipped);
                for (const QPolygonF &piece : qAsConst(clipped)) {
                    if (dense) // one path per style: a compact PDF or SVG, and fast
                        path.addPolygon(piece);
                    else
                        painter.drawPolyline(piece);
                }
            }
        }
        if (dense)
            painter.drawPath(path);
    }

    painter.setOpacity(m_selection ? steppedBackOpacity : 1.0);
    const int maxPartners = m_network.maxPartnerCount();
    const QVector<int> dots = visibleDots(frame);
    painter.setPen(QPen(m_theme.dotOutline, m_theme.dotOutlineWidth * frame.px()));
    painter.setBrush(m_theme.dotFill);
    if (dots.size() > denseDotCount) {
        QPainterPath path;
        for (int i : dots) {
            const double r = dotRadius(m_network.places()[i], maxPartners, m_theme, frame.px(), m_crowding);
            path.addEllipse(frame.map(m_projected.places[i]), r, r);
        }
        painter.drawPath(path);
    } else {
        for (int i : dots) {
            const double r = dotRadius(m_network.places()[i], maxPartners, m_theme, frame.px(), m_crowding);
            painter.drawEllipse(frame.map(m_projected.places[i]), r, r);
        }
    }
    painter.setOpacity(1.0);
}

void NetworkLayer::drawOnImage(QImage &image, MapFrame &frame, const std::function<void()> &meanwhile) const
{
    const QTransform toDevice = frame.painter().deviceTransform();
    const double deviceScale = std::sqrt(std::fabs(toDevice.determinant()));
    // Projected metres straight to device pixels: the frame's mapping, then the painter's.
    const QPointF origin = frame.map(QPointF(0, 0));
    const QTransform projectedToDevice =
            QTransform(frame.scale(), 0, 0, -frame.scale(), origin.x(), origin.y()) * toDevice;
    const double m11 = projectedToDevice.m11(), m22 = projectedToDevice.m22();
    const double dx = projectedToDevice.dx(), dy = projectedToDevice.dy();
    const PieceSource source { m_projected, m_projected.simplifiedFor(frame.scale() * deviceScale) };
    const bool dense = isDense();

    // Pens in device pixels, one per style class; dense frames draw dashes as solid lines
    // with the ink of their dashes.
    const double width = m_theme.lineWidth * frame.px() * deviceScale;
    const double on = dashOn * frame.px() * deviceScale, off = dashOff * frame.px() * deviceScale;
    std::vector<NetworkRaster::Pen> pens;
    pens.reserve(size_t(m_groups.size()));
    for (const Group &group : m_groups) {
        QColor color = group.style.color;
        if (group.style.dashed && dense)
            color.setAlphaF(color.alphaF() * dashOn / (dashOn + dashOff));
        const bool dashed = group.style.dashed && !dense;
        pens.push_back(NetworkRaster::makePen(color, width, dashed ? on : 0.0, dashed ? off : 0.0));
    }

    // Only the viewport's part of the image: an exporter may paint the map into part of a page.
    const QRect area = toDevice.mapRect(frame.device()).toAlignedRect().intersected(image.rect());
    if (area.isEmpty()) {
        if (meanwhile)
            meanwhile();
        return;
    }
    const int bandHeight = std::clamp(bandBytes / (16 * std::max(1, area.width())), 4, 64);
    const int bandCount = (area.height() + bandHeight - 1) / bandHeight;
    const double reach = 2.0 + width;
    const auto bandOf = [&](double y) {
        return int(std::clamp((y - area.top()) / bandHeight, -1.0, double(bandCount)));
    };

    std::unique_ptr<Scratch> scratch = scratchPool().take();
    std::vector<int> &links = scratch->links;
    links.clear();
    for (const Group &group : m_groups)
        links.insert(links.end(), group.links.begin(), group.links.end());
    std::sort(links.begin(), links.end()); // the network's order, whatever the styles
    const int chunkCount = int((links.size() + linksPerChunk - 1) / linksPerChunk);
    if (int(scratch->chunks.size()) < chunkCount)
        scratch->chunks.resize(size_t(chunkCount));
    const QVector<quint8> &classes = m_network.lineClasses();

    // Segments in device pixels and runs of them per band, chunk by chunk in parallel.
    const QRectF clip = QRectF(area).adjusted(-reach, -reach, reach, reach);
    const auto binChunk = [&](int c) {
        Scratch::Chunk &chunk = scratch->chunks[size_t(c)];
        chunk.segments.clear();
        if (int(chunk.bands.size()) < bandCount)
            chunk.bands.resize(size_t(bandCount));
        for (int b = 0; b < bandCount; ++b)
            chunk.bands[size_t(b)].clear();
        NetworkRaster::Segment segment;
        const int end = std::min(int(links.size()), (c + 1) * linksPerChunk);
        for (int l = c * linksPerChunk; l < end; ++l) {
            const int link = links[size_t(l)];
            const quint16 pen = classes[link];
            const bool dashed = pens[size_t(pen)].dashOn > 0.0;
            for (int p = m_projected.pieceOffsets[link]; p < m_projected.pieceOffsets[link + 1]; ++p) {
                int n = 0;
                const QPointF *piece = source.points(p, &n);
                double phase = 0.0;
                QPointF a(m11 * piece[0].x() + dx, m22 * piece[0].y() + dy);
                for (int k = 1; k < n; ++k) {
                    const QPointF b(m11 * piece[k].x() + dx, m22 * piece[k].y() + dy);
                    if (NetworkRaster::prepare(a, b, width, clip, phase, pen, &segment)) {
                        const double span = segment.slope * (segment.u1 - segment.u0);
                        const double top = segment.xMajor ? segment.v0 + std::min(0.0, span) : segment.u0;
                        const double bottom = segment.xMajor ? segment.v0 + std::max(0.0, span) : segment.u1;
                        const int b0 = std::max(0, bandOf(top - reach));
                        const int b1 = std::min(bandCount - 1, bandOf(bottom + reach));
                        const int index = int(chunk.segments.size());
                        chunk.segments.push_back(segment);
                        for (int band = b0; band <= b1; ++band) {
                            std::vector<Run> &runs = chunk.bands[size_t(band)];
                            if (!runs.empty() && runs.back().first + runs.back().count == index)
                                ++runs.back().count;
                            else
                                runs.push_back({ index, 1 });
                        }
                    }
                    if (dashed)
                        phase += std::hypot(b.x() - a.x(), b.y() - a.y());
                    a = b;
                }
            }
        }
    };

    // Dots in drawing order, binned by band. Dots of one size at the same quarter-pixel
    // offset look alike: each such dot is drawn once into an image, which the bands copy.
    const int maxPartners = m_network.maxPartnerCount();
    const double outlineWidth = m_theme.dotOutlineWidth * frame.px() * deviceScale;
    const double opacity = m_selection ? steppedBackOpacity : 1.0;
    std::vector<Dot> &dots = scratch->dots;
    const QVector<int> shownDots = visibleDots(frame);
    const auto binDots = [&] {
        dots.clear();
        scratch->dotImages.clear();
        scratch->dotImageOf.clear();
        if (int(scratch->bandDots.size()) < bandCount)
            scratch->bandDots.resize(size_t(bandCount));
        for (int b = 0; b < bandCount; ++b)
            scratch->bandDots[size_t(b)].clear();
        for (int i : shownDots) {
            const QPointF center = toDevice.map(frame.map(m_projected.places[i]));
            const double radius = dotRadius(m_network.places()[i], maxPartners, m_theme, frame.px(), m_crowding)
                    * deviceScale;
            if (!std::isfinite(center.x() + center.y()) || std::fabs(center.x()) > 1e7
                || std::fabs(center.y()) > 1e7)
                continue;
            const int quarterX = int(std::lround(center.x() * 4.0)), quarterY = int(std::lround(center.y() * 4.0));
            const int dx = quarterX >> 2, dy = quarterY >> 2; // floor, also below zero
            const quint32 key = (quint32(std::min(std::lround(radius * 16.0), 0xfffffL)) << 4)
                    | quint32((quarterX & 3) << 2) | quint32(quarterY & 3);
            auto it = scratch->dotImageOf.constFind(key);
            if (it == scratch->dotImageOf.constEnd()) {
                scratch->dotImages.push_back(NetworkRaster::makeDot(
                        QPointF((quarterX & 3) / 4.0, (quarterY & 3) / 4.0), (key >> 4) / 16.0,
                        m_theme.dotFill, m_theme.dotOutline, outlineWidth, opacity));
                it = scratch->dotImageOf.insert(key, int(scratch->dotImages.size()) - 1);
            }
            const NetworkRaster::Dot &image = scratch->dotImages[size_t(it.value())];
            const int b0 = std::max(0, bandOf(image.top + dy));
            const int b1 = std::min(bandCount - 1, bandOf(image.top + dy + image.height));
            for (int band = b0; band <= b1; ++band)
                scratch->bandDots[size_t(band)].push_back(int(dots.size()));
            dots.push_back({ it.value(), dx, dy });
        }
    };

    // The land is painted here while helpers prepare lines and dots; then the bands.
    ParallelFor::run(
            chunkCount + 1, [&](int task) { task < chunkCount ? binChunk(task) : binDots(); },
            meanwhile);

    ParallelFor::run(bandCount, [&](int band) {
        const QRect rect(area.left(), area.top() + band * bandHeight, area.width(),
                         std::min(bandHeight, area.bottom() + 1 - (area.top() + band * bandHeight)));
        NetworkRaster raster(image, rect);
        for (int c = 0; c < chunkCount; ++c) {
            const Scratch::Chunk &chunk = scratch->chunks[size_t(c)];
            for (const Run &run : chunk.bands[size_t(band)]) {
                for (int k = run.first; k < run.first + run.count; ++k) {
                    const NetworkRaster::Segment &segment = chunk.segments[size_t(k)];
                    raster.draw(segment, pens[segment.pen]);
                }
            }
        }
        raster.flush();
        for (int i : scratch->bandDots[size_t(band)]) {
            const Dot &dot = dots[size_t(i)];
            raster.drawDot(scratch->dotImages[size_t(dot.image)], dot.dx, dot.dy);
        }
    });
    scratchPool().give(std::move(scratch));
}

} // namespace twinatlas
