// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace twinatlas {

class TsvFile;

/**
 * Builds an atlas database from the text sources under data/ (see data/FORMATS.md): places from
 * GeoNames and the extra places, sources, partnerships, events, and the search index. Every row
 * is checked (names against ids, vocabularies, dates) and every fault is reported as
 * file:line: message; the output is written to a temporary file and renamed only on success.
 * Tests use it too, to build small atlases from test data.
 */
class AtlasBuilder
{
public:
    /** Builds dataDir into outPath; false with errors() on any fault. */
    bool build(const QString &dataDir, const QString &outPath);

    QStringList errors() const { return m_errors; }
    /** Counts of what was written, one line per table. */
    QString summary() const { return m_summary; }

private:
    struct SearchEntry
    {
        QString key;
        qint64 population;
        qint64 placeId;
    };

    bool error(const QString &message);
    bool exec(const QString &sql);
    void readMeta(const QString &dataDir);
    void readSources(const QStringList &files);
    void readAdmin1(const QString &file);
    void readAdmin2(const QString &file);
    void readGeoNames(const QString &file);
    void readExtraPlaces(const QStringList &files);
    void writeDivisions();
    void noteSeat(const QString &division, int rank, qint64 placeId, qint64 geonameId,
                  const QString &name, double lon, double lat, qint64 population);
    void readPartnerships(const QStringList &files);
    void readEvents(const QStringList &files);
    void readPlaceNames(const QString &gazetteerDir);
    void readGeoNamesPlaceNames(const QString &file);
    void addCldrPlaceNames();
    void readCuratedPlaceNames(const QString &file);
    bool setPlaceName(qint64 placeId, const QString &lang, const QString &name,
                      const QString &origin, const QString &where);
    void addPlaceNameKeys();
    void writeSearchIndex();
    void stampDataVersion();
    qint64 sourceForPlaceReference(const QString &reference, const QString &where);
    void addNames(qint64 placeId, qint64 population, const QString &name, const QString &ascii,
                  const QStringList &alternates);
    bool nameMatches(qint64 placeId, const QString &name) const;
    QVector<qint64> sourceList(const QString &cell, const QString &where);

    QSqlDatabase m_db;
    QStringList m_errors;
    QString m_summary;
    QString m_dataVersion;
    QHash<QString, qint64> m_placeByUid;
    QHash<qint64, QSet<QString>> m_placeKeys; // only for places named by partnerships
    QHash<qint64, QPair<double, double>> m_placePosition;
    QHash<QString, qint64> m_sourceByKey;
    QHash<QString, qint64> m_partnershipByKey;
    QVector<SearchEntry> m_search;
    QSet<QString> m_nameLanguages; ///< languages of the GeoNames names, for CLDR's
    /** The place a division is placed at: its seat, else its largest place. */
    struct Seat
    {
        int rank = 99; ///< 0 the division's own seat, 1 a higher seat in it, 2 any place
        qint64 placeId = 0;
        qint64 geonameId = 0;
        QString name;
        double lon = 0, lat = 0;
        qint64 population = -1;
    };
    struct Division
    {
        QString country, admin1, admin2, name;
    };
    QHash<QString, Seat> m_seats; ///< "CC.A1" and "CC.A1.A2"
    QVector<Division> m_divisions;
    QHash<QString, QSet<QString>> m_extraKeys; ///< country -> folded names of extra places
    qint64 m_nextPlaceId = 1;
};

} // namespace twinatlas
