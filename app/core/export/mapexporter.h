// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "maplayout.h"
#include "mapexportsettings.h"
#include "render/maprenderer.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;

namespace twinatlas {

class BaseMap;
class MapNetwork;
class Projection;

/**
 * Exports the map as PNG, SVG or PDF: lays out the page (MapLayout), draws the map into its
 * map rectangle with its own MapRenderer (the screen's drawing, at the export's resolution;
 * never a grab of a widget) and writes the file atomically through QSaveFile, so a failure
 * leaves no partial file and the message names the file.
 *
 * renderLayout() draws onto any paint device, so the window can print through a QPrinter
 * with the same code. Given the window's renderer, the exporter draws with it (in the
 * export's theme, through MapRenderOptions::theme), so that the projection the window has
 * already made is not made again.
 */
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::MapExporter)

public:
    MapExporter(std::shared_ptr<const BaseMap> baseMap, std::shared_ptr<const MapNetwork> network);
    /** Draws with renderer, its base map and network; renderer may be drawing for a window. */
    explicit MapExporter(std::shared_ptr<const MapRenderer> renderer);
    ~MapExporter();
    MapExporter(const MapExporter &) = delete;
    MapExporter &operator=(const MapExporter &) = delete;

    void setSettings(const MapExportSettings &settings);
    const MapExportSettings &settings() const { return m_settings; }

    /** The page laid out for a device of page (device pixels) at dpi, legend included. */
    MapLayout layout(const QRectF &page, double dpi) const;
    /** What the layout's map rectangle shows, in that rectangle's own coordinates. */
    MapViewport viewport(const MapLayout &layout) const;
    MapRenderOptions renderOptions(double dpi) const;

    /** Draws the whole page (background, map, title, legend, attribution) into page. */
    void renderLayout(QPainter &painter, const QRectF &page, double dpi) const;
    /**
     * The page as an image of settings().size, with its resolution set; a null image when the
     * memory for it cannot be had.
     */
    QImage renderImage() const;
    /** The file's bytes in format; empty with errorString() set on failure. */
    QByteArray encode(ExportFormat format);

    /** Writes path in the format its suffix names; false with errorString() on failure. */
    bool exportTo(const QString &path);
    bool exportTo(const QString &path, ExportFormat format);
    QString errorString() const { return m_errorString; }

    /** "Twinatlas 0.1.0": the PNG's Software chunk and the PDF's creator. */
    static QString softwareName();

    /** QImageWriter's quality for PNGs: Qt maps 80 to zlib's level 1, fast rather than small. */
    static constexpr int fastPngQuality = 80;

private:
    /** The map alone, at the viewport's size, for raster devices. */
    QImage renderMapImage(const MapViewport &viewport, const MapRenderState &state,
                          const MapRenderOptions &options) const;
    std::shared_ptr<const Projection> projection() const;
    QString titleText() const;
    QString descriptionText() const;
    QByteArray encodePng();
    QByteArray encodeSvg();
    QByteArray encodePdf();
    bool fail(const QString &message);

    std::shared_ptr<const MapRenderer> m_renderer;
    std::shared_ptr<const MapNetwork> m_network;
    MapExportSettings m_settings;
    QString m_errorString;
};

} // namespace twinatlas
