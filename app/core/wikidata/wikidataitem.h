// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace twinatlas {

/**
 * What Wikidata says of a place that a twinning names: its labels in the interface language,
 * as the default for all languages ("mul") and in English, and each of its coordinates (P625),
 * GeoNames IDs (P1566) and countries (P17, as ISO 3166-1 codes). Some places have several.
 */
struct WikidataItem
{
    QString id; ///< "Q64"
    QString label;
    QString mulLabel;
    QString enLabel;
    QVector<LonLat> coordinates;
    QVector<qint64> geonameIds;
    QStringList countries;

    /** The name to show and to resolve by: the interface language's, else "mul", else English. */
    QString name() const
    {
        return !label.isEmpty() ? label : !mulLabel.isEmpty() ? mulLabel : enLabel;
    }
    /** The item's page, where every statement on it is listed. */
    static QString pageUrl(const QString &id) { return QStringLiteral("https://www.wikidata.org/wiki/") + id; }
};

} // namespace twinatlas
