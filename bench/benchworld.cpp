// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchworld.h"

#include "benchconfig.h"
#include "syntheticworld.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace twinatlas::bench {

BenchWorld BenchWorld::load(const BenchConfig &config)
{
    BenchWorld world;
    QTextStream err(stderr);
    world.gazetteer = Gazetteer::load(config.atlasPath);
    if (!world.gazetteer.errorString().isEmpty())
        err << "bench: " << world.gazetteer.errorString() << '\n';
    {
        AtlasDatabase atlas;
        if (atlas.open(config.atlasPath, AtlasDatabase::Mode::ReadOnly))
            world.bundled = MapNetwork::fromAtlas(AtlasReader(atlas.connection()));
        else
            err << "bench: " << atlas.errorString() << '\n';
    }
    QElapsedTimer timer;
    timer.start();
    world.synthetic = SyntheticWorld::make(world.gazetteer.places(), config.syntheticLinks);
    world.syntheticSeconds = timer.nsecsElapsed() / 1e9;
    auto baseMap = std::make_shared<BaseMap>();
    if (!baseMap->open(config.basemapPath))
        err << "bench: " << baseMap->errorString() << '\n';
    world.baseMap = baseMap;
    return world;
}

bool BenchWorld::isValid() const
{
    return !gazetteer.places().isEmpty() && bundled && synthetic && !synthetic->links().isEmpty();
}

int BenchWorld::busiestSyntheticPlace() const
{
    int best = -1;
    for (int i = 0; i < synthetic->places().size(); ++i)
        if (best < 0 || synthetic->places()[i].partnerCount > synthetic->places()[best].partnerCount)
            best = i;
    return best;
}

} // namespace twinatlas::bench
