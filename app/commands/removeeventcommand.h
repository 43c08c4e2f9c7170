// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/** Removes an event from a partnership's history, with its citations. */
class RemoveEventCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::RemoveEventCommand)

public:
    RemoveEventCommand(CommandContext &context, qint64 eventId);

private:
    static ChangeSet changesFor(qint64 eventId);
    static QString textFor(const RowStore &rows, qint64 eventId);
};

} // namespace twinatlas
