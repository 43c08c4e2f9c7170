// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

#include <QUndoCommand>

namespace twinatlas {

/**
 * The shape every edit of the atlas shares. The first redo() applies the ChangeSet the action
 * built and keeps the inverse AtlasWriter returns; undo() applies that inverse and keeps what
 * it returns, the redo; and so on. The original ChangeSet is never applied twice, so that rows
 * come back with the ids, uids and stamps they had, and undo and redo restore the database
 * exactly. A refused apply changes nothing; the command then marks itself obsolete, which makes
 * QUndoStack drop it instead of keeping a step that never happened.
 */
class AtlasCommand : public QUndoCommand
{
public:
    /** Placeholder id of the row an "add" command inserts; see ApplyResult::assignedIds. */
    static constexpr qint64 newRowId = -1;

    AtlasCommand(CommandContext &context, ChangeSet changes, const QString &text);

    void redo() override;
    void undo() override;

    /** What the last apply did: after the first redo, the ids given to the new rows. */
    const ApplyResult &result() const { return m_result; }

protected:
    /** "Düsseldorf – Reading": how command texts name a partnership. */
    static QString pairName(const RowStore &rows, qint64 placeA, qint64 placeB);
    static QString partnershipName(const RowStore &rows, qint64 partnershipId);
    static QString tr(const char *text, const char *comment = nullptr, int n = -1);

private:
    void step();

    CommandContext &m_context;
    ChangeSet m_next; ///< what the next undo() or redo() applies
    ApplyResult m_result;
};

} // namespace twinatlas
