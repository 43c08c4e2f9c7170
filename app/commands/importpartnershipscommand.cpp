// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpartnershipscommand.h"

namespace twinatlas {

ImportPartnershipsCommand::ImportPartnershipsCommand(CommandContext &context, ChangeSet changes,
                                                     const QString &listName, int pairs)
    : AtlasCommand(context, std::move(changes),
                   tr("Import %n partnerships from %1", nullptr, pairs).arg(listName))
{ }

} // namespace twinatlas
