// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasedits.h"

#include "addeventcommand.h"
#include "addpartnershipcommand.h"
#include "addplacecommand.h"
#include "checklistentrycommand.h"
#include "editeventcommand.h"
#include "editpartnershipcommand.h"
#include "editplacecommand.h"
#include "importpartnershipscommand.h"
#include "partnershipstatuscommand.h"
#include "removeeventcommand.h"
#include "removepartnershipcommand.h"
#include "removeplacecommand.h"

#include "db/atlasdatabase.h"

#include <QAction>
#include <QUndoStack>

namespace twinatlas {

static_assert(AtlasEdits::newRowId == AtlasCommand::newRowId);

AtlasEdits::AtlasEdits(AtlasDatabase &atlas, QObject *parent)
    : QObject(parent),
      m_atlas(atlas),
      m_writer(atlas),
      m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("atlasHistory"));
}

AtlasEdits::~AtlasEdits()
{
    // The commands refer to this context: they go first.
    delete m_stack;
}

bool AtlasEdits::isReadOnly() const
{
    return m_atlas.isReadOnly();
}

void AtlasEdits::setClock(std::function<QDateTime()> clock)
{
    m_writer.setClock(std::move(clock));
}

RowStore AtlasEdits::rows() const
{
    return RowStore(m_atlas.connection());
}

ApplyResult AtlasEdits::apply(const ChangeSet &changes)
{
    ApplyResult result = m_writer.apply(changes);
    m_lastResult = result;
    if (result.ok)
        emit atlasChanged();
    else if (!m_pushing)
        emit stepFailed(result.errorString());
    return result;
}

ApplyResult AtlasEdits::push(AtlasCommand *command)
{
    // push() runs the first redo(); a refused one leaves the command obsolete and the stack
    // deletes it, so the result is kept here rather than read from the command.
    m_lastResult = ApplyResult();
    m_pushing = true;
    m_stack->push(command);
    m_pushing = false;
    return m_lastResult;
}

ApplyResult AtlasEdits::addPartnership(const PartnershipRow &row, const QVector<SourceRow> &sources)
{
    return push(new AddPartnershipCommand(*this, row, sources));
}

ApplyResult AtlasEdits::editPartnership(const PartnershipRow &row,
                                        const QVector<SourceRow> &sources)
{
    return push(new EditPartnershipCommand(*this, row, sources));
}

ApplyResult AtlasEdits::changePartnershipStatus(const EventRow &event,
                                                const QVector<SourceRow> &sources)
{
    return push(new PartnershipStatusCommand(*this, event, sources));
}

ApplyResult AtlasEdits::removePartnership(qint64 partnershipId)
{
    return push(new RemovePartnershipCommand(*this, partnershipId));
}

ApplyResult AtlasEdits::addEvent(const EventRow &row, const QVector<SourceRow> &sources)
{
    return push(new AddEventCommand(*this, row, sources));
}

ApplyResult AtlasEdits::editEvent(const EventRow &row, const QVector<SourceRow> &sources)
{
    return push(new EditEventCommand(*this, row, sources));
}

ApplyResult AtlasEdits::removeEvent(qint64 eventId)
{
    return push(new RemoveEventCommand(*this, eventId));
}

ApplyResult AtlasEdits::addPlace(const PlaceRow &row)
{
    return push(new AddPlaceCommand(*this, row));
}

ApplyResult AtlasEdits::editPlace(const PlaceRow &row)
{
    return push(new EditPlaceCommand(*this, row));
}

ApplyResult AtlasEdits::removePlace(qint64 placeId, const QVector<qint64> &partnershipIds)
{
    return push(new RemovePlaceCommand(*this, placeId, partnershipIds));
}

ApplyResult AtlasEdits::setChecklistEntry(const ChecklistRow &entry)
{
    if (!ChecklistEntryCommand::changesAnything(rows(), entry)) {
        ApplyResult nothing;
        nothing.ok = true;
        return nothing;
    }
    return push(new ChecklistEntryCommand(*this, entry));
}

ApplyResult AtlasEdits::importPartnerships(const ChangeSet &changes, const QString &listName, int pairs)
{
    return push(new ImportPartnershipsCommand(*this, changes, listName, pairs));
}

QAction *AtlasEdits::createUndoAction(QObject *parent) const
{
    QAction *action = m_stack->createUndoAction(parent, tr("&Undo"));
    action->setObjectName(QStringLiteral("undoAction"));
    action->setShortcut(QKeySequence::Undo);
    return action;
}

QAction *AtlasEdits::createRedoAction(QObject *parent) const
{
    QAction *action = m_stack->createRedoAction(parent, tr("&Redo"));
    action->setObjectName(QStringLiteral("redoAction"));
    action->setShortcut(QKeySequence::Redo);
    return action;
}

void AtlasEdits::undo()
{
    m_stack->undo();
}

void AtlasEdits::redo()
{
    m_stack->redo();
}

bool AtlasEdits::canUndo() const
{
    return m_stack->canUndo();
}

bool AtlasEdits::canRedo() const
{
    return m_stack->canRedo();
}

void AtlasEdits::clearHistory()
{
    m_stack->clear();
}

} // namespace twinatlas
