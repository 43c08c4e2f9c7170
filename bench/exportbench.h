// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twinatlas::bench {

class BenchReport;
struct BenchConfig;
struct BenchWorld;

/**
 * Exports of the synthetic world as a user makes them: an A4 page at 300 dpi as PNG, PDF and
 * SVG, and a newsletter-sized PNG of one place's partnerships; time and file size.
 */
void runExportBench(const BenchWorld &world, const BenchConfig &config, BenchReport &report);

} // namespace twinatlas::bench
