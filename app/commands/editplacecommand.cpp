// SPDX-License-Identifier: GPL-3.0-or-later
#include "editplacecommand.h"

namespace twinatlas {

EditPlaceCommand::EditPlaceCommand(CommandContext &context, const PlaceRow &row)
    : AtlasCommand(context, changesFor(row), tr("Edit place %1").arg(row.name))
{ }

ChangeSet EditPlaceCommand::changesFor(const PlaceRow &row)
{
    ChangeSet changes;
    changes.update(row);
    return changes;
}

} // namespace twinatlas
