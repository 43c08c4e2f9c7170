// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twinatlas::bench {

class BenchReport;
struct BenchConfig;

/**
 * Resident memory of a process that holds what the window holds with the synthetic world: the
 * network, its projection, the base map and the map view's images. Measured in a child process
 * (this program with --probe-memory), so that the bench's own data (the whole gazetteer, the
 * bundled network) does not count.
 */
void runMemoryBench(const BenchConfig &config, BenchReport &report);

/** The child's side: loads, shows, renders, then prints `rss_mb N`; returns the exit code. */
int runMemoryProbe(const BenchConfig &config);

/** VmRSS of this process from /proc/self/status, in MB; 0 where there is no /proc. */
double residentMegabytes();

} // namespace twinatlas::bench
