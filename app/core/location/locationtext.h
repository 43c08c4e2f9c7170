// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "positionfix.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace twinatlas {

/** How distances and position fixes read, in the window (the user's locale) and in scripts. */
class LocationText
{
    Q_DECLARE_TR_FUNCTIONS(LocationText)

public:
    LocationText() = delete;

    /**
     * "850 m" is not how an atlas talks: kilometres always, one decimal below 100 km where the
     * decimal still says something ("7.4 km", "0.3 km"), whole kilometres beyond ("1,737 km").
     */
    static QString distance(double meters, const QLocale &locale = QLocale());

    /** "6.77616 51.22172": longitude first, five decimals (about a metre), as `query` prints. */
    static QString lonLat(LonLat position);

    /**
     * The fix's time in ISO 8601, UTC: "2024-05-14T09:41:07Z", "T09:41:07Z" when the source
     * gave no date (GGA only), empty when it gave no time.
     */
    static QString isoTime(const PositionFix &fix);

    /** "14 May 2024, 09:41 UTC", "09:41 UTC" without a date, empty without a time. */
    static QString displayTime(const PositionFix &fix, const QLocale &locale = QLocale());
};

} // namespace twinatlas
