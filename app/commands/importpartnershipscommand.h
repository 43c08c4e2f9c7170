// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/**
 * Imports a reviewed list as one step: the places, partnerships and sources that
 * ImportPlan::changes() built, so that one undo takes the whole import back.
 */
class ImportPartnershipsCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::ImportPartnershipsCommand)

public:
    /** listName names the step ("Import 12 partnerships from twins.csv"); pairs is the count. */
    ImportPartnershipsCommand(CommandContext &context, ChangeSet changes, const QString &listName, int pairs);
};

} // namespace twinatlas
