// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QDate>
#include <QMetaType>
#include <QTime>

namespace twinatlas {

/**
 * Where a position source says the user is. The date and time are UTC; an NMEA receiver that
 * sends only GGA sentences gives a time without a date, so the two are kept apart rather than
 * in a QDateTime that would have to invent one.
 */
struct PositionFix
{
    LonLat position;
    QDate date; ///< invalid when the source did not say
    QTime time; ///< invalid when the source did not say
    int line = 0; ///< the line of an NMEA log it came from; 0 for a live source
};

} // namespace twinatlas

Q_DECLARE_METATYPE(twinatlas::PositionFix)
