// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkraster.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/** Source over, the source premultiplied and already multiplied by its coverage. */
inline void blend(quint32 *dst, quint32 src)
{
    *dst = src + byteMul(*dst, 255 - (src >> 24));
}

inline void accumulate(float *sum, const float *units)
{
#if defined(__SSE2__)
    _mm_storeu_ps(sum, _mm_add_ps(_mm_loadu_ps(sum), _mm_loadu_ps(units)));
#else
    sum[0] += units[0];
    sum[1] += units[1];
    sum[2] += units[2];
    sum[3] += units[3];
#endif
}

/**
 * The sum of depths d becomes opacity 1 - exp(-d); the colour sums are multiplied by
 * (1 - exp(-d)) / d. Tabulated by d in steps of 1/256: a step changes the opacity by less than
 * one level in 255. Beyond maxDepth nothing shows through.
 */
constexpr double stepsPerNat = 256.0;
constexpr double maxDepth = 16.0;
constexpr int tableSize = int(maxDepth * stepsPerNat) + 1;

struct CompositeTable
{
    std::array<float, tableSize> perDepth;
};

const CompositeTable &compositeTable()
{
    static const CompositeTable table = [] {
        CompositeTable t {};
        for (int i = 0; i < tableSize; ++i) {
            const double d = i / stepsPerNat;
            const double a = -std::expm1(-d);
            t.perDepth[size_t(i)] = float(i == 0 ? 1.0 : a / d);
        }
        return t;
    }();
    return table;
}

} // namespace

NetworkRaster::Pen NetworkRaster::makePen(const QColor &color, double width, double dashOn,
                                          double dashOff)
{
    Pen pen;
    pen.width = std::max(0.05, width);
    pen.dashOn = dashOn;
    pen.dashOff = dashOff;
    const double alpha = color.alphaF();
    const double r = color.redF(), g = color.greenF(), b = color.blueF();
    for (int c = 0; c < 256; ++c) {
        const double covered = std::min(alpha * c / 255.0, 1.0 - 1e-7);
        const double d = -std::log1p(-covered);
        pen.units[size_t(c)] = { float(d), float(d * r), float(d * g), float(d * b) };
    }
    for (int k = 0; k <= 256; ++k)
        pen.byCover[size_t(k)] = pen.units[size_t((k * 255 + 128) >> 8)];
    return pen;
}

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

NetworkRaster::NetworkRaster(QImage &image, const QRect &band)
    : m_bits(const_cast<uchar *>(image.constBits())), // constBits: never detach the painter's image
      m_stride(image.bytesPerLine()),
      m_band(band.intersected(image.rect()))
{
    // One buffer per thread, kept from band to band and left all zero after each use, so that
    // a band neither allocates nor clears memory.
    thread_local std::vector<std::array<float, 4>> sums;
    const size_t size = size_t(std::max(0, m_band.height())) * size_t(std::max(0, m_band.width()));
    if (sums.size() < size)
        sums.assign(size, { 0.f, 0.f, 0.f, 0.f });
    m_sums = &sums;
    clearDirty();
}

NetworkRaster::~NetworkRaster()
{
    flush();
}

void NetworkRaster::markDirty(int top, int bottom)
{
    m_dirtyTop = std::min(m_dirtyTop, std::max(top, m_band.top()));
    m_dirtyBottom = std::max(m_dirtyBottom, std::min(bottom, m_band.bottom()));
}

void NetworkRaster::clearDirty()
{
    m_dirtyTop = std::numeric_limits<int>::max();
    m_dirtyBottom = std::numeric_limits<int>::min();
}

void NetworkRaster::flush()
{
    if (m_dirtyTop > m_dirtyBottom)
        return;
    const CompositeTable &table = compositeTable();
    const int width = m_band.width();
    for (int y = m_dirtyTop; y <= m_dirtyBottom; ++y) {
        std::array<float, 4> *sum = m_sums->data() + size_t(y - m_band.top()) * size_t(width)
                - m_band.left();
        auto *dst = reinterpret_cast<quint32 *>(m_bits + y * m_stride);
        for (int x = m_band.left(); x <= m_band.right(); ++x) {
            float *const s = sum[x].data();
            const float depth = s[0];
            if (depth <= 0.0f)
                continue;
            // The depth times (1 - exp(-d)) / d is the opacity; the colour sums times the same
            // are the premultiplied colour: one multiplication for all four, times 255.
            const int i = std::min(int(depth * float(stepsPerNat) + 0.5f), tableSize - 1);
            const float k = 255.0f * (i == tableSize - 1 ? 1.0f / depth : table.perDepth[size_t(i)]);
#if defined(__SSE2__)
            const __m128 scaled = _mm_mul_ps(_mm_loadu_ps(s), _mm_set1_ps(k));
            // Lanes d, r, g, b to b, g, r, a: the bytes of a little-endian ARGB32 pixel.
            __m128i v = _mm_cvtps_epi32(_mm_shuffle_ps(scaled, scaled, _MM_SHUFFLE(0, 1, 2, 3)));
            v = _mm_packs_epi32(v, v);
            v = _mm_min_epi16(v, _mm_shufflelo_epi16(v, 0xff)); // premultiplied: no channel over alpha
            const quint32 src = quint32(_mm_cvtsi128_si32(_mm_packus_epi16(v, v)));
            _mm_storeu_ps(s, _mm_setzero_ps());
#else
            const auto channel = [k](float v) { return quint32(std::clamp(int(v * k + 0.5f), 0, 255)); };
            const quint32 alpha = channel(depth);
            const quint32 src = (alpha << 24) | (std::min(channel(s[1]), alpha) << 16)
                    | (std::min(channel(s[2]), alpha) << 8) | std::min(channel(s[3]), alpha);
            s[0] = s[1] = s[2] = s[3] = 0.0f;
#endif
            blend(dst + x, src);
        }
    }
    clearDirty();
}

