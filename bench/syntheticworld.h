// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <memory>

namespace twinatlas {
class MapNetwork;
struct MapPlace;
}

namespace twinatlas::bench {

/**
 * A deterministic stand-in for a fully entered atlas: partnershipCount partnerships among the
 * gazetteer's places, drawn with a fixed seed so that every run and every machine measures the
 * same map. Larger towns twin more often (weight: square root of the population); a bit more
 * than half the partnerships join neighbours within a few hundred to a couple of thousand
 * kilometres, the rest span the world, as real twinning does. Kinds and statuses follow the
 * bundled data's rough shares, ended, suspended and proposed ones included.
 */
class SyntheticWorld
{
public:
    SyntheticWorld() = delete;

    static constexpr quint32 defaultSeed = 20240611;

    static std::shared_ptr<const MapNetwork> make(const QVector<MapPlace> &gazetteer,
                                                  int partnershipCount,
                                                  quint32 seed = defaultSeed);
};

} // namespace twinatlas::bench
