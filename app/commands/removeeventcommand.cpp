// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeeventcommand.h"

namespace twinatlas {

RemoveEventCommand::RemoveEventCommand(CommandContext &context, qint64 eventId)
    : AtlasCommand(context, changesFor(eventId), textFor(context.rows(), eventId))
{ }

QString RemoveEventCommand::textFor(const RowStore &rows, qint64 eventId)
{
    const auto event = rows.event(eventId);
    return tr("Remove event of %1")
            .arg(event ? partnershipName(rows, event->partnershipId) : QString());
}

ChangeSet RemoveEventCommand::changesFor(qint64 eventId)
{
    ChangeSet changes;
    changes.removeEvent(eventId);
    return changes;
}

} // namespace twinatlas
