// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wikidatabatch.h"
#include "wikidatachange.h"
#include "wikidatascope.h"

#include "edit/editrows.h"
#include "io/importplan.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace twinatlas {

class GazetteerIndex;

/**
 * What a fetch from Wikidata changes in the atlas, and the one ChangeSet that writes it.
 *
 * Statements the atlas has not seen go through the import's resolution and review (an
 * ImportPlan): a GeoNames ID places a side exactly, coordinates decide among namesakes within
 * 25 km, a place the gazetteer lacks is created at Wikidata's coordinates, and a doubtful side
 * waits for the user; both sides' statements of a twinning become one partnership with two
 * sources. Statements seen before are compared with what Wikidata said then
 * (wikidata_statements): dates Wikidata changed are changed where the atlas still holds
 * Wikidata's old ones, and kept, and listed, where the user (or the bundled data) says
 * otherwise; a partnership the user removed is not brought back; statements in the fetched
 * scope that Wikidata no longer has are flagged, and the partnership is removed only if the
 * user says so. Labels in the interface language become the places' names in that language.
 */
class WikidataUpdate
{
public:
    WikidataUpdate(const GazetteerIndex &index, QSqlDatabase db);

    /** The interface language ("de"): the language of the labels the batch holds. */
    void setLanguage(const QString &language) { m_language = language; }
    /** The day of the fetch: the sources' "retrieved" date. */
    void setRetrieved(const QDate &day) { m_today = day.toString(Qt::ISODate); }
    /** The connection changeSet() reads; see ImportPlan::setDatabase. */
    void setDatabase(QSqlDatabase db);

    /**
     * Compares the batch with the atlas and resolves the places of new statements;
     * progress(done, total) may return false to cancel. False with errorString() on a failed
     * read of the atlas or a cancel.
     */
    bool prepare(const WikidataBatch &batch, const WikidataScope &scope,
                 const std::function<bool(int, int)> &progress = {});

    /** The new statements as an import, for the review of doubtful places. */
    ImportPlan &plan() { return m_plan; }
    const ImportPlan &plan() const { return m_plan; }

    /** Changed dates, kept versions and partnerships no longer listed, then those added. */
    QVector<WikidataChange> changes() const;
    /** Marks a partnership no longer in Wikidata for removal (or not) in the same step. */
    void setRemoval(qint64 partnershipId, bool remove);

    /** As the import counts: rows are the statements fetched, duplicates include those known. */
    ImportPlan::Summary summary() const;
    struct Counts
    {
        int added = 0;
        int confirmed = 0;
        int datesChanged = 0;
        int kept = 0;
        int noLongerListed = 0;
    };
    Counts counts() const;
    /** "changed dates N, kept N, no longer in Wikidata N": what `twinatlas wikidata` adds. */
    QString countsLine() const;

    /** Everything to write, in one change (exact rows, as ImportPlan::changes()). */
    ChangeSet changeSet() const;
    /** The import's report, with a line for each statement seen before. */
    QByteArray reportCsv() const;
    QString errorString() const { return m_error; }

private:
    struct Known
    {
        WikidataStatementRow row;
        bool seen = false; ///< in this fetch, between the same two items
    };
    bool load();
    PlaceReference referenceOf(const WikidataItem &item) const;
    QString placeName(qint64 placeId) const;
    void compareKnown(const TwinningStatement &statement, Known &known);
    void flagUnseen();
    QString dates(const QString &start, const QString &end) const;
    WikidataStatementRow statementRow(const TwinningStatement &s, const QString &partnershipUid,
                                      const QString &missingSince) const;

    const GazetteerIndex &m_index;
    QSqlDatabase m_db;
    ImportPlan m_plan;
    QString m_language = QStringLiteral("en");
    QString m_today = QDate::currentDate().toString(Qt::ISODate);
    QString m_error;
    WikidataBatch m_batch;
    WikidataScope m_scope;

    QHash<QString, Known> m_known;              ///< by statement
    QHash<QString, qint64> m_partnershipIds;    ///< partnership uid → id, for the known ones
    QHash<qint64, PartnershipRow> m_partnerships; ///< known ones, as they will be after the fetch
    QSet<qint64> m_changedPartnerships;
    QHash<QString, QString> m_itemPlaceUid;     ///< wikidata_places
    QHash<QString, qint64> m_placeIdOfUid;      ///< of the places wikidata_places names
    QHash<QString, qint64> m_sourceIds;         ///< by URL, of sources on wikidata.org
    QHash<qint64, QString> m_sourceRetrieved;   ///< their retrieval days
    QHash<QString, QString> m_removedPairs;     ///< item pairs whose partnership the user removed, its uid
    QSet<QString> m_removedReported;            ///< their partnerships' uids, listed as kept

    QVector<int> m_newStatements;    ///< index in the batch, by record of the plan
    QVector<WikidataStatementRow> m_statementUpdates;
    QVector<WikidataChange> m_changes; ///< changed dates, kept, no longer listed
    QSet<qint64> m_removals;
    int m_confirmed = 0;
};

} // namespace twinatlas
