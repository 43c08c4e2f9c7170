// SPDX-License-Identifier: GPL-3.0-or-later
#include "editeventcommand.h"

#include "sourcechanges.h"

namespace twinatlas {

EditEventCommand::EditEventCommand(CommandContext &context, const EventRow &row,
                                   const QVector<SourceRow> &sources)
    : AtlasCommand(context, changesFor(context.rows(), row, sources),
                   tr("Edit event of %1").arg(partnershipName(context.rows(), row.partnershipId)))
{ }

ChangeSet EditEventCommand::changesFor(const RowStore &rows, const EventRow &row,
                                       const QVector<SourceRow> &sources)
{
    ChangeSet changes;
    changes.update(row);
    QVector<qint64> cited;
    for (const EventSourceRow &link : rows.sourcesOfEvent(row.id))
        cited << link.sourceId;
    SourceChanges(changes).citeInEvent(row.id, sources, cited);
    return changes;
}

} // namespace twinatlas
