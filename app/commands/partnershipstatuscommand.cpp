// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnershipstatuscommand.h"

#include "sourcechanges.h"

namespace twinatlas {

QString PartnershipStatusCommand::statusAfter(const QString &eventType)
{
    if (eventType == QLatin1String("ended"))
        return QStringLiteral("ended");
    if (eventType == QLatin1String("suspended"))
        return QStringLiteral("suspended");
    return QStringLiteral("active");
}

PartnershipStatusCommand::PartnershipStatusCommand(CommandContext &context, const EventRow &event,
                                                   const QVector<SourceRow> &sources)
    : AtlasCommand(context, changesFor(context.rows(), event, sources),
                   textFor(context.rows(), event))
{ }

QString PartnershipStatusCommand::textFor(const RowStore &rows, const EventRow &event)
{
    const QString pair = partnershipName(rows, event.partnershipId);
    if (event.type == QLatin1String("ended"))
        return tr("End partnership %1").arg(pair);
    if (event.type == QLatin1String("suspended"))
        return tr("Suspend partnership %1").arg(pair);
    if (event.type == QLatin1String("resumed"))
        return tr("Resume partnership %1").arg(pair);
    return tr("Renew partnership %1").arg(pair);
}

ChangeSet PartnershipStatusCommand::changesFor(const RowStore &rows, const EventRow &event,
                                               const QVector<SourceRow> &sources)
{
    ChangeSet changes;
    if (auto row = rows.partnership(event.partnershipId)) {
        row->status = statusAfter(event.type);
        if (row->status == QLatin1String("ended"))
            row->endDate = event.date;
        else if (row->status == QLatin1String("active"))
            row->endDate = QString();
        changes.update(*row);
    }
    EventRow added = event;
    added.id = newRowId;
    changes.insert(added);
    SourceChanges(changes).citeInEvent(newRowId, sources);
    return changes;
}

} // namespace twinatlas
