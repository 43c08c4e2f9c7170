// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace twinatlas::bench {

/**
 * Lists of the hard cases of people's lists, made from the atlas with the truth kept beside
 * (fixed seeds, so the same lists every time), for the resolution test and the import bench:
 *
 * - namesakes qualified by their parent: places of one name in one country, written with the
 *   region, the county or district, or a nearby town that tells them apart ("Springfield,
 *   Illinois", "Columbus, Franklin County", "Chaoyang (Beijing)");
 * - divisions: regions and districts as lists name them ("Hawaii County", "Osh Region",
 *   "Bandiagara Cercle", "X (district)"), whose truth is their seat;
 * - typo traps: places that are held out of the atlas (the test deletes them from a copy)
 *   whose names are a letter or two from a small place that stays ("Weyhe" and Weyher): any
 *   match more than 25 km from the held-out place is wrong.
 */
class CaseLists
{
public:
    struct Truth
    {
        LonLat position;
        bool absent = false; ///< held out of the atlas: nothing far from it is right
    };
    struct List
    {
        QString name;
        QByteArray csv; ///< pairs: city, country, twin, twin_country
        QHash<QString, Truth> truth; ///< by the text written and its country cell
        QVector<qint64> heldOut;     ///< place ids to delete from the atlas first
    };

    /** Reads places, divisions and names; false if the atlas cannot be read. */
    bool load(QSqlDatabase db);
    List qualifiedNamesakes(int count, quint32 seed) const;
    List divisions(int count, quint32 seed) const;
    List typoTraps(int count, quint32 seed) const;

    /** What became of a list's references. */
    struct Figures
    {
        int total = 0, placed = 0, wrong = 0, doubtful = 0;
        QStringList wrongExamples; ///< with TWINATLAS_BENCH_DUMP set
        double placedShare() const { return total ? 100.0 * placed / total : 0; }
        double wrongShare() const { return placed ? 100.0 * wrong / placed : 0; }
    };
    /** Resolves a list against a copy of the atlas without its held-out places. */
    static Figures measure(const QString &atlasPath, const List &list, QString *error);

    /** Deletes the held-out places (and their names) from an atlas copy. */
    static bool holdOut(QSqlDatabase copy, const QVector<qint64> &placeIds, QString *error);
    static QString key(const QString &name, const QString &country) { return name + u'\x1f' + country; }

private:
    struct Place
    {
        qint64 id = 0;
        QString uid, name, key, country, admin1, admin2, kind;
        LonLat position;
        qint64 population = 0;
        int partners = 0;
    };
    static QByteArray toCsv(const QVector<QPair<QString, QString>> &cells);
    QString countryName(const QString &code) const;

    QVector<Place> m_places;
    QHash<QString, QString> m_admin1; ///< "CC.A1"
    QHash<QString, QString> m_admin2; ///< "CC.A1.A2"
    QHash<QString, QVector<int>> m_byCountryKey; ///< "CC|key" -> places
    QVector<QPair<int, QString>> m_districtAlternates; ///< (place, "X Qu")
    QSet<QString> m_alternateKeys; ///< "CC|key" of every alternate name
    QVector<QVector<int>> m_cells; ///< 1° cells
};

} // namespace twinatlas::bench
