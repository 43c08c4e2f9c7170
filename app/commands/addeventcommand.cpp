// SPDX-License-Identifier: GPL-3.0-or-later
#include "addeventcommand.h"

#include "sourcechanges.h"

namespace twinatlas {

AddEventCommand::AddEventCommand(CommandContext &context, const EventRow &row,
                                 const QVector<SourceRow> &sources)
    : AtlasCommand(context, changesFor(row, sources),
                   tr("Add event to %1").arg(partnershipName(context.rows(), row.partnershipId)))
{ }

ChangeSet AddEventCommand::changesFor(const EventRow &row, const QVector<SourceRow> &sources)
{
    ChangeSet changes;
    EventRow added = row;
    added.id = newRowId;
    changes.insert(added);
    SourceChanges(changes).citeInEvent(newRowId, sources);
    return changes;
}

} // namespace twinatlas
