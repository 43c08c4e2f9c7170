// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"
#include "edit/atlaswriter.h"

#include <QObject>

class QAction;
class QUndoStack;

namespace twinatlas {

class AtlasCommand;
class AtlasDatabase;

/**
 * Every change a user makes to the atlas, one function per action, each one undoable step
 * (Subsurface's commands/command.h shape): widgets call these and never see a QUndoCommand or
 * the stack. Each change is written when it is made; there is nothing to save.
 *
 * A function returns what applying the change did. On failure nothing was written and nothing
 * was added to the history; result.problems name the fields at fault. The id of a row an "add"
 * created is result.assignedIds.value(AtlasEdits::newRowId).
 */
class AtlasEdits : public QObject, private CommandContext
{
    Q_OBJECT

public:
    static constexpr qint64 newRowId = -1;

    /** atlas must stay open while this lives. */
    explicit AtlasEdits(AtlasDatabase &atlas, QObject *parent = nullptr);
    ~AtlasEdits() override;

    bool isReadOnly() const;

    /** sources: existing ones (with an id) are cited, new ones (id 0) added and cited. */
    ApplyResult addPartnership(const PartnershipRow &row, const QVector<SourceRow> &sources);
    ApplyResult editPartnership(const PartnershipRow &row, const QVector<SourceRow> &sources);
    /** Ends, suspends, resumes or renews (event.type) and records the event in its history. */
    ApplyResult changePartnershipStatus(const EventRow &event, const QVector<SourceRow> &sources);
    ApplyResult removePartnership(qint64 partnershipId);
    ApplyResult addEvent(const EventRow &row, const QVector<SourceRow> &sources);
    ApplyResult editEvent(const EventRow &row, const QVector<SourceRow> &sources);
    ApplyResult removeEvent(qint64 eventId);
    ApplyResult addPlace(const PlaceRow &row);
    ApplyResult editPlace(const PlaceRow &row);
    /** Removes the place and, in the same step, the partnerships the user agreed to lose. */
    ApplyResult removePlace(qint64 placeId, const QVector<qint64> &partnershipIds = {});
    /** entry.state "received", "wanted" or empty for "not yet"; no step if nothing changes. */
    ApplyResult setChecklistEntry(const ChecklistRow &entry);
    /**
     * Writes an import (ImportPlan::changes()) as one step named after the list; pairs is how
     * many partnerships it adds, for the step's name.
     */
    ApplyResult importPartnerships(const ChangeSet &changes, const QString &listName, int pairs);

    /** Edit → Undo and Redo, with the usual shortcuts and the step's name in their text. */
    QAction *createUndoAction(QObject *parent) const;
    QAction *createRedoAction(QObject *parent) const;
    /** The history, for a QUndoView to show and move through; nothing else should use it. */
    QUndoStack *history() const { return m_stack; }
    void undo();
    void redo();
    bool canUndo() const;
    bool canRedo() const;
    /** After a restore the steps no longer match the data: they are forgotten. */
    void clearHistory();

    /** The clock that stamps edits; tests set a fixed one. */
    void setClock(std::function<QDateTime()> clock);

signals:
    /** Something was written (a change, an undo, a redo): whatever shows the atlas reloads. */
    void atlasChanged();
    /** An undo or redo was refused; the step is dropped from the history. */
    void stepFailed(const QString &message);

private:
    ApplyResult apply(const ChangeSet &changes) override;
    RowStore rows() const override;
    ApplyResult push(AtlasCommand *command);

    AtlasDatabase &m_atlas;
    AtlasWriter m_writer;
    QUndoStack *m_stack;
    bool m_pushing = false;
    ApplyResult m_lastResult;
};

} // namespace twinatlas
