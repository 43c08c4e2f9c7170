// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/** Adds a place the gazetteer lacks (a district, a village); the writer gives it a "u:" uid. */
class AddPlaceCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::AddPlaceCommand)

public:
    AddPlaceCommand(CommandContext &context, const PlaceRow &row);

private:
    static ChangeSet changesFor(const PlaceRow &row);
};

} // namespace twinatlas
