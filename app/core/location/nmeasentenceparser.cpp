// SPDX-License-Identifier: GPL-3.0-or-later
#include "nmeasentenceparser.h"

#include <QGeoPositionInfo>

namespace twinatlas {

NmeaSentenceParser::NmeaSentenceParser() : QNmeaPositionInfoSource(RealTimeMode) {}

bool NmeaSentenceParser::parse(const QByteArray &sentence, QGeoPositionInfo *info, bool *hasFix)
{
    return parsePosInfoFromNmeaData(sentence.constData(), int(sentence.size()), info, hasFix);
}

} // namespace twinatlas
