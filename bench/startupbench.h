// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twinatlas::bench {

class BenchReport;
struct BenchConfig;

/**
 * Starts twinatlas on (a copy of) the bundled atlas with --exit-after-first-paint, on the
 * offscreen platform, and reads how many milliseconds after its process started the map's
 * first full image was painted.
 */
void runStartupBench(const BenchConfig &config, BenchReport &report);

} // namespace twinatlas::bench
