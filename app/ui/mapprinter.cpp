// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapprinter.h"

#include "export/mapexporter.h"

#include <QPainter>
#include <QPrinter>

namespace twinatlas {

bool MapPrinter::print(QPrinter &printer, const MapExporter &exporter, QString *error)
{
    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error)
            *error = tr("The printer “%1” could not be started.").arg(printer.printerName());
        return false;
    }
    // The painter's origin is the printable area's corner: the page is that area.
    const double dpi = printer.resolution();
    const QRectF page(QPointF(0, 0), printer.pageLayout().paintRectPixels(qRound(dpi)).size());
    exporter.renderLayout(painter, page, dpi);
    painter.end();
    return true;
}

} // namespace twinatlas
