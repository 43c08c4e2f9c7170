// SPDX-License-Identifier: GPL-3.0-or-later
#include "addpartnershipcommand.h"

#include "sourcechanges.h"

namespace twinatlas {

AddPartnershipCommand::AddPartnershipCommand(CommandContext &context, const PartnershipRow &row,
                                             const QVector<SourceRow> &sources)
    : AtlasCommand(context, changesFor(row, sources),
                   tr("Add partnership %1").arg(pairName(context.rows(), row.placeA, row.placeB)))
{ }

ChangeSet AddPartnershipCommand::changesFor(const PartnershipRow &row,
                                            const QVector<SourceRow> &sources)
{
    ChangeSet changes;
    PartnershipRow added = row;
    added.id = newRowId;
    changes.insert(added);
    SourceChanges(changes).citeInPartnership(newRowId, sources);
    return changes;
}

} // namespace twinatlas
