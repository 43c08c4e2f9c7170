// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas where --nmea FILE` or `twinatlas where --lon DEG --lat DEG`: the place with
 * partnerships nearest to the last valid fix of an NMEA log (or to the given position), how far
 * it is, and its partners, as `query` prints them. Without a window, so that a position logged
 * by a GPS receiver can be looked up from a script. A log without a valid fix, or an atlas
 * without partnerships, exits 1; bad arguments, an unreadable log or atlas exit 2.
 */
class WhereCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
