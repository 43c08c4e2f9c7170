// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editoperation.h"

#include <QVector>

namespace twinatlas {

/**
 * An ordered list of typed row operations that AtlasWriter applies in one transaction, whole
 * or not at all. A user action builds one ChangeSet; applying it returns its inverse, and
 * applying the inverse returns the redo, so an undo stack only keeps what apply() returned.
 *
 * A ChangeSet of UserEdit provenance is what a form makes: the writer validates it, stamps the
 * rows as the user's (modified_at, origin), leaves tombstones for deleted bundled rows and
 * removes dependent rows with their parent. An Exact ChangeSet (what apply() returns) writes
 * rows as they are given, provenance included, so that undo and redo restore exactly.
 *
 * Rows inserted in the same ChangeSet may be referred to before they have ids: give the insert
 * a negative id (-1, -2, ...) and use that placeholder in later operations' id fields.
 */
class ChangeSet
{
public:
    enum class Provenance { UserEdit, Exact };

    explicit ChangeSet(Provenance provenance = Provenance::UserEdit) : m_provenance(provenance) { }

    void insert(const EditRow &row) { append({EditOperation::Action::Insert, row}); }
    void update(const EditRow &row) { append({EditOperation::Action::Update, row}); }
    void remove(const EditRow &row) { append({EditOperation::Action::Delete, row}); }
    void append(const EditOperation &operation) { m_operations.append(operation); }

    void removePlace(qint64 id);
    void removePartnership(qint64 id);
    void removeEvent(qint64 id);
    void removeSource(qint64 id);
    void addAlternateName(qint64 placeId, const QString &name);
    void removeAlternateName(qint64 placeId, const QString &name);
    void linkPartnershipSource(qint64 partnershipId, qint64 sourceId);
    void unlinkPartnershipSource(qint64 partnershipId, qint64 sourceId);
    void linkEventSource(qint64 eventId, qint64 sourceId);
    void unlinkEventSource(qint64 eventId, qint64 sourceId);
    void removeChecklistEntry(const QString &placeUid, const QString &partnerUid);

    const QVector<EditOperation> &operations() const { return m_operations; }
    Provenance provenance() const { return m_provenance; }
    bool isEmpty() const { return m_operations.isEmpty(); }
    int size() const { return int(m_operations.size()); }

private:
    QVector<EditOperation> m_operations;
    Provenance m_provenance;
};

} // namespace twinatlas
