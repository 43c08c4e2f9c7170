// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class QRandomGenerator;

namespace twinatlas::bench {

/**
 * Makes lists of twin towns as people write them, with the truth kept beside: places of the
 * atlas (mostly towns of 10,000 or more, drawn in proportion to the square root of their
 * population, since a city of a million has a dozen twins where a town has two), written by one of their names
 * in any language, with the country in English, in another language, as an ISO code, as a
 * region, misspelled or missing, and with typos, qualifiers ("Friedberg, Hesse", "X (Region)",
 * "X District"), St./Saint spellings, wiki links and footnotes. A fixed seed makes the same
 * list every time. The import bench and the resolution test measure the resolver on them.
 */
class ListSynthesizer
{
public:
    struct Truth
    {
        qint64 placeId = 0;
        LonLat position;
    };

    /** Reads the places to draw from; false if the atlas cannot be read. */
    bool load(QSqlDatabase db);
    /** A CSV of pairs (city, country, twin, twin_country), one row per pair. */
    QByteArray pairs(int count, quint32 seed);
    /** The truth of each written reference, by the text written and its country cell. */
    const QHash<QString, Truth> &truth() const { return m_truth; }
    /** The key truth() uses for a name cell and a country cell. */
    static QString key(const QString &name, const QString &country) { return name + u'\x1f' + country; }

private:
    struct Source
    {
        qint64 id;
        QString name;
        QStringList alternates;
        QString country;
        QString admin1Name;
        LonLat position;
        qint64 population;
    };
    QPair<QString, QString> write(const Source &place, QRandomGenerator &random) const;

    QVector<Source> m_places;
    QVector<int> m_large;         ///< places of 10,000 or more
    QVector<double> m_largeWeight; ///< cumulative square roots of their populations
    QHash<QString, QStringList> m_countryNames; ///< code -> names in several languages
    QHash<QString, Truth> m_truth;
};

} // namespace twinatlas::bench
