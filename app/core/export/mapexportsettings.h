// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsize.h"
#include "geo/lonlat.h"
#include "render/maptheme.h"
#include "render/mapviewport.h"

#include <QString>

#include <optional>

namespace twinatlas {

/**
 * Everything the user chooses about one export, in the form the export dialog and
 * `twinatlas export` both fill in: a value, so a dialog can keep the last one.
 */
struct MapExportSettings
{
    /** Which part of the world the map shows. */
    enum class Extent {
        World, ///< the whole world in projectionId
        View, ///< view: what the map window shows, at the export's size
        Fit, ///< the selected place and its partners, with a margin
    };

    ExportSize size;
    Extent extent = Extent::World;
    /** For Extent::View: the window's viewport, at the window's size. */
    std::optional<MapViewport> view;
    /** For World and Fit; empty for ProjectionRegistry::defaultId(). */
    QString projectionId;

    /** The place drawn selected (its lines strong, its partners labelled), 0 for none. */
    qint64 selectedPlace = 0;
    /** Where the selected place is: Fit needs it when the place has no partners on the map. */
    std::optional<LonLat> selectedPosition;

    QString title;
    QString subtitle;
    /** Written into the PNG's Description chunk and the PDF/SVG metadata; may be empty. */
    QString description;
    /**
     * Who the partnerships come from, already abbreviated (Attribution::partnershipSources());
     * empty for the bundled data as a whole.
     */
    QString partnershipSources;

    MapTheme theme = MapTheme::light();
    /** PNG and SVG: leave the page and the sea unpainted. */
    bool transparentBackground = false;
};

} // namespace twinatlas
