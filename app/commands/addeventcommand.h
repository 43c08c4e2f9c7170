// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/** Adds an event to a partnership's history with the sources it cites. */
class AddEventCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::AddEventCommand)

public:
    AddEventCommand(CommandContext &context, const EventRow &row,
                    const QVector<SourceRow> &sources);

private:
    static ChangeSet changesFor(const EventRow &row, const QVector<SourceRow> &sources);
};

} // namespace twinatlas
