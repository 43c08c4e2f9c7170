// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"
#include "render/maptheme.h"
#include "render/mapviewport.h"

#include <QString>

#include <memory>
#include <optional>

namespace twinatlas {

class BaseMap;
class MapNetwork;
class MapExporter;
class MapRenderer;

/**
 * What the window contributes to an export at the moment it is asked for: the map's data,
 * the view and theme on screen, and the selected place with its credits. The export dialog
 * and printing turn it, with the user's ExportChoices, into MapExportSettings.
 */
struct ExportContext
{
    std::shared_ptr<const BaseMap> baseMap;
    std::shared_ptr<const MapNetwork> network;
    /**
     * The window's renderer when there is one: exports drawn with it find the world already
     * projected and the base map loaded (for a place on 30,000 lines, a fifth of the time).
     */
    std::shared_ptr<const MapRenderer> renderer;
    /** The map window's view, at the window's size. */
    std::optional<MapViewport> view;
    MapTheme screenTheme = MapTheme::light();

    qint64 selectedPlace = 0;
    std::optional<LonLat> selectedPosition;
    /** The selected place's name, for the dialog's wording; empty without a selection. */
    QString selectedName;
    /** Attribution::partnershipSources() of the selected place; empty for the whole atlas. */
    QString partnershipSources;
    /** For the file's metadata: "Partnerships of Düsseldorf, Germany". */
    QString description;

    /** An exporter drawing with the window's renderer, or with one of its own. */
    std::shared_ptr<MapExporter> makeExporter() const;
};

} // namespace twinatlas
