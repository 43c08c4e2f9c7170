// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexporter.h"

#include "attribution.h"
#include "mapextent.h"
#include "maplegend.h"
#include "viewportsettings.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "io/xmltext.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

std::shared_ptr<const MapRenderer> makeRenderer(std::shared_ptr<const BaseMap> baseMap,
                                                std::shared_ptr<const MapNetwork> network)
{
    auto renderer = std::make_shared<MapRenderer>();
    renderer->setBaseMap(std::move(baseMap));
    renderer->setNetwork(std::move(network));
    return renderer;
}

} // namespace

MapExporter::MapExporter(std::shared_ptr<const BaseMap> baseMap,
                         std::shared_ptr<const MapNetwork> network)
    : MapExporter(makeRenderer(std::move(baseMap), std::move(network)))
{
}

MapExporter::MapExporter(std::shared_ptr<const MapRenderer> renderer)
    : m_renderer(std::move(renderer)), m_network(m_renderer->network())
{
}

MapExporter::~MapExporter() = default;

void MapExporter::setSettings(const MapExportSettings &settings)
{
    m_settings = settings;
}

QString MapExporter::softwareName()
{
    return QStringLiteral("Twinatlas %1").arg(QStringLiteral(TWINATLAS_VERSION));
}

std::shared_ptr<const Projection> MapExporter::projection() const
{
    std::unique_ptr<Projection> p = ProjectionRegistry::create(m_settings.projectionId);
    if (!p)
        p = ProjectionRegistry::create(ProjectionRegistry::defaultId());
    return std::shared_ptr<const Projection>(std::move(p));
}

MapRenderOptions MapExporter::renderOptions(double dpi) const
{
    MapRenderOptions options;
    options.pixelScale = dpi / ExportSize::screenDpi;
    options.transparentBackground = m_settings.transparentBackground;
    options.theme = m_settings.theme;
    return options;
}

MapViewport MapExporter::viewport(const MapLayout &layout) const
{
    const QSizeF size = layout.mapRect().size();
    const double px = layout.dpi() / ExportSize::screenDpi;
    switch (m_settings.extent) {
    case MapExportSettings::Extent::View:
        if (m_settings.view)
            return ViewportSettings::resized(*m_settings.view, size);
        break;
    case MapExportSettings::Extent::Fit:
        if (m_network && (m_settings.selectedPlace != 0 || m_settings.selectedPosition)) {
            return MapExtent::fit(projection(), size, *m_network, m_settings.selectedPlace,
                                  m_settings.selectedPosition.value_or(LonLat {}),
                                  MapExtent::margin(size, px));
        }
        break;
    case MapExportSettings::Extent::World:
        break;
    }
    return MapExtent::world(projection(), size);
}

MapLayout MapExporter::layout(const QRectF &page, double dpi) const
{
    MapLayout layout;
    layout.setTitle(m_settings.title);
    layout.setSubtitle(m_settings.subtitle);
    layout.setAttribution(Attribution::line(m_settings.partnershipSources));
    layout.setTheme(m_settings.theme);
    layout.setMapFramed(m_settings.extent != MapExportSettings::Extent::World);
    layout.setTransparentBackground(m_settings.transparentBackground);
    layout.layOut(page, dpi);
    if (!m_network)
        return layout;
    // The legend lists what the map shows, which depends on the map's rectangle, which in
    // turn leaves room for the legend: lay out twice; the legend barely moves the map.
    layout.setLegend(MapLegend::entries(*m_network, m_settings.selectedPlace, viewport(layout),
                                        m_settings.theme));
    layout.layOut(page, dpi);
    return layout;
}

void MapExporter::renderLayout(QPainter &painter, const QRectF &page, double dpi) const
{
    const MapLayout pageLayout = layout(page, dpi);
    const MapViewport mapViewport = viewport(pageLayout);
    MapRenderState state;
    state.selectedPlace = m_settings.selectedPlace;

    const QRectF mapRect = pageLayout.mapRect();
    const MapRenderOptions options = renderOptions(dpi);
    painter.save();
    pageLayout.paintBackground(painter);
    // The map must not spill into the margins. On raster devices it is drawn into an image of
    // its own size, which needs no clip: through a clip Qt strokes wide antialiased lines an
    // order of magnitude slower, and the renderer's parallel rasteriser refuses clipped
    // painters (30,000 lines on A4 at 300 dpi: 35 s instead of 2 s).
    const bool raster = painter.paintEngine()
            && painter.paintEngine()->type() == QPaintEngine::Raster
            && painter.transform().type() <= QTransform::TxTranslate;
    const QImage mapImage = raster ? renderMapImage(mapViewport, state, options) : QImage();
    if (!mapImage.isNull()) {
        painter.drawImage(mapRect.topLeft(), mapImage);
    } else {
        painter.translate(mapRect.topLeft());
        painter.setClipRect(QRectF(QPointF(0, 0), mapRect.size()), Qt::IntersectClip);
        m_renderer->render(painter, mapViewport, state, options);
    }
    painter.restore();
    pageLayout.paintDecorations(painter);
}

QImage MapExporter::renderMapImage(const MapViewport &viewport, const MapRenderState &state,
                                   const MapRenderOptions &options) const
{
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::transparent);
    QPainter painter(&image);
    m_renderer->render(painter, viewport, state, options);
    return image;
}

