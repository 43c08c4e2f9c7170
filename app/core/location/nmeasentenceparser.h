// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNmeaPositionInfoSource>

namespace twinatlas {

/**
 * Qt Positioning's own parser of single NMEA sentences (checksum, GGA, RMC, GLL, VTG, ZDA),
 * which Qt only exposes to subclasses of QNmeaPositionInfoSource. NmeaLog reads whole logs
 * through it: the real-time and simulation readers of QNmeaPositionInfoSource deliver fixes by
 * timers, which makes "the last fix in this file" neither immediate nor deterministic.
 */
class NmeaSentenceParser final : public QNmeaPositionInfoSource
{
public:
    NmeaSentenceParser();

    /**
     * Parses one sentence (with or without its line ending). False when Qt does not accept it:
     * no leading '$', a missing or wrong checksum, or a kind of sentence without a position.
     * hasFix says whether the receiver reported a fix (GGA quality > 0, RMC status A).
     */
    bool parse(const QByteArray &sentence, QGeoPositionInfo *info, bool *hasFix);
};

} // namespace twinatlas