bool NetworkRaster::prepare(QPointF a, QPointF b, double width, const QRectF &clip,
                            double phase, quint16 pen, Segment *segment)
{
    double ax = a.x(), ay = a.y(), bx = b.x(), by = b.y();
    const double dx = bx - ax, dy = by - ay;
    if (!std::isfinite(dx) || !std::isfinite(dy))
        return false;
    // Liang–Barsky: the part inside clip, as parameters t0 … t1 of a + t (b - a). Drawing only
    // that keeps the coordinates small enough for floats, however far in the map is zoomed.
    double t0 = 0.0, t1 = 1.0;
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4] = { ax - clip.left(), clip.right() - ax, ay - clip.top(), clip.bottom() - ay };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    if (t0 >= t1)
        return false;
    const double fullLength = std::sqrt(dx * dx + dy * dy);
    if (t1 < 1.0) {
        bx = ax + t1 * dx;
        by = ay + t1 * dy;
    }
    if (t0 > 0.0) {
        ax += t0 * dx;
        ay += t0 * dy;
    }
    const double length = (t1 - t0) * fullLength;
    if (!(length > 0.0))
        return false;
    const bool xMajor = std::fabs(dx) >= std::fabs(dy);
    double u0 = xMajor ? ax : ay, v0 = xMajor ? ay : ax;
    double u1 = xMajor ? bx : by, v1 = xMajor ? by : bx;
    const bool reversed = u1 < u0;
    if (reversed) {
        std::swap(u0, u1);
        std::swap(v0, v1);
    }
    if (!(u1 > u0))
        return false;
    const double slope = (v1 - v0) / (u1 - u0);
    segment->u0 = float(u0);
    segment->u1 = float(u1);
    segment->v0 = float(v0);
    segment->slope = float(slope);
    segment->inverseSlope = slope != 0.0 ? float(1.0 / slope) : 0.0f;
    segment->thickness = float(width * length / (u1 - u0));
    segment->length = float(length);
    segment->phase = float(phase + t0 * fullLength);
    segment->step = qint32(qRound64(slope * 65536.0));
    segment->pen = pen;
    segment->xMajor = xMajor;
    segment->reversed = reversed;
    return true;
}

void NetworkRaster::drawPolyline(const QPointF *points, int n, const Pen &pen, double dashPhase)
{
    const QRectF clip = QRectF(m_band).adjusted(-pen.width - 2.0, -pen.width - 2.0,
                                                 pen.width + 2.0, pen.width + 2.0);
    Segment segment;
    for (int i = 1; i < n; ++i) {
        if (prepare(points[i - 1], points[i], pen.width, clip, dashPhase, 0, &segment))
            draw(segment, pen);
        dashPhase += std::hypot(points[i].x() - points[i - 1].x(), points[i].y() - points[i - 1].y());
    }
}

void NetworkRaster::draw(const Segment &segment, const Pen &pen)
{
    if (segment.xMajor)
        drawSpan<true>(segment, pen);
    else
        drawSpan<false>(segment, pen);
}

