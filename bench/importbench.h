// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas::bench {

class BenchReport;

/**
 * Imports 26,000 pairs given by name and country only (ListSynthesizer, fixed seed) into a
 * copy of the atlas, and measures the time and memory it takes, how many distinct places were
 * resolved and how many of those are more than 25 km from the truth; then exports the whole
 * atlas as CSV and times that.
 */
void runImportBench(const QString &atlasPath, BenchReport &report);

} // namespace twinatlas::bench
