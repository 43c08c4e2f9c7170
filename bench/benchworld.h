// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"

#include <memory>

namespace twinatlas {
class BaseMap;
class MapNetwork;
}

namespace twinatlas::bench {

struct BenchConfig;

/** The data every measurement shares, loaded once: the gazetteer, both networks, the base map. */
struct BenchWorld
{
    Gazetteer gazetteer;
    std::shared_ptr<const MapNetwork> bundled; ///< the bundled atlas's partnerships
    std::shared_ptr<const MapNetwork> synthetic; ///< SyntheticWorld of config.syntheticLinks
    std::shared_ptr<const BaseMap> baseMap;
    double syntheticSeconds = 0; ///< to make the synthetic network, geodesics included

    static BenchWorld load(const BenchConfig &config);
    bool isValid() const;
    /** Index into synthetic->places() of the place with most partnerships. */
    int busiestSyntheticPlace() const;
};

} // namespace twinatlas::bench
