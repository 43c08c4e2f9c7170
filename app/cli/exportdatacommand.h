// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas export-data --format csv|geojson|kml --out FILE [--place NAME]`: writes the
 * atlas's partnerships (or one place's) as data: CSV the importer reads back, GeoJSON, KML.
 * Bad arguments exit 2; an unknown place or an unwritable file exits 1.
 */
class ExportDataCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
