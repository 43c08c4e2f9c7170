// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRect>
#include <QVector>

#include <array>
#include <vector>

class QPainter;

namespace twinatlas {

/**
 * Draws the network layer (thousands of thin translucent lines, then small dots) straight into
 * the pixels of one band of a QImage, in device pixels. QPainter's antialiased stroker blends
 * every pixel of every line through function calls; 30,000 lines across the world would take
 * most of a second.
 *
 * Here a line only adds to a float buffer that stays in the cache: for a pixel it covers to c
 * with opacity a, the optical depth d = -ln(1 - a c), and d times its colour. When the band is
 * done each pixel is composited once, with opacity 1 - exp(-sum d) (exactly what source-over
 * of all those lines leaves) in the depth-weighted mean of their colours. The sums do not
 * depend on the order of the lines, so lines of any colour can be drawn in any order, and
 * bands are independent: the renderer draws them in parallel, each band always in the same
 * order, so that the picture is the same whichever thread draws it.
 *
 * Only for a painter on a 32-bit QImage without clipping, rotation or a composition mode
 * (targetOf()); SVG, PDF and printers get the same drawing through QPainter.
 */
class NetworkRaster
{
public:
    /** What one line colour adds to a pixel at each coverage 0…255: made once per frame. */
    struct Pen
    {
        alignas(16) std::array<std::array<float, 4>, 256> units {}; ///< depth, depth × r, g, b
        /** The same by coverage in 1/256 of a pixel, 0 … 256: the thin lines' look-up. */
        alignas(16) std::array<std::array<float, 4>, 257> byCover {};
        double dashOn = 0.0; ///< device pixels; 0: solid
        double dashOff = 0.0;
        double width = 1.0; ///< device pixels
    };
    /** A pen for a colour with alpha, a width and dashes, all in device pixels. */
    static Pen makePen(const QColor &color, double width, double dashOn = 0.0, double dashOff = 0.0);

    /**
     * A segment of a line in device pixels, worked out once per frame (prepare()) and then
     * drawn in each band it touches: along its major axis u (x for lines flatter than 45°, y
     * for steeper ones), from u0 to u1 > u0.
     */
    struct Segment
    {
        float u0, u1;
        float v0; ///< v at u0
        float slope; ///< dv / du
        float inverseSlope; ///< du / dv, 0 for a level segment
        float thickness; ///< the pen's width across the major axis
        float length;
        float phase; ///< where along the dash pattern the segment starts (at its first point)
        qint32 step; ///< slope in 16.16 fixed point
        quint16 pen; ///< the caller's index of the segment's Pen
        bool xMajor;
        bool reversed; ///< u runs from the segment's last point to its first
    };
    /**
     * The segment from a to b, cut to clip (its phase moved on by what was cut off), for a pen
     * of width; false when nothing of it is left.
     */
    static bool prepare(QPointF a, QPointF b, double width, const QRectF &clip, double phase,
                        quint16 pen, Segment *segment);

    /** The image a painter paints on, if this class can draw on it; nullptr otherwise. */
    static QImage *targetOf(const QPainter &painter);

    /** Draws on the pixels of band (clipped to the image) only. */
    NetworkRaster(QImage &image, const QRect &band);
    /** Composites what is still pending. */
    ~NetworkRaster();
    NetworkRaster(const NetworkRaster &) = delete;
    NetworkRaster &operator=(const NetworkRaster &) = delete;

    /** Adds a prepared segment, drawn with pen, to the band's sums. */
    void draw(const Segment &segment, const Pen &pen);
    /** dashPhase: how far along its dash pattern the line starts, for lines drawn in parts. */
    void drawPolyline(const QPointF *points, int n, const Pen &pen, double dashPhase = 0.0);

    /** A dot's pixels, premultiplied, placed on the device: made once, drawn in every band. */
    struct Dot
    {
        int left = 0;
        int top = 0;
        int width = 0;
        int height = 0;
        std::vector<quint32> pixels;
    };
    /**
     * A dot as QPainter::drawEllipse draws it with an outline pen of outlineWidth (centred on
     * the radius), all in device pixels, at an opacity.
     */
    static Dot makeDot(QPointF center, double radius, const QColor &fill, const QColor &outline,
                       double outlineWidth, double opacity);
    /** Draws a dot moved by (dx, dy) device pixels; composites pending lines first. */
    void drawDot(const Dot &dot, int dx = 0, int dy = 0);
    void drawDot(QPointF center, double radius, const QColor &fill, const QColor &outline,
                 double outlineWidth, double opacity);

    /** Composites the pending lines into the image. */
    void flush();

private:
    template<bool xMajor>
    void drawSpan(const Segment &segment, const Pen &pen);
    void markDirty(int top, int bottom);
    void clearDirty();

    uchar *m_bits = nullptr;
    qsizetype m_stride = 0;
    QRect m_band;
    /** The band's sums, four floats a pixel, left all zero after each flush. */
    std::vector<std::array<float, 4>> *m_sums = nullptr;
    /** Rows the pending lines touch, in image coordinates. */
    int m_dirtyTop = 0;
    int m_dirtyBottom = -1;
};

} // namespace twinatlas
