// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnershiptext.h"

#include "db/partialdate.h"

#include <cmath>

namespace twinatlas {

QString PartnershipText::kind(const QString &kind)
{
    if (kind == QLatin1String("twin_town"))
        return tr("Twin town");
    if (kind == QLatin1String("sister_city"))
        return tr("Sister city");
    if (kind == QLatin1String("partner_town"))
        return tr("Partner town");
    if (kind == QLatin1String("friendship_city"))
        return tr("Friendship city");
    if (kind == QLatin1String("cooperation"))
        return tr("Cooperation agreement");
    return kind;
}

QString PartnershipText::status(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    if (status == QLatin1String("ended"))
        return tr("Ended");
    if (status == QLatin1String("proposed"))
        return tr("Proposed");
    return status;
}

QString PartnershipText::eventType(const QString &type)
{
    if (type == QLatin1String("signed"))
        return tr("Signed");
    if (type == QLatin1String("renewed"))
        return tr("Renewed");
    if (type == QLatin1String("suspended"))
        return tr("Suspended");
    if (type == QLatin1String("resumed"))
        return tr("Resumed");
    if (type == QLatin1String("ended"))
        return tr("Ended");
    if (type == QLatin1String("delegation"))
        return tr("Delegation");
    if (type == QLatin1String("exchange"))
        return tr("Exchange");
    if (type == QLatin1String("anniversary"))
        return tr("Anniversary");
    if (type == QLatin1String("note"))
        return tr("Note");
    return type;
}

bool PartnershipText::isInactive(const QString &status)
{
    return status == QLatin1String("ended") || status == QLatin1String("suspended");
}

QString PartnershipText::date(const QString &iso, const QLocale &locale)
{
    const PartialDate d = PartialDate::fromIso(iso);
    return d.isValid() ? d.toDisplayString(locale) : iso;
}

QString PartnershipText::years(const QString &startIso, const QString &endIso,
                               const QString &status, const QLocale &locale)
{
    const QString start = startIso.isEmpty() ? QString() : date(startIso, locale);
    const QString end = endIso.isEmpty() ? QString() : date(endIso, locale);
    if (!start.isEmpty() && !end.isEmpty())
        return tr("%1 – %2", "years of a partnership").arg(start, end);
    if (!start.isEmpty())
        return status == QLatin1String("active") ? tr("since %1").arg(start)
                                                 : tr("from %1").arg(start);
    if (!end.isEmpty())
        return tr("until %1").arg(end);
    return {};
}

QString PartnershipText::distance(double metres, const QLocale &locale)
{
    return tr("%1 km").arg(locale.toString(std::round(metres / 1000.0), 'f', 0));
}

QString PartnershipText::coordinates(double lon, double lat, const QLocale &locale)
{
    const QString latText = locale.toString(std::fabs(lat), 'f', 4);
    const QString lonText = locale.toString(std::fabs(lon), 'f', 4);
    const QString latitude = lat >= 0 ? tr("%1° N").arg(latText) : tr("%1° S").arg(latText);
    const QString longitude = lon >= 0 ? tr("%1° E").arg(lonText) : tr("%1° W").arg(lonText);
    return tr("%1, %2", "latitude, longitude").arg(latitude, longitude);
}

} // namespace twinatlas
