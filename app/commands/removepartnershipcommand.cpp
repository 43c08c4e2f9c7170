// SPDX-License-Identifier: GPL-3.0-or-later
#include "removepartnershipcommand.h"

namespace twinatlas {

RemovePartnershipCommand::RemovePartnershipCommand(CommandContext &context, qint64 partnershipId)
    : AtlasCommand(context, changesFor(partnershipId),
                   tr("Remove partnership %1").arg(partnershipName(context.rows(), partnershipId)))
{ }

ChangeSet RemovePartnershipCommand::changesFor(qint64 partnershipId)
{
    ChangeSet changes;
    changes.removePartnership(partnershipId);
    return changes;
}

} // namespace twinatlas
