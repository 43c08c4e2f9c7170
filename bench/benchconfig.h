// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

namespace twinatlas::bench {

/** What the bench runs on and how hard: the full run, or --quick for the smoke test. */
struct BenchConfig
{
    QString atlasPath; ///< the bundled atlas: gazetteer, partnerships, search index
    QString basemapPath;
    QString executable; ///< twinatlas, for the cold start
    /** A tiny world and few repetitions: proves every figure can be measured, nothing more. */
    bool quick = false;
    int syntheticLinks = 30000;
    QSize screen { 1920, 1080 };
    int repeats = 9;

    static BenchConfig full() { return {}; }
    static BenchConfig small()
    {
        BenchConfig c;
        c.quick = true;
        c.syntheticLinks = 1500;
        c.screen = { 640, 360 };
        c.repeats = 2;
        return c;
    }
};

} // namespace twinatlas::bench
