// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/**
 * Changes a partnership's fields (the whole row, as the form read it from RowStore and edited
 * it) and the sources it cites.
 */
class EditPartnershipCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::EditPartnershipCommand)

public:
    EditPartnershipCommand(CommandContext &context, const PartnershipRow &row,
                           const QVector<SourceRow> &sources);

private:
    static ChangeSet changesFor(const RowStore &rows, const PartnershipRow &row,
                                const QVector<SourceRow> &sources);
};

} // namespace twinatlas
