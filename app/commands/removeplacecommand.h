// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/**
 * Removes a place. The writer refuses while partnerships refer to it, so those the user agreed
 * to remove with it (partnershipIds) go first, in the same step, and come back with one undo.
 */
class RemovePlaceCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::RemovePlaceCommand)

public:
    RemovePlaceCommand(CommandContext &context, qint64 placeId,
                       const QVector<qint64> &partnershipIds = {});

private:
    static ChangeSet changesFor(qint64 placeId, const QVector<qint64> &partnershipIds);
    static QString textFor(const RowStore &rows, qint64 placeId, int partnerships);
};

} // namespace twinatlas
