// SPDX-License-Identifier: GPL-3.0-or-later
#include "addplacecommand.h"

namespace twinatlas {

AddPlaceCommand::AddPlaceCommand(CommandContext &context, const PlaceRow &row)
    : AtlasCommand(context, changesFor(row), tr("Add place %1").arg(row.name))
{ }

ChangeSet AddPlaceCommand::changesFor(const PlaceRow &row)
{
    ChangeSet changes;
    PlaceRow added = row;
    added.id = newRowId;
    changes.insert(added);
    return changes;
}

} // namespace twinatlas
