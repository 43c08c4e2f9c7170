// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderbench.h"

#include "benchconfig.h"
#include "benchreport.h"
#include "benchworld.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "render/mapnetwork.h"
#include "render/maprenderer.h"
#include "render/mapviewport.h"
#include "render/placepicker.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QtNumeric>

#include <sys/resource.h>

namespace twinatlas::bench {

namespace {

std::shared_ptr<const Projection> projectionOf(const QString &id)
{
    return std::shared_ptr<const Projection>(ProjectionRegistry::create(id));
}

/** What the map view's worker does for one base image: a fresh image, filled, drawn. */
double timeBaseImage(const MapRenderer &renderer, const MapViewport &viewport,
                     const MapRenderState &state = {}, const MapRenderOptions &options = {})
{
    QElapsedTimer timer;
    timer.start();
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.renderBase(painter, viewport, state, options);
    painter.end();
    return timer.nsecsElapsed() / 1e6;
}

/** CPU time of the whole process (all threads), in ms: the work, whatever else the machine does. */
double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

void redraw(const QString &name, const std::shared_ptr<const MapNetwork> &network,
            const BenchWorld &world, const BenchConfig &config, BenchReport &report, double budget)
{
    MapRenderer renderer;
    renderer.setBaseMap(world.baseMap);
    renderer.setNetwork(network);
    MapViewport viewport(projectionOf(ProjectionRegistry::defaultId()), config.screen);
    viewport.fitWorld(12.0);
    // The first frame projects everything for the projection; the map view does that once.
    report.figure(name + QStringLiteral("_first"), timeBaseImage(renderer, viewport), QStringLiteral("ms"));
    QVector<double> samples, cpu;
    for (int i = 0; i < std::max(3, config.repeats); ++i) {
        const double before = processCpuMs();
        samples << timeBaseImage(renderer, viewport);
        cpu << processCpuMs() - before;
    }
    report.figure(name, BenchReport::percentile(samples, 50), QStringLiteral("ms"), budget);
    report.figure(name + QStringLiteral("_max"), BenchReport::percentile(samples, 100), QStringLiteral("ms"));
    // On a busy machine the wall time includes waiting for a core; this is the work itself,
    // summed over the render's threads (two cores: about twice the wall time when quiet).
    report.figure(name + QStringLiteral("_cpu"), BenchReport::percentile(cpu, 50), QStringLiteral("ms"));
}

/** Frames of the globe turned by a few degrees each, as a drag turns it. */
void globe(const QString &name, const std::shared_ptr<const MapNetwork> &network,
           const BenchWorld &world, const BenchConfig &config, BenchReport &report)
{
    MapRenderer renderer;
    renderer.setBaseMap(world.baseMap);
    renderer.setNetwork(network);
    std::unique_ptr<Projection> turning = ProjectionRegistry::create(QStringLiteral("orthographic"));
    if (!turning)
        return;
    MapRenderOptions options;
    options.interactive = true;
    QVector<double> samples;
    const int frames = config.quick ? 4 : 40;
    for (int i = 0; i < frames; ++i) {
        turning->setCenter({ 10.0 + 3.0 * i, 40.0 - 0.5 * i });
        MapViewport viewport(std::shared_ptr<const Projection>(turning->clone()), config.screen);
        viewport.fitWorld(12.0);
        samples << timeBaseImage(renderer, viewport, {}, options);
    }
    report.figure(name, BenchReport::percentile(samples, 50), QStringLiteral("ms"), 16);
    report.figure(name + QStringLiteral("_max"), BenchReport::percentile(samples, 100), QStringLiteral("ms"));
}

/** PlacePicker over every place of the gazetteer, queried near random places at world scale. */
void pick(const BenchWorld &world, const BenchConfig &config, BenchReport &report)
{
    MapViewport viewport(projectionOf(ProjectionRegistry::defaultId()), config.screen);
    viewport.fitWorld(12.0);
    const QVector<MapPlace> &places = world.gazetteer.places();
    QVector<QPointF> projected(places.size());
    const Projection &projection = viewport.projection();
    for (int i = 0; i < places.size(); ++i)
        projected[i] = projection.isVisible(places[i].position)
                ? projection.forward(places[i].position)
                : QPointF(qQNaN(), qQNaN());
    QElapsedTimer build;
    build.start();
    const PlacePicker picker(projected);
    report.figure(QStringLiteral("pick_135k_build"), build.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    QRandomGenerator random(7);
    QVector<double> samples;
    int found = 0;
    const int queries = config.quick ? 2000 : 20000;
    const double radius = 7.0 / viewport.scale();
    QElapsedTimer timer;
    for (int q = 0; q < queries && !places.isEmpty(); ++q) {
        // Half the queries near a place, half anywhere on the screen (mostly empty sea).
        QPointF at;
        if (q % 2 == 0) {
            const auto screen = viewport.toScreen(places[random.bounded(int(places.size()))].position);
            at = (screen ? *screen : QPointF()) + QPointF(random.bounded(9.0) - 4.5, random.bounded(9.0) - 4.5);
        } else {
            at = QPointF(random.bounded(double(config.screen.width())), random.bounded(double(config.screen.height())));
        }
        timer.start();
        const int i = picker.nearest(viewport.mapToProjected(at), radius);
        samples << timer.nsecsElapsed() / 1e6;
        found += i >= 0;
    }
    report.figure(QStringLiteral("pick_135k_places"), places.size(), QStringLiteral("count"));
    report.figure(QStringLiteral("pick_135k_median"), BenchReport::percentile(samples, 50), QStringLiteral("ms"), 0.2);
    report.figure(QStringLiteral("pick_135k_p99"), BenchReport::percentile(samples, 99), QStringLiteral("ms"), 0.2);
    report.figure(QStringLiteral("pick_135k_hits"), found, QStringLiteral("count"));
}

} // namespace

void runRedrawBench(const BenchWorld &world, const BenchConfig &config, BenchReport &report)
{
    redraw(QStringLiteral("redraw_30k"), world.synthetic, world, config, report, 120);
}

void runRenderBench(const BenchWorld &world, const BenchConfig &config, BenchReport &report)
{
    report.figure(QStringLiteral("synthetic_links"), world.synthetic->links().size(), QStringLiteral("count"));
    report.figure(QStringLiteral("synthetic_places"), world.synthetic->places().size(), QStringLiteral("count"));
    report.figure(QStringLiteral("synthetic_build"), world.syntheticSeconds * 1000.0, QStringLiteral("ms"));
    report.figure(QStringLiteral("bundled_links"), world.bundled->links().size(), QStringLiteral("count"));
    redraw(QStringLiteral("redraw_bundled"), world.bundled, world, config, report, -1);
    redraw(QStringLiteral("redraw_30k"), world.synthetic, world, config, report, 120);
    globe(QStringLiteral("globe_frame_bundled"), world.bundled, world, config, report);
    globe(QStringLiteral("globe_frame_30k"), world.synthetic, world, config, report);
    pick(world, config, report);
}

} // namespace twinatlas::bench
