// SPDX-License-Identifier: GPL-3.0-or-later
#include "editpartnershipcommand.h"

#include "sourcechanges.h"

namespace twinatlas {

EditPartnershipCommand::EditPartnershipCommand(CommandContext &context, const PartnershipRow &row,
                                               const QVector<SourceRow> &sources)
    : AtlasCommand(context, changesFor(context.rows(), row, sources),
                   tr("Edit partnership %1").arg(pairName(context.rows(), row.placeA, row.placeB)))
{ }

ChangeSet EditPartnershipCommand::changesFor(const RowStore &rows, const PartnershipRow &row,
                                             const QVector<SourceRow> &sources)
{
    ChangeSet changes;
    changes.update(row);
    QVector<qint64> cited;
    for (const PartnershipSourceRow &link : rows.sourcesOfPartnership(row.id))
        cited << link.sourceId;
    SourceChanges(changes).citeInPartnership(row.id, sources, cited);
    return changes;
}

} // namespace twinatlas
