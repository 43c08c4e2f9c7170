// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace twinatlas {

/**
 * The words the interface uses for the atlas' vocabulary (AtlasSchema's kinds, statuses and
 * event types), so that the list, the detail pane, tooltips and the map's hover text agree and
 * are translated in one place.
 */
class PartnershipText
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipText)

public:
    PartnershipText() = delete;

    /** "Twin town", "Sister city", ... for a stored kind ("twin_town", ...). */
    static QString kind(const QString &kind);
    /** "Active", "Suspended", "Ended", "Proposed". */
    static QString status(const QString &status);
    /** "Signed", "Renewed", "Delegation", ... for a stored event type. */
    static QString eventType(const QString &type);
    /**
     * Whether a partnership in this status is shown faded: ended or suspended, as the map
     * draws it (MapLink::isInactive). A proposed one is not faded, but its status is named.
     */
    static bool isInactive(const QString &status);
    /**
     * The years of a partnership at the precision each date has: "1988 – 17 June 2005",
     * "since 1988" (active), "from 1988" (otherwise), "until 2005", or empty when undated.
     */
    static QString years(const QString &startIso, const QString &endIso,
                         const QString &status, const QLocale &locale = QLocale());
    /** A date at its own precision, or the stored text itself if it does not parse. */
    static QString date(const QString &iso, const QLocale &locale = QLocale());
    /** "3,070 km" with the locale's digit grouping. */
    static QString distance(double metres, const QLocale &locale = QLocale());
    /** "51.2217° N, 6.7762° E". */
    static QString coordinates(double lon, double lat, const QLocale &locale = QLocale());
};

} // namespace twinatlas