QImage MapExporter::renderImage() const
{
    const QSize size = m_settings.size.pixelSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        renderLayout(painter, QRectF(QPointF(0, 0), QSizeF(size)), m_settings.size.dpi());
    }
    const int dotsPerMeter = qRound(m_settings.size.dpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QString MapExporter::titleText() const
{
    return m_settings.title.isEmpty() ? tr("Twinatlas map") : m_settings.title;
}

QString MapExporter::descriptionText() const
{
    if (!m_settings.description.isEmpty())
        return m_settings.description;
    return m_settings.subtitle;
}

QByteArray MapExporter::encodePng()
{
    QImage image = renderImage();
    if (image.isNull()) {
        const QSize size = m_settings.size.pixelSize();
        fail(tr("There is not enough memory for an image of %1 × %2 pixels.")
                     .arg(size.width())
                     .arg(size.height()));
        return {};
    }
    // Without an alpha channel the PNG is smaller and quicker to compress.
    if (!m_settings.transparentBackground)
        image.convertTo(QImage::Format_RGB32);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // zlib's fastest level: compressing took a third of a place's export with Qt's default
    // level; the fast one saves most of that for about 5 % more bytes (A4 at 300 dpi: 0.5 s
    // instead of 0.7 s).
    writer.setQuality(fastPngQuality);
    writer.setText(QStringLiteral("Title"), titleText());
    if (!descriptionText().isEmpty())
        writer.setText(QStringLiteral("Description"), descriptionText());
    writer.setText(QStringLiteral("Software"), softwareName());
    writer.setText(QStringLiteral("Source"), Attribution::line(m_settings.partnershipSources));
    if (!writer.write(image)) {
        fail(writer.errorString());
        return {};
    }
    return data;
}

QByteArray MapExporter::encodeSvg()
{
    const QSize size = m_settings.size.pixelSize();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(qRound(m_settings.size.dpi()));
    // QSvgGenerator writes the title and description into <title> and <desc> as they are:
    // "Rhein & Ruhr" or a source called "Smith & Sons" would make the file unreadable.
    generator.setTitle(XmlText::escaped(titleText()));
    generator.setDescription(XmlText::escaped(
            descriptionText().isEmpty() ? Attribution::line(m_settings.partnershipSources)
                                        : descriptionText() + QLatin1Char('\n')
                                                + Attribution::line(m_settings.partnershipSources)));
    QPainter painter;
    if (!painter.begin(&generator)) {
        fail(tr("The SVG drawing could not be started."));
        return {};
    }
    renderLayout(painter, QRectF(QPointF(0, 0), QSizeF(size)), m_settings.size.dpi());
    painter.end();
    // The generator writes drawn text as it comes; a control character in a name or a title
    // (which XML cannot hold at all) would make the whole file unreadable.
    return XmlText::clean(QString::fromUtf8(data)).toUtf8();
}

QByteArray MapExporter::encodePdf()
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(qRound(m_settings.size.dpi()));
        writer.setPageLayout(m_settings.size.pageLayout());
        writer.setTitle(titleText());
        writer.setCreator(softwareName());
        QPainter painter;
        if (!painter.begin(&writer)) {
            fail(tr("The PDF drawing could not be started."));
            return {};
        }
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        renderLayout(painter, page, m_settings.size.dpi());
        painter.end();
    }
    return data;
}

QByteArray MapExporter::encode(ExportFormat format)
{
    m_errorString.clear();
    switch (format) {
    case ExportFormat::Png:
        return encodePng();
    case ExportFormat::Svg:
        return encodeSvg();
    case ExportFormat::Pdf:
        return encodePdf();
    }
    return {};
}

bool MapExporter::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool MapExporter::exportTo(const QString &path)
{
    const auto format = ExportFormats::fromFileName(path);
    if (!format)
        return fail(tr("Cannot tell the format of “%1”: the name must end in .png, .svg or .pdf.")
                            .arg(QDir::toNativeSeparators(path)));
    return exportTo(path, *format);
}

bool MapExporter::exportTo(const QString &path, ExportFormat format)
{
    m_errorString.clear();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // Checked first so that the message says what is wrong in words, and before the
    // seconds of rendering a large page.
    if (!folder.exists())
        return fail(tr("Cannot write “%1”: the folder “%2” does not exist.")
                            .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return fail(tr("Cannot write “%1”: “%2” is not a folder.")
                            .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (info.exists() && !info.isFile())
        return fail(tr("Cannot write “%1”: it exists and is not a regular file.").arg(shown));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    const QByteArray data = encode(format);
    if (data.isEmpty()) {
        file.cancelWriting();
        return fail(tr("Cannot write “%1”: %2")
                            .arg(shown, m_errorString.isEmpty() ? tr("nothing was drawn.")
                                                                : m_errorString));
    }
    // A full disk first shows as a short write without an error; writing the rest then
    // fails with the system's reason ("No space left on device").
    for (qint64 written = 0; written < data.size();) {
        const qint64 n = file.write(data.constData() + written, data.size() - written);
        if (n <= 0) {
            const QString reason = file.error() != QFileDevice::NoError
                    ? file.errorString()
                    : tr("only %n bytes could be written.", nullptr, int(written));
            file.cancelWriting();
            return fail(tr("Cannot write “%1”: %2").arg(shown, reason));
        }
        written += n;
    }
    // Qt 6.4's commit() does not fail when its own flush does (see io/savefile.h).
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("Cannot write “%1”: %2").arg(shown, reason));
    }
    if (!file.commit())
        return fail(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    return true;
}

} // namespace twinatlas
