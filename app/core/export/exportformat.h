// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace twinatlas {

/** The file formats a map is exported to. */
enum class ExportFormat { Png, Svg, Pdf };

/**
 * Chooses the format from the file name, so that the command line and the save dialog agree
 * on what `.png`, `.svg` and `.pdf` mean.
 */
class ExportFormats
{
public:
    ExportFormats() = delete;

    /** The format for the file name's suffix (any case), or nothing for another suffix. */
    static std::optional<ExportFormat> fromFileName(const QString &fileName);
    /** "png", "svg" or "pdf". */
    static QString suffix(ExportFormat format);
    static QStringList suffixes();
    /** Raster formats have a pixel size; vector ones only a page. */
    static bool isRaster(ExportFormat format) { return format == ExportFormat::Png; }
};

} // namespace twinatlas
