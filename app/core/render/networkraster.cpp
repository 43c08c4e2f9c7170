// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkraster.h"

#include <QPaintEngine>
#include <QPainter>
#include <QRect>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <mutex>

namespace twinatlas {

namespace {

/** x * a / 255 for each channel of a premultiplied pixel (Qt's BYTE_MUL). */
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080);
    x &= 0xff00ff00;
    return x | t;
}

inline int floorToInt(double x)
{
    const int i = int(x);
    return x < i ? i - 1 : i;
}

inline int ceilToInt(double x)
{
    const int i = int(x);
    return x > i ? i + 1 : i;
}

/**
 * Overlapping translucent lines: a pixel covered to c by lines of opacity a keeps
 * Π (1 - a c) of what is under it. Each line adds -ln(1 - a c) to the pixel's sum, in units
 * of 1/2048 (so a thousand faint lines fit in 16 bits), and the sum s becomes the opacity
 * 1 - exp(-s) when the pen's lines are composited: source-over, but one blend per pixel.
 */
constexpr double unitsPerNat = 2048.0;
constexpr double maxNats = 16.0; // an opaque line: nothing shows through

/** The units one line of alpha adds at coverage 0…255; a table per alpha, made once. */
const quint16 *unitsTable(int alpha)
{
    static std::array<std::array<quint16, 256>, 256> tables;
    static std::array<std::once_flag, 256> made;
    std::call_once(made[size_t(alpha)], [alpha] {
        for (int c = 0; c < 256; ++c) {
            const double covered = alpha / 255.0 * c / 255.0;
            const double nats = covered >= 1.0 ? maxNats : std::min(maxNats, -std::log1p(-covered));
            tables[size_t(alpha)][size_t(c)] = quint16(std::lround(nats * unitsPerNat));
        }
    });
    return tables[size_t(alpha)].data();
}

/** Opacity (0…255) of a sum of units, indexed by the sum / 16. */
const quint8 *opacityTable()
{
    static const std::array<quint8, 4096> table = [] {
        std::array<quint8, 4096> t {};
        for (size_t i = 0; i < t.size(); ++i)
            t[i] = quint8(std::lround(255.0 * (1.0 - std::exp(-(i * 16.0 + 8.0) / unitsPerNat))));
        t[0] = quint8(std::lround(255.0 * (1.0 - std::exp(-4.0 / unitsPerNat))));
        return t;
    }();
    return table.data();
}

/** Source over, the source already multiplied by its coverage. */
inline void blend(quint32 *dst, quint32 src)
{
    *dst = src + byteMul(*dst, 255 - (src >> 24));
}

} // namespace

QImage *NetworkRaster::targetOf(const QPainter &painter)
{
    QPaintDevice *device = painter.device();
    if (!device || device->devType() != QInternal::Image || !painter.paintEngine()
        || painter.paintEngine()->type() != QPaintEngine::Raster)
        return nullptr;
    auto *image = static_cast<QImage *>(device);
    const QImage::Format format = image->format();
    if (format != QImage::Format_ARGB32_Premultiplied && format != QImage::Format_RGB32)
        return nullptr;
    if (painter.hasClipping() || painter.compositionMode() != QPainter::CompositionMode_SourceOver
        || painter.deviceTransform().type() > QTransform::TxScale)
        return nullptr;
    return image;
}

NetworkRaster::NetworkRaster(QImage &image, const QRect &tile)
    : m_bits(const_cast<uchar *>(image.constBits())), // constBits: never detach the painter's image
      m_stride(image.bytesPerLine()),
      m_tile(tile.intersected(image.rect()))
{
    // One buffer per thread, kept from tile to tile and left all zero after each use, so that
    // a tile neither allocates nor clears memory.
    thread_local std::vector<quint16> coverage;
    const size_t size = size_t(std::max(0, m_tile.height())) * size_t(std::max(0, m_tile.width()));
    if (coverage.size() < size)
        coverage.assign(size, 0);
    m_coverage = &coverage;
}

NetworkRaster::~NetworkRaster()
{
    flush();
}

void NetworkRaster::setPen(const QColor &color, double width, double dashOn, double dashOff)
{
    if (color.rgba() != m_color)
        flush();
    m_color = color.rgba();
    m_units = unitsTable(qAlpha(m_color));
    m_lineWidth = std::max(0.05, width);
    m_dashOn = dashOn;
    m_dashOff = dashOff;
}

void NetworkRaster::flush()
{
    if (m_dirtyTop > m_dirtyBottom)
        return;
    const quint8 *table = opacityTable();
    const quint32 opaque = qPremultiply(m_color | 0xff000000u);
    const int width = m_tile.width();
    for (int row = m_dirtyTop; row <= m_dirtyBottom; ++row) {
        quint16 *cover = m_coverage->data() + size_t(row) * size_t(width);
        auto *dst = reinterpret_cast<quint32 *>(m_bits + (m_tile.top() + row) * m_stride)
                + m_tile.left();
        for (int x = 0; x < width; ++x) {
            if ((x & 3) == 0 && x + 4 <= width) {
                quint64 four;
                std::memcpy(&four, cover + x, sizeof four);
                if (!four) {
                    x += 3;
                    continue;
                }
            }
            if (!cover[x])
                continue;
            const quint32 alpha = table[cover[x] >> 4];
            cover[x] = 0;
            blend(dst + x, byteMul(opaque, alpha));
        }
    }
    m_dirtyTop = 0;
    m_dirtyBottom = -1;
}

