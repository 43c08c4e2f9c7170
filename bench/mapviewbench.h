// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twinatlas::bench {

class BenchReport;
class TimedApplication;
struct BenchConfig;
struct BenchWorld;

/**
 * The real MapView on the offscreen platform, with the synthetic world: frames while the map is
 * dragged (the cached image moved, the overlay drawn), and the longest time the UI thread is
 * busy with one event during a zoom gesture of wheel notches, the worker's renders included.
 */
void runMapViewBench(const BenchWorld &world, const BenchConfig &config, BenchReport &report,
                     TimedApplication &app);

} // namespace twinatlas::bench
