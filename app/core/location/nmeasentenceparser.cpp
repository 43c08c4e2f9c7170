// SPDX-License-Identifier: GPL-3.0-or-later
#include "nmeasentenceparser.h"

#include <QGeoPositionInfo>

namespace twinatlas {

NmeaSentenceParser::NmeaSentenceParser() : QNmeaPositionInfoSource(RealTimeMode) {}

bool NmeaSentenceParser::parse(const QByteArray &sentence, QGeoPositionInfo *info, bool *hasFix)
{
    if (!parsePosInfoFromNmeaData(sentence.constData(), int(sentence.size()), info, hasFix))
        return false;
    // RMC gives the year in two digits, and Qt reads them all as 20xx. Receivers and gpsd
    // pivot at 80: 80–99 are 1980–1999, so a log of 1994 does not become one of 2094.
    // (ZDA's year has four digits and is left alone.)
    const QDateTime stamp = info->timestamp();
    if (sentence.size() > 6 && sentence.mid(3, 3) == "RMC" && stamp.date().year() >= 2080
        && stamp.date().year() <= 2099)
        info->setTimestamp(stamp.addYears(-100));
    return true;
}

} // namespace twinatlas
