// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapviewbench.h"

#include "benchconfig.h"
#include "benchreport.h"
#include "benchworld.h"
#include "timedapplication.h"
#include "mapview.h"
#include "render/mapnetwork.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QTextStream>
#include <QTimer>
#include <QWheelEvent>

namespace twinatlas::bench {

namespace {

/** Runs the event loop for ms milliseconds. */
void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/** Runs the event loop until the view paints a base image made for its current view. */
bool waitForBase(MapView &view, int timeoutMs = 20000)
{
    QEventLoop loop;
    bool painted = false;
    const auto connection = QObject::connect(&view, &MapView::baseMapPainted, &loop, [&] {
        painted = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    view.update();
    loop.exec();
    QObject::disconnect(connection);
    if (!painted)
        QTextStream(stderr) << "mapview bench: the base image did not arrive in time\n";
    return painted;
}

/** Sends one event and repaints at once, as the next frame would: the frame's time. */
double frame(TimedApplication &app, MapView &view, QEvent *event)
{
    app.setPaused(true);
    QElapsedTimer timer;
    timer.start();
    QApplication::sendEvent(&view, event);
    view.repaint();
    const double ms = timer.nsecsElapsed() / 1e6;
    app.setPaused(false);
    return ms;
}

QVector<double> drag(TimedApplication &app, MapView &view, int frames)
{
    QPointF pos(view.width() / 2.0, view.height() / 2.0);
    QMouseEvent press(QEvent::MouseButtonPress, pos, view.mapToGlobal(pos), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &press);
    QVector<double> samples;
    for (int i = 0; i < frames + 2; ++i) {
        pos += QPointF(7.0, 2.5);
        QMouseEvent move(QEvent::MouseMove, pos, view.mapToGlobal(pos), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        const double ms = frame(app, view, &move);
        if (i >= 2) // the first moves only reach the drag distance
            samples << ms;
    }
    QMouseEvent release(QEvent::MouseButtonRelease, pos, view.mapToGlobal(pos), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &release);
    return samples;
}

} // namespace

void runMapViewBench(const BenchWorld &world, const BenchConfig &config, BenchReport &report,
                     TimedApplication &app)
{
    MapView view;
    view.resize(config.screen);
    view.setBaseMap(world.baseMap);
    view.setNetwork(world.synthetic);
    view.show();
    waitForBase(view);
    const int frames = config.quick ? 5 : 60;

    // Panning, first with nothing selected, then with the busiest place selected (its lines,
    // dots and labels drawn in the overlay of every frame).
    QVector<double> plain = drag(app, view, frames);
    waitForBase(view);
    report.figure(QStringLiteral("pan_frame_plain"), BenchReport::percentile(plain, 50), QStringLiteral("ms"));
    const int busiest = world.busiestSyntheticPlace();
    if (busiest >= 0)
        view.selectPlace(world.synthetic->places()[busiest].id);
    waitForBase(view);
    view.showWholeWorld();
    waitForBase(view);
    QVector<double> selected = drag(app, view, frames);
    waitForBase(view);
    report.figure(QStringLiteral("pan_frame_selected"), BenchReport::percentile(selected, 50), QStringLiteral("ms"), 8);
    report.figure(QStringLiteral("pan_frame_selected_p95"), BenchReport::percentile(selected, 95), QStringLiteral("ms"));

    // A zoom gesture: notches 40 ms apart towards Europe and back out, each handled and painted
    // at once; in between, the event loop runs timers and takes the worker's images.
    view.selectPlace(0);
    view.showWholeWorld();
    waitForBase(view);
    const auto europe = view.viewport().toScreen({ 10.0, 50.0 });
    const QPointF at = europe ? *europe : QPointF(view.width() / 2.0, view.height() / 2.0);
    QVector<double> wheelFrames;
    app.startRecording();
    for (int direction : { 1, -1 }) {
        for (int notch = 0; notch < (config.quick ? 2 : 8); ++notch) {
            QWheelEvent wheel(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120 * direction),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            wheelFrames << frame(app, view, &wheel);
            pump(40);
        }
        waitForBase(view);
        pump(100);
    }
    QVector<double> events = app.stopRecording();
    report.figure(QStringLiteral("zoom_frame"), BenchReport::percentile(wheelFrames, 50), QStringLiteral("ms"));
    events += wheelFrames;
    report.figure(QStringLiteral("zoom_stall_max"), BenchReport::percentile(events, 100), QStringLiteral("ms"), 16);
    report.figure(QStringLiteral("zoom_events"), events.size(), QStringLiteral("count"));
}

} // namespace twinatlas::bench