template<bool xMajor>
void NetworkRaster::drawSpan(const Segment &segment, const Pen &pen)
{
    // A box-filtered line: along its major axis u, each column (or row) gets the overlap of the
    // line's cross-section (width / cos of the angle) with each pixel across, times the
    // column's share of the segment at the ends (flat caps). Pixel (i, j) covers
    // [i, i + 1] × [j, j + 1].
    const double u0 = segment.u0, u1 = segment.u1, v0 = segment.v0;
    const double slope = segment.slope;
    const double thickness = segment.thickness;
    const double half = 0.5 * thickness;

    // The band bounds both axes: for x-major lines u is x and v is y, else the other way.
    const int xFirst = m_band.left(), xLast = m_band.right();
    const int yFirst = m_band.top(), yLast = m_band.bottom();
    const int uFirst = xMajor ? xFirst : yFirst, uLast = xMajor ? xLast : yLast;
    const int vFirst = xMajor ? yFirst : xFirst, vLast = xMajor ? yLast : xLast;
    int first = std::max(floorToInt(u0), uFirst);
    int last = std::min(ceilToInt(u1) - 1, uLast);
    // Narrow to where the line, with its thickness, crosses the v range.
    if (slope != 0.0) {
        const double ua = u0 + (vFirst - half - 1.0 - v0) * segment.inverseSlope;
        const double ub = u0 + (vLast + 2.0 + half - v0) * segment.inverseSlope;
        first = std::max(first, floorToInt(std::min(ua, ub)));
        last = std::min(last, ceilToInt(std::max(ua, ub)));
    } else if (v0 + half < vFirst || v0 - half > vLast + 1.0) {
        return;
    }
    if (first > last)
        return;
    {
        const int vLow = floorToInt(std::min(v0, v0 + slope * (u1 - u0)) - half - 1.0);
        const int vHigh = ceilToInt(std::max(v0, v0 + slope * (u1 - u0)) + half + 1.0);
        if (xMajor)
            markDirty(vLow, vHigh);
        else
            markDirty(first, last);
    }
    std::array<float, 4> *const sums = m_sums->data();
    const qsizetype stride = qsizetype(m_band.width());
    const auto &units = pen.units;
    const unsigned vSpan = unsigned(vLast - vFirst);
    const auto indexOf = [stride, xFirst, yFirst](int u, int j) {
        return xMajor ? qsizetype(j - yFirst) * stride + (u - xFirst)
                      : qsizetype(u - yFirst) * stride + (j - xFirst);
    };
    const qsizetype across = xMajor ? stride : 1; // from pixel (u, j) to (u, j + 1)

    const bool dashed = pen.dashOn > 0.0 && pen.dashOff > 0.0;
    if (dashed || thickness > 1.0) {
        // Dashes and wide lines: walk down the cross-section [top, top + thickness] pixel by
        // pixel, in columns that fall on a dash.
        const double perU = segment.length / (u1 - u0);
        const double period = pen.dashOn + pen.dashOff;
        for (int u = first; u <= last; ++u) {
            const double span = std::min(u + 1.0, u1) - std::max(double(u), u0);
            if (span <= 0.0)
                continue;
            if (dashed) {
                const double along = (std::clamp(u + 0.5, u0, u1) - u0) * perU;
                const double at = segment.phase + (segment.reversed ? segment.length - along : along);
                if (std::fmod(at, period) > pen.dashOn)
                    continue;
            }
            const double top = v0 + slope * (u + 0.5 - u0) - half;
            int j = floorToInt(top);
            double cover = std::min(j + 1.0 - top, thickness);
            double rest = thickness - cover;
            const double weight = span * 255.0;
            for (;;) {
                const int amount = std::min(255, int(cover * weight + 0.5));
                if (unsigned(j - vFirst) <= vSpan)
                    accumulate(sums[indexOf(u, j)].data(), units[size_t(amount)].data());
                if (rest <= 0.0)
                    break;
                ++j;
                cover = std::min(rest, 1.0);
                rest -= cover;
            }
        }
        return;
    }

    // Thin solid lines (0.7 px at any angle), in 16.16 fixed point: this is where a
    // 30,000-line frame spends its time. Each column covers two pixels at most. The end
    // columns, shared with the neighbouring segments, are weighted by their share of the
    // segment; columns whose pixels may fall outside the band are checked; most are not.
    const qint64 step = segment.step;
    const qint64 topFirst = qRound64((v0 + slope * (first + 0.5 - u0) - half) * 65536.0);
    const int thick = std::min(65536, int(thickness * 65536.0 + 0.5));
    const int fullFrom = std::max(first, ceilToInt(u0));
    const int fullTo = std::min(last, floorToInt(u1) - 1);
    const qsizetype along = xMajor ? 1 : stride; // from pixel (u, j) to (u + 1, j)
    const auto &byCover = pen.byCover;
    const auto checked = [&](int from, int to) {
        qint64 top = topFirst + qint64(from - first) * step;
        for (int u = from; u <= to; ++u, top += step) {
            int weight = 255;
            if (u < fullFrom || u > fullTo) {
                const double span = std::min(u + 1.0, u1) - std::max(double(u), u0);
                weight = std::clamp(int(span * 255.0 + 0.5), 0, 255);
            }
            const int j = int(top >> 16);
            const int c0 = std::min(65536 - int(top & 0xffff), thick);
            const qsizetype i = indexOf(u, j);
            if (unsigned(j - vFirst) <= vSpan)
                accumulate(sums[i].data(), units[size_t((c0 * weight + 32768) >> 16)].data());
            if (unsigned(j + 1 - vFirst) <= vSpan)
                accumulate(sums[i + across].data(), units[size_t(((thick - c0) * weight + 32768) >> 16)].data());
        }
    };
    // Where both pixels of a column are in the band: vFirst <= top >> 16 < vLast.
    // Estimated in floating point, then narrowed until both ends hold, which for a straight
    // line makes every column between them hold.
    int inFrom = fullFrom, inTo = fullTo;
    const qint64 low = qint64(vFirst) << 16, high = (qint64(vLast) << 16) - 1;
    const auto inside = [&](int u) {
        const qint64 top = topFirst + qint64(u - first) * step;
        return top >= low && top <= high;
    };
    if (step != 0) {
        const double a = first + double(low - topFirst) / double(step);
        const double b = first + double(high - topFirst) / double(step);
        inFrom = std::max(inFrom, int(std::clamp(std::ceil(std::min(a, b)), -1e9, 1e9)));
        inTo = std::min(inTo, int(std::clamp(std::floor(std::max(a, b)), -1e9, 1e9)));
    }
    while (inFrom <= inTo && !inside(inFrom))
        ++inFrom;
    while (inTo >= inFrom && !inside(inTo))
        --inTo;
    if (inFrom > inTo) {
        checked(first, last);
        return;
    }
    checked(first, inFrom - 1);
    qint64 top = topFirst + qint64(inFrom - first) * step;
    int j = int(top >> 16);
    qsizetype i = indexOf(inFrom, j);
    for (int u = inFrom; u <= inTo; ++u) {
        const int c0 = std::min(65536 - int(top & 0xffff), thick);
        accumulate(sums[i].data(), byCover[size_t(c0 >> 8)].data());
        accumulate(sums[i + across].data(), byCover[size_t((thick - c0) >> 8)].data());
        top += step;
        const int next = int(top >> 16);
        i += along + (next - j) * across;
        j = next;
    }
    checked(inTo + 1, last);
}

