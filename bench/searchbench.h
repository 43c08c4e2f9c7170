// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas::bench {

class BenchReport;

/**
 * Types 300 real place names of the gazetteer (fixed seed), one keystroke at a time, and
 * measures each search: the list must keep up with typing.
 */
void runSearchBench(const QString &atlasPath, BenchReport &report);

} // namespace twinatlas::bench
