// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/**
 * Sets a partner's line of a place's postcard checklist: received (with a date and a note),
 * wanted, or not yet, which is no entry at all.
 */
class ChecklistEntryCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::ChecklistEntryCommand)

public:
    /** entry.state: "received", "wanted", or empty for "not yet". */
    ChecklistEntryCommand(CommandContext &context, const ChecklistRow &entry);

    /** Whether the entry differs from what is stored, i.e. whether there is anything to do. */
    static bool changesAnything(const RowStore &rows, const ChecklistRow &entry);

private:
    static ChangeSet changesFor(const RowStore &rows, const ChecklistRow &entry);
    static QString textFor(const RowStore &rows, const ChecklistRow &entry);
};

} // namespace twinatlas