void NetworkRaster::drawPolyline(const QPointF *points, int n, double dashPhase)
{
    m_dashPhase = dashPhase;
    for (int i = 1; i < n; ++i)
        drawSegment(points[i - 1], points[i]);
}

void NetworkRaster::drawSegment(QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const bool dashed = m_dashOn > 0.0;
    // Most segments miss a tile: reject them before any division.
    const double reach = m_lineWidth + 1.0;
    const double top = m_tile.top() - reach, bottom = m_tile.bottom() + 1.0 + reach;
    const double left = m_tile.left() - reach, right = m_tile.right() + 1.0 + reach;
    if ((a.y() < top && b.y() < top) || (a.y() > bottom && b.y() > bottom)
        || (a.x() < left && b.x() < left) || (a.x() > right && b.x() > right)) {
        if (dashed)
            m_dashPhase += std::sqrt(dx * dx + dy * dy);
        return;
    }
    const double length = std::sqrt(dx * dx + dy * dy);
    if (!(length > 0.0) || !std::isfinite(length))
        return;
    const double phase = m_dashPhase;
    m_dashPhase += length;
    if (std::fabs(dx) >= std::fabs(dy))
        drawSpan<true>(a.x(), a.y(), b.x(), b.y(), length, phase);
    else
        drawSpan<false>(a.y(), a.x(), b.y(), b.x(), length, phase);
}

template<bool xMajor>
void NetworkRaster::drawSpan(double u0, double v0, double u1, double v1, double length, double phase)
{
    // A box-filtered line: along its major axis u, each column (or row) gets the overlap of the
    // line's cross-section (width / cos of the angle) with each pixel across, times the
    // column's share of the segment at the ends (flat caps). Pixel (i, j) covers
    // [i, i + 1] × [j, j + 1].
    const bool reversed = u1 < u0;
    if (reversed) {
        std::swap(u0, u1);
        std::swap(v0, v1);
    }
    const double slope = (v1 - v0) / (u1 - u0);
    const double thickness = m_lineWidth * length / (u1 - u0); // across, in pixels
    const double half = 0.5 * thickness;
    const double perU = length / (u1 - u0); // arc length per unit of u
    const bool dashed = m_dashOn > 0.0 && m_dashOff > 0.0;
    const double period = m_dashOn + m_dashOff;

    // The tile bounds both axes: for x-major lines u is x and v is y, else the other way.
    const int xFirst = m_tile.left(), xLast = m_tile.right();
    const int yFirst = m_tile.top(), yLast = m_tile.bottom();
    const int uFirst = xMajor ? xFirst : yFirst, uLast = xMajor ? xLast : yLast;
    const int vFirst = xMajor ? yFirst : xFirst, vLast = xMajor ? yLast : xLast;
    int first = std::max(floorToInt(u0), uFirst);
    int last = std::min(ceilToInt(u1) - 1, uLast);
    // Narrow to where the line, with its thickness, crosses the v range.
    if (slope != 0.0) {
        const double ua = u0 + (vFirst - half - 1.0 - v0) / slope;
        const double ub = u0 + (vLast + 1.0 + half + 1.0 - v0) / slope;
        first = std::max(first, floorToInt(std::max(std::min(ua, ub), -1e9)));
        last = std::min(last, ceilToInt(std::min(std::max(ua, ub), 1e9)));
    } else if (v0 + half < vFirst || v0 - half > vLast + 1.0) {
        return;
    }
    if (first > last)
        return;
    // Rows that may receive coverage, for flush().
    {
        const double vLow = std::min(v0, v1) - half - 1.0, vHigh = std::max(v0, v1) + half + 1.0;
        const int rowLow = std::max(yFirst, xMajor ? floorToInt(vLow) : first);
        const int rowHigh = std::min(yLast, xMajor ? ceilToInt(vHigh) : last);
        if (rowLow <= rowHigh) {
            m_dirtyTop = m_dirtyTop > m_dirtyBottom ? rowLow - yFirst : std::min(m_dirtyTop, rowLow - yFirst);
            m_dirtyBottom = std::max(m_dirtyBottom, rowHigh - yFirst);
        }
    }
    quint16 *const coverage = m_coverage->data();
    const size_t width = size_t(m_tile.width());
    const quint16 *const units = m_units;
    const auto add = [coverage, units, width, vFirst, vLast, xFirst, yFirst](int u, int j, int amount) {
        if (j < vFirst || j > vLast || amount <= 0)
            return;
        const int x = (xMajor ? u : j) - xFirst;
        const int y = (xMajor ? j : u) - yFirst;
        quint16 &c = coverage[size_t(y) * width + size_t(x)];
        c = quint16(std::min(0xffff, c + units[std::min(amount, 255)]));
    };
    // General case, for the end columns, dashes and wide lines: walk down the cross-section
    // [top, top + thickness] pixel by pixel.
    const auto column = [&](int u) {
        const double span = std::min(u + 1.0, u1) - std::max(double(u), u0);
        if (span <= 0.0)
            return;
        if (dashed) {
            const double along = (std::clamp(u + 0.5, u0, u1) - u0) * perU;
            if (std::fmod(phase + (reversed ? length - along : along), period) > m_dashOn)
                return;
        }
        const double top = v0 + slope * (u + 0.5 - u0) - half;
        int j = floorToInt(top);
        double cover = std::min(j + 1.0 - top, thickness);
        double rest = thickness - cover;
        const double weight = span * 255.0;
        for (;;) {
            add(u, j, int(cover * weight + 0.5));
            if (rest <= 0.0)
                break;
            ++j;
            cover = std::min(rest, 1.0);
            rest -= cover;
        }
    };
    // Solid lines up to two pixels thick, in 16.16 fixed point: this loop is where a
    // 30,000-line frame spends its time. Only the end columns, shared with the neighbouring
    // segments, are weighted by their share of the segment.
    if (dashed || thickness > 2.0) {
        for (int u = first; u <= last; ++u)
            column(u);
        return;
    }
    const qint64 step = qRound64(slope * 65536.0);
    qint64 top = qRound64((v0 + slope * (first + 0.5 - u0) - half) * 65536.0);
    const int thick = int(thickness * 65536.0 + 0.5);
    const int fullFrom = ceilToInt(u0), fullTo = floorToInt(u1) - 1;
    for (int u = first; u <= last; ++u, top += step) {
        int weight = 255;
        if (u < fullFrom || u > fullTo) {
            const double span = std::min(u + 1.0, u1) - std::max(double(u), u0);
            weight = int(span * 255.0 + 0.5);
            if (weight <= 0)
                continue;
        }
        const int j = int(top >> 16);
        const int c0 = std::min(65536 - int(top & 0xffff), thick);
        int rest = thick - c0;
        add(u, j, int((qint64(c0) * weight + 32768) >> 16));
        if (rest > 0) {
            const int c1 = std::min(rest, 65536);
            add(u, j + 1, int((qint64(c1) * weight + 32768) >> 16));
            rest -= c1;
            if (rest > 0)
                add(u, j + 2, int((qint64(rest) * weight + 32768) >> 16));
        }
    }
}

