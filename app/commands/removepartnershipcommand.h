// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/** Removes a partnership with its events and citations (the writer takes them along). */
class RemovePartnershipCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::RemovePartnershipCommand)

public:
    RemovePartnershipCommand(CommandContext &context, qint64 partnershipId);

private:
    static ChangeSet changesFor(qint64 partnershipId);
};

} // namespace twinatlas
