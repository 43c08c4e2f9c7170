// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/changeset.h"

#include <QVector>

namespace twinatlas {

/**
 * The part of a ChangeSet that makes a partnership or an event cite exactly the sources a form
 * lists. A listed source with an id is an existing one and is linked; one without (id 0) is new
 * and is inserted first under a placeholder id. Citations the form no longer lists are
 * removed; the sources themselves stay, as other rows may cite them.
 */
class SourceChanges
{
public:
    /**
     * Placeholders are taken from nextPlaceholder downwards (-2, -3, ...), so that the owner
     * itself can be the -1 of an insert in the same ChangeSet.
     */
    SourceChanges(ChangeSet &changes, qint64 nextPlaceholder = -2)
        : m_changes(changes),
          m_next(nextPlaceholder)
    { }

    void citeInPartnership(qint64 partnershipId, const QVector<SourceRow> &sources,
                           const QVector<qint64> &citedNow = {});
    void citeInEvent(qint64 eventId, const QVector<SourceRow> &sources,
                     const QVector<qint64> &citedNow = {});

private:
    /** Inserts the new sources; returns the ids (or placeholders) of every listed source. */
    QVector<qint64> idsOf(const QVector<SourceRow> &sources);

    ChangeSet &m_changes;
    qint64 m_next;
};

} // namespace twinatlas
