// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeplacecommand.h"

namespace twinatlas {

RemovePlaceCommand::RemovePlaceCommand(CommandContext &context, qint64 placeId,
                                       const QVector<qint64> &partnershipIds)
    : AtlasCommand(context, changesFor(placeId, partnershipIds),
                   textFor(context.rows(), placeId, int(partnershipIds.size())))
{ }

QString RemovePlaceCommand::textFor(const RowStore &rows, qint64 placeId, int partnerships)
{
    const auto place = rows.place(placeId);
    const QString name = place ? place->name : QString();
    if (partnerships == 0)
        return tr("Remove place %1").arg(name);
    return tr("Remove place %1 with its partnerships").arg(name);
}

ChangeSet RemovePlaceCommand::changesFor(qint64 placeId, const QVector<qint64> &partnershipIds)
{
    ChangeSet changes;
    for (qint64 id : partnershipIds)
        changes.removePartnership(id);
    changes.removePlace(placeId);
    return changes;
}

} // namespace twinatlas
