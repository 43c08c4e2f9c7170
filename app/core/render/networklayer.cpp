// SPDX-License-Identifier: GPL-3.0-or-later
#include "networklayer.h"

#include "mapframe.h"
#include "mapnetwork.h"
#include "maptheme.h"
#include "networkraster.h"
#include "parallelfor.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

/** Behind a selection, the other dots are drawn at this opacity. */
constexpr double steppedBackOpacity = 0.45;
/** Tiles of this many device pixels square keep NetworkRaster's buffer in the cache. */
constexpr int tileSize = 128;
/** Dashes of ended, suspended and proposed partnerships, in logical pixels. */
constexpr double dashOn = 4.0;
constexpr double dashOff = 3.0;

} // namespace

NetworkLayer::NetworkLayer(const MapNetwork &network, const ProjectedGeometry::Network &projected,
                           const MapTheme &theme, const MapFrame &frame, bool selection)
    : m_network(network),
      m_projected(projected),
      m_theme(theme),
      m_selection(selection),
      m_crowding(crowdingFor(projected, frame))
{
    const QVector<MapLink> &links = network.links();
    const double opacity = theme.lineOpacityFor(links.size());
    const QStringList kinds = { QStringLiteral("sister_city"), QStringLiteral("twin_town"),
                                QStringLiteral("partner_town"), QStringLiteral("friendship_city"),
                                QStringLiteral("cooperation"), QString() };
    m_groups.append({ selection ? theme.fadedLine : theme.inactiveLine, true, {} });
    for (const QString &kind : kinds) {
        QColor color = theme.lineColor(kind);
        color.setAlphaF(color.alphaF() * opacity);
        if (selection)
            color = theme.fadedLine;
        m_groups.append({ color, false, {} });
        m_groups.append({ color, true, {} }); // proposed
    }
    for (int i = 0; i < links.size(); ++i) {
        if (!frame.isVisible(projected.linkBounds[i]))
            continue;
        if (links[i].isInactive()) {
            m_groups[0].links.append(i);
            continue;
        }
        int kind = kinds.indexOf(links[i].kind);
        if (kind < 0)
            kind = kinds.size() - 1;
        const bool proposed = links[i].status == QLatin1String("proposed");
        m_groups[1 + 2 * kind + (proposed ? 1 : 0)].links.append(i);
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

const QVector<QPolygonF> &NetworkLayer::piecesFor(const MapFrame &frame) const
{
    // Zoomed out, the simplified lines differ from the full ones by a quarter of a pixel at most.
    return m_projected.coarseTolerance * frame.scale() <= 0.25 ? m_projected.coarsePieces
                                                              : m_projected.pieces;
}

void NetworkLayer::draw(MapFrame &frame) const
{
    if (QImage *image = NetworkRaster::targetOf(frame.painter()))
        drawOnImage(*image, frame);
    else
        drawWithPainter(frame);
}

void NetworkLayer::drawWithPainter(MapFrame &frame) const
{
    QPainter &painter = frame.painter();
    const QVector<QPolygonF> &pieces = piecesFor(frame);
    const double width = m_theme.lineWidth * frame.px();
    for (const Group &group : m_groups) {
        if (group.links.isEmpty())
            continue;
        painter.setPen(MapFrame::linePen(group.color, width, group.dashed));
        painter.setBrush(Qt::NoBrush);
        for (int link : group.links)
            for (int p = m_projected.pieceOffsets[link]; p < m_projected.pieceOffsets[link + 1]; ++p)
                frame.strokePolyline(pieces[p], m_projected.linkBounds[link]);
    }
    painter.setOpacity(m_selection ? steppedBackOpacity : 1.0);
    const int maxPartners = m_network.maxPartnerCount();
    for (int i : m_projected.placeOrder) {
        const QPointF p = m_projected.places[i];
        if (std::isnan(p.x()) || !frame.isVisible(p))
            continue;
        const double r = dotRadius(m_network.places()[i], maxPartners, m_theme, frame.px(), m_crowding);
        painter.setPen(QPen(m_theme.dotOutline, m_theme.dotOutlineWidth * frame.px()));
        painter.setBrush(m_theme.dotFill);
        painter.drawEllipse(frame.map(p), r, r);
    }
    painter.setOpacity(1.0);
}

void NetworkLayer::drawOnImage(QImage &image, MapFrame &frame) const
{
    // Everything in device pixels first, once, binned by tile in drawing order; then the
    // tiles are drawn in parallel.
    const QTransform toDevice = frame.painter().deviceTransform();
    const double deviceScale = std::sqrt(std::fabs(toDevice.determinant()));
    const QVector<QPolygonF> &pieces = piecesFor(frame);

    // Each tile gets runs of consecutive segments that touch it, with where along its dash
    // pattern each run starts, so that a tile never walks the segments of other tiles.
    struct Run
    {
        int group;
        int first; // into points
        int count;
        double phase;
    };
    const int columns = (image.width() + tileSize - 1) / tileSize;
    const int rows = (image.height() + tileSize - 1) / tileSize;
    struct Tile
    {
        QRect rect;
        QVector<Run> runs;
        QVector<int> dots;
    };
    QVector<Tile> tiles(columns * rows);
    // Only the viewport's part of the image: an exporter may paint the map into part of a page.
    const QRect area = toDevice.mapRect(frame.device()).toAlignedRect().intersected(image.rect());
    for (int ty = 0; ty < rows; ++ty)
        for (int tx = 0; tx < columns; ++tx)
            tiles[ty * columns + tx].rect =
                    QRect(tx * tileSize, ty * tileSize, tileSize, tileSize).intersected(area);
    const double reach = 2.0 + m_theme.lineWidth * frame.px() * deviceScale;
    // Coordinates are offset by a few tiles before truncating, which then rounds down.
    const auto tileOf = [](double coordinate) {
        return int(std::clamp(coordinate / tileSize + 4.0, 0.0, 1e6)) - 4;
    };
    const auto binRange = [&](double left, double top, double right, double bottom, int *x0,
                              int *x1, int *y0, int *y1) {
        *x0 = std::max(0, tileOf(left - reach));
        *x1 = std::min(columns - 1, tileOf(right + reach));
        *y0 = std::max(0, tileOf(top - reach));
        *y1 = std::min(rows - 1, tileOf(bottom + reach));
    };
    // Projected metres straight to device pixels: the frame's mapping, then the painter's.
    const QTransform projectedToDevice = QTransform(frame.scale(), 0, 0, -frame.scale(),
                                                    frame.map(QPointF(0, 0)).x(),
                                                    frame.map(QPointF(0, 0)).y())
            * toDevice;
    const double m11 = projectedToDevice.m11(), m22 = projectedToDevice.m22();
    const double dx = projectedToDevice.dx(), dy = projectedToDevice.dy();

    QVector<QPointF> points;
    for (int g = 0; g < m_groups.size(); ++g) {
        const bool dashed = m_groups[g].dashed;
        for (int link : m_groups[g].links) {
            for (int p = m_projected.pieceOffsets[link]; p < m_projected.pieceOffsets[link + 1]; ++p) {
                const QPolygonF &piece = pieces[p];
                const int first = points.size();
                for (const QPointF &q : piece)
                    points.append(QPointF(m11 * q.x() + dx, m22 * q.y() + dy));
                double phase = 0.0;
                for (int k = first; k + 1 < points.size(); ++k) {
                    const QPointF a = points[k], b = points[k + 1];
                    if (!std::isfinite(a.x() + a.y() + b.x() + b.y()))
                        continue;
                    int x0, x1, y0, y1;
                    binRange(std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()),
                             std::max(a.y(), b.y()), &x0, &x1, &y0, &y1);
                    for (int ty = y0; ty <= y1; ++ty) {
                        for (int tx = x0; tx <= x1; ++tx) {
                            QVector<Run> &runs = tiles[ty * columns + tx].runs;
                            if (!runs.isEmpty() && runs.last().first + runs.last().count - 1 == k)
                                ++runs.last().count;
                            else
                                runs.append({ g, k, 2, phase });
                        }
                    }
                    if (dashed)
                        phase += std::sqrt((b.x() - a.x()) * (b.x() - a.x())
                                           + (b.y() - a.y()) * (b.y() - a.y()));
                }
            }
        }
    }

    struct Dot
    {
        QPointF center;
        double radius;
    };
    QVector<Dot> dots;
    const int maxPartners = m_network.maxPartnerCount();
    for (int i : m_projected.placeOrder) {
        const QPointF p = m_projected.places[i];
        if (std::isnan(p.x()) || !frame.isVisible(p))
            continue;
        dots.append({ toDevice.map(frame.map(p)),
                      dotRadius(m_network.places()[i], maxPartners, m_theme, frame.px(), m_crowding) * deviceScale });
    }

    for (int i = 0; i < dots.size(); ++i) {
        const double r = dots[i].radius + m_theme.dotOutlineWidth * frame.px() * deviceScale;
        int x0, x1, y0, y1;
        binRange(dots[i].center.x() - r, dots[i].center.y() - r, dots[i].center.x() + r,
                 dots[i].center.y() + r, &x0, &x1, &y0, &y1);
        for (int ty = y0; ty <= y1; ++ty)
            for (int tx = x0; tx <= x1; ++tx)
                tiles[ty * columns + tx].dots.append(i);
    }

    const double width = m_theme.lineWidth * frame.px() * deviceScale;
    const double on = dashOn * frame.px() * deviceScale, off = dashOff * frame.px() * deviceScale;
    const double opacity = m_selection ? steppedBackOpacity : 1.0;
    const double outlineWidth = m_theme.dotOutlineWidth * frame.px() * deviceScale;
    ParallelFor::run(int(tiles.size()), [&](int index) {
        const Tile &tile = tiles[index];
        if ((tile.runs.isEmpty() && tile.dots.isEmpty()) || tile.rect.isEmpty())
            return;
        NetworkRaster raster(image, tile.rect);
        int group = -1;
        for (const Run &run : tile.runs) {
            if (run.group != group) {
                group = run.group;
                const Group &g = m_groups[group];
                raster.setPen(g.color, width, g.dashed ? on : 0.0, g.dashed ? off : 0.0);
            }
            raster.drawPolyline(points.constData() + run.first, run.count, run.phase);
        }
        raster.flush();
        for (int i : tile.dots)
            raster.drawDot(dots[i].center, dots[i].radius, m_theme.dotFill, m_theme.dotOutline,
                           outlineWidth, opacity);
    });
}

} // namespace twinatlas
