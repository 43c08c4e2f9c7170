// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/** Changes an event (the whole row, as the form read and edited it) and its sources. */
class EditEventCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::EditEventCommand)

public:
    EditEventCommand(CommandContext &context, const EventRow &row,
                     const QVector<SourceRow> &sources);

private:
    static ChangeSet changesFor(const RowStore &rows, const EventRow &row,
                                const QVector<SourceRow> &sources);
};

} // namespace twinatlas
