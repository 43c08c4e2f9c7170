// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteerindex.h"
#include "importrecord.h"
#include "placeresolver.h"
#include "resolution.h"

#include "edit/changeset.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

namespace twinatlas {

/**
 * An import from resolution to the one ChangeSet that writes it. Each distinct place
 * reference is resolved once; the review changes a reference's resolution (choose a
 * candidate, type coordinates, skip); changes() then builds the change: new places sourced to
 * the file, new partnerships with the file's dates and sources, and pairs already present (in
 * either order, in the atlas or earlier in the file) merged rather than doubled. Nothing is
 * written here: AtlasWriter applies the change in one transaction, undoable as one step.
 */
class ImportPlan
{
public:
    /** What became of one record, for the report. */
    enum class RowResult { Imported, Duplicate, Unresolved, Doubtful, Skipped, SamePlace };

    struct Summary
    {
        int rows = 0;
        int pairsImported = 0;
        int duplicates = 0;
        int placesMatched = 0;
        int placesCreated = 0;
        int unresolved = 0;
        int doubtful = 0;
        /** The summary line `twinatlas import` prints. */
        QString toString() const;
    };

    ImportPlan(const GazetteerIndex &index, QSqlDatabase db) : m_index(index), m_resolver(index), m_db(db) { }

    void setRecords(const QVector<ImportRecord> &records, const QString &fileName, int inputRows);
    /** Resolves every distinct reference; progress(done, total) may return false to cancel. */
    bool resolve(const std::function<bool(int, int)> &progress = {});

    const QVector<ImportRecord> &records() const { return m_records; }
    int referenceCount() const { return int(m_references.size()); }
    const PlaceReference &reference(int i) const { return m_references.at(i); }
    const Resolution &resolution(int i) const { return m_resolutions.at(i); }
    /** The references of record r: its place and its partner. */
    int placeReferenceOf(int record) const { return m_placeRef.at(record); }
    int partnerReferenceOf(int record) const { return m_partnerRef.at(record); }
    const PlaceResolver &resolver() const { return m_resolver; }
    /**
     * The connection the duplicate checks and changes() read. A plan resolved on a worker's
     * connection is handed to the thread that reviews and writes it with that thread's own.
     */
    void setDatabase(QSqlDatabase db) { m_db = std::move(db); }
    const GazetteerIndex &index() const { return m_index; }

    // The review's decisions.
    void choose(int reference, int place);
    /** Sets a reference's resolution outright (a place known from an earlier import). */
    void setResolution(int reference, const Resolution &resolution) { m_resolutions[reference] = resolution; }
    void placeAt(int reference, LonLat position, const QString &country);
    void skip(int reference);

    /** What each record comes to, and the counts, as changes() would write them. */
    QVector<RowResult> rowResults() const;
    Summary summary() const;
    /**
     * Where changes() puts each record and reference: the partnership a record adds or merges
     * into, and the place of a resolved reference (existing ids, or the negative placeholders
     * of rows the change inserts; 0 for what it leaves out).
     */
    struct Placement
    {
        QVector<qint64> partnershipOfRecord;
        QHash<int, qint64> placeOfReference;
    };
    /** The change that imports the plan (rows stamped as the user's, written exactly). */
    ChangeSet changes(Placement *placement = nullptr) const;
    /**
     * The first read of the atlas that failed while planning (the partnerships already there,
     * the sources): then rowResults(), summary() and changes() are not to be trusted.
     */
    SqlFailure failure() const { return m_failure; }
    /** The report: every record and what became of it, as CSV. */
    QByteArray reportCsv() const;
    static QString rowResultName(RowResult result);

private:
    struct Pair
    {
        qint64 a = 0, b = 0; ///< place ids, or negative placeholders for new places
        int record = -1;     ///< the first record that states it
        QVector<int> merged; ///< later records stating it again
        qint64 existing = 0; ///< the partnership already in the atlas, or 0
    };
    /** Pairs of the resolved records, in record order, with the new places they need. */
    void plan(QVector<Pair> *pairs, QVector<RowResult> *results, QHash<int, qint64> *newPlaceIds,
              QVector<int> *newPlaceRefs) const;
    qint64 placeIdOf(int reference, const QHash<int, qint64> &newPlaceIds) const;

    const GazetteerIndex &m_index;
    PlaceResolver m_resolver;
    QSqlDatabase m_db;
    mutable SqlFailure m_failure;
    QString m_fileName;
    int m_inputRows = 0;
    QVector<ImportRecord> m_records;
    QVector<PlaceReference> m_references;
    QVector<Resolution> m_resolutions;
    QVector<int> m_placeRef, m_partnerRef;
};

} // namespace twinatlas
