// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "editproblem.h"
#include "editvalidator.h"
#include "rowstore.h"

#include "db/searchindexwriter.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace twinatlas {

/**
 * The work of one AtlasWriter::apply() inside its transaction: turns each operation into row
 * writes, checks user edits, stamps them, removes dependent rows with their parent, and
 * records for every row write the write that undoes it. Internal to AtlasWriter.
 */
class WriteSession
{
public:
    WriteSession(QSqlDatabase db, ChangeSet::Provenance provenance, const QString &now);

    bool apply(const EditOperation &operation, int index);
    /** Brings the search index up to date with the places written. */
    bool finish();

    QVector<EditProblem> problems() const { return m_problems; }
    /** The operations that undo everything applied, in the order to apply them. */
    ChangeSet inverse() const;
    QHash<qint64, qint64> assignedIds() const { return m_ids; }

private:
    using Action = EditOperation::Action;

    bool userEdit() const { return m_provenance == ChangeSet::Provenance::UserEdit; }
    /** True if there are no problems; otherwise records them. */
    bool accept(const QVector<EditProblem> &problems);
    /** Records the problem; always false. */
    bool refuse(const QString &field, const QString &message);
    bool storeFailed();
    bool resolve(qint64 &id, const QString &field);
    bool definePlaceholder(qint64 &id, qint64 *placeholder);
    QString newUid() const;

    // Row writes, each recording its undo.
    bool insertRow(const EditRow &row, qint64 *newId = nullptr);
    bool updateRow(const EditRow &before, const EditRow &after);
    bool deleteRow(const EditRow &before);

    bool bury(const QString &kind, const QString &uid);
    bool unbury(const QString &kind, const QString &uid);
    bool touch(const QString &table, qint64 id);

    bool applyPlace(Action action, PlaceRow row);
    bool applyAlternateName(Action action, AlternateNameRow row);
    bool applyPartnership(Action action, PartnershipRow row);
    bool applyEvent(Action action, EventRow row);
    bool applySource(Action action, SourceRow row);
    bool applyPartnershipSource(Action action, PartnershipSourceRow row);
    bool applyEventSource(Action action, EventSourceRow row);
    bool applyChecklist(Action action, ChecklistRow row);
    bool applyTombstone(Action action, const TombstoneRow &row);
    bool applyPlaceName(Action action, PlaceNameRow row);
    /** Rows keyed by their own columns, written as given (Wikidata's bookkeeping). */
    template<class Row>
    bool applyKeyed(Action action, const Row &row, const QString &field);
    /** Why a keyed row cannot be inserted (it is there), changed or removed (it is not). */
    bool keyedRowRefused(const QString &field, Action action);

    bool deletePlace(const PlaceRow &before);
    bool deletePartnership(const PartnershipRow &before);
    bool deleteEvent(const EventRow &before);

    QSqlDatabase m_db;
    RowStore m_store;
    EditValidator m_validator;
    SearchIndexWriter m_index;
    ChangeSet::Provenance m_provenance;
    QString m_now;
    int m_operation = -1;
    QVector<EditOperation> m_undo; ///< in the order written; applied reversed
    QHash<qint64, qint64> m_ids;
    QSet<QString> m_stamped; ///< "table:id" of rows already stamped in this change
    QVector<EditProblem> m_problems;
};

} // namespace twinatlas