NetworkRaster::Dot NetworkRaster::makeDot(QPointF center, double radius, const QColor &fill,
                                          const QColor &outline, double outlineWidth, double opacity)
{
    // Coverage from the distance of each pixel's centre to the dot's: a one-pixel ramp at each
    // edge, close to QPainter's antialiasing for dots a few pixels across.
    const double outer = radius + outlineWidth / 2.0;
    const double inner = radius - outlineWidth / 2.0;
    Dot dot;
    dot.left = floorToInt(center.x() - outer - 0.5);
    dot.top = floorToInt(center.y() - outer - 0.5);
    dot.width = ceilToInt(center.x() + outer + 0.5) - dot.left;
    dot.height = ceilToInt(center.y() + outer + 0.5) - dot.top;
    dot.pixels.assign(size_t(dot.width) * size_t(dot.height), 0u);
    const quint32 fillColor = qPremultiply(fill.rgba());
    const quint32 outlineColor = outlineWidth > 0.0 ? qPremultiply(outline.rgba()) : 0u;
    const quint32 alpha = quint32(std::clamp(opacity, 0.0, 1.0) * 255.0 + 0.5);
    const double reach2 = (outer + 0.5) * (outer + 0.5);
    for (int y = 0; y < dot.height; ++y) {
        const double dy = dot.top + y + 0.5 - center.y();
        for (int x = 0; x < dot.width; ++x) {
            const double dx = dot.left + x + 0.5 - center.x();
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
            dot.pixels[size_t(y) * size_t(dot.width) + size_t(x)] = byteMul(pixel, alpha);
        }
    }
    return dot;
}

void NetworkRaster::drawDot(const Dot &dot, int dx, int dy)
{
    flush();
    const int top = std::max(dot.top + dy, m_band.top());
    const int bottom = std::min(dot.top + dy + dot.height - 1, m_band.bottom());
    const int left = std::max(dot.left + dx, m_band.left());
    const int right = std::min(dot.left + dx + dot.width - 1, m_band.right());
    for (int y = top; y <= bottom; ++y) {
        auto *row = reinterpret_cast<quint32 *>(m_bits + y * m_stride);
        const quint32 *src = dot.pixels.data() + size_t(y - dot.top - dy) * size_t(dot.width)
                - (dot.left + dx);
        for (int x = left; x <= right; ++x)
            if (src[x])
                blend(row + x, src[x]);
    }
}

void NetworkRaster::drawDot(QPointF center, double radius, const QColor &fill,
                            const QColor &outline, double outlineWidth, double opacity)
{
    drawDot(makeDot(center, radius, fill, outline, outlineWidth, opacity));
}

} // namespace twinatlas