void NetworkRaster::drawDot(QPointF center, double radius, const QColor &fill,
                            const QColor &outline, double outlineWidth, double opacity)
{
    flush();
    // Coverage from the distance of each pixel's centre to the dot's: a one-pixel ramp at each
    // edge, close to QPainter's antialiasing for dots a few pixels across.
    const double outer = radius + outlineWidth / 2.0;
    const QRect box = QRect(QPoint(floorToInt(center.x() - outer - 1.0), floorToInt(center.y() - outer - 1.0)),
                            QPoint(ceilToInt(center.x() + outer + 1.0), ceilToInt(center.y() + outer + 1.0)))
                              .intersected(m_tile);
    if (box.isEmpty())
        return;
    const quint32 fillColor = qPremultiply(fill.rgba());
    const quint32 outlineColor = outlineWidth > 0.0 ? qPremultiply(outline.rgba()) : 0u;
    const double inner = radius - outlineWidth / 2.0;
    const quint32 alpha = quint32(std::clamp(opacity, 0.0, 1.0) * 255.0 + 0.5);
    const double reach2 = (outer + 0.5) * (outer + 0.5);
    for (int y = box.top(); y <= box.bottom(); ++y) {
        auto *row = reinterpret_cast<quint32 *>(m_bits + y * m_stride);
        const double dy = y + 0.5 - center.y();
        for (int x = box.left(); x <= box.right(); ++x) {
            const double dx = x + 0.5 - center.x();
            const double d2 = dx * dx + dy * dy;
            if (d2 >= reach2)
                continue;
            const double d = std::sqrt(d2);
            const double fillCover = std::clamp(radius + 0.5 - d, 0.0, 1.0);
            const double ringCover = outlineColor
                    ? std::clamp(outer + 0.5 - d, 0.0, 1.0) - std::clamp(inner + 0.5 - d, 0.0, 1.0)
                    : 0.0;
            if (fillCover <= 0.0 && ringCover <= 0.0)
                continue;
            quint32 pixel = byteMul(fillColor, quint32(fillCover * 255.0 + 0.5));
            if (ringCover > 0.0) {
                const quint32 ring = byteMul(outlineColor, quint32(ringCover * 255.0 + 0.5));
                pixel = ring + byteMul(pixel, 255 - (ring >> 24));
            }
            blend(row + x, byteMul(pixel, alpha));
        }
    }
}

} // namespace twinatlas
