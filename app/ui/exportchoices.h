// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportformat.h"
#include "export/exportsize.h"
#include "export/mapexportsettings.h"

#include <QSize>
#include <QString>

namespace twinatlas {

struct ExportContext;

/**
 * What the user chose in the export dialog, remembered between exports (and used by
 * printing): the file, the size, the extent, the words and the look. Combined with the
 * window's ExportContext it gives the MapExportSettings the exporter draws.
 */
struct ExportChoices
{
    QString path;
    ExportFormat format = ExportFormat::Png;
    QString presetId;
    QSize customPixels { 1600, 1000 };
    int customDpi = 96;
    MapExportSettings::Extent extent = MapExportSettings::Extent::View;
    QString title;
    QString subtitle;
    /** The print theme instead of the screen's. */
    bool printTheme = false;
    /** PNG and SVG only: a PDF page is paper. */
    bool transparent = false;

    /** The preset's size, or the custom one. */
    ExportSize size() const;
    MapExportSettings settings(const ExportContext &context) const;
    /** Whether a transparent background is possible in the chosen format. */
    bool canBeTransparent() const { return format != ExportFormat::Pdf; }

    /** The last choices, or the defaults with a file in the Pictures folder. */
    static ExportChoices load();
    void save() const;
};

} // namespace twinatlas
