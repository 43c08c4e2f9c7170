// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportformat.h"
#include "export/exportsize.h"
#include "export/mapexportsettings.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace twinatlas {

struct ExportContext;

/**
 * What the user chose in the export dialog, remembered between exports (and used by
 * printing): the file, the size, the extent, the words and the look. Combined with the
 * window's ExportContext it gives the MapExportSettings the exporter draws.
 *
 * The size, format, folder and look belong to where the maps go (a newsletter, a wall) and are
 * kept from one export to the next. The area, the words and the file's name belong to what a
 * map shows: they are kept for another map of the same place, and start afresh for another
 * subject (forContext()).
 */
struct ExportChoices
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::ExportChoices)

public:
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
    /** The place the area, words and file name were chosen for; 0: the whole atlas, -1: none. */
    qint64 subject = -1;

    /** The preset's size, or the custom one. */
    ExportSize size() const;
    MapExportSettings settings(const ExportContext &context) const;
    /** Whether a transparent background is possible in the chosen format. */
    bool canBeTransparent() const { return format != ExportFormat::Pdf; }

    /**
     * These choices for a map of context's subject: unchanged for the subject they were made
     * for; for another, the selected place fitted with its partners under the title "Toruń
     * and its partner towns", or, with nothing selected, the whole world untitled, in a file
     * named after it in the same folder.
     */
    ExportChoices forContext(const ExportContext &context) const;
    /** The title a map of the selected place starts with; empty for the whole atlas. */
    static QString defaultTitle(const ExportContext &context);

    /** The last choices, or the defaults with a file in the Pictures folder. */
    static ExportChoices load();
    void save() const;
};

} // namespace twinatlas
