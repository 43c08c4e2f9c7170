// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistentrycommand.h"

namespace twinatlas {

ChecklistEntryCommand::ChecklistEntryCommand(CommandContext &context, const ChecklistRow &entry)
    : AtlasCommand(context, changesFor(context.rows(), entry), textFor(context.rows(), entry))
{ }

bool ChecklistEntryCommand::changesAnything(const RowStore &rows, const ChecklistRow &entry)
{
    const auto now = rows.checklistEntry(entry.placeUid, entry.partnerUid);
    if (!now)
        return !entry.state.isEmpty();
    return entry.state != now->state || entry.receivedDate != now->receivedDate
            || entry.note != now->note;
}

QString ChecklistEntryCommand::textFor(const RowStore &rows, const ChecklistRow &entry)
{
    const auto partner = rows.placeByUid(entry.partnerUid);
    const QString name = partner ? partner->name : entry.partnerUid;
    if (entry.state == QLatin1String("received"))
        return tr("Card from %1 received").arg(name);
    if (entry.state == QLatin1String("wanted"))
        return tr("Card from %1 wanted").arg(name);
    return tr("Card from %1 not yet collected").arg(name);
}

ChangeSet ChecklistEntryCommand::changesFor(const RowStore &rows, const ChecklistRow &entry)
{
    ChangeSet changes;
    const auto now = rows.checklistEntry(entry.placeUid, entry.partnerUid);
    if (entry.state.isEmpty()) {
        if (now)
            changes.removeChecklistEntry(entry.placeUid, entry.partnerUid);
        return changes;
    }
    ChecklistRow row = entry;
    if (row.state != QLatin1String("received"))
        row.receivedDate = QString();
    if (now)
        changes.update(row);
    else
        changes.insert(row);
    return changes;
}

} // namespace twinatlas
