// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/** Corrects a place: its name, position, country or kind (the whole row, as the form had it). */
class EditPlaceCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::EditPlaceCommand)

public:
    EditPlaceCommand(CommandContext &context, const PlaceRow &row);

private:
    static ChangeSet changesFor(const PlaceRow &row);
};

} // namespace twinatlas
