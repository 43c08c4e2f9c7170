// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/** Adds a partnership with the sources it cites; the new row is AtlasCommand::newRowId. */
class AddPartnershipCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::AddPartnershipCommand)

public:
    /** sources: existing ones (with an id) are cited, new ones (id 0) added and cited. */
    AddPartnershipCommand(CommandContext &context, const PartnershipRow &row,
                          const QVector<SourceRow> &sources);

private:
    static ChangeSet changesFor(const PartnershipRow &row, const QVector<SourceRow> &sources);
};

} // namespace twinatlas
