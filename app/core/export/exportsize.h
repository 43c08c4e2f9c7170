// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>

#include <optional>

namespace twinatlas {

/**
 * The size of an exported map: a pixel size for screens and newsletters, or a sheet of paper,
 * and the resolution that turns one into the other. Widths, dots and text scale with the
 * resolution (pixelScale()), so a 300 dpi A4 looks like the screen, only sharper.
 */
class ExportSize
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::ExportSize)

public:
    /** The resolution at which one exported pixel is one pixel of the map view. */
    static constexpr double screenDpi = 96.0;
    static constexpr int minDpi = 36;
    static constexpr int maxDpi = 1200;
    static constexpr int minPixels = 16;
    static constexpr int maxPixels = 20000;
    /** Largest raster, in pixels: a QImage of this size needs 800 MB (A4 at 1200 dpi fits). */
    static constexpr qint64 maxImagePixels = 200'000'000;

    /** A newsletter column: 1200 × 800 px at 96 dpi. */
    ExportSize();

    static ExportSize newsletterColumn();
    /** The Open Graph / social card size: 1200 × 630 px. */
    static ExportSize socialCard();
    static ExportSize pixels(QSize size, double dpi = screenDpi);
    static ExportSize paper(QPageSize::PageSizeId id, QPageLayout::Orientation orientation,
                            double dpi = 300.0);

    /**
     * Parses "WxH" (also "W×H") or a preset's name ("newsletter", "social"); nothing when the
     * text is neither or a side is outside minPixels..maxPixels.
     */
    static std::optional<ExportSize> fromText(const QString &text, double dpi = screenDpi);

    bool isPaper() const { return m_paper.has_value(); }
    /** The image size: the paper at dpi(), or the pixel size as given. */
    QSize pixelSize() const;
    double dpi() const { return m_dpi; }
    /** Multiplies line widths, dots and fonts: dpi / 96. */
    double pixelScale() const { return m_dpi / screenDpi; }
    /** The page of a PDF, without margins: the paper, or the pixel size at dpi(). */
    QPageLayout pageLayout() const;
    QPageLayout::Orientation orientation() const { return m_orientation; }
    /** "A4 landscape, 300 dpi" or "1200 × 800 px": for messages and the dialog. */
    QString description() const;

private:
    QSize m_pixels;
    std::optional<QPageSize::PageSizeId> m_paper;
    QPageLayout::Orientation m_orientation = QPageLayout::Landscape;
    double m_dpi = screenDpi;
};

} // namespace twinatlas
