// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationtext.h"

#include <cmath>

namespace twinatlas {

QString LocationText::distance(double meters, const QLocale &locale)
{
    const double km = meters / 1000.0;
    const QString number = km < 99.95 ? locale.toString(km, 'f', 1)
                                      : locale.toString(std::llround(km));
    //: A distance in kilometres; %1 is the number, already in the user's number format.
    return tr("%1 km").arg(number);
}

QString LocationText::lonLat(LonLat position)
{
    return QString::number(position.lon, 'f', 5) + QLatin1Char(' ')
            + QString::number(position.lat, 'f', 5);
}

QString LocationText::isoTime(const PositionFix &fix)
{
    if (!fix.time.isValid())
        return {};
    const QString time = fix.time.toString(fix.time.msec() ? QStringLiteral("HH:mm:ss.zzz")
                                                           : QStringLiteral("HH:mm:ss"));
    const QString date = fix.date.isValid() ? fix.date.toString(Qt::ISODate) : QString();
    return date + QLatin1Char('T') + time + QLatin1Char('Z');
}

QString LocationText::displayTime(const PositionFix &fix, const QLocale &locale)
{
    if (!fix.time.isValid())
        return {};
    const QString time = locale.toString(fix.time, QStringLiteral("HH:mm"));
    if (!fix.date.isValid())
        //: A time of day without a date; %1 is the time, e.g. 09:41.
        return tr("%1 UTC").arg(time);
    //: %1 is a date such as 14 May 2024, %2 a time such as 09:41.
    return tr("%1, %2 UTC").arg(locale.toString(fix.date, QStringLiteral("d MMMM yyyy")), time);
}

} // namespace twinatlas
