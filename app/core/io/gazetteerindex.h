// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countryresolver.h"
#include "placequalifier.h"

#include "db/sqlfailure.h"
#include "geo/lonlat.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace twinatlas {

/** A place of the atlas as the resolver weighs it. */
struct GazetteerPlace
{
    qint64 id = 0;
    qint64 geonameId = 0;
    QString uid;
    QString name;
    QString country;
    QString admin1;
    QString admin2;
    LonLat position;
    qint64 population = 0;
    QString kind;
};

/**
 * Every place of an atlas in memory, found by any of its names (folded as TextFold folds them,
 * diacritics and case aside), by GeoNames id, by position, and by names within a small edit
 * distance. Resolving tens of thousands of names must not cost a query each, and typos cannot
 * be found with an index of SQLite.
 *
 * Names are kept compactly (a hash per name, and the folded names in one buffer for the typo
 * search), so that the 200,000 places of cities500 with their million names take well under
 * 200 MB. Immutable after load(), so worker threads may share it.
 */
class GazetteerIndex
{
public:
    /** A place found by a name: whether it is the place's own name or an alternate one. */
    struct NameHit
    {
        int place = -1;
        bool primary = false;
    };
    struct FuzzyHit
    {
        int place = -1;
        int distance = 0;
        bool primary = false; ///< the close name is the place's own
        QString key;          ///< the name that was close
    };

    /** Places this large have their names searched for typos when no country is given. */
    static constexpr qint64 largePopulation = 20000;

    /** Reads the places of db; progress gets 0..100 and may return false to cancel. */
    bool load(QSqlDatabase db, QString *error, const std::function<bool(int)> &progress = {});
    /** Why load() failed, when a read of the atlas failed (a damaged page): never fewer places. */
    SqlFailure loadFailure() const { return m_loadFailure; }

    int size() const { return int(m_places.size()); }
    const GazetteerPlace &place(int index) const { return m_places.at(index); }
    int indexOfId(qint64 placeId) const { return m_byId.value(placeId, -1); }
    int indexOfGeonameId(qint64 geonameId) const { return m_byGeonameId.value(geonameId, -1); }

    /** Places with a name whose folded key is key. */
    QVector<NameHit> exact(const QString &key) const;
    /**
     * Places with a name within maxDistance edits of key, restricted to countries (all when
     * empty) and to places of at least minPopulation; only the nearest distance found is kept.
     */
    QVector<FuzzyHit> fuzzy(const QString &key, const QStringList &countries, int maxDistance,
                            qint64 minPopulation) const;
    /** Places within radius metres of position, nearest first. */
    QVector<int> within(LonLat position, double radiusMeters) const;
    /** The place nearest to position, or -1 for an empty index. */
    int nearest(LonLat position) const;

    /** GeoNames' name of a second-level division (a county, a district), or empty. */
    QString admin2Name(const QString &country, const QString &admin1, const QString &admin2) const
    {
        return admin2.isEmpty() ? QString() : m_admin2Names.value(country + u'.' + admin1 + u'.' + admin2);
    }
    /** Second-level divisions whose folded name, or folded name without a designator, is key. */
    QVector<DistrictRef> districtsNamed(const QString &key) const { return m_districtsByKey.value(key); }
    /** The shared qualifier rule over this index's places and divisions. */
    PlaceQualifier qualifier() const;
    /** Where a place lies, for the qualifier rule. */
    QualifiedPlace qualified(int index) const
    {
        const GazetteerPlace &p = m_places.at(index);
        return {p.country, p.admin1, p.admin2, p.position};
    }
    /** Whether a place is a region or district rather than a populated place. */
    bool isDivision(int index) const
    {
        const QString &k = m_places.at(index).kind;
        return k == QLatin1String("region") || k == QLatin1String("district");
    }

    const CountryResolver &countries() const { return *m_countries; }
    std::shared_ptr<const CountryResolver> countryResolver() const { return m_countries; }
    /** Folds a name as the index does (TextFold::key, with a fast path for ASCII). */
    static QString fold(const QString &name);

private:
    bool readFailed(const SqlFailure &failure, const QString &message, QString *error);

    SqlFailure m_loadFailure;
    struct KeyEntry
    {
        quint32 offset;
        quint16 length;
        qint32 place;
    };
    void addName(int place, const QString &name, bool primary);
    static quint64 hashKey(QStringView key);
    int cellOf(LonLat p) const;

    QVector<GazetteerPlace> m_places;
    QHash<qint64, int> m_byId;
    QHash<qint64, int> m_byGeonameId;
    QVector<QPair<quint64, qint32>> m_hashes; ///< (key hash, place << 1 | primary), sorted
    QString m_keyText;                         ///< all distinct (place, key) keys, concatenated
    QVector<KeyEntry> m_keys;                  ///< by country, then length
    QHash<QString, QPair<int, int>> m_keysOfCountry; ///< range in m_keys
    QVector<QVector<int>> m_cells;             ///< 1° cells of places
    QHash<QString, QString> m_admin2Names;     ///< "CC.A1.A2" -> name
    QHash<QString, QVector<DistrictRef>> m_districtsByKey;
    std::shared_ptr<const CountryResolver> m_countries;
};

} // namespace twinatlas
