// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportbench.h"

#include "benchconfig.h"
#include "benchreport.h"
#include "benchworld.h"
#include "export/mapexporter.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "render/mapnetwork.h"
#include "render/maprenderer.h"
#include "render/mapviewport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

namespace twinatlas::bench {

namespace {

struct Export
{
    QString name;
    ExportSize size;
    QString suffix;
    double budgetMs = -1;
    bool onePlace = false;
    /** Drawn with a renderer that has drawn the world in a window before, as the window's exports are. */
    bool sharedRenderer = false;
};

} // namespace

void runExportBench(const BenchWorld &world, const BenchConfig &config, BenchReport &report)
{
    QTemporaryDir dir;
    const ExportSize a4 = config.quick
            ? ExportSize::paper(QPageSize::A6, QPageLayout::Landscape, 96)
            : ExportSize::paper(QPageSize::A4, QPageLayout::Landscape, 300);
    const QVector<Export> exports = {
        { QStringLiteral("export_a4_300dpi_png_30k"), a4, QStringLiteral("png"), 3000 },
        { QStringLiteral("export_place_1200x800_png_30k"), ExportSize::newsletterColumn(),
          QStringLiteral("png"), 300, true, true },
        { QStringLiteral("export_place_1200x800_png_30k_cold"), ExportSize::newsletterColumn(),
          QStringLiteral("png"), -1, true },
        { QStringLiteral("export_a4_pdf_30k"), a4, QStringLiteral("pdf") },
        { QStringLiteral("export_a4_svg_30k"), a4, QStringLiteral("svg") },
    };
    const int busiest = world.busiestSyntheticPlace();
    // The window's renderer, after it has shown the whole world once: the export dialog and
    // Print draw with it (ExportContext::makeExporter), so the world is projected already.
    auto windowRenderer = std::make_shared<MapRenderer>();
    windowRenderer->setBaseMap(world.baseMap);
    windowRenderer->setNetwork(world.synthetic);
    {
        MapViewport shown(std::shared_ptr<const Projection>(
                                  ProjectionRegistry::create(ProjectionRegistry::defaultId())),
                          config.screen);
        shown.fitWorld();
        QImage screen(config.screen, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&screen);
        windowRenderer->render(painter, shown, {}, {});
    }
    for (const Export &e : exports) {
        MapExportSettings settings;
        settings.size = e.size;
        settings.title = QStringLiteral("Twinatlas bench");
        if (e.onePlace && busiest >= 0) {
            settings.extent = MapExportSettings::Extent::Fit;
            settings.selectedPlace = world.synthetic->places()[busiest].id;
            settings.title = world.synthetic->places()[busiest].name;
        }
        const QString path = dir.filePath(e.name + QLatin1Char('.') + e.suffix);
        QVector<double> samples;
        const int runs = e.suffix == QLatin1String("png") ? std::max(2, config.repeats / 3) : 1;
        for (int run = 0; run < runs; ++run) {
            // A new exporter each time, as each export makes one: with a renderer of its own
            // (the command line) it projects the world first.
            QElapsedTimer timer;
            timer.start();
            auto exporter = e.sharedRenderer ? std::make_unique<MapExporter>(windowRenderer)
                                             : std::make_unique<MapExporter>(world.baseMap, world.synthetic);
            exporter->setSettings(settings);
            if (!exporter->exportTo(path)) {
                QTextStream(stderr) << "export bench: " << exporter->errorString() << '\n';
                break;
            }
            samples << timer.nsecsElapsed() / 1e6;
        }
        if (samples.isEmpty())
            continue;
        report.figure(e.name, BenchReport::percentile(samples, 50), QStringLiteral("ms"), e.budgetMs);
        report.figure(e.name + QStringLiteral("_size"), QFileInfo(path).size() / 1e6, QStringLiteral("MB"));
    }
}

} // namespace twinatlas::bench
