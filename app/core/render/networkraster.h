// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRect>

#include <vector>

class QPainter;

namespace twinatlas {

/**
 * Draws the network layer (thin translucent lines and small dots) straight into the pixels of
 * one tile of a QImage, in device pixels. QPainter's antialiased stroker blends pixel by
 * pixel through function calls, which makes 30,000 lines across the world take over a second.
 * Here the lines of one pen only add -ln(1 - opacity × coverage) into a small 16-bit buffer
 * that stays in the cache; when the pen changes, the buffer is composited once with opacity
 * 1 - exp(-sum), which is exactly what source-over of those lines would leave, while a line
 * pixel costs a table look-up and an addition. Tiles are independent, so the renderer draws
 * them in parallel.
 *
 * Only for a painter on a 32-bit QImage without clipping, rotation or a composition mode
 * (targetOf()); SVG, PDF and printers get the same drawing through QPainter.
 */
class NetworkRaster
{
public:
    /** The image a painter paints on, if this class can draw on it; nullptr otherwise. */
    static QImage *targetOf(const QPainter &painter);

    /** Draws on the pixels of tile (clipped to the image) only. */
    NetworkRaster(QImage &image, const QRect &tile);
    /** Composites what is still pending. */
    ~NetworkRaster();
    NetworkRaster(const NetworkRaster &) = delete;
    NetworkRaster &operator=(const NetworkRaster &) = delete;

    /** Colour with alpha; width and dashes in device pixels (dashOn 0: solid). */
    void setPen(const QColor &color, double width, double dashOn = 0.0, double dashOff = 0.0);
    /** dashPhase: how far along its dash pattern the line starts, for lines drawn in parts. */
    void drawPolyline(const QPointF *points, int n, double dashPhase = 0.0);

    /**
     * A dot as QPainter::drawEllipse draws it with an outline pen of outlineWidth (centred on
     * the radius), all in device pixels, at an opacity.
     */
    void drawDot(QPointF center, double radius, const QColor &fill, const QColor &outline,
                 double outlineWidth, double opacity);

    /** Composites the pending lines into the image. */
    void flush();

private:
    void drawSegment(QPointF a, QPointF b);
    template<bool xMajor>
    void drawSpan(double u0, double v0, double u1, double v1, double length, double phase);

    uchar *m_bits = nullptr;
    qsizetype m_stride = 0;
    QRect m_tile;
    QRgb m_color = 0; ///< unpremultiplied, with the pen's alpha
    const quint16 *m_units = nullptr; ///< what a line adds to the sum, by coverage
    double m_lineWidth = 1.0;
    double m_dashOn = 0.0;
    double m_dashOff = 0.0;
    double m_dashPhase = 0.0;
    /** Coverage of the pending lines over the tile, 255 per fully covered line. */
    std::vector<quint16> *m_coverage = nullptr;
    int m_dirtyTop = 0; ///< rows of the tile with pending coverage, relative to its top
    int m_dirtyBottom = -1;
};

} // namespace twinatlas
