// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twinatlas::bench {

class BenchReport;
struct BenchConfig;
struct BenchWorld;

/**
 * The renderer on its own, as the map view's worker thread uses it: full redraws of the bundled
 * and the synthetic world at the screen size, frames of a turning globe, and picking a place
 * among every place of the gazetteer.
 */
void runRenderBench(const BenchWorld &world, const BenchConfig &config, BenchReport &report);
/** The synthetic world's full redraw alone: for profiling it. */
void runRedrawBench(const BenchWorld &world, const BenchConfig &config, BenchReport &report);

} // namespace twinatlas::bench
