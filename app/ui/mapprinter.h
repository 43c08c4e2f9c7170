// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace twinatlas {

class MapExporter;

/**
 * Prints the map through the exporter's own page: MapExporter::renderLayout onto the
 * printer's printable area at the printer's resolution, so paper shows the exported layout.
 */
class MapPrinter
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::MapPrinter)

public:
    MapPrinter() = delete;

    /** False with *error set when the printer cannot be started. */
    static bool print(QPrinter &printer, const MapExporter &exporter, QString *error = nullptr);
};

} // namespace twinatlas
