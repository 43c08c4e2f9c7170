// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportbench.h"

#include "benchconfig.h"
#include "benchreport.h"
#include "benchworld.h"
#include "export/mapexporter.h"
#include "render/mapnetwork.h"

#include <QElapsedTimer>
#include <QFileInfo>
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
          QStringLiteral("png"), 300, true },
        { QStringLiteral("export_a4_pdf_30k"), a4, QStringLiteral("pdf") },
        { QStringLiteral("export_a4_svg_30k"), a4, QStringLiteral("svg") },
    };
    const int busiest = world.busiestSyntheticPlace();
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
            // A new exporter each time, as each export from the window makes one: its renderer
            // projects the world first.
            QElapsedTimer timer;
            timer.start();
            MapExporter exporter(world.baseMap, world.synthetic);
            exporter.setSettings(settings);
            if (!exporter.exportTo(path)) {
                QTextStream(stderr) << "export bench: " << exporter.errorString() << '\n';
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
