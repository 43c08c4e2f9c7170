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

/**
 * What the window contributes to an export at the moment it is asked for: the map's data,
 * the view and theme on screen, and the selected place with its credits. The export dialog
 * and printing turn it, with the user's ExportChoices, into MapExportSettings.
 */
struct ExportContext
{
    std::shared_ptr<const BaseMap> baseMap;
    std::shared_ptr<const MapNetwork> network;
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
};

} // namespace twinatlas
